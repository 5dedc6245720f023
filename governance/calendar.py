"""Board meetings as iCalendar (RFC 5545): a feed of all meetings and a file per meeting.

Each event keeps the meeting's UID for ever; a change of time, venue or status raises SEQUENCE,
and a cancelled meeting stays in the feed with STATUS:CANCELLED, so calendar applications that
subscribed update or strike out the event instead of keeping a stale copy.
"""

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from governance.models import Meeting

PRODUCT_ID = "-//LLR CCGs//Board meetings held in public//EN"
LONDON = ZoneInfo("Europe/London")
# When the end time is not known, calendars get an event of the usual length of a meeting.
USUAL_LENGTH = timedelta(hours=3)
ICAL_STATUS = {
    Meeting.Status.SCHEDULED: "CONFIRMED",
    Meeting.Status.HELD: "CONFIRMED",
    Meeting.Status.CANCELLED: "CANCELLED",
}


def meetings_calendar(meetings, *, base_url, name="LLR CCGs board meetings held in public"):
    """An RFC 5545 VCALENDAR (bytes) with one VEVENT per meeting, times in Europe/London."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    events = [_event(meeting, base_url) for meeting in meetings]
    for event in events:
        calendar.add_component(event)
    if events:
        # The VTIMEZONE for Europe/London, covering the years the meetings span.
        calendar.add_missing_timezones(
            first_date=min(event.DTSTART for event in events).date(),
            last_date=max(event.DTEND for event in events).date() + timedelta(days=366),
        )
    return calendar.to_ical()


def _event(meeting, base_url):
    starts = timezone.localtime(meeting.starts_at, LONDON)
    ends = timezone.localtime(meeting.ends_at or meeting.starts_at + USUAL_LENGTH, LONDON)
    url = base_url + meeting.get_absolute_url()
    event = Event()
    event.add("uid", f"{meeting.uid}@llr-ccgs")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", starts)
    event.add("dtend", ends)
    event.add("sequence", meeting.sequence)
    event.add("status", ICAL_STATUS[meeting.status])
    summary = meeting.title
    if meeting.is_cancelled:
        summary = f"Cancelled: {summary}"
    event.add("summary", summary)
    event.add("location", meeting.venue)
    event.add("url", url)
    event.add("description", f"Agenda, papers and questions from the public: {url}")
    return event
