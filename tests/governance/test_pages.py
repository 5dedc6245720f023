"""The public governance pages: governing bodies, people, meetings, in a fixed number of queries."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.cache import cache

from governance.models import AgendaItem, Appointment, Meeting, Question
from tests.cache_keys import cache_keys
from tests.factories import (
    AgendaItemFactory,
    MeetingFactory,
    PersonFactory,
    PublicationFactory,
    QuestionFactory,
    governing_body,
)
from tests.queries import second_visit

pytestmark = pytest.mark.django_db


def html_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def test_governance_index_lists_the_three_governing_bodies_and_next_meetings(client):
    MeetingFactory(days_ahead=10, venue="Pen Lloyd Building")
    html = html_of(client, "/governance/")
    for name in ("NHS Leicester City", "NHS West Leicestershire", "NHS East Leicestershire"):
        assert name in html
    assert "/governance/joint-working/" in html
    assert "Pen Lloyd Building" in html
    assert "members of the public could ask questions on agenda items" in html


def test_leicester_city_governing_body_shows_the_seeded_seats_by_role(client):
    html = html_of(client, "/governance/leicester-city/")
    assert html.index("Co-chairs") < html.index("GP members") < html.index("Lay members")
    assert '<a href="/governance/people/azhar-farooqi/">Professor Azhar Farooqi</a>' in html
    assert '<a href="/governance/people/avinashi-prasad/">Dr Avinashi Prasad</a>' in html
    assert html.count("From one of the four city localities") == 8
    assert html.count("Independent lay member, providing scrutiny") == 3
    assert "Leicester Involvement Network (LINk)" in html
    assert "A hospital clinician" in html


def test_past_members_are_listed_only_on_request(client):
    retired = PersonFactory(name="Retired Member", title="Dr")
    governing_body("04C").appointments.create(
        person=retired,
        role=Appointment.Role.LAY_MEMBER,
        started_on="2012-04-01",
        ended_on="2015-03-31",
    )
    assert "Retired Member" not in html_of(client, "/governance/leicester-city/")
    past = html_of(client, "/governance/leicester-city/?members=past")
    assert "Dr Retired Member" in past
    assert "/governance/people/azhar-farooqi/" not in past
    assert "until 31 March 2015" in past


def test_governing_body_without_published_members_says_so(client):
    html = html_of(client, "/governance/west-leicestershire/")
    assert "We have not yet published the members of this governing body." in html


def test_person_page_shows_roles_and_register_of_interests(client):
    person = PersonFactory(
        name="Jo Bloggs", title="Mrs", biography="Lay member.\n\nRetired auditor."
    )
    person.interests.create(interest="Trustee of a <b>local</b> charity", declared_on="2019-05-01")
    governing_body("04V").appointments.create(
        person=person, role=Appointment.Role.LAY_MEMBER, detail="Audit and governance"
    )
    html = html_of(client, "/governance/people/jo-bloggs/")
    assert "<h1>Mrs Jo Bloggs</h1>" in html
    assert "<p>Retired auditor.</p>" in html
    assert "Lay member, Audit and governance" in html
    assert "Trustee of a &lt;b&gt;local&lt;/b&gt; charity" in html
    assert "1 May 2019" in html


@pytest.mark.parametrize(
    "url",
    [
        "/governance/people/nobody/",
        "/governance/no-such-body/",
        "/governance/meetings/999999/",
        "/governance/meetings/99999999999999999/",
        "/governance/meetings/999999.ics",
        "/governance/meetings/1234567890123456789012345/",
        "/governance/meetings/abc/",
    ],
)
def test_unknown_people_bodies_and_meetings_are_404s(client, url):
    assert client.get(url).status_code == 404


def test_meeting_list_shows_upcoming_first_then_past_by_year(client):
    later = MeetingFactory(days_ahead=40, venue="Later venue")
    sooner = MeetingFactory(days_ahead=5, venue="Sooner venue")
    old = MeetingFactory(
        starts_at=sooner.starts_at.replace(year=2019, month=6, day=4), venue="Old venue"
    )
    older = MeetingFactory(
        starts_at=sooner.starts_at.replace(year=2018, month=2, day=6), venue="Older venue"
    )
    html = html_of(client, "/governance/meetings/")
    assert (
        html.index("Sooner venue")
        < html.index("Later venue")
        < html.index("<h3>2019</h3>")
        < html.index("Old venue")
    )
    assert "Older venue" not in html  # one year of past meetings at a time, the latest first
    assert 'href="?year=2018#past-meetings"' in html
    html = html_of(client, "/governance/meetings/?year=2018")
    assert html.index("Sooner venue") < html.index("<h3>2018</h3>") < html.index("Older venue")
    assert "Old venue" not in html
    assert {later.pk, old.pk, older.pk}


@pytest.mark.parametrize(
    "path", ["/governance/", "/governance/meetings/", "/governance/meetings/?year=2019"]
)
def test_governance_index_and_meeting_list_make_no_query_once_kept(client, path):
    MeetingFactory(days_ahead=5)
    MeetingFactory(
        starts_at=datetime.datetime(2019, 6, 4, 18, tzinfo=datetime.UTC), venue="Old venue"
    )
    first, second, queries = second_visit(client, path)
    assert queries == []
    assert second.content == first.content


def test_the_next_meetings_and_the_meeting_list_follow_the_clock(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()  # one that follows the travelled clock (Redis keeps its own time)
    london = ZoneInfo("Europe/London")
    start = datetime.datetime(2027, 1, 12, 14, 0, tzinfo=london)
    far = datetime.datetime(2028, 2, 1, 14, 0, tzinfo=london)
    with time_machine.travel(start - datetime.timedelta(minutes=1), tick=False):
        MeetingFactory(starts_at=start, venue="January venue")
        MeetingFactory(starts_at=far, venue="Far venue")
        index, meetings = html_of(client, "/governance/"), html_of(client, "/governance/meetings/")
        assert "January venue" in index
        assert meetings.index("Upcoming meetings") < meetings.index("January venue")
        assert "Far venue" not in meetings  # more than a year ahead: counted
        assert "1 more meeting is scheduled more than a year ahead" in meetings
        assert client.get("/governance/meetings/?year=2027").status_code == 404
    with time_machine.travel(start + datetime.timedelta(minutes=1), tick=False):
        assert "January venue" not in html_of(client, "/governance/")
        meetings = html_of(client, "/governance/meetings/")
        assert meetings.index("<h3>2027</h3>") < meetings.index("January venue")
        assert "January venue" in html_of(client, "/governance/meetings/?year=2027")
    with time_machine.travel(far - datetime.timedelta(days=300), tick=False):
        assert "Far venue" in html_of(client, "/governance/meetings/")


@pytest.mark.slow
def test_made_up_years_keep_nothing(client):
    MeetingFactory(days_ahead=-400)
    client.get("/governance/meetings/")
    kept = cache_keys("governance:")
    for year in range(1000, 1300):
        assert client.get(f"/governance/meetings/?year={year}").status_code == 404
    assert cache_keys("governance:") == kept


@pytest.mark.parametrize("year", ["1999", "19999", "abcd", "-1", "2019%00"])
def test_a_year_without_meetings_is_not_found(client, year):
    MeetingFactory(days_ahead=-400)
    assert client.get(f"/governance/meetings/?year={year}").status_code in (400, 404)


def test_cancelled_meeting_is_marked_in_the_list_and_on_its_page(client):
    meeting = MeetingFactory(status=Meeting.Status.CANCELLED)
    assert "Cancelled" in html_of(client, "/governance/meetings/")
    html = html_of(client, meeting.get_absolute_url())
    assert "This meeting has been cancelled" in html
    assert "Ask a question" not in html


def test_meeting_page_shows_the_public_agenda_but_not_private_items(client):
    meeting = MeetingFactory(private_part="Commercially confidential contract awards.")
    AgendaItemFactory(
        meeting=meeting,
        reference="B/18/154",
        title="Urgent care <script>alert(1)</script>",
        presenter="Chief finance officer",
        purpose="approve",
    )
    AgendaItemFactory(meeting=meeting, title="Secret contract", part=AgendaItem.Part.PRIVATE)
    html = html_of(client, meeting.get_absolute_url())
    assert "B/18/154" in html
    assert "Urgent care &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "To approve" in html
    assert "Secret contract" not in html
    assert "Commercially confidential contract awards." in html


def test_accepted_answers_are_published_only_after_the_meeting(
    client, django_capture_on_commit_callbacks
):
    upcoming = MeetingFactory(days_ahead=3)
    item = AgendaItemFactory(meeting=upcoming)
    QuestionFactory(
        agenda_item=item,
        text="Will the clinic stay open?",
        status=Question.Status.ACCEPTED,
        answer="Yes.",
    )
    assert "Will the clinic stay open?" not in html_of(client, upcoming.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        held = MeetingFactory(days_ahead=-3, status=Meeting.Status.HELD)
        item = AgendaItemFactory(meeting=held, reference="B/20/1")
        QuestionFactory(
            agenda_item=item,
            text="Will the clinic stay open?",
            status=Question.Status.ACCEPTED,
            answer="Yes.",
        )
        QuestionFactory(agenda_item=item, text="Pending one", status=Question.Status.RECEIVED)
        QuestionFactory(
            agenda_item=item,
            text="Rejected one",
            status=Question.Status.REJECTED,
            rejection_reason="defamatory",
        )
    html = html_of(client, held.get_absolute_url())
    assert "Will the clinic stay open?" in html
    assert "<strong>Answer:</strong> Yes." in html
    assert "Pending one" not in html and "Rejected one" not in html
    assert "sam@example.com" not in html and "Sam Resident" not in html


def test_meeting_list_and_meeting_page_take_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    held = MeetingFactory(days_ahead=-7, status=Meeting.Status.HELD)

    def grow():
        for number in range(5):
            meeting = MeetingFactory(days_ahead=number * 7 - 14)
            for _ in range(4):
                AgendaItemFactory(meeting=meeting)
        for _ in range(4):
            item = AgendaItemFactory(meeting=held)
            QuestionFactory(agenda_item=item, status=Question.Status.ACCEPTED, answer="An answer.")

    counts = {}
    for _size in ("small", "large"):
        grow()
        for url in ("/governance/meetings/", held.get_absolute_url()):
            cache.clear()
            client.get(url)  # warm the CMS's own caches
            with django_assert_max_num_queries(10) as captured:
                assert client.get(url).status_code == 200
            counts.setdefault(url, []).append(len(captured))
    assert all(small == large for small, large in counts.values()), counts


@pytest.mark.parametrize(
    ("slug", "summary"),
    [
        ("leicester-city", "governs the relationship between the CCG and its practices"),
        ("west-leicestershire", "describes the governing principles, rules and procedures"),
    ],
)
def test_governing_body_links_its_constitution_from_the_library(client, slug, summary):
    html = html_of(client, f"/governance/{slug}/")
    assert summary in html
    assert f'href="/publications/{slug}-ccg-constitution/"' in html


def test_east_leicestershire_constitution_is_not_invented(client):
    html = html_of(client, "/governance/east-leicestershire-and-rutland/")
    assert "has not yet been published in our" in html


def test_agenda_links_published_papers_and_approved_minutes(
    client, django_capture_on_commit_callbacks
):
    from publications.models import DocumentType, Publication

    def publication(slug, kind, status=Publication.Status.PUBLISHED):
        return PublicationFactory(
            title=slug.replace("-", " ").capitalize(),
            slug=slug,
            document_type=DocumentType.objects.get(slug=kind),
            summary="Summary.",
            status=status,
            ccgs=(),
        )

    meeting = MeetingFactory(days_ahead=-30, status=Meeting.Status.HELD)
    item = AgendaItemFactory(meeting=meeting, reference="B/18/154")
    item.papers.add(
        publication("finance-report-month-9", "board-papers"),
        publication("draft-paper", "board-papers", status=Publication.Status.DRAFT),
    )
    html = html_of(client, meeting.get_absolute_url())
    assert 'href="/publications/finance-report-month-9/"' in html
    assert "draft-paper" not in html
    assert "published here once the governing body has approved them" in html

    with django_capture_on_commit_callbacks(execute=True):
        meeting.minutes = publication("minutes-of-the-board", "minutes")
        meeting.save()
    assert 'href="/publications/minutes-of-the-board/"' in html_of(
        client, meeting.get_absolute_url()
    )


def test_a_meeting_page_makes_no_query_once_kept_and_follows_a_change_at_once(
    client, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(days_ahead=-30, status=Meeting.Status.HELD)
    item = AgendaItemFactory(meeting=meeting, reference="B/18/154")
    paper = PublicationFactory(title="Finance report month 9", ccgs=())
    first, second, queries = second_visit(client, meeting.get_absolute_url())
    assert queries == []
    assert second.content == first.content
    with django_capture_on_commit_callbacks(execute=True):
        item.papers.add(paper)  # a link between records is a change of content too
    assert "Finance report month 9" in html_of(client, meeting.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        question = QuestionFactory(agenda_item=item, text="Will the clinic stay open?")
        question.status, question.answer = Question.Status.ACCEPTED, "Yes."
        question.save()  # accepted by an officer
    assert "Will the clinic stay open?" in html_of(client, meeting.get_absolute_url())


def test_a_meeting_s_agenda_is_rendered_once_until_the_content_changes(
    client, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(days_ahead=-30, status=Meeting.Status.HELD)
    AgendaItemFactory(meeting=meeting, title="Urgent care review")
    agenda = "governance/includes/agenda.html"
    assert agenda in [t.name for t in client.get(meeting.get_absolute_url()).templates]
    assert agenda not in [t.name for t in client.get(meeting.get_absolute_url()).templates]
    with django_capture_on_commit_callbacks(execute=True):
        AgendaItemFactory(meeting=meeting, title="Winter plan")
    html = html_of(client, meeting.get_absolute_url())
    assert html.index("Urgent care review") < html.index("Winter plan")


def test_a_paper_under_embargo_shows_on_its_meeting_s_page_once_out(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()  # one that follows the travelled clock (Redis keeps its own time)
    london = ZoneInfo("Europe/London")
    with time_machine.travel(datetime.datetime(2026, 12, 6, 23, 30, tzinfo=london), tick=False):
        meeting = MeetingFactory(days_ahead=-30, status=Meeting.Status.HELD)
        item = AgendaItemFactory(meeting=meeting)
        item.papers.add(
            PublicationFactory(
                title="Winter plan", ccgs=(), first_published=datetime.date(2026, 12, 7)
            )
        )
        assert "Winter plan" not in html_of(client, meeting.get_absolute_url())
    with time_machine.travel(datetime.datetime(2026, 12, 7, 0, 0, 30, tzinfo=london), tick=False):
        assert "Winter plan" in html_of(client, meeting.get_absolute_url())


@pytest.mark.slow
def test_made_up_meeting_numbers_keep_nothing(client):
    meeting = MeetingFactory(days_ahead=-30)
    client.get(meeting.get_absolute_url())
    kept = cache_keys("governance:")
    for number in range(300):
        assert client.get(f"/governance/meetings/{900_000 + number}/").status_code == 404
    assert cache_keys("governance:") == kept


def test_meetings_more_than_a_year_ahead_are_counted_not_listed(client):
    MeetingFactory(days_ahead=30, venue="Next month venue")
    MeetingFactory(days_ahead=400, venue="Far future venue")
    html = html_of(client, "/governance/meetings/")
    assert "Next month venue" in html and "Far future venue" not in html
    assert "1 more meeting is scheduled more than a year ahead" in html


def test_selectors_return_none_for_what_does_not_exist_and_views_answer_404():
    from governance import selectors

    MeetingFactory(days_ahead=-400)
    assert selectors.meeting_get(999_999) is None
    assert selectors.person_get("nobody") is None
    assert selectors.governing_body_get("no-such-body") is None
    assert selectors.meeting_archive_get(year=1999) is None
    assert selectors.meeting_archive_get().past
