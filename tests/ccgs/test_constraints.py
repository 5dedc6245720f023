"""Rules the database keeps for the CCGs' data, whatever writes it."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from ccgs.models import Ccg, Practice, TimelineEvent

pytestmark = pytest.mark.django_db


def event(ccg):
    return TimelineEvent.objects.create(
        ccg=ccg,
        happened_on=datetime.date(2013, 4, 1),
        title="Clinical commissioning groups take over from primary care trusts",
        source="Seed document 004",
    )


@pytest.mark.parametrize("ccg_code", ["04C", None])
def test_an_event_is_on_a_timeline_once_llr_wide_events_included(ccg_code):
    ccg = Ccg.objects.get(code=ccg_code) if ccg_code else None
    event(ccg)
    with pytest.raises(IntegrityError), transaction.atomic():
        event(ccg)


def test_the_same_event_may_be_on_a_ccgs_timeline_and_llr_wide():
    event(Ccg.objects.get(code="04C"))
    event(None)
    event(Ccg.objects.get(code="04V"))


def test_a_practice_status_is_one_of_the_ods_codes():
    with pytest.raises(IntegrityError), transaction.atomic():
        Practice.objects.create(code="X99999", name="NOWHERE", commissioner_code="04C", status="X")
