"""Writes for governance: questions from the public, their moderation, meeting changes."""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from governance import conf, constants
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
    return count > settings.GOVERNANCE_QUESTIONS_PER_HOUR


def question_submit(*, agenda_item, name, email, text):
    return Question.objects.create(agenda_item=agenda_item, name=name, email=email, text=text)


def question_moderate(question, *, user, status, rejection_reason="", answer=""):
    """Record a governance officer's decision on a question."""
    question.status = status
    question.rejection_reason = rejection_reason if status == constants.REJECTED else ""
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
