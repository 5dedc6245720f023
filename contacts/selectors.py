"""Reads of the contact details, cached: pages of every kind show them."""

from django.db import DatabaseError

from contacts import conf
from contacts.models import ContactDetails
from content_cache import content_cached


def contact_details_get():
    """The contact details record; an unsaved one with the initial values if there is no row.

    Cached with the rest of the content: saving the record drops it (`content_cache`).
    """
    return content_cached(
        "contacts:details",
        lambda: ContactDetails.objects.filter(pk=1).first() or contact_details_initial(),
    )


def contact_details_initial():
    return ContactDetails(pk=1, **conf.initial_details())


def contact_details_stored():
    """The stored record, or None when the table or the row is missing (for the deploy check)."""
    try:
        return ContactDetails.objects.filter(pk=1).first()
    except DatabaseError:
        return None
