"""The three LLR CCGs exist on every database: the ODS importer and the library refer to them."""

from django.db import migrations

THE_THREE_CCGS = [
    ("04C", "NHS Leicester City CCG", "Leicester City"),
    ("04V", "NHS West Leicestershire CCG", "West Leicestershire"),
    ("03W", "NHS East Leicestershire and Rutland CCG", "East Leicestershire and Rutland"),
]


def ccgs_create(apps, schema_editor):
    ccg_model = apps.get_model("ccgs", "Ccg")
    for code, name, short_name in THE_THREE_CCGS:
        ccg_model.objects.get_or_create(
            code=code, defaults={"name": name, "short_name": short_name}
        )


class Migration(migrations.Migration):
    dependencies = [("ccgs", "0001_ccg")]
    operations = [migrations.RunPython(ccgs_create, migrations.RunPython.noop)]
