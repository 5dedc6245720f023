"""What governance officers do in the admin: meetings with their agenda, moderation, photos."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from governance.models import AgendaItem, Meeting, Person, Question
from llr_site.roles import COMMUNICATIONS_STAFF, GOVERNANCE_OFFICERS
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


@pytest.fixture
def officer(client):
    user = UserFactory(username="officer", group=GOVERNANCE_OFFICERS)
    staff_sign_in(client, user)
    return user


def test_officer_cancels_a_meeting_and_its_calendar_sequence_rises(client, officer):
    meeting = MeetingFactory()
    response = client.post(
        f"/admin/governance/meeting/{meeting.pk}/change/",
        meeting_form(meeting, status=Meeting.Status.CANCELLED),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    meeting.refresh_from_db()
    assert (meeting.status, meeting.sequence) == (Meeting.Status.CANCELLED, 1)


def test_officer_adds_a_meeting_with_its_agenda_inline(client, officer):
    template = Meeting(
        governing_body=governing_body("04V"),
        starts_at=MeetingFactory().starts_at,
        venue="Woodgate, Loughborough",
    )
    template.question_deadline = template.starts_at - timedelta(days=1)
    data = meeting_form(template)
    data.update(
        {
            "agenda_items-TOTAL_FORMS": "1",
            "agenda_items-0-position": "1",
            "agenda_items-0-part": AgendaItem.Part.PUBLIC,
            "agenda_items-0-reference": "B/18/154",
            "agenda_items-0-title": "Financial plan",
            "agenda_items-0-presenter": "Chief finance officer",
            "agenda_items-0-purpose": "approve",
        }
    )
    response = client.post("/admin/governance/meeting/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    meeting = Meeting.objects.get(venue="Woodgate, Loughborough")
    assert [str(item) for item in meeting.agenda_items.all()] == ["B/18/154 Financial plan"]
    assert meeting.sequence == 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"04C", "04V"}),
        ("?status__exact=cancelled", {"04V"}),
        ("?year=2019", {"04C"}),
        ("?governing_body__id__exact={body}", {"04V"}),
    ],
)
def test_meeting_list_filters_by_ccg_year_and_status(client, officer, query, expected):
    # Each governing body is one CCG's: the governing body filter is the CCG filter.
    old = MeetingFactory(days_ahead=1)
    old.starts_at = old.starts_at.replace(year=2019)
    old.question_deadline = None
    old.save()
    MeetingFactory(body="04V", status=Meeting.Status.CANCELLED)
    query = query.format(body=governing_body("04V").pk)
    response = client.get("/admin/governance/meeting/" + query)
    shown = {meeting.governing_body.ccg.code for meeting in response.context["cl"].result_list}
    assert shown == expected


@pytest.mark.parametrize(
    ("decision", "stored"),
    [
        ({"status": "accepted", "answer": "We will keep it open."}, ("accepted", "")),
        (
            {"status": "rejected", "rejection_reason": "individual-care"},
            ("rejected", "individual-care"),
        ),
    ],
)
def test_officer_moderates_a_question(client, officer, decision, stored):
    question = QuestionFactory(agenda_item=AgendaItemFactory(meeting=MeetingFactory()))
    data = {"status": "", "rejection_reason": "", "answer": "", **decision}
    response = client.post(f"/admin/governance/question/{question.pk}/change/", data)
    assert response.status_code == 302
    question.refresh_from_db()
    assert (question.status, question.rejection_reason) == stored
    assert question.moderated_by == officer and question.moderated_at


@pytest.mark.parametrize(
    ("decision", "error"),
    [
        ({"status": "rejected"}, "Choose the reason for rejecting the question."),
        ({"status": "accepted", "rejection_reason": "defamatory"}, "Only a rejected question"),
        ({"status": "rejected", "rejection_reason": "repeated", "answer": "x"}, "Only an accepted"),
    ],
)
def test_moderation_needs_a_reason_for_rejection_and_only_then(client, officer, decision, error):
    question = QuestionFactory(agenda_item=AgendaItemFactory(meeting=MeetingFactory()))
    data = {"status": "", "rejection_reason": "", "answer": "", **decision}
    response = client.post(f"/admin/governance/question/{question.pk}/change/", data)
    assert response.status_code == 200
    assert error in response.content.decode()
    assert Question.objects.get().status == Question.Status.RECEIVED


def test_communications_staff_cannot_moderate_questions(client):
    staff_sign_in(client, UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
    question = QuestionFactory(agenda_item=AgendaItemFactory(meeting=MeetingFactory()))
    response = client.post(
        f"/admin/governance/question/{question.pk}/change/",
        {"status": "accepted", "rejection_reason": "", "answer": "Yes"},
    )
    assert response.status_code == 403
    assert Question.objects.get().status == Question.Status.RECEIVED


def image_upload(size=(2400, 1600), image_format="JPEG", name="portrait.jpg"):
    output = BytesIO()
    Image.new("RGB", size, "teal").save(output, format=image_format)
    return SimpleUploadedFile(name, output.getvalue(), content_type="image/jpeg")


def person_form(**changes):
    data = {"title": "Dr", "name": "Pat Example", "slug": "pat-example", "biography": ""}
    data.update({"interests-TOTAL_FORMS": "0", "interests-INITIAL_FORMS": "0"})
    return {**data, **changes}


def test_uploaded_photo_is_resized_and_keeps_its_description(client, officer):
    response = client.post(
        "/admin/governance/person/add/",
        person_form(photo=image_upload(), photo_alt_text="Dr Pat Example smiling"),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    person = Person.objects.get(slug="pat-example")
    with Image.open(person.photo) as photo:
        assert photo.size == (600, 400)
    assert person.photo_alt_text == "Dr Pat Example smiling"


def test_a_photo_needs_its_description(client, officer):
    response = client.post("/admin/governance/person/add/", person_form(photo=image_upload()))
    assert response.status_code == 200
    assert "Describe the photo for people who cannot see it." in response.content.decode()
    assert not Person.objects.filter(slug="pat-example").exists()
