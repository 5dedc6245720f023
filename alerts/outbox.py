"""The outbox: every email is a row, sent by the worker over one SMTP connection per batch,
retried with back-off when sending fails (the server down, a refusal), never sent twice (a
unique key per address and item; rows are claimed before sending), and kept for staff to see."""

import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from alerts.conf import setting
from alerts.models import OutboxMessage

logger = logging.getLogger(__name__)

# A message claimed this long ago whose worker never finished (killed) is queued again.
STALE_CLAIM = timedelta(minutes=15)


def message_queue(*, key, to, subject, text, html, headers=None):
    """Queue one email unless one with this key exists; returns the new message or None.

    The worker is asked to send it once the surrounding transaction commits.
    """
    message, created = OutboxMessage.objects.get_or_create(
        key=key,
        defaults={
            "to": to,
            "subject": subject,
            "body_text": text,
            "body_html": html,
            "headers": headers or {},
            "next_attempt_at": timezone.now(),
        },
    )
    if not created:
        return None
    outbox_flush_soon()
    return message


def outbox_flush_soon(run_after=None):
    """Enqueue a send of every due message after the current transaction commits."""
    from alerts.tasks import outbox_flush

    def enqueue():
        task = outbox_flush.using(run_after=run_after) if run_after else outbox_flush
        task.enqueue()

    transaction.on_commit(enqueue)


def retry_delay(attempts):
    """1, 2, 4, 8... minutes (by default) after the 1st, 2nd, 3rd... failure, capped."""
    first = setting("ALERTS_RETRY_FIRST_SECONDS")
    return timedelta(seconds=min(first * 2 ** (attempts - 1), setting("ALERTS_RETRY_MAX_SECONDS")))


def _claim(batch, now):
    """Mark up to `batch` due messages as being sent by this call; returns them."""
    claim = uuid.uuid4().hex
    due = OutboxMessage.objects.filter(state=OutboxMessage.State.QUEUED, next_attempt_at__lte=now)
    ids = list(due.order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:batch])
    OutboxMessage.objects.filter(pk__in=ids, state=OutboxMessage.State.QUEUED).update(
        state=OutboxMessage.State.SENDING, claim=claim, claimed_at=now
    )
    return list(OutboxMessage.objects.filter(claim=claim, state=OutboxMessage.State.SENDING))


def email_build(message, connection):
    """The Django email of an outbox row, on `connection`."""
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to],
        headers=message.headers,
        connection=connection,
    )
    email.attach_alternative(message.body_html, "text/html")
    return email


def _failed(message, error, now):
    message.attempts += 1
    message.last_error = f"{type(error).__name__}: {error}"[:2000]
    if message.attempts >= setting("ALERTS_SEND_ATTEMPTS"):
        message.state = OutboxMessage.State.FAILED
        logger.error(
            "Gave up sending %s after %s attempts: %s", message.key, message.attempts, error
        )
    else:
        message.state = OutboxMessage.State.QUEUED
        message.next_attempt_at = now + retry_delay(message.attempts)
    message.save(update_fields=["attempts", "last_error", "state", "next_attempt_at"])


def _sent(messages):
    """Mark a batch's sent messages in one statement (one commit, not one per email)."""
    if messages:
        OutboxMessage.objects.filter(pk__in=[m.pk for m in messages]).update(
            state=OutboxMessage.State.SENT,
            sent_at=timezone.now(),
            attempts=F("attempts") + 1,
            last_error="",
        )


def _send_batch(messages):
    connection = get_connection(fail_silently=False)
    try:
        connection.open()
    except Exception as error:  # the server down or refusing us: every message waits
        now = timezone.now()
        for message in messages:
            _failed(message, error, now)
        return 0, True
    sent = []
    try:
        for message in messages:
            try:
                email_build(message, connection).send()
            except Exception as error:
                _failed(message, error, timezone.now())
                continue
            sent.append(message)
    finally:
        _sent(sent)
        try:
            connection.close()
        except Exception:  # the server went away after the batch: nothing left to do
            logger.warning("SMTP connection did not close cleanly", exc_info=True)
    return len(sent), False


def outbox_send_due(now=None, *, reschedule=True):
    """Send every due message, batch by batch; returns how many were sent.

    Stops at the first batch whose connection fails (the server is down): those messages are
    rescheduled and, with `reschedule` (the worker's jobs; not the clock, which comes back every
    minute anyway), a later send is enqueued for when the earliest is due again.
    """
    sent = 0
    while True:
        batch = _claim(setting("ALERTS_SEND_BATCH"), now or timezone.now())
        if not batch:
            break
        count, server_down = _send_batch(batch)
        sent += count
        if server_down:
            break
    next_due = (
        OutboxMessage.objects.filter(state=OutboxMessage.State.QUEUED)
        .order_by("next_attempt_at")
        .values_list("next_attempt_at", flat=True)
        .first()
    )
    if reschedule and next_due is not None and next_due > timezone.now():
        outbox_flush_soon(run_after=next_due)
    return sent


def outbox_reclaim_stale(now=None):
    """Queue again messages whose worker stopped while sending them; returns how many."""
    cutoff = (now or timezone.now()) - STALE_CLAIM
    return OutboxMessage.objects.filter(
        state=OutboxMessage.State.SENDING, claimed_at__lt=cutoff
    ).update(state=OutboxMessage.State.QUEUED)


def outbox_retry(messages):
    """Staff's "send again" for failed messages: queued now, attempts counted afresh."""
    count = messages.filter(state=OutboxMessage.State.FAILED).update(
        state=OutboxMessage.State.QUEUED, attempts=0, next_attempt_at=timezone.now()
    )
    if count:
        outbox_flush_soon()
    return count
