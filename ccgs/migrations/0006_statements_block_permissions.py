"""Communications staff may place the statements block."""

from django.db import migrations

from llr_site.roles import roles_sync


class Migration(migrations.Migration):
    dependencies = [("ccgs", "0005_statements_block")]
    operations = [migrations.RunPython(roles_sync, migrations.RunPython.noop)]
