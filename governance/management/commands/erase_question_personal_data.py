"""Erase the names and email addresses of questions asked at meetings past the retention period.

Run it daily (cron or a scheduled job); running it again changes nothing.
"""

from django.core.management.base import BaseCommand
from django.utils import formats, timezone

from governance.services import question_personal_data_erase


class Command(BaseCommand):
    help = (
        "Erase askers' names and email addresses from questions to meetings that started more "
        "than GOVERNANCE_QUESTION_RETENTION_DAYS days ago."
    )

    def handle(self, *args, **options):
        erased, cutoff = question_personal_data_erase()
        cutoff_text = formats.date_format(timezone.localtime(cutoff), "DATETIME_FORMAT")
        self.stdout.write(
            f"Erased the names and email addresses of {erased} question(s) "
            f"to meetings that started before {cutoff_text}."
        )
