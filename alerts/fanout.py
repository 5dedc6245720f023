"""From something that happened to emails: notices, who follows them, immediate emails and
daily or weekly digests. Runs in the worker (or the `alerts_due` clock), never in a request."""

from collections import defaultdict
from datetime import datetime, time

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from alerts import emails
from alerts.conf import setting
from alerts.models import Delivery, Notice, OutboxMessage, Subscription
from alerts.outbox import outbox_flush_soon

FREQUENCY = Subscription.Frequency


def notice_record(*, key, kind, publication=None, meeting=None, detail="", due_at=None):
    """Record that something happened (once per key) and have it fanned out when due.

    Cheap: one or two queries and one queued job, whatever the number of subscribers.
    """
    due_at = due_at or timezone.now()
    notice, created = Notice.objects.get_or_create(
        key=key,
        defaults={
            "kind": kind,
            "publication": publication,
            "meeting": meeting,
            "detail": detail[:300],
            "due_at": due_at,
        },
    )
    if not created and notice.fanned_out_at is None and notice.due_at != due_at:
        Notice.objects.filter(pk=notice.pk).update(due_at=due_at)
    if due_at <= timezone.now():
        notice_fan_out_soon(notice.pk)
    return notice


def notice_fan_out_soon(notice_id):
    from alerts.tasks import notice_fan_out

    transaction.on_commit(lambda: notice_fan_out.enqueue(notice_id))


def embargo_end(day):
    """Midnight, London time, at the start of `day`: when an embargoed publication comes out."""
    return timezone.make_aware(datetime.combine(day, time.min))


def _publication_public(publication):
    from publications.models import Publication

    today = timezone.localdate()
    return publication.status == Publication.Status.PUBLISHED and (
        publication.first_published is None or publication.first_published <= today
    )


def subscriptions_following(notice):
    """Confirmed subscriptions that want to hear about this notice."""
    confirmed = Subscription.objects.filter(confirmed_at__isnull=False)
    if notice.meeting_id is not None:
        body = notice.meeting.governing_body_id
        meetings = confirmed.filter(topic=Subscription.Topic.MEETINGS)
        return (
            meetings
            if body is None
            else meetings.filter(Q(governing_body__isnull=True) | Q(governing_body_id=body))
        )
    publication = notice.publication
    return confirmed.filter(
        Q(document_type__isnull=True) | Q(document_type_id=publication.document_type_id),
        Q(ccg__isnull=True) | Q(ccg__in=publication.ccgs.all()),
        Q(financial_year="") | Q(financial_year=publication.financial_year),
        topic=Subscription.Topic.PUBLICATIONS,
    )


def _notice_still_stands(notice):
    """A publication (or paper) withdrawn or back in draft before its notice went out is not
    announced."""
    return notice.publication is None or _publication_public(notice.publication)


def notice_fan_out(notice_id, now=None):
    """Deliveries for every follower (once per address), and the immediate ones' emails.

    Returns how many addresses the notice reached; 0 if it was already done or not yet due.
    """
    now = now or timezone.now()
    with transaction.atomic():
        notice = (
            Notice.objects.select_for_update(of=("self",))
            .select_related("publication", "meeting__governing_body__ccg")
            .filter(pk=notice_id, fanned_out_at__isnull=True, due_at__lte=now)
            .first()
        )
        if notice is None:
            return 0
        if not _notice_still_stands(notice):
            notice.delete()  # published again later, it is announced then
            return 0
        chosen = {}
        following = subscriptions_following(notice).select_related("subscriber").order_by("pk")
        for subscription in following.iterator(chunk_size=2000):
            current = chosen.get(subscription.subscriber_id)
            # An address following it several ways hears the soonest way.
            if current is None or FREQUENCY.values.index(
                subscription.frequency
            ) < FREQUENCY.values.index(current.frequency):
                chosen[subscription.subscriber_id] = subscription
        done = set(
            Delivery.objects.filter(notice=notice, subscriber_id__in=list(chosen)).values_list(
                "subscriber_id", flat=True
            )
        )
        wanted = [s for sid, s in chosen.items() if sid not in done]
        immediate = [s for s in wanted if s.frequency == FREQUENCY.IMMEDIATELY]
        Delivery.objects.bulk_create(
            [
                Delivery(
                    subscriber_id=s.subscriber_id,
                    notice=notice,
                    frequency=s.frequency,
                    written_at=now if s.frequency == FREQUENCY.IMMEDIATELY else None,
                )
                for s in wanted
            ],
            batch_size=2000,
            ignore_conflicts=True,
        )
        OutboxMessage.objects.bulk_create(
            [_notice_email(notice, s, now) for s in immediate],
            batch_size=500,
            ignore_conflicts=True,
        )
        notice.fanned_out_at = now
        notice.save(update_fields=["fanned_out_at"])
        if immediate:
            outbox_flush_soon()
    return len(wanted)


def notice_context(notice):
    item = notice.publication or notice.meeting
    return {
        "notice": notice,
        "item": item,
        "item_url": emails.absolute(item.get_absolute_url()),
    }


def _notice_email(notice, subscription, now):
    subscriber = subscription.subscriber
    unsubscribe = emails.unsubscribe_url(subscription)
    key = f"notice:{notice.pk}:to:{subscriber.pk}"
    subject, text, html = emails.render(
        "notice",
        key,
        {
            "notice_entry": notice_context(notice),
            "subscription": subscription,
            "manage_url": emails.manage_url(subscriber),
            "unsubscribe_url": unsubscribe,
        },
    )
    return OutboxMessage(
        key=key,
        to=subscriber.email,
        subject=subject,
        body_text=text,
        body_html=html,
        headers=emails.list_headers(unsubscribe),
        next_attempt_at=now,
    )


def notices_fan_out_due(now=None):
    """Fan out notices whose time came (embargoes ended); returns how many addresses heard."""
    now = now or timezone.now()
    due = Notice.objects.filter(fanned_out_at__isnull=True, due_at__lte=now)
    return sum(notice_fan_out(pk, now) for pk in due.values_list("pk", flat=True))


def _digest_period(frequency, now):
    """The digest's key part for `now`, or None when it is not yet time for one today."""
    local = timezone.localtime(now)
    if local.hour < setting("ALERTS_DIGEST_HOUR"):
        return None
    if frequency == FREQUENCY.DAILY:
        return local.date().isoformat()
    if local.weekday() != setting("ALERTS_WEEKLY_DIGEST_WEEKDAY"):
        return None
    year, week, _ = local.isocalendar()
    return f"{year}-W{week:02d}"


def digests_write_due(now=None):
    """One email per address with its waiting daily (or weekly) deliveries, once per day (or
    week); returns how many digests were queued."""
    now = now or timezone.now()
    written = 0
    for frequency in (FREQUENCY.DAILY, FREQUENCY.WEEKLY):
        period = _digest_period(frequency, now)
        if period is None:
            continue
        waiting = defaultdict(list)
        pending = (
            Delivery.objects.filter(frequency=frequency, written_at__isnull=True)
            .select_related("subscriber", "notice__publication", "notice__meeting")
            .order_by("subscriber_id", "notice__created_at")
        )
        for delivery in pending:
            waiting[delivery.subscriber].append(delivery)
        for subscriber, deliveries in waiting.items():
            with transaction.atomic():
                written += _digest_write(subscriber, deliveries, frequency, period, now)
    return written


def _digest_write(subscriber, deliveries, frequency, period, now):
    unsubscribe = emails.unsubscribe_all_url(subscriber)
    key = f"digest:{subscriber.pk}:{frequency}:{period}"
    subject, text, html = emails.render(
        "digest",
        key,
        {
            "frequency": frequency,
            "notices": [notice_context(d.notice) for d in deliveries],
            "manage_url": emails.manage_url(subscriber),
            "unsubscribe_url": unsubscribe,
        },
    )
    _, created = OutboxMessage.objects.get_or_create(
        key=key,
        defaults={
            "to": subscriber.email,
            "subject": subject,
            "body_text": text,
            "body_html": html,
            "headers": emails.list_headers(unsubscribe),
            "next_attempt_at": now,
        },
    )
    if not created:
        return 0  # this period's digest went already; these wait for the next one
    Delivery.objects.filter(pk__in=[d.pk for d in deliveries]).update(written_at=now)
    outbox_flush_soon()
    return 1
