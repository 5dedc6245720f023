"""Builders for test data, instead of fixture files."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify

from governance.models import AgendaItem, GoverningBody, Meeting, Person, Question

PASSWORD = "a-test-password-1"


def user_create(username, group_name=None, *, is_staff=True, is_superuser=False):
    user = get_user_model().objects.create_user(
        username=username, password=PASSWORD, is_staff=is_staff, is_superuser=is_superuser
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def governing_body(code="04C"):
    """One of the three seeded governing bodies, by its CCG's code."""
    return GoverningBody.objects.select_related("ccg").get(ccg__code=code)


def person_create(name="Alex Example", **fields):
    return Person.objects.create(name=name, slug=fields.pop("slug", slugify(name)), **fields)


def meeting_create(*, days_ahead=14, body="04C", **fields):
    """A meeting `days_ahead` days from now (negative: in the past), taking questions until
    two days before it starts unless told otherwise."""
    default = (timezone.now() + timedelta(days=days_ahead)).replace(second=0, microsecond=0)
    starts_at = fields.pop("starts_at", default)
    fields.setdefault("question_deadline", starts_at - timedelta(days=2))
    fields.setdefault("venue", "Council Chamber, City Hall, Leicester")
    return Meeting.objects.create(
        governing_body=governing_body(body) if body else None, starts_at=starts_at, **fields
    )


def agenda_item_create(meeting, title="Quality and performance report", **fields):
    fields.setdefault("position", meeting.agenda_items.count() + 1)
    return AgendaItem.objects.create(meeting=meeting, title=title, **fields)


def question_create(agenda_item, **fields):
    fields.setdefault("name", "Sam Resident")
    fields.setdefault("email", "sam@example.com")
    fields.setdefault("text", "How will this affect waiting times?")
    return Question.objects.create(agenda_item=agenda_item, **fields)
