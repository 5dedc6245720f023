"""The public library: the filtered list, a publication's page and its file downloads."""

from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import render

from publications import selectors
from publications.forms import LibraryFilterForm
from publications.models import FileVersion, Publication

PER_PAGE = 20


def library(request):
    form = LibraryFilterForm(request.GET, selectors.library_filter_choices())
    filters = form.filters()
    publications = selectors.publication_list(
        document_type=filters["type"], ccg=filters["ccg"], year=filters["year"], query=filters["q"]
    )
    paginator = Paginator(publications, PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "publications/library.html",
        {
            "form": form,
            "filters": filters,
            "active_filters": form.active(),
            "page_obj": page,
            "page_range": paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1),
            "query_string": query.urlencode(),
        },
    )


def publication_detail(request, slug):
    try:
        publication = selectors.publication_detail(slug, request.user)
    except Publication.DoesNotExist as error:
        raise Http404("No such publication") from error
    return render(
        request,
        "publications/publication_detail.html",
        {"publication": publication},
    )


def file_download(request, slug, file_id, number=None):
    """Serve a file version as a download under its original name and content type."""
    try:
        version = selectors.file_version_find(
            slug=slug,
            file_id=int(file_id),
            number=None if number is None else int(number),
            user=request.user,
        )
        stored = version.file.open("rb")
    except (FileVersion.DoesNotExist, FileNotFoundError) as error:
        raise Http404("No such file") from error
    return FileResponse(
        stored,
        as_attachment=True,
        filename=version.original_name,
        content_type=version.content_type,
    )
