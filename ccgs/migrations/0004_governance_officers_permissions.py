"""Governance officers look after the CCGs' facts; communications staff place the CCG blocks."""

from django.db import migrations

from llr_site.roles import roles_sync


class Migration(migrations.Migration):
    dependencies = [
        ("ccgs", "0003_profiles_practices_pcns"),
        ("llr_site", "0002_seed_record"),
    ]
    operations = [migrations.RunPython(roles_sync, migrations.RunPython.noop)]
