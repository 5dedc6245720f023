"""django CMS's `CurrentPageMiddleware`, finding a visitor's page without a query.

The CMS finds the page of every request by its address: a query for the page's address, and,
for an app's address (a practice, a publication's file), a second for the page the app hangs
on; the page's addresses and its content (title, description) take one more each when a
template asks for them. For visitors this middleware reads the site's page addresses (one
entry) and the page found, with its addresses and published content (one entry per page), from
the content cache instead (`content_cache`, renewed whenever a page is published, moved or
unpublished, or the apps' URLs change), with the CMS's own rules: the address of a page first,
then the apps'. The page's X-Frame-Options, which the CMS looks for up the page's ancestors on
every request, is found once and kept with it. Made-up addresses add nothing: only pages are
kept, never what was asked for. Signed-in staff, who may see drafts and pages the public may
not, get the CMS's own lookup.
"""

from cms import appresolver, constants
from cms.middleware.page import get_page as cms_page_get
from cms.models import Page, PageUrl
from cms.utils import get_current_site, get_language_list
from cms.views import details
from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, reverse
from django.utils.functional import SimpleLazyObject

from content_cache import content_cached

FRAME_OPTIONS_BY_HEADER = {
    "DENY": constants.X_FRAME_OPTIONS_DENY,
    "SAMEORIGIN": constants.X_FRAME_OPTIONS_SAMEORIGIN,
}


class CurrentPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.current_page = SimpleLazyObject(lambda: current_page_get(request))
        return self.get_response(request)

    def process_view(self, request, view, view_args, view_kwargs):
        if view is details:  # it looks for the page itself, where `current_page_get` leaves it
            current_page_get(request)


def current_page_get(request):
    """The CMS page of the request (or the one its app hangs on), or None; once per request."""
    if request.user.is_authenticated:
        return cms_page_get(request)
    if not hasattr(request, "_current_page_cache"):  # where the CMS's own views look for it
        site = get_current_site(request)
        page_id = _page_ids_by_path(site).get(_pages_path(request.path_info))
        if page_id is None:
            page_id = _app_page_id(request.path_info, site)
        request._current_page_cache = None if page_id is None else _page(page_id)
    return request._current_page_cache


def _pages_root():
    try:
        return reverse("pages-root")
    except NoReverseMatch:
        return ""


def _pages_path(path):
    """The address as the CMS stores pages' paths: below its root, without the last slash."""
    return path.removeprefix(_pages_root()).removesuffix("/")


def _page_ids_by_path(site):
    return content_cached(
        f"cms-pages:paths:{site.pk}",
        lambda: dict(
            PageUrl.objects.get_for_site(site)
            .order_by("-pk")  # the CMS takes any one of a path's rows: all name one page
            .values_list("path", "page_id")
        ),
    )


def _app_page_id(path, site):
    """The id of the page whose app answers `path` (`cms.appresolver.applications_page_check`
    without its query), or None."""
    path = path.replace(_pages_root(), "", 1)
    for language in get_language_list(site_id=site.pk):
        path = path.removeprefix(f"{language}/")
    for resolver in appresolver.APP_RESOLVERS:
        try:
            return resolver.resolve_page_id(path)
        except Resolver404:
            pass
    return None


def _page(page_id):
    def page_read():
        # With its addresses and its published content (title, description, template) in each
        # language, which the CMS reads from what was prefetched instead of asking again.
        page = (
            Page.objects.select_related("site")
            .prefetch_related("urls", "pagecontent_set")
            .filter(pk=page_id)
            .first()
        )
        if page is not None:
            page.urls_cache = {url.language: url for url in page.urls.all()}
            for content in page.pagecontent_set.all():
                content.xframe_options = _frame_options(content)
        return page

    return content_cached(f"cms-pages:page:{page_id}", page_read)


def _frame_options(content):
    """The page's X-Frame-Options setting as the CMS finds it on each request (its own, else its
    nearest ancestor's), found once: kept on the content read for visitors, so the CMS asks no
    ancestor again. Where no page sets one, the site's own (`X_FRAME_OPTIONS`), which is what the
    CMS then leaves the response to."""
    return content.get_xframe_options() or FRAME_OPTIONS_BY_HEADER[settings.X_FRAME_OPTIONS]
