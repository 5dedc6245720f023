"""Writes around the contact details: keeping the caches that show them honest."""

from cms.cache import invalidate_cms_page_cache
from cms.models import CMSPlugin, Placeholder
from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from contacts import conf


def contact_details_cache_clear(**kwargs):
    """Forget the cached record, the cached pages and the cached placeholders that show it.

    The CMS caches each placeholder under a version of its own, which publishing the page
    renews but a change of the record does not: the placeholders holding a Contact details block
    are dropped one by one. After the commit: a request in between must not cache the old
    details again.
    """

    def clear():
        cache.delete(conf.CACHE_KEY)
        blocks = CMSPlugin.objects.filter(plugin_type="ContactDetailsPlugin")
        pairs = set(blocks.values_list("placeholder_id", "language"))
        placeholders = Placeholder.objects.in_bulk({placeholder_id for placeholder_id, _ in pairs})
        for placeholder_id, language in pairs:
            placeholders[placeholder_id].clear_cache(language, site_id=settings.SITE_ID)
        invalidate_cms_page_cache()

    transaction.on_commit(clear)
