"""Subscriptions without accounts: double opt-in, what triggers an email, never twice,
one-click unsubscribe, managing every subscription from a signed link, digests."""

import base64
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone

from alerts.models import Delivery, OutboxMessage, Subscriber, Subscription
from governance.models import Meeting
from publications.models import ChangeNote, DocumentType, Publication
from tests.alerts.helpers import SUBSCRIBE, link_in, subscribe
from tests.alerts.smtp import html_of, text_of
from tests.factories import AgendaItemFactory, MeetingFactory, PublicationFactory, governing_body

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
ANNUAL = {"topic": "publications", "type": "annual-report", "ccg": "04V"}


@pytest.fixture
def capture(django_capture_on_commit_callbacks):
    return django_capture_on_commit_callbacks


def publish(capture, title="Annual report 2019-20", **fields):
    with capture(execute=True):
        return PublicationFactory(title=title, **fields)


def test_get_emails_links_on_the_library_its_filters_and_the_governance_pages(client):
    library = client.get("/publications/?type=annual-report&ccg=04V").content.decode()
    assert "/alerts/subscribe/?topic=publications&amp;type=annual-report&amp;ccg=04V" in library
    body = governing_body("04V")
    page = client.get(body.get_absolute_url()).content.decode()
    assert f"/alerts/subscribe/?topic=meetings&amp;body={body.slug}" in page
    assert (
        "/alerts/subscribe/?topic=meetings" in client.get("/governance/meetings/").content.decode()
    )
    form = client.get(SUBSCRIBE, ANNUAL).content.decode()
    assert "Get emails about Annual reports, NHS West Leicestershire CCG" in form or (
        "Get emails about Annual report" in form
    )


def test_nothing_is_sent_until_the_address_is_confirmed(client, smtp, worker, capture):
    with capture(execute=True):
        client.post(SUBSCRIBE, {"email": "pat@example.com", "frequency": "immediately", **ANNUAL})
    publish(capture)
    worker()
    assert [m["Subject"] for m in smtp.to("pat@example.com")] == [
        "Confirm your subscription to LLR CCGs emails"
    ]
    assert not Delivery.objects.exists()


def test_a_confirmed_subscriber_gets_a_new_publication_with_one_click_unsubscribe(
    client, smtp, worker, capture
):
    page = subscribe(client, worker, smtp, capture, "pat@example.com", **ANNUAL)
    assert "Subscription confirmed" in page.content.decode()
    publication = publish(capture)
    worker()
    message = smtp.to("pat@example.com")[-1]
    assert message["Subject"] == "Published: Annual report 2019-20"
    assert publication.get_absolute_url() in text_of(message)
    assert "You get this email because you subscribed to emails about" in text_of(message)
    assert 'lang="en-GB"' in html_of(message)
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = message["List-Unsubscribe"].strip("<>")
    assert link_in(message, "unsubscribe") in unsubscribe
    assert link_in(message, "manage")
    # Links name no address in clear: they end up in logs.
    assert "pat@example.com" not in "".join(
        base64.urlsafe_b64decode(part + "==").decode("latin-1")
        for part in re.findall(r"/alerts/[a-z-]+/([^:/]+):", text_of(message))
    )
    # The mail program's one-click POST, without any cookie or CSRF token (RFC 8058).
    path = unsubscribe.split("://", 1)[1].split("/", 1)[1]
    response = client.post("/" + path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    # The last subscription ended: the address is deleted.
    assert not Subscriber.objects.filter(email="pat@example.com").exists()


def test_only_matching_filters_hear_and_never_twice(client, smtp, worker, capture):
    subscribe(client, worker, smtp, capture, "pat@example.com", **ANNUAL)
    subscribe(client, worker, smtp, capture, "pat@example.com", topic="publications")
    subscribe(client, worker, smtp, capture, "city@example.com", topic="publications", ccg="04C")
    publication = publish(capture)
    worker()
    # A second save, an edit of the status back and forth: the same item is not sent again.
    with capture(execute=True):
        publication.status = Publication.Status.DRAFT
        publication.save()
        publication.status = Publication.Status.PUBLISHED
        publication.save()
    call_command("alerts_due", stdout=None)
    worker()
    assert [m["Subject"] for m in smtp.to("pat@example.com")].count(
        "Published: Annual report 2019-20"
    ) == 1
    assert all(m["Subject"].startswith("Confirm") for m in smtp.to("city@example.com"))


def test_a_change_note_is_announced(client, smtp, worker, capture):
    subscribe(client, worker, smtp, capture, "pat@example.com", topic="publications")
    publication = publish(capture)
    with capture(execute=True):
        ChangeNote.objects.create(
            publication=publication, date=date(2026, 12, 13), text="Corrected table 3"
        )
    worker()
    subjects = [m["Subject"] for m in smtp.to("pat@example.com")]
    assert "Updated: Annual report 2019-20 (Corrected table 3)" in subjects


def test_an_embargoed_publication_is_announced_once_its_embargo_passes(
    client, smtp, worker, capture, time_machine
):
    time_machine.move_to(datetime(2026, 12, 13, 10, 0, tzinfo=LONDON), tick=False)
    subscribe(client, worker, smtp, capture, "pat@example.com", topic="publications")
    publish(capture, first_published=date(2026, 12, 15))
    worker()
    call_command("alerts_due", stdout=None)
    worker()
    assert len(smtp.to("pat@example.com")) == 1  # the confirmation only
    time_machine.move_to(datetime(2026, 12, 15, 0, 1, tzinfo=LONDON), tick=False)
    with capture(execute=True):
        call_command("alerts_due", stdout=None)
    worker()
    assert smtp.to("pat@example.com")[-1]["Subject"] == "Published: Annual report 2019-20"


def test_meeting_followers_hear_of_meetings_added_moved_cancelled_papers_and_minutes(
    client, smtp, worker, capture
):
    body = governing_body("04C")
    subscribe(client, worker, smtp, capture, "pat@example.com", topic="meetings", body=body.slug)
    subscribe(
        client,
        worker,
        smtp,
        capture,
        "other@example.com",
        topic="meetings",
        body=governing_body("04V").slug,
    )
    with capture(execute=True):
        meeting = MeetingFactory(days_ahead=20, body="04C")
    with capture(execute=True):
        meeting.starts_at += timedelta(days=1)
        meeting.question_deadline += timedelta(days=1)
        meeting.save()
        item = AgendaItemFactory(meeting=meeting)
        paper = PublicationFactory(
            title="Quality report", document_type=DocumentType.objects.first()
        )
        item.papers.add(paper)
        minutes = PublicationFactory(title="Minutes of the meeting")
        meeting.minutes = minutes
        meeting.save()
        meeting.status = Meeting.Status.CANCELLED
        meeting.save()
    worker()
    subjects = [m["Subject"] for m in smtp.to("pat@example.com")][1:]
    assert len(subjects) == 5, subjects
    assert any(
        s.startswith("New meeting: Leicester City CCG governing body meeting") for s in subjects
    )
    assert any(s.startswith("Meeting moved:") for s in subjects)
    assert any(s.startswith("Papers published for the") and "Quality report" in s for s in subjects)
    assert any(s.startswith("Approved minutes published") for s in subjects)
    assert any(s.startswith("Meeting cancelled:") for s in subjects)
    assert len(smtp.to("other@example.com")) == 1


def test_a_daily_digest_gathers_the_day_once(client, smtp, worker, capture, time_machine):
    time_machine.move_to(datetime(2026, 12, 13, 10, 0, tzinfo=LONDON), tick=False)
    subscribe(client, worker, smtp, capture, "pat@example.com", "daily", topic="publications")
    publish(capture, "First report")
    publish(capture, "Second report")
    worker()
    call_command("alerts_due", stdout=None)
    worker()
    assert len(smtp.to("pat@example.com")) == 2  # confirmation, and today's digest (after 08:00)
    digest = smtp.to("pat@example.com")[-1]
    assert digest["Subject"] == "Today's updates from the LLR CCGs (2)"
    assert "First report" in text_of(digest) and "Second report" in text_of(digest)
    publish(capture, "Third report")
    worker()
    call_command("alerts_due", stdout=None)
    worker()
    assert len(smtp.to("pat@example.com")) == 2  # one digest a day
    time_machine.move_to(datetime(2026, 12, 14, 8, 5, tzinfo=LONDON), tick=False)
    call_command("alerts_due", stdout=None)
    worker()
    assert "Third report" in text_of(smtp.to("pat@example.com")[-1])
    assert "First report" not in text_of(smtp.to("pat@example.com")[-1])


def test_manage_page_changes_frequency_and_ends_subscriptions(client, smtp, worker, capture):
    subscribe(client, worker, smtp, capture, "pat@example.com", **ANNUAL)
    publish(capture)
    worker()
    manage = link_in(smtp.to("pat@example.com")[-1], "manage")
    page = client.get(manage).content.decode()
    assert "Annual report" in page and "pat@example.com" in page
    subscription = Subscription.objects.get()
    client.post(manage, {"subscription": subscription.pk, "frequency": "weekly", "change": ""})
    subscription.refresh_from_db()
    assert subscription.frequency == "weekly"
    response = client.post(manage, {"subscription": subscription.pk, "end": ""})
    assert "You have unsubscribed" in response.content.decode()
    assert not Subscriber.objects.exists()
    assert not OutboxMessage.objects.filter(to="pat@example.com").exists()


def test_unconfirmed_addresses_are_forgotten_after_seven_days(client, smtp, worker, capture):
    with capture(execute=True):
        client.post(SUBSCRIBE, {"email": "late@example.com", "frequency": "daily", **ANNUAL})
    Subscription.objects.update(created_at=timezone.now() - timedelta(days=8))
    Subscriber.objects.update(created_at=timezone.now() - timedelta(days=8))
    call_command("alerts_due", stdout=None)
    assert not Subscriber.objects.exists()
