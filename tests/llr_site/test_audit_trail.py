"""An administrator sees who signed in, who published which page and who changed which record."""

import logging

import pytest
from auditlog.models import LogEntry
from axes.models import AccessLog
from cms.models import PageContent
from django.core.management import call_command
from djangocms_versioning.models import Version

from llr_site.roles import COMMUNICATIONS_STAFF, GOVERNANCE_OFFICERS
from publications.models import DocumentType, Publication
from tests.factories import (
    PASSWORD,
    AgendaItemFactory,
    MeetingFactory,
    PublicationFactory,
    QuestionFactory,
    TOTPDeviceFactory,
    UserFactory,
    staff_sign_in,
    totp_now,
)
from tests.governance.form_data import answers

pytestmark = pytest.mark.django_db


def page_entries(reverse_id):
    content = PageContent.admin_manager.filter(page__reverse_id=reverse_id)
    return LogEntry.objects.filter(
        content_type__model="pagecontent", object_pk__in=[str(c.pk) for c in content]
    ).order_by("pk")


def test_publishing_unpublishing_and_reverting_a_page_are_in_the_trail():
    editor = UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    published = PageContent.objects.get(page__reverse_id="cookies")
    before = page_entries("cookies").count()
    version_1 = Version.objects.get_for_content(published)
    draft = version_1.copy(editor)
    draft.publish(editor)
    draft = Version.objects.get(pk=draft.pk)
    draft.unpublish(editor)
    Version.objects.get(pk=version_1.pk).copy(editor)  # back to the first version's text
    entries = list(page_entries("cookies")[before:])
    assert [entry.changes_text for entry in entries] == [
        "made a new draft of the page (version 2)",
        "published the page (version 2)",
        "unpublished the page (version 2)",
        "reverted to version 1 of the page (version 3)",
    ]
    assert {entry.actor for entry in entries} == {editor}
    assert entries[1].object_repr == "Page: Cookies (/cookies)"


def test_record_changes_made_in_the_admin_name_who_made_them(client):
    officer = UserFactory(username="officer", group=GOVERNANCE_OFFICERS)
    staff_sign_in(client, officer)
    response = client.post(
        "/admin/publications/documenttype/add/",
        {"name": "Strategy", "slug": "strategy", "description": ""},
    )
    assert response.status_code == 302
    entry = LogEntry.objects.get_for_object(DocumentType.objects.get(slug="strategy")).get()
    assert entry.action == LogEntry.Action.CREATE
    assert entry.actor == officer
    assert entry.remote_addr == "127.0.0.1"


def test_a_question_from_the_public_is_in_the_trail_with_the_address_it_came_from(client):
    meeting = MeetingFactory(days_ahead=10)
    AgendaItemFactory(meeting=meeting)
    response = client.post(meeting.get_absolute_url(), answers(meeting), REMOTE_ADDR="192.0.2.44")
    assert response.status_code == 302
    entry = LogEntry.objects.get(content_type__model="question")
    assert (entry.action, entry.actor, entry.remote_addr) == (
        LogEntry.Action.CREATE,
        None,
        "192.0.2.44",
    )
    assert "email" not in entry.changes_dict and "name" not in entry.changes_dict


def test_withdrawing_a_publication_and_moderating_a_question_are_in_the_trail():
    publication = PublicationFactory(title="Annual report 2020")
    publication.status = Publication.Status.WITHDRAWN
    publication.withdrawn_reason = "Replaced by the corrected report."
    publication.save()
    entry = LogEntry.objects.get_for_object(publication).latest("pk")
    assert entry.changes_dict["status"] == [
        Publication.Status.PUBLISHED.value,
        Publication.Status.WITHDRAWN.value,
    ]
    meeting = MeetingFactory()
    assert LogEntry.objects.get_for_object(meeting).exists()
    question = QuestionFactory(agenda_item=AgendaItemFactory(meeting=meeting))
    created = LogEntry.objects.get_for_object(question).get()
    # The asker's name and email stay out of the trail.
    assert "name" not in created.changes_dict and "email" not in created.changes_dict


def test_a_reset_second_factor_is_in_the_trail(client):
    comms = UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    admin = UserFactory(username="admin", is_superuser=True)
    staff_sign_in(client, admin)
    client.post(
        "/admin/auth/user/", {"action": "reset_second_factor", "_selected_action": [comms.pk]}
    )
    entry = LogEntry.objects.get_for_object(comms).latest("pk")
    assert (entry.changes_text, entry.actor) == ("second factor reset", admin)


def test_the_trail_is_in_the_admin_for_superusers_with_filters(client):
    PublicationFactory(title="Annual report 2020")
    staff_sign_in(client, UserFactory(username="admin", is_superuser=True))
    html = client.get("/admin/auditlog/logentry/").content.decode()
    assert "Annual report 2020" in html
    assert 'id="changelist-filter"' in html


def test_sign_ins_failures_lockouts_and_sign_outs_are_logged(client, caplog):
    device = TOTPDeviceFactory(user=UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
    with caplog.at_level(logging.INFO, logger="llr_site.staff"):
        for _ in range(5):
            client.post("/staff/sign-in/", {"username": "comms", "password": "wrong"})
        call_command("axes_reset", verbosity=0)
        client.post("/staff/sign-in/", {"username": "comms", "password": PASSWORD})
        client.post("/staff/sign-in/code/", {"code": totp_now(device)})
        client.post("/staff/sign-out/")
    messages = [r.getMessage() for r in caplog.records if r.name == "llr_site.staff"]
    assert messages.count("staff sign-in failed: comms from 127.0.0.1") == 5
    assert "staff sign-in locked out: comms from 127.0.0.1" in messages
    assert "staff sign-in: comms from 127.0.0.1" in messages
    assert "staff second factor given: comms (Authenticator app)" in messages
    assert messages[-1] == "staff sign-out: comms from 127.0.0.1"


def test_successful_sign_ins_are_in_the_admin_with_their_sign_out(client):
    device = TOTPDeviceFactory(user=UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
    client.post("/staff/sign-in/", {"username": "comms", "password": PASSWORD})
    client.post("/staff/sign-in/code/", {"code": totp_now(device)})
    client.post("/staff/sign-out/")
    admin_client = staff_sign_in(
        client.__class__(), UserFactory(username="admin", is_superuser=True)
    )
    html = admin_client.get("/admin/axes/accesslog/?username=comms").content.decode()
    assert "comms" in html and "127.0.0.1" in html
    assert AccessLog.objects.get(username="comms").logout_time is not None
