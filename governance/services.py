"""Writes for governance: questions from the public, their moderation, meeting changes."""

import enum
import hashlib
from datetime import timedelta

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from governance import conf, selectors
from governance.models import Meeting, Question

# Changes that calendar applications must pick up: a new SEQUENCE tells them to.
CALENDAR_FIELDS = {"starts_at", "ends_at", "venue", "status"}


def question_rate_limited(address):
    """Count one question from `address`; True when it is over the hourly limit.

    Addresses are kept only as a hash, and only in the cache, for an hour.
    """
    key = "governance:questions:" + hashlib.sha256(address.encode()).hexdigest()
    cache.add(key, 0, timeout=60 * 60)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=60 * 60)
        count = 1
    return count > conf.questions_per_hour()


class QuestionOutcome(enum.Enum):
    """What became of a question sent with the meeting page's form (`question_ask`)."""

    RECEIVED = "received"  # stored, awaiting moderation
    IGNORED = "ignored"  # sent by a robot (the honeypot was filled): dropped, answered as received
    INVALID = "invalid"  # the form has errors to show
    CLOSED = "closed"  # the meeting takes no more questions
    TOO_MANY = "too-many"  # over the hourly limit for the sender's address


def question_ask(*, meeting, form, client_address):
    """The public's question on one of `meeting`'s agenda items, from a bound `QuestionForm`.

    Checks, in this order, that the meeting still takes questions, that a person sent it, that
    the form is valid and that the address is within its hourly limit; then stores it.
    """
    if selectors.meeting_questions_closed_reason(meeting):
        return QuestionOutcome.CLOSED
    if form.is_from_a_robot:
        return QuestionOutcome.IGNORED
    if not form.is_valid():
        return QuestionOutcome.INVALID
    if question_rate_limited(client_address):
        return QuestionOutcome.TOO_MANY
    question_submit(
        agenda_item=form.cleaned_data["agenda_item"],
        name=form.cleaned_data["name"],
        email=form.cleaned_data["email"],
        text=form.cleaned_data["text"],
    )
    return QuestionOutcome.RECEIVED


def question_submit(*, agenda_item, name, email, text):
    return Question.objects.create(agenda_item=agenda_item, name=name, email=email, text=text)


def question_moderate(question, *, user, status, rejection_reason="", answer=""):
    """Record a governance officer's decision on a question."""
    question.status = status
    question.rejection_reason = rejection_reason if status == Question.Status.REJECTED else ""
    question.answer = answer
    question.moderated_by = user
    question.moderated_at = timezone.now()
    question.save()
    return question


def meeting_revise(meeting, changed_fields):
    """Check and save a meeting; a later change of time, venue or status raises its calendar
    SEQUENCE.

    Raises ValidationError, saving nothing, for a meeting the model refuses (marked held before
    it starts, questions closing after it starts...): the admin form has already shown those
    messages, other callers get them here.
    """
    meeting.full_clean()
    is_new = meeting.pk is None
    with transaction.atomic():
        meeting.save()
        if not is_new and CALENDAR_FIELDS & set(changed_fields):
            Meeting.objects.filter(pk=meeting.pk).update(sequence=F("sequence") + 1)
            meeting.refresh_from_db(fields=["sequence"])
    return meeting


def question_personal_data_erase(*, now=None):
    """Erase askers' names and email addresses once the retention period after the meeting is
    over (the privacy notice promises it); the questions and answers stay as the public record.

    Returns how many questions were erased and the cut-off: meetings that started before it.
    """
    cutoff = (now or timezone.now()) - timedelta(days=conf.question_retention_days())
    erased = (
        Question.objects.filter(agenda_item__meeting__starts_at__lt=cutoff)
        .exclude(name="", email="")
        .update(name="", email="")
    )
    return erased, cutoff
