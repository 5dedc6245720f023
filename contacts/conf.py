"""Settings of the contact details, with their defaults (override them in the project's settings).

`CONTACT_DETAILS_INITIAL` gives the record its first values when it is created (by the
migration, or on first read of a database that lost it); after that staff edit it in the admin,
and the record alone is what pages show.
"""

from django.conf import settings


def initial_details():
    """Field values for a new record (a copy: callers may change it); empty fields are blank."""
    return dict(getattr(settings, "CONTACT_DETAILS_INITIAL", {}))
