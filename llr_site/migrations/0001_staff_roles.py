"""Roles were synced here; they are now applied after every migrate (llr_site/apps.py).

Kept, without operations, so that the migration graph of databases that applied it holds.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("cms", "__latest__"),
        ("djangocms_text", "__latest__"),
        ("djangocms_versioning", "__latest__"),
    ]
    operations = []
