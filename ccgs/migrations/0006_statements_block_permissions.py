"""Roles were synced here; they are now applied after every migrate (llr_site/apps.py).

Kept, without operations, so that the migration graph of databases that applied it holds.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("ccgs", "0005_statements_block")]
    operations = []
