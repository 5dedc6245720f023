"""Roles were synced here; they are now applied after every migrate (llr_site/apps.py).

Kept, without operations, so that the migration graph of databases that applied it holds.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0001_people_meetings_questions"),
    ]
    operations = []
