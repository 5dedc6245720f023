"""pg_trgm for the practice finder's fuzzy search; nothing on SQLite, where ccgs/trigrams.py
registers the same functions on every connection."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("ccgs", "0006_statements_block_permissions")]

    operations = [TrigramExtension()]
