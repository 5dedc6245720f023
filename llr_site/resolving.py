"""Addresses resolved once per process, not again on each request.

Django resolves each request's address to find its view; django CMS's toolbar middleware
resolved it once more on every request, to see whether it is the placeholder editing endpoint,
and the visitor cache to find the view's parameters (0.05 to 0.17 ms each). Both now ask
`path_match` (the toolbar middleware: `llr_site/toolbar.py`), which remembers the matches of the
last ADDRESSES_REMEMBERED addresses by resolver: the apps' URLs reloaded
(`llr_site/apphook_reload.py`, before these middlewares) replace the resolver, so no match
outlives its URLs.
"""

from functools import lru_cache

from django.urls import Resolver404, get_resolver, get_urlconf

ADDRESSES_REMEMBERED = 1024  # per process: the least recently asked for dropped


def path_match(path):
    """The ResolverMatch of `path` (a request's `path_info`), or None when nothing matches."""
    return _match(get_resolver(get_urlconf()), path)


@lru_cache(maxsize=ADDRESSES_REMEMBERED)
def _match(resolver, path):
    try:
        return resolver.resolve(path)
    except Resolver404:
        return None
