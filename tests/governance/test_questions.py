"""Questions from the public: the form, its errors, spam protection and refusals."""

from datetime import timedelta

import pytest
from django.utils import timezone

from governance.forms import QuestionForm
from governance.models import AgendaItem, Meeting, Question
from governance.services import QuestionOutcome, question_ask
from tests.factories import AgendaItemFactory, MeetingFactory
from tests.governance.form_data import answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting():
    meeting = MeetingFactory(days_ahead=10)
    AgendaItemFactory(meeting=meeting, reference="B/18/154", title="Urgent care review")
    return meeting


def test_a_question_is_stored_and_receipt_confirmed_on_screen(client, meeting):
    response = client.post(meeting.get_absolute_url(), answers(meeting))
    assert response.status_code == 302
    assert response.url == f"/governance/meetings/{meeting.pk}/question-received/"
    question = Question.objects.get()
    assert (question.name, question.status) == ("Sam Resident", Question.Status.RECEIVED)
    assert question.agenda_item.reference == "B/18/154"
    html = client.get(response.url).content.decode()
    assert "Question received" in html and "nhsuk-panel--confirmation" in html


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("agenda_item", "", "Select the agenda item your question is about"),
        ("agenda_item", "999999", "Select the agenda item your question is about"),
        ("name", "", "Enter your name"),
        ("name", "x" * 101, "Name must be 100 characters or fewer"),
        ("email", "", "Enter your email address"),
        ("email", "not-an-email", "Enter an email address in the correct format"),
        ("text", "", "Enter your question"),
        ("text", "x" * 2001, "Question must be 2,000 characters or fewer"),
    ],
)
def test_each_field_is_checked_with_a_message_next_to_it(client, meeting, field, value, message):
    response = client.post(meeting.get_absolute_url(), answers(meeting, **{field: value}))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.startswith("<!DOCTYPE html>") and "<title>Error: " in html
    assert f'<li><a href="#id_{field}">{message}' in html  # in the error summary
    assert f'<span class="nhsuk-error-message" id="id_{field}-error">' in html  # by the field
    assert not Question.objects.exists()


def test_question_on_a_private_item_is_refused(client, meeting):
    data = answers(meeting)
    private = AgendaItemFactory(meeting=meeting, title="Contract", part=AgendaItem.Part.PRIVATE)
    client.post(meeting.get_absolute_url(), {**data, "agenda_item": str(private.pk)})
    assert not Question.objects.exists()


def test_html_and_script_are_shown_as_text(client, meeting):
    script = "<script>alert('x')</script><b>bold</b>"
    response = client.post(
        meeting.get_absolute_url(), answers(meeting, name=script, email=script, text=script)
    )
    html = response.content.decode()
    assert "<script>alert" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in html


def test_a_ten_megabyte_body_is_refused_and_stores_nothing(client, meeting):
    response = client.post(meeting.get_absolute_url(), answers(meeting, text="x" * 10_000_000))
    assert response.status_code == 400
    assert "nhsuk" in response.content.decode()
    assert not Question.objects.exists()


def test_robots_filling_the_trap_field_are_thanked_but_nothing_is_stored(client, meeting):
    response = client.post(meeting.get_absolute_url(), answers(meeting, website="http://spam"))
    assert response.status_code == 302
    assert not Question.objects.exists()


def test_one_address_may_send_only_so_many_questions_an_hour(client, meeting, settings):
    settings.GOVERNANCE_QUESTIONS_PER_HOUR = 2
    statuses = [
        client.post(meeting.get_absolute_url(), answers(meeting)).status_code for _ in range(3)
    ]
    assert statuses == [302, 302, 429]
    assert Question.objects.count() == 2
    other = client.post(meeting.get_absolute_url(), answers(meeting), REMOTE_ADDR="192.0.2.9")
    assert other.status_code == 302


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"question_deadline": timezone.now() - timedelta(hours=1)},
            "questions for this meeting closed at",
        ),
        ({"status": Meeting.Status.CANCELLED}, "This meeting has been cancelled"),
        ({"question_deadline": None}, "not taking questions from the public"),
    ],
)
def test_questions_after_the_deadline_or_for_a_cancelled_meeting_are_refused_politely(
    client, meeting, change, message
):
    for name, value in change.items():
        setattr(meeting, name, value)
    meeting.save()
    assert "Ask a question" not in client.get(meeting.get_absolute_url()).content.decode()
    response = client.post(meeting.get_absolute_url(), answers(meeting))
    assert response.status_code == 409
    assert message in response.content.decode()
    assert not Question.objects.exists()


def test_the_form_needs_a_csrf_token(meeting):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(meeting.get_absolute_url(), answers(meeting))
    assert response.status_code == 403
    assert not Question.objects.exists()


def test_asking_a_question_has_one_outcome_per_check_in_order(settings):
    """`question_ask` is the workflow the meeting page maps to a response."""
    settings.GOVERNANCE_QUESTIONS_PER_HOUR = 1
    meeting = MeetingFactory()
    item = AgendaItemFactory(meeting=meeting)

    def ask(address="192.0.2.7", **changes):
        form = QuestionForm(answers(meeting, **changes), meeting=meeting)
        return question_ask(meeting=meeting, form=form, client_address=address)

    assert ask(text="") is QuestionOutcome.INVALID
    assert ask(website="http://spam.example") is QuestionOutcome.IGNORED
    assert ask() is QuestionOutcome.RECEIVED
    assert ask() is QuestionOutcome.TOO_MANY
    assert ask(address="192.0.2.8") is QuestionOutcome.RECEIVED
    assert Question.objects.filter(agenda_item=item).count() == 2
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.CANCELLED)
    meeting.refresh_from_db()
    assert ask(address="192.0.2.9") is QuestionOutcome.CLOSED
    assert Question.objects.count() == 2
