"""Governance benchmark (`make bench`): the meetings list and a meeting page at full size.

500 meetings, 10,000 agenda items and 200 people, made with bulk_create on a throwaway SQLite
database (or BENCH_DATABASE_URL) with production settings. Prints the queries per request and
the median server time of each page next to the bare view's, measured in the same rounds.
Targets: at most 10 queries per page.
"""

import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.run import app_pages_report, configure, prepare  # noqa: E402

MAX_QUERIES = 10

MEETINGS, ITEMS_PER_MEETING, PEOPLE = 500, 20, 200


def populate():
    """Bulk-create the meetings (half past, half to come), their agendas and the people."""
    from django.utils import timezone

    from governance.models import AgendaItem, Appointment, GoverningBody, Meeting, Person

    bodies = list(GoverningBody.objects.all())
    now = timezone.now().replace(second=0, microsecond=0)
    meetings = Meeting.objects.bulk_create(
        Meeting(
            governing_body=bodies[number % len(bodies)] if number % 10 else None,
            starts_at=now + timedelta(days=7 * (number - MEETINGS // 2)),
            question_deadline=now + timedelta(days=7 * (number - MEETINGS // 2) - 2),
            venue=f"Venue {number}",
            status=Meeting.Status.HELD if number < MEETINGS // 2 else Meeting.Status.SCHEDULED,
        )
        for number in range(MEETINGS)
    )
    AgendaItem.objects.bulk_create(
        AgendaItem(
            meeting=meeting,
            position=position,
            reference=f"B/{meeting.pk}/{position}",
            title=f"Agenda item {position}",
            presenter="Chief finance officer",
            purpose="receive",
            part=AgendaItem.Part.PRIVATE if position > 17 else AgendaItem.Part.PUBLIC,
        )
        for meeting in meetings
        for position in range(1, ITEMS_PER_MEETING + 1)
    )
    people = Person.objects.bulk_create(
        Person(name=f"Person {number}", slug=f"person-{number}") for number in range(PEOPLE)
    )
    Appointment.objects.bulk_create(
        Appointment(
            governing_body=bodies[n % len(bodies)], person=p, role=Appointment.Role.GP_MEMBER
        )
        for n, p in enumerate(people)
    )
    return meetings[MEETINGS // 2]


def main():
    import tempfile

    with tempfile.TemporaryDirectory() as workdir:
        configure(workdir)
        prepare()
        from django.test import Client

        from governance.models import AgendaItem, Meeting, Person

        meeting = populate()
        sizes = (Meeting.objects.count(), AgendaItem.objects.count(), Person.objects.count())
        print(f"{sizes[0]} meetings, {sizes[1]} agenda items, {sizes[2]} people")
        meeting_pages = {
            "meetings list": "/governance/meetings/",
            "meeting page": meeting.get_absolute_url(),
        }
        other_pages = {
            "governing body": "/governance/leicester-city/",
            "calendar feed": "/governance/meetings.ics",
        }
        failures = app_pages_report(Client(), meeting_pages, MAX_QUERIES)
        app_pages_report(Client(), other_pages, max_queries=1000)  # shown, no target
    print("targets met" if not failures else "targets missed: " + "; ".join(failures))


if __name__ == "__main__":
    main()
