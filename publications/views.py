"""The public library: the filtered list, a publication's page and its file downloads."""

import logging
from urllib.parse import urlencode

from django.http import FileResponse, Http404, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control

from content_cache.query import number, query_params
from publications import selectors
from publications.caching import embargo_bounded
from publications.forms import LIBRARY_PARAMS, LibraryFilterForm
from publications.models import Publication

logger = logging.getLogger(__name__)
PER_PAGE = 20


@query_params(**LIBRARY_PARAMS, page=number)
def library(request):
    form = LibraryFilterForm(request.GET, selectors.library_filter_choices())
    filters = form.filters()
    page = selectors.library_page(filters, request.GET.get("page"), PER_PAGE).page(PER_PAGE)
    query = request.GET.copy()
    query.pop("page", None)
    # The feed of the same filters (the page number and unknown parameters left out).
    feed_query = [(name, value) for name, value in query.items() if name in form.fields and value]
    response = render(
        request,
        "publications/library.html",
        {
            "form": form,
            "filters": filters,
            "active_filters": form.active(),
            "page_obj": page,
            "query_string": query.urlencode(),
            "feed_query_string": urlencode(feed_query),
        },
    )
    if not form.is_valid() or request.GET.get("page", "1") != str(page.number):
        # A filter that is not one of the choices, a page beyond the last: not for a shared
        # cache, which would otherwise keep one copy per made-up value.
        patch_cache_control(response, private=True)
    return embargo_bounded(response)


def _moved(request, old_slug, view_name, **kwargs):
    """A permanent redirect from an old slug to the publication's current one, or a 404."""
    slug = selectors.publication_slug_current(old_slug, request.user)
    if slug is None:
        raise Http404("No such publication")
    url = reverse(view_name, kwargs={"slug": slug, **kwargs})
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)


def publication_detail(request, slug):
    publication = selectors.publication_get(slug, request.user)
    if publication is None:
        return _moved(request, slug, "publications:publication_detail")
    return render(
        request,
        "publications/publication_detail.html",
        {
            "publication": publication,
            # Only staff reach an embargoed publication: tell them when the public will.
            "embargoed": publication.status == Publication.Status.PUBLISHED
            and not selectors.publication_is_listed(publication),
        },
    )


def file_download(request, slug, file_id, number=None):
    """Serve a file version as a download under its original name and content type; a version
    taken down answers 410 Gone with the public reason."""
    version = selectors.file_version_get(
        slug=slug, file_id=file_id, number=number, user=request.user
    )
    if version is None:
        kwargs = {"file_id": file_id} if number is None else {"file_id": file_id, "number": number}
        name = "publications:file_current" if number is None else "publications:file_version"
        return _moved(request, slug, name, **kwargs)
    if version.is_taken_down:
        return render(request, "publications/file_gone.html", {"version": version}, status=410)
    try:
        stored = version.file.open("rb")
    except FileNotFoundError as error:
        # The record names it, but the store has lost it (deleted behind the site's back).
        logger.error("File version %s is missing from storage: %s", version.pk, version.file.name)
        raise Http404("No such file") from error
    return FileResponse(
        stored,
        as_attachment=True,
        filename=version.original_name,
        content_type=version.content_type,
    )
