from django.db import migrations

from llr_site.roles import roles_sync


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Communications staff", "Governance officers"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("cms", "__latest__"),
        ("djangocms_text", "__latest__"),
        ("djangocms_versioning", "__latest__"),
    ]

    operations = [migrations.RunPython(roles_sync, remove_roles)]
