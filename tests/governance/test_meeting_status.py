"""A meeting's status agrees with the calendar: held only once started, questions closing before
the start, answers only once held, and "next meeting" only for one still to come."""

from contextlib import contextmanager
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from governance import selectors, services
from governance.models import Meeting
from llr_site.roles import GOVERNANCE_OFFICERS
from tests.factories import (
    AgendaItemFactory,
    MeetingFactory,
    QuestionFactory,
    UserFactory,
    governing_body,
    staff_sign_in,
)
from tests.governance.form_data import meeting_form

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
# A Sunday in December (GMT), day above 12 so that a US reading of dd/mm/yyyy would fail.
STARTS = datetime(2026, 12, 13, 14, 0, tzinfo=LONDON)


@pytest.fixture
def officer():
    return UserFactory(username="officer", group=GOVERNANCE_OFFICERS)


@contextmanager
def signed_in_at(client, user, moment):
    """The clock at `moment`, with `user` signed in then (sessions expire)."""
    with time_machine.travel(moment, tick=False):
        staff_sign_in(client, user)
        yield


def change_url(meeting):
    return f"/admin/governance/meeting/{meeting.pk}/change/"


# Marked held before it starts ---------------------------------------------------------------


@pytest.mark.parametrize("before", [timedelta(days=6), timedelta(minutes=1)])
def test_officer_cannot_mark_a_meeting_held_before_it_starts(client, officer, before):
    meeting = MeetingFactory(starts_at=STARTS)
    with signed_in_at(client, officer, STARTS - before):
        response = client.post(change_url(meeting), meeting_form(meeting, status="held"))
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "A meeting cannot be marked held before it starts (Sunday 13 December 2026, 14:00). "
        "Keep it scheduled until then."
    ) in html
    meeting.refresh_from_db()
    assert (meeting.status, meeting.sequence) == (Meeting.Status.SCHEDULED, 0)


@pytest.mark.parametrize("after", [timedelta(0), timedelta(hours=3)])
def test_officer_marks_a_meeting_held_once_it_has_started(client, officer, after):
    meeting = MeetingFactory(starts_at=STARTS)
    with signed_in_at(client, officer, STARTS + after):
        response = client.post(change_url(meeting), meeting_form(meeting, status="held"))
    assert response.status_code == 302, response.content.decode()[:3000]
    meeting.refresh_from_db()
    assert (meeting.status, meeting.sequence) == (Meeting.Status.HELD, 1)


def test_a_new_meeting_in_the_future_cannot_be_added_as_held(client, officer):
    template = Meeting(
        governing_body=governing_body("04V"),
        starts_at=STARTS,
        question_deadline=STARTS - timedelta(days=2),
        venue="Woodgate, Loughborough",
        status=Meeting.Status.HELD,
    )
    with signed_in_at(client, officer, STARTS - timedelta(days=30)):
        response = client.post("/admin/governance/meeting/add/", meeting_form(template))
    assert response.status_code == 200
    assert "cannot be marked held before it starts" in response.content.decode()
    assert not Meeting.objects.filter(venue="Woodgate, Loughborough").exists()


def test_the_service_refuses_a_held_meeting_that_has_not_started_and_saves_nothing():
    meeting = MeetingFactory(starts_at=STARTS)
    meeting.status = Meeting.Status.HELD
    meeting.venue = "Somewhere else"
    with (
        time_machine.travel(STARTS - timedelta(seconds=1), tick=False),
        pytest.raises(ValidationError) as refused,
    ):
        services.meeting_revise(meeting, ["status", "venue"])
    assert "cannot be marked held before it starts" in refused.value.message_dict["status"][0]
    stored = Meeting.objects.get(pk=meeting.pk)
    assert (stored.status, stored.venue, stored.sequence) == (
        Meeting.Status.SCHEDULED,
        "Council Chamber, City Hall, Leicester",
        0,
    )


def test_a_cancelled_meeting_can_be_cancelled_in_advance(client, officer):
    meeting = MeetingFactory(starts_at=STARTS)
    with signed_in_at(client, officer, STARTS - timedelta(days=6)):
        response = client.post(change_url(meeting), meeting_form(meeting, status="cancelled"))
    assert response.status_code == 302
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.CANCELLED


# Question deadline before the start ---------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "time"),
    [("13/12/2026", "14:00"), ("13/12/2026", "18:00"), ("14/12/2026", "09:00")],
)
def test_a_question_deadline_at_or_after_the_start_gets_a_message_not_an_error(
    client, officer, day, time
):
    meeting = MeetingFactory(starts_at=STARTS)
    with signed_in_at(client, officer, STARTS - timedelta(days=6)):
        response = client.post(
            change_url(meeting),
            meeting_form(meeting, question_deadline_0=day, question_deadline_1=time),
        )
    assert response.status_code == 200
    assert "The deadline for questions must be before the meeting starts." in (
        response.content.decode()
    )
    meeting.refresh_from_db()
    assert meeting.question_deadline == STARTS - timedelta(days=2)


def test_a_question_deadline_one_minute_before_the_start_is_accepted(client, officer):
    meeting = MeetingFactory(starts_at=STARTS)
    with signed_in_at(client, officer, STARTS - timedelta(days=6)):
        response = client.post(
            change_url(meeting),
            meeting_form(meeting, question_deadline_0="13/12/2026", question_deadline_1="13:59"),
        )
    assert response.status_code == 302, response.content.decode()[:3000]
    meeting.refresh_from_db()
    assert meeting.question_deadline == STARTS - timedelta(minutes=1)


def test_the_database_refuses_a_deadline_that_is_not_before_the_start():
    meeting = MeetingFactory(starts_at=STARTS)
    meeting.question_deadline = STARTS
    with pytest.raises(ValidationError) as refused:
        meeting.validate_constraints()
    assert refused.value.messages == [
        "The deadline for questions must be before the meeting starts."
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        meeting.save()


def test_a_deadline_in_the_repeated_hour_of_october_is_refused_with_a_message(client, officer):
    # 01:30 on 31 October 2027 happens twice (BST, then GMT): the admin cannot guess which.
    meeting = MeetingFactory(starts_at=datetime(2027, 11, 1, 14, 0, tzinfo=LONDON))
    with signed_in_at(client, officer, datetime(2027, 10, 1, 12, 0, tzinfo=LONDON)):
        response = client.post(
            change_url(meeting),
            meeting_form(meeting, question_deadline_0="31/10/2027", question_deadline_1="01:30"),
        )
    assert response.status_code == 200
    assert "couldn’t be interpreted in time zone Europe/London" in response.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).question_deadline == meeting.question_deadline


# Questions and answers only once held -------------------------------------------------------


def answered_meeting(**fields):
    meeting = MeetingFactory(starts_at=STARTS, **fields)
    item = AgendaItemFactory(meeting=meeting, reference="B/26/1")
    QuestionFactory(
        agenda_item=item, text="Will the clinic stay open?", status="accepted", answer="Yes."
    )
    return meeting


@pytest.mark.parametrize(
    ("status", "moment", "published"),
    [
        (Meeting.Status.SCHEDULED, STARTS - timedelta(days=1), False),
        (Meeting.Status.SCHEDULED, STARTS + timedelta(hours=1), False),  # started, not marked held
        (Meeting.Status.SCHEDULED, STARTS + timedelta(days=60), False),
        (Meeting.Status.CANCELLED, STARTS + timedelta(days=1), False),
        (Meeting.Status.HELD, STARTS + timedelta(hours=1), True),
    ],
)
def test_questions_and_answers_appear_only_once_the_meeting_is_marked_held(
    client, status, moment, published
):
    meeting = answered_meeting(status=status)
    with time_machine.travel(moment, tick=False):
        html = client.get(meeting.get_absolute_url()).content.decode()
    assert ("Will the clinic stay open?" in html) is published
    assert ("<strong>Answer:</strong> Yes." in html) is published


def test_a_started_meeting_not_yet_marked_held_says_answers_follow(client):
    meeting = answered_meeting()
    with time_machine.travel(STARTS + timedelta(hours=1), tick=False):
        html = client.get(meeting.get_absolute_url()).content.decode()
    assert "questions for this meeting closed at Friday 11 December 2026, 14:00" in html
    assert "published here with their answers once the meeting has been held" in html
    assert "Ask a question" not in html


# "Next meeting" ------------------------------------------------------------------------------


@pytest.fixture
def calendar_at_a_fixed_time():
    """At STARTS: one meeting started an hour ago, one held and one cancelled still ahead (held
    ahead only through data written before the rule), and the real next one in a week."""
    with time_machine.travel(STARTS, tick=False):
        MeetingFactory(starts_at=STARTS - timedelta(hours=1), venue="Started venue")
        MeetingFactory(starts_at=STARTS, venue="Starting now venue")
        MeetingFactory(
            starts_at=STARTS + timedelta(days=1),
            status=Meeting.Status.CANCELLED,
            venue="Cancelled venue",
        )
        MeetingFactory(
            starts_at=STARTS + timedelta(days=2), status=Meeting.Status.HELD, venue="Held venue"
        )
        MeetingFactory(starts_at=STARTS + timedelta(days=7), venue="Next venue")
        yield


NOT_NEXT = ["Started venue", "Starting now venue", "Cancelled venue", "Held venue"]


@pytest.mark.parametrize("url", ["/", "/governance/", "/governance/leicester-city/"])
def test_next_meeting_is_never_held_cancelled_or_started(client, calendar_at_a_fixed_time, url):
    html = client.get(url).content.decode()
    assert "Next venue" in html
    for venue in NOT_NEXT:
        assert venue not in html, venue


def test_next_meeting_selector_skips_held_cancelled_and_started_meetings(
    calendar_at_a_fixed_time,
):
    assert selectors.meeting_next_get().venue == "Next venue"
    assert [meeting.venue for meeting in selectors.meeting_next_list()] == ["Next venue"]
    assert selectors.meeting_next_get(governing_body=governing_body("04V")) is None


def test_the_meetings_list_still_shows_a_cancelled_meeting_ahead_marked_as_such(
    client, calendar_at_a_fixed_time
):
    html = client.get("/governance/meetings/").content.decode()
    assert "Cancelled venue" in html and "nhsuk-tag--red" in html


# Time display ----------------------------------------------------------------------------------


def test_meeting_times_are_shown_on_the_24_hour_clock_in_london_time(client):
    # 18:30 BST is 17:30 UTC; the meeting ends at 20:15 BST.
    starts = datetime(2027, 6, 15, 18, 30, tzinfo=LONDON)
    meeting = MeetingFactory(starts_at=starts, ends_at=starts + timedelta(hours=1, minutes=45))
    with time_machine.travel(starts - timedelta(days=30), tick=False):
        html = client.get(meeting.get_absolute_url()).content.decode()
    assert "Tuesday 15 June 2027, 18:30</time> to <time" in html
    assert ">20:15</time>" in html
    assert "Send yours by 18:30 on Sunday 13 June 2027" in html


def test_a_meeting_just_after_midnight_in_summer_is_named_by_its_london_date():
    meeting = MeetingFactory(starts_at=datetime(2027, 6, 1, 0, 30, tzinfo=LONDON))
    assert str(meeting) == "Leicester City CCG governing body meeting, 1 June 2027"
