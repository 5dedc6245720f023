"""Builds the site's content from the seed documents. Safe to run again: it changes nothing."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from llr_site.seed.account import seed_user
from llr_site.seed.data import SeedDataError
from llr_site.seed.seeder import UNCHANGED
from llr_site.seed.steps import SEED_STEPS
from llr_site.sites import site_domain_apply


class Command(BaseCommand):
    help = "Create or update the site's content from the seed documents and the ODS extracts."

    def handle(self, *args, **options):
        verbosity = options["verbosity"]

        def report(outcome, what):
            if verbosity > 1 or (verbosity == 1 and outcome != UNCHANGED):
                self.stdout.write(f"{outcome}: {what}")

        try:
            summaries = self._load(report)
        except SeedDataError as error:  # a mistake in a data file: nothing has been written
            raise CommandError(str(error)) from error
        if verbosity:
            for summary in summaries:
                self.stdout.write(self.style.SUCCESS(summary))

    def _load(self, report):
        summaries = []
        with transaction.atomic():
            user = seed_user()
            # The public domain (SITE_DOMAIN), and the name staff see in the CMS toolbar.
            site = site_domain_apply()
            for label, step in SEED_STEPS:
                outcomes = step(user, site, report)
                counts = ", ".join(f"{outcome} {n}" for outcome, n in sorted(outcomes.items()) if n)
                summaries.append(f"{label}: {counts or 'nothing to do'}.")
        return summaries
