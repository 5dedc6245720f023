"""Reads from the library: what the public may see, filtered lists, a publication with its files."""

from django.core.cache import cache
from django.db.models import Prefetch, Q

from ccgs.models import Ccg
from publications.models import (
    DocumentType,
    FileVersion,
    Publication,
    Status,
)

CHOICES_KEY = "publications:filter-choices"
CACHE_SECONDS = 600
LISTED = [Status.PUBLISHED]
REACHABLE = [Status.PUBLISHED, Status.WITHDRAWN]


def publication_listed():
    """Publications the public finds in listings, feeds and plugins: published ones."""
    return Publication.objects.filter(status__in=LISTED)


def publication_reachable(user):
    """Publications whose pages answer: published and withdrawn; drafts too for library staff."""
    if user.has_perm("publications.view_publication"):
        return Publication.objects.all()
    return Publication.objects.filter(status__in=REACHABLE)


def publication_list(*, document_type="", ccg="", year="", query=""):
    """Listed publications, newest first, filtered by type slug, CCG code, year and keywords."""
    publications = publication_listed()
    if document_type:
        publications = publications.filter(document_type__slug=document_type)
    if ccg:
        publications = publications.filter(ccgs__code=ccg)
    if year:
        publications = publications.filter(financial_year=year)
    for word in query.split():
        publications = publications.filter(Q(title__icontains=word) | Q(summary__icontains=word))
    return publications.select_related("document_type").prefetch_related(
        Prefetch("ccgs", queryset=Ccg.objects.only("code", "short_name", "name"))
    )


def publication_latest(*, document_type=None, ccg=None, count=5):
    """The newest listed publications, for the plugin: optionally of one type and one CCG."""
    publications = publication_listed().select_related("document_type")
    if document_type is not None:
        publications = publications.filter(document_type=document_type)
    if ccg is not None:
        publications = publications.filter(ccgs=ccg)
    return publications[:count]


def publication_detail(slug, user):
    """The publication at `slug` with its CCGs and change notes, and its files as `documents`.

    Each document carries `history`, its versions newest first; files and versions come in one
    query, so the page costs the same whatever the number of files.
    """
    publication = (
        publication_reachable(user)
        .select_related("document_type")
        .prefetch_related("ccgs", "change_notes")
        .get(slug=slug)
    )
    documents = {}
    versions = (
        FileVersion.objects.filter(document__publication=publication)
        .select_related("document")
        .order_by("document__position", "document_id", "-number")
    )
    for version in versions:
        document = documents.setdefault(version.document_id, version.document)
        document.publication = publication
        document.__dict__.setdefault("history", []).append(version)
    publication.documents = list(documents.values())
    return publication


def file_version_find(*, slug, file_id, number, user):
    """A version of a file of a reachable publication: the current one when `number` is None."""
    versions = FileVersion.objects.filter(
        document_id=file_id,
        document__publication__slug=slug,
        document__publication__in=publication_reachable(user),
    )
    if number is None:
        return versions.get(superseded_at__isnull=True)
    return versions.get(number=number)


def library_filter_choices():
    """The choices of the library's filters: types, CCGs, and the years that have publications.

    Cached: they change only when staff save a publication or a type (see `library_cache_clear`).
    """
    return cache.get_or_set(CHOICES_KEY, _filter_choices, CACHE_SECONDS)


def _filter_choices():
    years = (
        publication_listed()
        .exclude(financial_year="")
        .order_by("-financial_year")
        .values_list("financial_year", flat=True)
        .distinct()
    )
    return {
        "type": list(DocumentType.objects.values_list("slug", "name")),
        "ccg": list(Ccg.objects.values_list("code", "short_name")),
        "year": [(year, year) for year in years],
    }


def library_cache_clear(**kwargs):
    """Forget the cached filter choices; connected to saves in apps.py."""
    cache.delete(CHOICES_KEY)
