from django.db import migrations

from llr_site.roles import roles_sync


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0002_document_types"),
        ("llr_site", "0002_seed_record"),
    ]

    operations = [migrations.RunPython(roles_sync, migrations.RunPython.noop)]
