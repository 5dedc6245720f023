"""`manage.py search_index --rebuild`: write the whole search index again, saying how far it is."""

import time

from django.core.management.base import BaseCommand, CommandError

from search import services
from search.models import Entry


class Command(BaseCommand):
    help = "Rebuild the site search's index from the published content."

    def add_arguments(self, parser):
        parser.add_argument(
            "--rebuild", action="store_true", help="write every entry again and drop stale ones"
        )

    def handle(self, *args, rebuild=False, **options):
        if not rebuild:
            raise CommandError("Say what to do: --rebuild.")
        start = time.perf_counter()
        labels = dict(Entry.Kind.choices)

        def progress(kind, written):
            self.stdout.write(f"  {labels[kind]}: {written} indexed", ending="\r")
            self.stdout.flush()

        written = services.index_rebuild(progress)
        self.stdout.write("")
        for kind, count in written.items():
            self.stdout.write(f"{labels[kind]}: {count}")
        seconds = time.perf_counter() - start
        self.stdout.write(
            self.style.SUCCESS(f"Indexed {sum(written.values())} entries in {seconds:.1f} s.")
        )
