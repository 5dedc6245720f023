"""Questions from the public answered by email: acknowledgement with a reference, the
moderation outcome with its reason, the published answer; officers see what was sent."""

from datetime import timedelta

import pytest
from django.utils import timezone

from alerts.models import OutboxMessage
from governance.models import Meeting, Question
from governance.services import question_moderate
from tests.alerts.smtp import html_of, text_of
from tests.factories import (
    AgendaItemFactory,
    MeetingFactory,
    QuestionFactory,
    UserFactory,
    staff_sign_in,
)
from tests.governance.form_data import answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting():
    meeting = MeetingFactory(days_ahead=10)
    AgendaItemFactory(meeting=meeting, reference="B/18/154", title="Urgent care review")
    return meeting


@pytest.fixture
def officer():
    return UserFactory(username="officer", group="Governance officers")


def test_a_question_sent_on_the_form_is_acknowledged_by_email_with_its_reference(
    client, meeting, smtp, worker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(meeting.get_absolute_url(), answers(meeting))
    assert response.status_code == 302
    assert smtp.to("sam@example.com") == []  # nothing is sent inside the visitor's request
    worker()
    question = Question.objects.get()
    [message] = smtp.to("sam@example.com")
    reference = f"Q{question.pk:05d}"
    assert message["Subject"] == f"We have received your question ({reference})"
    assert "We will email you to say whether we can accept it" in text_of(message)
    assert meeting.get_absolute_url() in text_of(message)
    assert f"Your reference is {reference}" in html_of(message)


def test_the_receipt_page_says_what_we_will_email(client, meeting):
    response = client.post(meeting.get_absolute_url(), answers(meeting), follow=True)
    page = response.content.decode()
    assert "if we cannot accept your question, we will email you" in page.lower()
    assert "We do not send a confirmation email" not in page


def test_a_rejection_is_emailed_with_its_reason_from_the_list(
    meeting, officer, smtp, worker, django_capture_on_commit_callbacks
):
    question = QuestionFactory(
        agenda_item=meeting.agenda_items.get(), name="Sam", email="sam@example.com", text="Why?"
    )
    with django_capture_on_commit_callbacks(execute=True):
        question_moderate(
            question,
            user=officer,
            status=Question.Status.REJECTED,
            rejection_reason="individual-care",
        )
    worker()
    [message] = smtp.to("sam@example.com")
    assert message["Subject"].startswith("We cannot accept your question")
    assert "The reason: About an individual's care." in text_of(message)


def test_acceptance_then_the_published_answer_are_each_emailed_once(
    meeting, officer, smtp, worker, django_capture_on_commit_callbacks
):
    question = QuestionFactory(
        agenda_item=meeting.agenda_items.get(), name="Sam", email="sam@example.com", text="Why?"
    )
    with django_capture_on_commit_callbacks(execute=True):
        question_moderate(question, user=officer, status=Question.Status.ACCEPTED)
        question_moderate(
            question, user=officer, status=Question.Status.ACCEPTED, answer="Because."
        )
    worker()
    subjects = [m["Subject"] for m in smtp.to("sam@example.com")]
    assert subjects == [f"Your question has been accepted (Q{question.pk:05d})"]
    # The answer is published when the meeting is marked held: then the person is told.
    meeting.starts_at = timezone.now() - timedelta(hours=3)
    meeting.question_deadline = meeting.starts_at - timedelta(days=2)
    meeting.status = Meeting.Status.HELD
    with django_capture_on_commit_callbacks(execute=True):
        meeting.save()
        meeting.save()
    worker()
    subjects = [m["Subject"] for m in smtp.to("sam@example.com")]
    assert subjects[1:] == [f"The answer to your question has been published (Q{question.pk:05d})"]


def test_officers_see_in_the_admin_what_was_sent(
    client, meeting, officer, smtp, worker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(meeting.get_absolute_url(), answers(meeting))
    worker()
    staff_sign_in(client, officer)
    response = client.get("/admin/alerts/outboxmessage/?q=sam%40example.com")
    assert "We have received your question" in response.content.decode()
    message = OutboxMessage.objects.get()
    assert message.state == OutboxMessage.State.SENT
    page = client.get(f"/admin/alerts/outboxmessage/{message.pk}/change/").content.decode()
    assert "A governance officer will check" in page


def test_an_erased_question_gets_no_email(
    meeting, officer, smtp, worker, django_capture_on_commit_callbacks
):
    question = QuestionFactory(
        agenda_item=meeting.agenda_items.get(), name="", email="", text="Why?"
    )
    with django_capture_on_commit_callbacks(execute=True):
        question_moderate(question, user=officer, status=Question.Status.ACCEPTED)
    worker()
    assert smtp.received == []
    assert not OutboxMessage.objects.exists()
