"""Writes for alerts: subscribing (double opt-in), confirming, unsubscribing, and one
person's data exported or erased. Each returns an outcome the view maps to a page."""

import enum
import hashlib
from datetime import timedelta

from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from alerts import emails, tokens
from alerts.conf import setting
from alerts.models import OutboxMessage, Subscriber, Subscription
from alerts.outbox import message_queue


class Outcome(enum.Enum):
    SENT = "sent"  # a confirmation email is on its way
    LIMITED = "limited"  # too many requests from that client or for that address
    CONFIRMED = "confirmed"
    ALREADY_DONE = "already done"  # a link used twice: nothing changes
    GONE = "gone"  # the subscription or address no longer exists
    INVALID = "invalid"  # forged or damaged link
    EXPIRED = "expired"


def _over_hourly_limit(kind, value, limit):
    key = f"alerts:{kind}:" + hashlib.sha256(value.encode()).hexdigest()
    cache.add(key, 0, timeout=60 * 60)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=60 * 60)
        count = 1
    return count > limit


def subscription_request(*, email, client_address, frequency, **filters):
    """Record a subscription waiting for confirmation and email the link (double opt-in).

    `filters` are the Subscription's: topic, document_type, ccg, financial_year,
    governing_body. Limited per client address and per email address, counted in the cache
    as hashes, never stored.
    """
    email = email.strip().lower()
    if _over_hourly_limit(
        "client", client_address, setting("ALERTS_SUBSCRIBE_PER_HOUR_CLIENT")
    ) or _over_hourly_limit("address", email, setting("ALERTS_SUBSCRIBE_PER_HOUR_ADDRESS")):
        return Outcome.LIMITED
    with transaction.atomic():
        subscriber, _ = Subscriber.objects.get_or_create(email=email)
        subscription = Subscription.objects.filter(subscriber=subscriber, **filters).first()
        if subscription is None:
            subscription = Subscription.objects.create(
                subscriber=subscriber, frequency=frequency, **filters
            )
        elif subscription.confirmed_at is None:
            subscription.frequency = frequency
            subscription.save(update_fields=["frequency"])
        if subscription.confirmed_at is None:
            _confirmation_email(subscription)
    return Outcome.SENT


def _confirmation_email(subscription):
    subscriber = subscription.subscriber
    token = tokens.token_make(tokens.CONFIRM, subscription.pk, subscriber.email)
    # One confirmation email per subscription and hour: asking again soon sends no more.
    key = f"confirm:{subscription.pk}:{timezone.now():%Y%m%d%H}"
    subject, text, html = emails.render(
        "confirm",
        key,
        {
            "subscription": subscription,
            "confirm_url": emails.absolute(reverse("alerts:confirm", kwargs={"token": token})),
            "days": setting("ALERTS_CONFIRM_DAYS"),
        },
    )
    message_queue(
        key=key,
        to=subscriber.email,
        subject=subject,
        text=text,
        html=html,
    )


def _read(purpose, token):
    from django.core import signing

    try:
        return tokens.token_read(purpose, token), None
    except signing.SignatureExpired:
        return None, Outcome.EXPIRED
    except signing.BadSignature:
        return None, Outcome.INVALID


def subscription_confirm(token):
    """(outcome, subscription) for a confirmation link."""
    found, problem = _read(tokens.CONFIRM, token)
    if problem:
        return problem, None
    pk, digest = found
    subscription = Subscription.objects.select_related("subscriber").filter(pk=pk).first()
    if subscription is None or tokens.address_digest(subscription.subscriber.email) != digest:
        return Outcome.GONE, None
    if subscription.confirmed_at is not None:
        return Outcome.ALREADY_DONE, subscription
    now = timezone.now()
    with transaction.atomic():
        Subscription.objects.filter(pk=pk).update(confirmed_at=now)
        Subscriber.objects.filter(pk=subscription.subscriber_id, confirmed_at=None).update(
            confirmed_at=now
        )
    subscription.confirmed_at = now
    return Outcome.CONFIRMED, subscription


def subscriber_from_link(purpose, token):
    """(outcome, subscriber or subscription) for a manage or unsubscribe link."""
    found, problem = _read(purpose, token)
    if problem:
        return problem, None
    pk, digest = found
    if purpose == tokens.UNSUBSCRIBE:
        thing = Subscription.objects.select_related("subscriber").filter(pk=pk).first()
        email = thing.subscriber.email if thing else ""
    else:
        thing = Subscriber.objects.filter(pk=pk).first()
        email = thing.email if thing else ""
    if thing is None or tokens.address_digest(email) != digest:
        return Outcome.GONE, None
    return Outcome.CONFIRMED, thing


def address_from_erase_link(token):
    """(outcome, email) for a "delete all my data" link: the address its email went to."""
    from django.core import signing

    try:
        key = tokens.erase_token_read(token)
    except signing.SignatureExpired:
        return Outcome.EXPIRED, None
    except signing.BadSignature:
        return Outcome.INVALID, None
    email = OutboxMessage.objects.filter(key=key).values_list("to", flat=True).first()
    return (Outcome.GONE, None) if email is None else (Outcome.CONFIRMED, email)


def _forget_if_alone(subscriber_id):
    """An address is deleted with its last subscription, and so is the record of the alerts
    sent to it (emails about its questions stay for their own retention period)."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id, subscriptions__isnull=True).first()
    if subscriber is not None:
        OutboxMessage.objects.filter(to__iexact=subscriber.email).exclude(
            key__startswith="question:"
        ).delete()
        subscriber.delete()


def subscription_end(subscription):
    with transaction.atomic():
        subscriber_id = subscription.subscriber_id
        subscription.delete()
        _forget_if_alone(subscriber_id)


def subscriber_end_all(subscriber):
    """Every subscription of the address ends, and so the address is forgotten."""
    with transaction.atomic():
        subscriber.subscriptions.all().delete()
        _forget_if_alone(subscriber.pk)


def subscription_frequency_change(subscription, frequency):
    subscription.frequency = frequency
    subscription.save(update_fields=["frequency"])


def person_data(email):
    """Everything the site keeps about one email address (subject access), as plain data."""
    from governance.models import Question

    email = email.strip().lower()
    subscriber = Subscriber.objects.filter(email=email).first()
    return {
        "email": email,
        "subscriber": None
        if subscriber is None
        else {
            "created_at": subscriber.created_at.isoformat(),
            "confirmed_at": subscriber.confirmed_at and subscriber.confirmed_at.isoformat(),
            "subscriptions": [
                {
                    "follows": s.describe(),
                    "frequency": s.get_frequency_display(),
                    "created_at": s.created_at.isoformat(),
                    "confirmed_at": s.confirmed_at and s.confirmed_at.isoformat(),
                }
                for s in subscriber.subscriptions.select_related(
                    "document_type", "ccg", "governing_body__ccg"
                )
            ],
        },
        "questions": [
            {
                "name": q.name,
                "question": q.text,
                "submitted_at": q.submitted_at.isoformat(),
                "status": q.get_status_display(),
                "answer": q.answer,
            }
            for q in Question.objects.filter(email__iexact=email)
        ],
        "emails": [
            {
                "subject": m.subject,
                "state": m.get_state_display(),
                "created_at": m.created_at.isoformat(),
                "sent_at": m.sent_at and m.sent_at.isoformat(),
            }
            for m in OutboxMessage.objects.filter(to__iexact=email)
        ],
    }


def person_erase(email):
    """Delete an address's subscriptions and emails, and blank its name and address on
    questions (the questions and answers stay as the public record). Returns what it did."""
    from governance.models import Question

    email = email.strip().lower()
    with transaction.atomic():
        subscribers, _ = Subscriber.objects.filter(email__iexact=email).delete()
        messages, _ = OutboxMessage.objects.filter(to__iexact=email).delete()
        questions = Question.objects.filter(email__iexact=email).update(name="", email="")
    return {"subscriber": bool(subscribers), "emails": messages, "questions": questions}


def personal_data_prune(now=None):
    """What the privacy notice promises: unconfirmed subscriptions forgotten after
    ALERTS_CONFIRM_DAYS, addresses left without one deleted, sent emails deleted after
    ALERTS_MESSAGE_RETENTION_DAYS (failed ones too). Returns the counts."""
    now = now or timezone.now()
    stale = now - timedelta(days=setting("ALERTS_CONFIRM_DAYS"))
    unconfirmed, _ = Subscription.objects.filter(
        confirmed_at__isnull=True, created_at__lt=stale
    ).delete()
    alone = Subscriber.objects.filter(subscriptions__isnull=True, created_at__lt=stale)
    addresses = 0
    for subscriber_id in alone.values_list("pk", flat=True):
        _forget_if_alone(subscriber_id)
        addresses += 1
    old = now - timedelta(days=setting("ALERTS_MESSAGE_RETENTION_DAYS"))
    emails_deleted, _ = OutboxMessage.objects.filter(
        state__in=[OutboxMessage.State.SENT, OutboxMessage.State.FAILED], created_at__lt=old
    ).delete()
    return {"subscriptions": unconfirmed, "addresses": addresses, "emails": emails_deleted}
