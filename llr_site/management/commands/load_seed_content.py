"""Builds the site's content from the seed documents. Safe to run again: it changes nothing."""

from collections import Counter

from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site
from django.core.management.base import BaseCommand
from django.db import transaction

from llr_site.seed.page_seed import page_seed_apply
from llr_site.seed.pages import PAGE_TREE

SEED_USERNAME = "seed-content"
SITE_NAME = "LLR CCGs"


def seed_user():
    """The account that seed content is published as; it cannot sign in."""
    user, created = get_user_model().objects.get_or_create(
        username=SEED_USERNAME,
        defaults={"first_name": "Seed", "last_name": "content", "is_active": False},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


class Command(BaseCommand):
    help = "Create or update the CMS page tree from the seed documents, as published versions."

    def handle(self, *args, **options):
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
                if options["verbosity"] > 1 or (options["verbosity"] and outcome != "unchanged"):
                    self.stdout.write(f"{outcome}: page {seed.reverse_id} ({seed.title})")
        summary = ", ".join(f"{outcome} {count}" for outcome, count in sorted(outcomes.items()))
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Pages: {summary}."))
