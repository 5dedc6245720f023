"""How long shared caches may keep the library's public lists: no later than the next embargo."""

from django.utils.cache import patch_cache_control

from content_cache import content_lifetime
from publications import selectors


def embargo_bounded(response):
    """Tell shared caches (the visitor cache, a proxy) to keep a public list no longer than
    until the next embargo ends, when that is sooner than they would anyway. Only `s-maxage`:
    browsers are told nothing new."""
    seconds = selectors.embargo_seconds_left()
    if seconds < content_lifetime():
        patch_cache_control(response, s_maxage=seconds)
    return response
