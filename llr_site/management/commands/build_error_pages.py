"""Writes the error pages nginx serves itself, as static files in the NHS look.

nginx answers some requests without Django: a body over its size limit (413), and any request
while gunicorn is down or too slow (502, 504). Run after `collectstatic`, so the pages link the
hashed stylesheet; nginx serves them from STATIC_ROOT/errors/ (deploy/nginx.conf).
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string

from llr_site.context_processors import site_identity
from publications import conf as publications_conf

# file name, template
PAGES = [("413.html", "413.html"), ("503.html", "503.html")]


class Command(BaseCommand):
    help = "Write the static error pages nginx serves (413, and 503 for 502/504) to STATIC_ROOT."

    def handle(self, *args, **options):
        folder = Path(settings.STATIC_ROOT) / "errors"
        folder.mkdir(parents=True, exist_ok=True)
        context = {**site_identity(None), "max_upload_mb": publications_conf.max_upload_mb()}
        for name, template in PAGES:
            (folder / name).write_text(render_to_string(template, context), encoding="utf-8")
        self.stdout.write(f"wrote {len(PAGES)} error pages to {folder}")
