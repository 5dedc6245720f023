"""The seed calls a seat on a governing body an appointment, as the model does: rename the keys
of the records the seed keeps for them, so that a database seeded before is not seeded twice."""

from django.db import migrations
from django.db.models import Value
from django.db.models.functions import Replace

OLD, NEW = "governance:seat:", "governance:appointment:"


def rename(old, new):
    def apply(apps, schema_editor):
        SeedRecord = apps.get_model("llr_site", "SeedRecord")
        SeedRecord.objects.filter(key__startswith=old).update(
            key=Replace("key", Value(old), Value(new))
        )

    return apply


class Migration(migrations.Migration):
    dependencies = [("llr_site", "0003_british_english")]

    operations = [migrations.RunPython(rename(OLD, NEW), rename(NEW, OLD))]
