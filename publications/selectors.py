"""Reads from the library: what the public may see, filtered lists, a publication with its files."""

from datetime import datetime, time

from django.db.models import Exists, OuterRef, Prefetch, Q, prefetch_related_objects
from django.urls import reverse
from django.utils import timezone

from ccgs.models import Ccg
from content_cache import content_cached, content_lifetime, search_cached
from core.pagination import page_rows_read
from nhsuk.menus import AppPage
from publications.models import (
    DocumentType,
    FileVersion,
    OldSlug,
    Publication,
    PublicationFile,
)

LISTED = [Publication.Status.PUBLISHED]
REACHABLE = [Publication.Status.PUBLISHED, Publication.Status.WITHDRAWN]


def _released():
    """Not under embargo: no first-published date, or one that has come (today, in London)."""
    return Q(first_published__isnull=True) | Q(first_published__lte=timezone.localdate())


def publication_listed():
    """Publications the public finds in listings, feeds and plugins: published and released."""
    return Publication.objects.filter(_released(), status__in=LISTED)


def publication_reachable(user):
    """Publications whose pages answer: published and withdrawn once released; every one,
    drafts and embargoed ones included, for library staff."""
    if user.has_perm("publications.view_publication"):
        return Publication.objects.all()
    return Publication.objects.filter(_released(), status__in=REACHABLE)


def embargo_next_end():
    """When the next embargoed publication comes out (midnight in London), or None.

    Cached with the rest of the content, since every public library response asks; saving a
    publication drops it (`content_cache`), and a cached moment that has passed is looked up
    again.
    """
    end = content_cached("publications:embargo-end", _embargo_next_end)
    if end is not None and end <= timezone.now():
        end = _embargo_next_end()
    return end


def _embargo_next_end():
    first = (
        Publication.objects.filter(status__in=REACHABLE, first_published__gt=timezone.localdate())
        .order_by("first_published")
        .values_list("first_published", flat=True)
        .first()
    )
    return None if first is None else timezone.make_aware(datetime.combine(first, time.min))


def embargo_seconds_left():
    """Seconds until the next embargo ends when that is sooner than content is kept
    (`content_lifetime`), else that: how long a copy of public content may be kept without
    showing a pre-embargo state."""
    longest = content_lifetime()
    end = embargo_next_end()
    if end is None:
        return longest
    return max(1, min(longest, int((end - timezone.now()).total_seconds()) + 1))


def publication_slug_current(old_slug, user):
    """The current slug of the publication `user` may see that had `old_slug` before, or None.

    However many times it was renamed, this is its slug now: old addresses never chain. A slug
    that a publication has now is its address, whoever had it before.
    """
    if publication_reachable(user).filter(slug=old_slug).exists():
        return None
    rows = OldSlug.objects.filter(
        slug=old_slug, publication__in=publication_reachable(user)
    ).values_list("publication__slug", flat=True)
    return next(iter(rows), None)


def publication_list(*, document_type="", ccg="", year="", query=""):
    """Listed publications, newest first, filtered by type slug, CCG code, year and keywords.
    Their CCGs are not read (the library's rows are kept with them): `publication_ccgs_read`
    adds them."""
    publications = publication_listed()
    if document_type:
        publications = publications.filter(document_type__slug=document_type)
    if ccg:
        publications = publications.filter(ccgs__code=ccg)
    if year:
        publications = publications.filter(financial_year=year)
    for word in query.split():
        publications = publications.filter(Q(title__icontains=word) | Q(summary__icontains=word))
    return publications.select_related("document_type")


def library_page(filters, page_number, per_page):
    """Page `page_number` (as typed) of the library filtered by `filters` (the filter form's), as
    PageRows. Kept in this server's memory until the content changes or the next embargo ends
    (`search_cached`: never in the shared cache, whatever was typed)."""
    name = f"publications:library:{sorted(filters.items())!r}:{page_number!r}:{per_page}"
    return search_cached(
        name,
        lambda: page_rows_read(
            publication_list(
                document_type=filters["type"],
                ccg=filters["ccg"],
                year=filters["year"],
                query=filters["q"],
            ),
            per_page,
            page_number,
        ),
        timeout=embargo_seconds_left(),
    )


def publication_ccgs_read(publications):
    """Reads the CCGs of those of `publications` that have none read yet, in one query."""
    prefetch_related_objects(
        publications, Prefetch("ccgs", queryset=Ccg.objects.only("code", "short_name", "name"))
    )


def publication_latest(*, document_type=None, ccg=None, count=5):
    """The newest listed publications, for the plugin: optionally of one type and one CCG."""
    publications = publication_listed().select_related("document_type")
    if document_type is not None:
        publications = publications.filter(document_type=document_type)
    if ccg is not None:
        publications = publications.filter(ccgs=ccg)
    return publications[:count]


def publication_is_listed(publication):
    """Whether the public may find `publication` in lists now: published and not embargoed."""
    return publication.status in LISTED and _is_released(publication)


def _is_released(publication):
    """`_released()` for one publication in hand."""
    return publication.first_published is None or (
        publication.first_published <= timezone.localdate()
    )


def publication_file_is_downloadable(publication_file):
    """Whether the public may download `publication_file` now: its publication is listed and
    its current version is there (not taken down). What a link to "the current file" needs."""
    return publication_is_listed(publication_file.publication) and (
        FileVersion.objects.filter(
            publication_file=publication_file,
            superseded_at__isnull=True,
            taken_down_at__isnull=True,
        ).exists()
    )


def publication_get(slug, user):
    """The publication at `slug` with its CCGs and change notes, or None when `user` may not see
    it (or there is none).

    Its files that have an upload are in `uploaded_files`, each with `history`: its versions,
    newest first. A fixed number of queries, whatever the number of files and versions; for the
    public, none once kept (`_publication_kept`).
    """
    if user.has_perm("publications.view_publication"):
        return _publication_read(Publication.objects.all(), slug)
    publication = _publication_kept(slug)
    return publication if publication is not None and _is_released(publication) else None


def _publication_kept(slug):
    """The publication at `slug` that the public may reach once it is released, or None; read
    once until the content changes or the next embargo ends (what was saved under embargo, which
    drops nothing, then shows). A slug no such publication has keeps nothing."""
    lifetime = embargo_seconds_left()
    slugs = content_cached(
        "publications:reachable-slugs",
        lambda: frozenset(_reachable_at_any_date().values_list("slug", flat=True)),
        timeout=lifetime,
    )
    if slug not in slugs:
        return None
    return content_cached(
        f"publications:publication:{slug}",
        lambda: _publication_read(_reachable_at_any_date(), slug),
        timeout=lifetime,
    )


def _reachable_at_any_date():
    return Publication.objects.filter(status__in=REACHABLE)


def _publication_read(publications, slug):
    history = Prefetch("versions", FileVersion.objects.order_by("-number"), to_attr="history")
    uploaded_files = Prefetch(
        "files",
        PublicationFile.objects.filter(
            Exists(FileVersion.objects.filter(publication_file=OuterRef("pk")))
        ).prefetch_related(history),
        to_attr="uploaded_files",
    )
    return (
        publications.select_related("document_type")
        .prefetch_related("ccgs", "change_notes", uploaded_files)
        .filter(slug=slug)
        .first()
    )


def file_version_get(*, slug, file_id, number, user):
    """A version of a file of a publication `user` may see: the current one when `number` is
    None; None when there is no such version."""
    versions = FileVersion.objects.select_related("publication_file__publication").filter(
        publication_file_id=file_id,
        publication_file__publication__slug=slug,
        publication_file__publication__in=publication_reachable(user),
    )
    if number is None:
        return versions.filter(superseded_at__isnull=True).first()
    return versions.filter(number=number).first()


def library_filter_choices():
    """The choices of the library's filters: types, CCGs, and the years that have publications.

    Cached with the rest of the content (saving a publication or a type drops them), and until
    the next embargo ends at the latest: its year then joins the choices.
    """
    return content_cached(
        "publications:filter-choices",
        _filter_choices,
        timeout=embargo_seconds_left(),
    )


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


def publication_page_list():
    """Every publication's page, below the library, for menus and breadcrumbs. Drafts and
    embargoed ones too: a trail is added only to the page being shown, which the view has
    already allowed (an embargo's end then needs no new list)."""
    return content_cached("publications:pages", _publication_pages_compute)


def _publication_pages_compute():
    library = reverse("publications:library")
    return [
        AppPage(reverse("publications:publication_detail", kwargs={"slug": slug}), title, library)
        for slug, title in Publication.objects.values_list("slug", "title")
    ]
