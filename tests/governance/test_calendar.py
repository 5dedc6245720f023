"""The iCalendar feed and per-meeting files, checked with the icalendar library."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from governance import services
from governance.models import Meeting
from tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def events_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    return calendar, calendar.walk("VEVENT")


def test_feed_has_every_meeting_in_london_time_with_a_timezone_definition(client):
    summer = MeetingFactory(
        starts_at=datetime(2027, 7, 15, 14, 0, tzinfo=LONDON), venue="City Hall"
    )
    MeetingFactory(days_ahead=-200, body=None)
    calendar, events = events_of(client, "/governance/meetings.ics")
    assert len(events) == 2
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    event = next(e for e in events if str(e["LOCATION"]) == "City Hall")
    assert str(event.DTSTART.tzinfo) == "Europe/London"
    assert summer.starts_at == event.DTSTART
    assert event.DTSTART.strftime("%H:%M %Z") == "14:00 BST"
    assert (
        b"DTSTART;TZID=Europe/London:20270715T140000"
        in client.get("/governance/meetings.ics").content
    )
    assert event["UID"] == f"{summer.uid}@llr-ccgs"
    assert event["STATUS"] == "CONFIRMED"
    assert str(event["URL"]).endswith(f"/governance/meetings/{summer.pk}/")
    assert "Joint meeting" in str(next(e for e in events if e is not event)["SUMMARY"])


def test_one_file_per_meeting(client):
    meeting = MeetingFactory()
    MeetingFactory(days_ahead=30)
    _, events = events_of(client, f"/governance/meetings/{meeting.pk}.ics")
    assert [str(e["UID"]) for e in events] == [f"{meeting.uid}@llr-ccgs"]


def test_moving_a_meeting_keeps_its_uid_and_raises_its_sequence(
    client, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory()
    _, (before,) = events_of(client, f"/governance/meetings/{meeting.pk}.ics")
    meeting.starts_at += timedelta(days=7)
    meeting.question_deadline += timedelta(days=7)
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_revise(meeting, ["starts_at", "question_deadline"])
    _, (after,) = events_of(client, f"/governance/meetings/{meeting.pk}.ics")
    assert after["UID"] == before["UID"]
    assert (before["SEQUENCE"], after["SEQUENCE"]) == (0, 1)
    assert meeting.starts_at == after.DTSTART


def test_cancelling_a_meeting_publishes_status_cancelled(client):
    meeting = MeetingFactory()
    meeting.status = Meeting.Status.CANCELLED
    services.meeting_revise(meeting, ["status"])
    _, (event,) = events_of(client, "/governance/meetings.ics")
    assert event["STATUS"] == "CANCELLED"
    assert event["SEQUENCE"] == 1
    assert str(event["SUMMARY"]).startswith("Cancelled: ")


def test_changes_calendars_need_not_know_about_leave_the_sequence_alone():
    meeting = MeetingFactory()
    meeting.private_part = "Contracts."
    services.meeting_revise(meeting, ["private_part"])
    assert meeting.sequence == 0
