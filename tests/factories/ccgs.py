"""Practices, primary care networks and timeline events of the three CCGs (which migrations make:
`ccg("04V")` gives one)."""

import datetime

import factory
from factory.django import DjangoModelFactory

from ccgs.models import Ccg, Pcn, PcnMembership, Practice, TimelineEvent


def ccg(code="04V"):
    """One of the three CCGs, by its ODS code."""
    return Ccg.objects.get(code=code)


class PcnFactory(DjangoModelFactory):
    """A primary care network of West Leicestershire unless told."""

    class Meta:
        model = Pcn

    code = factory.Sequence(lambda n: f"U9{n:04d}")
    name = factory.Sequence(lambda n: f"TEST PCN {n}")
    ccg = factory.LazyFunction(ccg)


class PracticeFactory(DjangoModelFactory):
    """An open GP practice in Loughborough that West Leicestershire commissions, unless told."""

    class Meta:
        model = Practice

    code = factory.Sequence(lambda n: f"Y9{n:04d}")
    name = factory.Sequence(lambda n: f"TEST PRACTICE {n}")
    status = Practice.Status.ACTIVE
    prescribing_setting = Practice.PrescribingSetting.GP_PRACTICE
    ccg = factory.LazyFunction(ccg)
    commissioner_code = factory.LazyAttribute(lambda practice: practice.ccg.code)
    postcode = "LE11 1AA"
    postcode_outward = factory.LazyAttribute(lambda practice: practice.postcode.split()[0])


class PcnMembershipFactory(DjangoModelFactory):
    class Meta:
        model = PcnMembership

    practice = factory.SubFactory(PracticeFactory)
    pcn = factory.SubFactory(PcnFactory)
    started_on = datetime.date(2019, 10, 1)


class TimelineEventFactory(DjangoModelFactory):
    """An event on Leicester City's timeline unless told (`ccg=None`: LLR-wide)."""

    class Meta:
        model = TimelineEvent

    ccg = factory.LazyFunction(lambda: ccg("04C"))
    happened_on = datetime.date(2013, 4, 1)
    title = "Clinical commissioning groups take over from primary care trusts"
    source = "Seed document 004"
