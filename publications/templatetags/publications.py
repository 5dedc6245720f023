"""Parts of the library's pages rendered once for everyone until the content changes."""

from functools import partial

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from content_cache import content_cached_many
from publications import selectors

register = template.Library()


@register.simple_tag
def library_rows(publications):
    """The library's result rows, one per publication: a row is the same in every list until the
    content changes, so each is rendered once per content version and a page of them is read in
    one round trip. The publications' CCGs are read only when a row is not kept."""
    publications = list(publications)

    def row_render(publication):
        selectors.publication_ccgs_read(publications)  # once for the page's rows not yet read
        return render_to_string(
            "publications/includes/publication_item.html",
            {"publication": publication, "show_ccgs": True, "show_summary": True},
        )

    rows = content_cached_many(
        {
            f"publications:library-row:{publication.pk}": partial(row_render, publication)
            for publication in publications
        }
    )
    return mark_safe("".join(rows))  # noqa: S308 (the template's own escaped HTML)
