"""`check --deploy` warns while the public has no complete way to contact the organisations.

It looks at what the site would show: the stored record when the database has one, otherwise
the initial values that `migrate` will store (CONTACT_* environment variables, see README).
"""

from django.core.checks import Tags, Warning, register
from django.core.exceptions import ValidationError

from contacts.selectors import contact_details_initial, contact_details_stored


@register(Tags.compatibility, deploy=True)
def contact_details_complete(app_configs=None, **kwargs):
    details = contact_details_stored()
    source = "the contact details record (admin: Contact details)"
    if details is None:
        details = contact_details_initial()
        source = "the CONTACT_* environment variables"
    warnings = []
    missing = details.missing()
    if missing:
        warnings.append(
            Warning(
                f"The contact details are incomplete: {', '.join(missing)} not set in {source}.",
                hint="Pages show general advice (NHS 111, the successor ICB) instead of a "
                "contact. Set every contact detail in the admin; on a database without the "
                "record, `migrate` stores the CONTACT_* environment variables.",
                id="contacts.W001",
            )
        )
    try:
        details.clean_fields()
    except ValidationError as error:
        problems = "; ".join(
            f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
        )
        warnings.append(
            Warning(
                f"Some contact details in {source} are not valid: {problems}", id="contacts.W002"
            )
        )
    return warnings
