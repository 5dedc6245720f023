"""Reads for the governance pages, each in a fixed number of queries."""

from bisect import bisect_left, bisect_right
from datetime import timedelta
from itertools import groupby
from typing import NamedTuple

from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils import timezone

from content_cache import content_cached
from governance.models import AgendaItem, Appointment, GoverningBody, Meeting, Person, Question
from nhsuk.menus import AppPage
from publications.selectors import (
    embargo_seconds_left,
    publication_is_listed,
    publication_listed,
)

CONSTITUTION = "constitution"


def governing_body_list():
    """The governing bodies with their CCGs, read once until the content changes."""
    return content_cached(
        "governance:bodies", lambda: list(GoverningBody.objects.select_related("ccg"))
    )


def governing_body_get(slug):
    return GoverningBody.objects.select_related("ccg").filter(slug=slug).first()


def governing_body_constitution(body):
    """The CCG's constitution in the publications library, if it is published there."""
    constitutions = publication_listed().filter(document_type__slug=CONSTITUTION, ccgs=body.ccg)
    return constitutions.order_by("-last_updated", "-first_published", "-pk").first()


def _current(today):
    return Q(ended_on__isnull=True) | Q(ended_on__gte=today)


def governing_body_member_list(body, *, past=False, today=None):
    """The body's appointments grouped by role in `Appointment.Role` order:
    [(role heading, [appointment])].

    Current appointments by default; with `past`, those that have ended.
    """
    today = today or timezone.localdate()
    appointments = body.appointments.select_related("person")
    appointments = (
        appointments.exclude(_current(today)) if past else appointments.filter(_current(today))
    )
    roles = [Appointment.Role(appointment.role) for appointment in appointments]
    ordered = sorted(
        zip(roles, appointments, strict=True), key=lambda pair: (pair[0].position, pair[1].pk)
    )
    return [
        (role.plural_label, [appointment for _, appointment in group])
        for role, group in groupby(ordered, key=lambda pair: pair[0])
    ]


def person_get(slug):
    appointments = Appointment.objects.select_related("governing_body__ccg").order_by(
        "-started_on", "pk"
    )
    people = Person.objects.prefetch_related(
        Prefetch("appointments", queryset=appointments), "interests"
    )
    return people.filter(slug=slug).first()


def _meetings():
    return Meeting.objects.select_related("governing_body__ccg")


def meeting_upcoming_list(*, governing_body=None, now=None):
    """Meetings still to come, soonest first, cancelled ones included (and marked)."""
    meetings = _meetings().filter(starts_at__gte=now or timezone.now()).order_by("starts_at")
    if governing_body is not None:
        meetings = meetings.filter(governing_body=governing_body)
    return meetings


def meeting_next_list(*, governing_body=None, now=None):
    """Meetings going ahead that have not started yet, soonest first.

    Only scheduled ones: a cancelled meeting is not "next", and one marked held (or one whose
    start has passed) is over or under way.
    """
    meetings = _meetings().filter(
        status=Meeting.Status.SCHEDULED, starts_at__gt=now or timezone.now()
    )
    if governing_body is not None:
        meetings = meetings.filter(governing_body=governing_body)
    return meetings.order_by("starts_at")


def meeting_next_get(*, governing_body=None, now=None):
    """The next meeting that is going ahead and has not started, or None."""
    return meeting_next_list(governing_body=governing_body, now=now).first()


UPCOMING_LISTED_DAYS = 366
NEXT_LISTED = 3  # meetings, on the governance pages


class MeetingArchive(NamedTuple):
    upcoming: list  # meetings in the next year, soonest first
    later_count: int  # how many more are scheduled after them
    years: list  # the years that had meetings, newest first
    year: int | None  # the year shown, None when no meeting is past
    past: list  # that year's past meetings, newest first


def meeting_archive_get(*, year=None, now=None):
    """Upcoming meetings in the next year and a count of later ones, and the past meetings of
    `year` (the latest year's, if none is chosen); None for a year that had no meetings. Read
    once until the content changes or a meeting starts or comes within the year; a year without
    meetings keeps nothing."""
    now = now or timezone.now()
    starts = _meeting_starts()
    if year is not None and year not in _years(starts[: bisect_left(starts, now)]):
        return None
    return content_cached(
        f"governance:archive:{year}:{_meetings_moment(starts, now)}",
        lambda: _meeting_archive_read(year, now),
    )


def _meeting_archive_read(year, now):
    horizon = now + timedelta(days=UPCOMING_LISTED_DAYS)
    scheduled = meeting_upcoming_list(now=now)
    past = _meetings().filter(starts_at__lt=now)
    years = [
        moment.year
        for moment in past.datetimes(
            "starts_at", "year", order="DESC", tzinfo=timezone.get_current_timezone()
        )
    ]
    year = year or (years[0] if years else None)
    in_year = past.filter(starts_at__year=year).order_by("-starts_at") if year else []
    return MeetingArchive(
        upcoming=list(scheduled.filter(starts_at__lt=horizon)),
        later_count=scheduled.filter(starts_at__gte=horizon).count(),
        years=years,
        year=year,
        past=list(in_year),
    )


def meeting_next_few(*, governing_body=None, now=None):
    """The first NEXT_LISTED of `meeting_next_list`, read once until the content changes or one
    of the meetings starts."""
    now = now or timezone.now()
    body = governing_body.pk if governing_body is not None else "all"
    return content_cached(
        f"governance:next:{body}:{_meetings_moment(_meeting_starts(), now)}",
        lambda: list(meeting_next_list(governing_body=governing_body, now=now)[:NEXT_LISTED]),
    )


def _meeting_starts():
    """Every meeting's start, soonest first, read once until the content changes."""
    return content_cached(
        "governance:meeting-starts",
        lambda: list(Meeting.objects.order_by("starts_at").values_list("starts_at", flat=True)),
    )


def _meetings_moment(starts, now):
    """A name for what the lists that follow the clock show at `now`: how many meetings start
    before it, at or before it, and before the upcoming year ends. It changes exactly when one
    of those lists would (a meeting starts, or comes within the year), so they are kept under it
    and none is shown after the moment it stopped being true. `starts`: `_meeting_starts()`."""
    horizon = now + timedelta(days=UPCOMING_LISTED_DAYS)
    return f"{bisect_left(starts, now)}-{bisect_right(starts, now)}-{bisect_left(starts, horizon)}"


def _years(starts):
    """The years (in London) of these starts."""
    return {timezone.localtime(start).year for start in starts}


def meeting_get(pk):
    """A meeting with its public agenda, each item's published questions and papers; or None.

    Read once until the content changes or the next embargo ends (a paper then comes out); a
    number no meeting has keeps nothing. What follows the clock (whether questions are still
    taken, answers published) is worked out from it on each request."""
    pk = int(pk)  # as text from the address: the CMS's apphook hands URL parameters on unconverted
    if pk not in content_cached(
        "governance:meeting-ids", lambda: frozenset(Meeting.objects.values_list("pk", flat=True))
    ):
        return None
    return content_cached(
        f"governance:meeting:{pk}",
        lambda: _meeting_read(pk),
        timeout=embargo_seconds_left(),
    )


def _meeting_read(pk):
    public_questions = Question.objects.filter(status=Question.Status.ACCEPTED).exclude(answer="")
    items = AgendaItem.objects.filter(part=AgendaItem.Part.PUBLIC).prefetch_related(
        Prefetch("questions", queryset=public_questions.order_by("submitted_at")),
        Prefetch("papers", queryset=publication_listed().order_by("title")),
    )
    meetings = _meetings().select_related("minutes")
    return meetings.prefetch_related(Prefetch("agenda_items", queryset=items)).filter(pk=pk).first()


def meeting_minutes_get(meeting):
    """The meeting's approved minutes, when they are published in the library."""
    minutes = meeting.minutes
    return minutes if minutes is not None and publication_is_listed(minutes) else None


# Why a meeting is not taking questions from the public (meeting_questions_closed_reason).
QUESTIONS_CANCELLED, QUESTIONS_NOT_TAKEN, QUESTIONS_CLOSED = "cancelled", "not-taken", "closed"


def meeting_questions_closed_reason(meeting, *, now=None):
    """Why the public can no longer ask questions on the meeting's agenda; "" while they can,
    which is until the deadline itself."""
    if meeting.status == Meeting.Status.CANCELLED:
        return QUESTIONS_CANCELLED
    if meeting.question_deadline is None:
        return QUESTIONS_NOT_TAKEN
    if (now or timezone.now()) >= meeting.question_deadline or (
        meeting.status != Meeting.Status.SCHEDULED
    ):
        return QUESTIONS_CLOSED
    return ""


def meeting_publishes_answers(meeting):
    """Answers are published once a governance officer has marked the meeting held.

    Not merely once its start has passed: the answers are given at the meeting, and a meeting
    may be postponed on the day or still be under way. "Held" is the officer's statement that it
    took place, and the model refuses it before the start.
    """
    return meeting.status == Meeting.Status.HELD


def question_answered_list(meeting):
    """[(agenda item, [accepted question with its answer])] from what `meeting_get` fetched."""
    answered = [(item, list(item.questions.all())) for item in meeting.agenda_items.all()]
    return [(item, questions) for item, questions in answered if questions]


def meeting_calendar_list():
    return _meetings().order_by("starts_at")


def meeting_joint_list(*, now=None):
    now = now or timezone.now()
    joint = _meetings().filter(governing_body__isnull=True)
    return joint.filter(starts_at__gte=now).order_by("starts_at"), joint.filter(starts_at__lt=now)


def governance_page_list():
    """The pages below the governance page (meetings, governing bodies, people), for menus and
    breadcrumbs."""
    return content_cached("governance:pages", _governance_pages_compute)


def _governance_pages_compute():
    index, meetings = reverse("governance:index"), reverse("governance:meeting_list")
    pages = [
        AppPage(meetings, "Board meetings", index),
        AppPage(reverse("governance:joint_working"), "How the three CCGs work jointly", index),
    ]
    pages += [
        AppPage(body.get_absolute_url(), f"{body.ccg.name} governing body", index)
        for body in GoverningBody.objects.select_related("ccg")
    ]
    pages += [
        AppPage(person.get_absolute_url(), str(person), index) for person in Person.objects.all()
    ]
    pages += [
        AppPage(meeting.get_absolute_url(), str(meeting), meetings)
        for meeting in Meeting.objects.select_related("governing_body__ccg")
    ]
    return pages
