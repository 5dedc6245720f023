"""Writes around the contact details: keeping the caches that show them honest."""

from cms.cache import invalidate_cms_page_cache
from django.core.cache import cache
from django.db import transaction

from contacts import conf


def contact_details_cache_clear(**kwargs):
    """Forget the cached record and every cached page (footer, plugins, app pages show it).

    After the commit: a request in between must not cache the old details again.
    """

    def clear():
        cache.delete(conf.CACHE_KEY)
        invalidate_cms_page_cache()

    transaction.on_commit(clear)
