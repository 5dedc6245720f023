"""Reads of the contact details, cached: pages of every kind show them."""

from django.core.cache import cache
from django.db import DatabaseError

from contacts import conf
from contacts.models import ContactDetails


def contact_details_get():
    """The contact details record; an unsaved one with the initial values if there is no row.

    Cached in the shared cache until the record is saved (see `contact_details_cache_clear`).
    """
    details = cache.get(conf.CACHE_KEY)
    if details is None:
        details = ContactDetails.objects.filter(pk=1).first() or contact_details_initial()
        cache.set(conf.CACHE_KEY, details, conf.CACHE_SECONDS)
    return details


def contact_details_initial():
    return ContactDetails(pk=1, **conf.initial_details())


def contact_details_stored():
    """The stored record, or None when the table or the row is missing (for the deploy check)."""
    try:
        return ContactDetails.objects.filter(pk=1).first()
    except DatabaseError:
        return None
