from django.db import migrations

from contacts.conf import initial_details


def contact_details_create(apps, schema_editor):
    """The one record, with the initial values from the environment.

    The library's own "accessible format" address, which this record replaces, becomes the
    accessibility contact when staff had set one.
    """
    values = initial_details()
    library = apps.get_model("publications", "LibrarySettings").objects.filter(pk=1).first()
    if library is not None and library.accessible_format_email:
        values["accessibility_email"] = library.accessible_format_email
    apps.get_model("contacts", "ContactDetails").objects.get_or_create(pk=1, defaults=values)


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0001_contact_details"),
        ("publications", "0003_staff_roles"),
    ]

    operations = [
        migrations.RunPython(contact_details_create, migrations.RunPython.noop),
    ]
