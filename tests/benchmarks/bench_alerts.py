"""Alerts benchmark (`make bench`): publishing a publication that 10,000 confirmed subscribers
follow.

On a throwaway SQLite database (or BENCH_DATABASE_URL) with production settings:
1. the officer's save (publication, its CCG, the after-commit job) with 10,000 followers and
   with none, median of several, side by side: the fan-out is queued, so both take the same
   fixed time and queries;
2. the worker (`db_worker --batch`, the real command): the fan-out, then the emails sent to a
   real SMTP server on loopback (aiosmtpd), in messages per second, next to the same emails
   sent straight through Django's SMTP backend over one connection in the same run.
"""

import io
import itertools
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.run import configure, prepare  # noqa: E402

SUBSCRIBERS = 10_000
SAVES = 15
BASELINE = 1000


def subscribers_create():
    from django.utils import timezone

    from alerts.models import Subscriber, Subscription
    from publications.models import DocumentType

    now = timezone.now()
    annual = DocumentType.objects.get(slug="annual-report")
    subscribers = Subscriber.objects.bulk_create(
        Subscriber(email=f"person{n}@example.com", confirmed_at=now) for n in range(SUBSCRIBERS)
    )
    Subscription.objects.bulk_create(
        Subscription(subscriber=s, topic="publications", document_type=annual, confirmed_at=now)
        for s in subscribers
    )
    return annual, DocumentType.objects.exclude(pk=annual.pk).first()


def save(number, document_type):
    """What the admin's save does: the publication, its CCGs, then the commit."""
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from ccgs.models import Ccg
    from publications.models import Publication

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        with transaction.atomic():
            publication = Publication.objects.create(
                title=f"Report {number}",
                slug=f"report-{number}",
                document_type=document_type,
                summary="A report.",
                status=Publication.Status.PUBLISHED,
            )
            publication.ccgs.set(Ccg.objects.filter(code="04V"))
        elapsed = time.perf_counter() - started
    ours = [q for q in queries if "alerts_" in q["sql"] or "django_tasks_database" in q["sql"]]
    return elapsed * 1000, len(queries), len(ours)


def saves(unfollowed, followed):
    """Saves of both kinds taken in turn, so the shared machine's load falls on both alike;
    (median ms, queries, alerts' queries) of each."""
    results = {unfollowed: [], followed: []}
    numbers = itertools.count()
    for _ in range(SAVES):
        for document_type in (unfollowed, followed):
            results[document_type].append(save(next(numbers), document_type))
    return [
        (
            statistics.median(ms for ms, _, _ in rows),
            max(q for _, q, _ in rows),
            max(ours for _, _, ours in rows),
        )
        for rows in results.values()
    ]


def worker(*options):
    """The real worker command; returns the seconds it took."""
    from django.core.management import call_command

    started = time.perf_counter()
    call_command(
        "db_worker", "--batch", "--no-startup-delay", "--no-reload", *options, stdout=io.StringIO()
    )
    return time.perf_counter() - started


def direct_send_rate(count):
    """The same emails (a copy of the first queued one) sent straight through Django's SMTP
    backend over one connection: the outbox's baseline."""
    from django.core.mail import get_connection

    from alerts.models import OutboxMessage
    from alerts.outbox import email_build

    message = OutboxMessage.objects.filter(state="queued").first()
    connection = get_connection()
    connection.open()
    started = time.perf_counter()
    for _ in range(count):
        email_build(message, connection).send()
    elapsed = time.perf_counter() - started
    connection.close()
    return count / elapsed


def main():
    import tempfile

    from tests.alerts.smtp import Inbox

    with tempfile.TemporaryDirectory() as workdir:
        configure(workdir)
        prepare()
        from django.conf import settings
        from django_tasks_db.models import DBTaskResult

        from alerts.models import Delivery, Notice, OutboxMessage

        inbox = Inbox()
        inbox.start()
        for name, value in inbox.settings().items():
            setattr(settings, name, value)
        followed, unfollowed = subscribers_create()
        print(f"alerts ({SUBSCRIBERS:,} confirmed subscribers of annual reports)")
        save(-1, unfollowed)  # warm-up: the first save loads what later ones find ready
        (none_ms, none_queries, none_ours), (all_ms, all_queries, all_ours) = saves(
            unfollowed, followed
        )
        print("officer's save        median ms  queries  of which alerts'  x no followers")
        print(f"no followers           {none_ms:9.2f} {none_queries:8} {none_ours:17}")
        print(
            f"{SUBSCRIBERS:,} followers       {all_ms:9.2f} {all_queries:8} {all_ours:17} "
            f"{all_ms / none_ms:15.2f}"
        )
        # The worker's part for one publication: keep only the last save's notice and job.
        last = Notice.objects.latest("pk")
        Notice.objects.exclude(pk=last.pk).delete()
        DBTaskResult.objects.all().delete()
        from django.db import transaction

        from alerts.fanout import notice_fan_out_soon

        with transaction.atomic():
            notice_fan_out_soon(last.pk)
        fan_out = worker("--max-tasks", "1")  # the fan-out job alone
        baseline = direct_send_rate(BASELINE)
        inbox.received.clear()
        sending = worker()  # then the send jobs it queued
        sent = OutboxMessage.objects.filter(state="sent").count()
        received = len(inbox.received)
        rate = sent / sending
        inbox.stop()
        print(
            f"worker: fan-out to {Delivery.objects.count():,} addresses (deliveries and emails "
            f"written) {fan_out:.1f} s; {sent:,} emails sent, {received:,} received by the SMTP "
            f"server, in {sending:.1f} s"
        )
        print(
            f"messages/s   alerts worker {rate:8.1f}   the same emails sent directly "
            f"{baseline:8.1f}   ratio {rate / baseline:5.2f}   "
            f"(fan-out included: {sent / (fan_out + sending):.1f})"
        )
        if received != sent or sent != SUBSCRIBERS:
            raise SystemExit("not every email arrived exactly once")


if __name__ == "__main__":
    main()
