"""The alerts' clock: announcements whose embargo ended, daily and weekly digests, emails due
for another try, and the privacy notice's deletions. Idempotent; run it every minute or few
(`make run` does, with --every 60; in production cron or a supervised `--every`)."""

import time

from django.core.management.base import BaseCommand

from alerts.fanout import digests_write_due, notices_fan_out_due
from alerts.outbox import outbox_reclaim_stale, outbox_send_due
from alerts.services import personal_data_prune


class Command(BaseCommand):
    help = "Send what is due: embargoed announcements, digests, retries; delete expired data."

    def add_arguments(self, parser):
        parser.add_argument(
            "--every", type=int, metavar="SECONDS", help="run again every SECONDS, until stopped"
        )

    def handle(self, *args, every=None, **options):
        while True:
            self.run_once()
            if not every:
                return
            time.sleep(every)

    def run_once(self):
        reclaimed = outbox_reclaim_stale()
        reached = notices_fan_out_due()
        digests = digests_write_due()
        sent = outbox_send_due(reschedule=False)
        pruned = personal_data_prune()
        self.stdout.write(
            f"announced to {reached} addresses, {digests} digests written, {sent} emails sent, "
            f"{reclaimed} interrupted sends queued again; deleted {pruned['subscriptions']} "
            f"unconfirmed subscriptions, {pruned['addresses']} addresses, "
            f"{pruned['emails']} old emails"
        )
