"""The "next board meeting" plugin and the governance seed."""

import pytest
from cms.api import add_plugin
from cms.models import PageContent
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from djangocms_versioning.models import Version

from governance.models import Appointment, GoverningBody, Meeting, NextMeetingBlock
from llr_site.seed.governance import governance_load
from tests.factories import MeetingFactory, UserFactory, governing_body

pytestmark = pytest.mark.django_db


def seed_introduction_change(monkeypatch, code, introduction):
    """Load the seed as if the data file gave the governing body of `code` a new introduction."""
    data = governance_load()
    for body in data["governing_body"]:
        if body["ccg"] == code:
            body["introduction"] = introduction
    monkeypatch.setattr("llr_site.seed.governance.governance_load", lambda: data)


def test_home_page_shows_the_next_meeting_that_is_going_ahead(client):
    MeetingFactory(days_ahead=3, status=Meeting.Status.CANCELLED, venue="Cancelled venue")
    meeting = MeetingFactory(days_ahead=9, venue="Pen Lloyd Building, Leicester")
    MeetingFactory(days_ahead=-2, venue="Past venue")
    html = client.get("/").content.decode()
    assert "Next board meeting held in public" in html
    assert "Pen Lloyd Building, Leicester" in html
    assert f'href="{meeting.get_absolute_url()}"' in html
    assert "Cancelled venue" not in html and "Past venue" not in html


def test_home_page_reads_the_next_meeting_once(client):
    # django CMS asks the block for its cache expiry, then renders it: one query serves both.
    MeetingFactory(days_ahead=9, venue="Pen Lloyd Building, Leicester")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/").content.decode()
    assert "Pen Lloyd Building, Leicester" in html
    meeting_reads = [query for query in queries if 'FROM "governance_meeting"' in query["sql"]]
    assert len(meeting_reads) == 1


def test_home_page_says_when_no_meeting_is_scheduled(client):
    assert "No meeting has been scheduled yet." in client.get("/").content.decode()


def test_plugin_for_one_governing_body_keeps_it_in_a_new_draft():
    editor = UserFactory(username="editor", is_superuser=True)
    published = PageContent.objects.get(page__reverse_id="cookies")
    draft = Version.objects.get_for_content(published).copy(editor).content
    add_plugin(
        draft.get_placeholders().get(slot="content"),
        "NextMeetingPlugin",
        settings.LANGUAGE_CODE,
        governing_body=governing_body("04V"),
    )
    Version.objects.get_for_content(draft).publish(editor)
    newer = Version.objects.get_for_content(draft).copy(editor).content
    copied = NextMeetingBlock.objects.get(placeholder__object_id=newer.pk)
    assert copied.governing_body.ccg.code == "04V"


def test_seed_records_the_appointments_without_inventing_names():
    appointments = Appointment.objects.filter(governing_body__ccg__code="04C")
    expected = sum(entry["count"] for entry in governance_load()["appointment"])
    assert appointments.count() == expected
    named = {str(appointment.person) for appointment in appointments if appointment.person}
    assert named == {"Professor Azhar Farooqi", "Dr Avinashi Prasad"}
    assert appointments.filter(role=Appointment.Role.GP_MEMBER, person__isnull=True).count() == 8
    assert not appointments.filter(started_on__isnull=False).exists()
    assert set(GoverningBody.objects.values_list("slug", flat=True)) == {
        "leicester-city",
        "west-leicestershire",
        "east-leicestershire-and-rutland",
    }
    assert not Appointment.objects.exclude(governing_body__ccg__code="04C").exists()


def test_changed_seed_leaves_a_governing_body_edited_by_staff_alone(capsys, monkeypatch):
    from django.core.management import call_command

    seed_introduction_change(monkeypatch, "04C", "A newer seed text.")
    body = governing_body("04C")
    body.introduction = "Edited by a governance officer."
    body.save()
    call_command("load_seed_content")
    assert (
        "left alone (edited by staff): governing body of Leicester City" in capsys.readouterr().out
    )
    body.refresh_from_db()
    assert body.introduction == "Edited by a governance officer."


def test_changed_seed_updates_a_governing_body_nobody_edited(capsys, monkeypatch):
    from django.core.management import call_command

    seed_introduction_change(monkeypatch, "04V", "A newer seed text.")
    call_command("load_seed_content")
    assert "updated: governing body of West Leicestershire" in capsys.readouterr().out
    assert governing_body("04V").introduction == "A newer seed text."
