"""The site's language becomes British English ("en-gb"): move content stored under "en"."""

from django.db import migrations

MODELS = [("cms", "PageContent"), ("cms", "PageUrl"), ("cms", "CMSPlugin"), ("cms", "UserSettings")]


def content_language_set(apps, old, new):
    for app_label, model_name in MODELS:
        apps.get_model(app_label, model_name).objects.filter(language=old).update(language=new)


def forwards(apps, schema_editor):
    content_language_set(apps, "en", "en-gb")


def backwards(apps, schema_editor):
    content_language_set(apps, "en-gb", "en")


class Migration(migrations.Migration):
    dependencies = [
        ("llr_site", "0002_seed_record"),
        ("cms", "0045_pageurl_site_unique_path"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
