from django.db import migrations

from llr_site.roles import roles_sync


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0001_people_meetings_questions"),
        ("llr_site", "0001_staff_roles"),
    ]

    operations = [migrations.RunPython(roles_sync, migrations.RunPython.noop)]
