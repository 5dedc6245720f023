"""Askers' names and email addresses are erased once the retention period after the meeting ends."""

import io

import pytest
from django.core.management import call_command

from governance.models import Question
from tests.factories import AgendaItemFactory, MeetingFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def question_at_meeting(days_ago, **fields):
    meeting = MeetingFactory(days_ahead=-days_ago)
    return QuestionFactory(agenda_item=AgendaItemFactory(meeting=meeting), **fields)


def erase():
    out = io.StringIO()
    call_command("erase_question_personal_data", stdout=out)
    return out.getvalue()


def test_names_and_emails_are_erased_after_the_retention_period_and_questions_kept(settings):
    settings.GOVERNANCE_QUESTION_RETENTION_DAYS = 183
    old = question_at_meeting(184, answer="The centre stays open.")
    recent = question_at_meeting(182)
    output = erase()
    assert "Erased the names and email addresses of 1 question(s)" in output
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.email) == ("", "")
    assert (old.text, old.answer) == (
        "How will this affect waiting times?",
        "The centre stays open.",
    )
    assert (recent.name, recent.email) == ("Sam Resident", "sam@example.com")
    assert str(old).endswith("from a member of the public")


def test_erasing_again_changes_nothing(settings):
    settings.GOVERNANCE_QUESTION_RETENTION_DAYS = 30
    question_at_meeting(40)
    erase()
    assert "of 0 question(s)" in erase()
    assert Question.objects.filter(name="", email="").count() == 1


def test_the_retention_period_is_a_setting(settings):
    settings.GOVERNANCE_QUESTION_RETENTION_DAYS = 7
    question = question_at_meeting(8)
    erase()
    question.refresh_from_db()
    assert question.email == ""
