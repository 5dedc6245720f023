"""Anonymous visitors' copies of the apps' pages, cached the way django CMS caches its own.

The CMS caches its pages for visitors who are not signed in and drops them all whenever anything
is published. The apps' views (CCG profiles, the practice finder, the library, governance) hang on
pages by apphooks and are outside that cache. This middleware keeps their responses to anonymous
GET requests under the one content version (`content_cache`), for as long as the CMS keeps its
pages; any public change to a record of the apps bumps that version, so visitors never see a page
older than the data for longer than a request in flight.

The key is the path and the parameters the view declares (`content_cache.query`), in canonical
form, and the view is handed exactly those: a new query string cannot make a new entry unless it
asks for something else the site has. Free-text searches are rendered and never kept. A CMS page
declares none: the CMS, which keys its own copies on the whole address, is handed the address
without its query string.

Never cached: signed-in staff, visitors with a session or a pending message, responses that set
a cookie (a form's CSRF token always sets one) or say `private` or `no-store`, files and
anything large or not a 200.
"""

import hashlib
from urllib.parse import urlencode

from cms.utils.conf import get_cms_setting
from cms.views import details as cms_page_view
from django.conf import settings
from django.core.cache import cache
from django.http import QueryDict
from django.utils import timezone

from content_cache import content_kept, content_key, content_lifetime
from content_cache.query import canonical_query, declared_params
from llr_site.resolving import path_match

CACHED_APPS = ("ccgs", "publications", "governance")
MAX_BYTES = 512 * 1024
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
CMS_TOOLBAR_SWITCHES = [
    get_cms_setting(name)
    for name in ("TOOLBAR_URL__ENABLE", "TOOLBAR_URL__DISABLE", "TOOLBAR_URL__PERSIST")
]


class VisitorCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        view = _visitor_view(request)
        if view is None:
            return self.get_response(request)
        if view is cms_page_view:
            # The CMS keeps its pages itself, keyed on the whole address. A CMS page reads no
            # parameters but the toolbar's switches (`?toolbar_on` shows staff the sign-in), so
            # it is handed those alone: a made-up query string (a campaign's `utm_` tags, a
            # bot's) gets the copy kept, and makes no new one.
            _query_replace(request, "&".join(s for s in CMS_TOOLBAR_SWITCHES if s in request.GET))
            return self.get_response(request)
        app = getattr(view, "__module__", "").split(".")[0]
        if not settings.VISITOR_CACHE or app not in CACHED_APPS:
            return self.get_response(request)
        query = canonical_query(declared_params(view), request.GET)
        if query is None:
            return self.get_response(request)
        _query_replace(request, urlencode(query))
        key = _key(request, query)
        response = cache.get(key)
        if response is None:
            response = self.get_response(request)
            timeout = _timeout(request, response)
            if timeout > 0 and _cacheable_response(response):
                cache.set(key, response, timeout)
                content_kept()
        return response


def _visitor_view(request):
    """The view of a GET from a visitor (no session, no message waiting), or None."""
    # Signed-in staff always have a session cookie.
    if request.method not in ("GET", "HEAD") or any(c in request.COOKIES for c in PERSONAL_COOKIES):
        return None
    match = path_match(request.path_info)
    return None if match is None else match.func


def _query_replace(request, encoded):
    """Hand the view only the canonical parameters, so the copy kept is the one the key names."""
    request.META["QUERY_STRING"] = encoded
    request.GET = QueryDict(encoded)


def _cacheable_response(response):
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        # A page that sets a cookie is personal: a CSRF token for its form, a new session.
        and not response.cookies
        and "no-store" not in control
        and "private" not in control
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


def _key(request, query):
    address = f"{request.scheme}://{request.get_host()}{request.path}?{urlencode(query)}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return content_key(f"llr:visitor:{request.method}:{digest}")
