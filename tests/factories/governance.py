"""Meetings, their agenda items and questions, and the people of the governing bodies."""

from datetime import timedelta

import factory
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from governance.models import AgendaItem, GoverningBody, Meeting, Person, Question


def governing_body(code="04C"):
    """One of the three seeded governing bodies, by its CCG's code."""
    return GoverningBody.objects.select_related("ccg").get(ccg__code=code)


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = Person

    name = "Alex Example"
    slug = factory.LazyAttribute(lambda person: slugify(person.name))


class MeetingFactory(DjangoModelFactory):
    """A meeting `days_ahead` days from now (negative: in the past) of the governing body of the
    CCG coded `body` (None: a joint meeting), taking questions until two days before it starts
    unless told otherwise."""

    class Meta:
        model = Meeting

    class Params:
        days_ahead = 14
        body = "04C"

    governing_body = factory.LazyAttribute(
        lambda meeting: governing_body(meeting.body) if meeting.body else None
    )
    starts_at = factory.LazyAttribute(
        lambda meeting: (timezone.now() + timedelta(days=meeting.days_ahead)).replace(
            second=0, microsecond=0
        )
    )
    question_deadline = factory.LazyAttribute(lambda meeting: meeting.starts_at - timedelta(days=2))
    venue = "Council Chamber, City Hall, Leicester"


class AgendaItemFactory(DjangoModelFactory):
    """An item at the end of its meeting's agenda."""

    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    title = "Quality and performance report"
    position = factory.LazyAttribute(lambda item: item.meeting.agenda_items.count() + 1)


class QuestionFactory(DjangoModelFactory):
    class Meta:
        model = Question

    agenda_item = factory.SubFactory(AgendaItemFactory)
    name = "Sam Resident"
    email = "sam@example.com"
    text = "How will this affect waiting times?"
