"""Anonymous visitors' copies of the apps' pages, cached the way django CMS caches its own.

The CMS caches its pages for visitors who are not signed in and drops them all whenever anything
is published. The apps' views (CCG profiles, the practice finder, the library, governance) hang on
pages by apphooks and are outside that cache. This middleware keeps their responses to anonymous
GET requests under the one content version (`content_cache`), for as long as the CMS keeps its
pages; any saved or deleted record of the apps bumps that version, so visitors never see a page
older than the data for longer than a request in flight.

Never cached: signed-in staff, visitors with a session or a pending message, responses that set
a cookie (a form's CSRF token always sets one), files and anything large or not a 200.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.urls import Resolver404, resolve
from django.utils import timezone

from content_cache import content_kept, content_key, content_lifetime

CACHED_APPS = ("ccgs", "publications", "governance")
MAX_BYTES = 512 * 1024
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


class VisitorCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.VISITOR_CACHE or not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        response = cache.get(key)
        if response is None:
            response = self.get_response(request)
            timeout = _timeout(request, response)
            if timeout > 0 and _cacheable_response(response):
                cache.set(key, response, timeout)
                content_kept()
        return response


def _cacheable_request(request):
    # Signed-in staff always have a session cookie.
    if request.method not in ("GET", "HEAD") or any(c in request.COOKIES for c in PERSONAL_COOKIES):
        return False
    try:
        view = resolve(request.path_info).func
    except Resolver404:
        return False
    return getattr(view, "__module__", "").split(".")[0] in CACHED_APPS


def _cacheable_response(response):
    return (
        response.status_code == 200
        and not response.streaming
        # A page that sets a cookie is personal: a CSRF token for its form, a new session.
        and not response.cookies
        and "no-store" not in response.get("Cache-Control", "")
        and len(response.content) <= MAX_BYTES
    )


def _timeout(request, response):
    """As long as the CMS keeps its pages, but no longer than the response allows a shared cache
    to (`s-maxage`, else `max-age`), nor than any CMS placeholder rendered in it may be kept
    (a plugin's `get_cache_expiration`, e.g. until an embargoed publication comes out)."""
    timeout = content_lifetime()
    control = {}
    for part in response.get("Cache-Control", "").split(","):
        name, _, value = part.strip().partition("=")
        control[name.lower()] = value
    for directive in ("s-maxage", "max-age"):
        if control.get(directive, "").isdigit():
            timeout = min(timeout, int(control[directive]))
            break
    toolbar = getattr(request, "toolbar", None)
    if toolbar is not None:
        moment = timezone.now()
        for placeholder in toolbar.content_renderer.get_rendered_placeholders():
            timeout = min(timeout, placeholder.get_cache_expiration(request, moment))
    return timeout


def _key(request):
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return content_key(f"llr:visitor:{request.method}:{address}")
