"""Builds the site's content from the seed documents. Safe to run again: it changes nothing."""

from collections import Counter

from django.contrib.sites.models import Site
from django.core.management.base import BaseCommand
from django.db import transaction

from llr_site.seed.account import seed_user
from llr_site.seed.page_seed import UNCHANGED, page_seed_apply
from llr_site.seed.pages import PAGE_TREE

SITE_NAME = "LLR CCGs"


class Command(BaseCommand):
    help = "Create or update the CMS page tree from the seed documents, as published versions."

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        with transaction.atomic():
            user = seed_user()
            site = Site.objects.get_current()
            if site.name != SITE_NAME:  # the name staff see in the CMS toolbar
                site.name = SITE_NAME
                site.save(update_fields=["name"])
            outcomes = Counter()
            for seed in PAGE_TREE:
                outcome = page_seed_apply(seed, user, site)
                outcomes[outcome] += 1
                if verbosity > 1 or (verbosity == 1 and outcome != UNCHANGED):
                    self.stdout.write(f"{outcome}: page {seed.reverse_id} ({seed.title})")
        if verbosity:
            summary = ", ".join(f"{outcome} {count}" for outcome, count in sorted(outcomes.items()))
            self.stdout.write(self.style.SUCCESS(f"Pages: {summary}."))
