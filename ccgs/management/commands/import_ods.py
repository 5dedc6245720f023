"""Import ODS GP practice (epraccur) and PCN (ePCN) files: the LLR extracts or the national ones."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from ccgs.ods import OdsFileError
from ccgs.ods_import import ods_import


def published_date(text):
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"--published {text!r} is not a date (YYYY-MM-DD).") from None


class Command(BaseCommand):
    help = (
        "Import GP practices and primary care networks for LLR from ODS files in their "
        "published layout. Validates everything first; changes nothing if any row is wrong."
    )

    def add_arguments(self, parser):
        parser.add_argument("--practices", required=True, help="epraccur CSV file")
        parser.add_argument("--pcns", required=True, help="ePCN workbook (.xlsx)")
        parser.add_argument(
            "--published", help="the date ODS published the files (YYYY-MM-DD), shown on the site"
        )

    def handle(self, *args, **options):
        published_on = published_date(options["published"]) if options["published"] else None
        verbosity = options["verbosity"]
        for option in ("practices", "pcns"):
            try:
                open(options[option], "rb").close()
            except OSError as error:
                message = f"--{option}: cannot read {options[option]}: {error.strerror}"
                raise CommandError(message) from None

        def progress(message):
            if verbosity:
                self.stderr.write(message)

        try:
            run = ods_import(
                options["practices"], options["pcns"], published_on=published_on, progress=progress
            )
        except OdsFileError as error:
            raise CommandError(f"Nothing was imported. {error}") from None
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Practices: added {run.practices_added}, updated {run.practices_updated}, "
                    f"unchanged {run.practices_unchanged}, closed {run.practices_closed}. "
                    f"PCNs: added {run.pcns_added}, updated {run.pcns_updated}, "
                    f"unchanged {run.pcns_unchanged}, closed {run.pcns_closed}. "
                    f"Memberships: {run.memberships}. Took {run.duration_seconds:.2f} s."
                )
            )
