"""Deletes page feedback older than FEEDBACK_RETENTION_DAYS, as the privacy notice says. Run
it daily; run again it changes nothing."""

from django.core.management.base import BaseCommand

from feedback.services import feedback_prune


class Command(BaseCommand):
    help = "Delete page feedback older than FEEDBACK_RETENTION_DAYS."

    def handle(self, *args, **options):
        self.stdout.write(f"deleted {feedback_prune()} answers")
