from django.db import migrations

# The kinds of document the seed pages name; staff add more in the admin.
DOCUMENT_TYPES = [
    ("wres-report", "WRES report"),
    ("wres-action-plan", "WRES action plan"),
    ("annual-audit-letter", "Annual audit letter"),
    ("ccg-assurance-letter", "CCG assurance letter"),
    ("payment-performance-statistics", "Payment performance statistics"),
    ("privacy-notice", "Privacy notice"),
    ("stakeholder-survey-results", "Stakeholder (360) survey results"),
    ("modern-slavery-statement", "Modern slavery statement"),
    ("mhis-statement", "Mental Health Investment Standard statement"),
    ("mhis-assurance-report", "Mental Health Investment Standard assurance report"),
    ("constitution", "Constitution"),
    ("annual-report", "Annual report"),
    ("newsletter", "Newsletter"),
    ("board-papers", "Board papers"),
    ("minutes", "Minutes"),
    ("policy", "Policy"),
]


def add_document_types(apps, schema_editor):
    document_type = apps.get_model("publications", "DocumentType")
    for slug, name in DOCUMENT_TYPES:
        document_type.objects.get_or_create(slug=slug, defaults={"name": name})


def remove_document_types(apps, schema_editor):
    document_type = apps.get_model("publications", "DocumentType")
    document_type.objects.filter(
        slug__in=[slug for slug, _ in DOCUMENT_TYPES], publications__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("publications", "0001_library")]

    operations = [migrations.RunPython(add_document_types, remove_document_types)]
