"""Emails to people who asked a question at a board meeting: the acknowledgement with its
reference, the moderation outcome (with the reason, when rejected) and the published answer."""

from django.db import transaction

from alerts import emails
from alerts.outbox import message_queue

RECEIVED, ACCEPTED, REJECTED, ANSWERED = "received", "accepted", "rejected", "answered"


def question_reference(question):
    return f"Q{question.pk:05d}"


def question_email(question, event):
    """Queue the email for `event` about `question`, once (its key is the question and event)."""
    if not question.email:  # erased after the retention period
        return None
    meeting = question.agenda_item.meeting
    key = f"question:{question.pk}:{event}"
    subject, text, html = emails.render(
        f"question_{event}",
        key,
        {
            "question": question,
            "reference": question_reference(question),
            "meeting": meeting,
            "meeting_url": emails.absolute(meeting.get_absolute_url()),
            "reason": question.get_rejection_reason_display(),
        },
    )
    return message_queue(
        key=key,
        to=question.email,
        subject=subject,
        text=text,
        html=html,
    )


def question_emails_after_commit(question_id, events):
    """Write the emails once the officer's or visitor's save has committed."""

    def write():
        from governance.models import Question

        question = (
            Question.objects.select_related("agenda_item__meeting__governing_body__ccg")
            .filter(pk=question_id)
            .first()
        )
        if question is not None:
            with transaction.atomic():
                for event in events:
                    question_email(question, event)

    transaction.on_commit(write)
