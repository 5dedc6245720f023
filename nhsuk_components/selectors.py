"""Reads for the component blocks: the pages of a section, in a fixed number of queries; the
placeholders whose components link to a page or record."""

from cms.models import PageContent, PageUrl
from django.urls import NoReverseMatch, reverse
from django.utils.translation import override

from content_cache import content_cached
from nhsuk_components.models import ActionLinkBlock, CardBlock, LinkItemBlock


def linked_placeholder_list():
    """(placeholder id, language) of every component linking to a page or record: a change
    drops their cached copies (`content_cache`), so a link follows a new address or goes."""
    pairs = set()
    for model in (CardBlock, ActionLinkBlock, LinkItemBlock):
        pairs.update(
            model.objects.filter(link__has_key="internal_link").values_list(
                "placeholder_id", "language"
            )
        )
    return pairs


def section_page_list(page, language):
    """[(title, url, is_this_page)] of the published pages in `page`'s section (its parent's
    children, or its own children for a top-level page), in menu order; kept until the content
    changes (publishing, unpublishing or moving a page changes it)."""
    if page is None:
        return []
    return content_cached(
        f"nhsuk_components:section:{page.pk}:{language}", lambda: _section_pages(page, language)
    )


def _section_pages(page, language):
    parent_id = page.parent_id if page.parent_id else page.pk
    contents = (
        PageContent.objects.filter(
            page__parent_id=parent_id, page__site_id=page.site_id, language=language
        )
        .select_related("page")
        .order_by("page__path")
    )
    contents = list(contents)
    paths = dict(
        PageUrl.objects.filter(
            page_id__in=[content.page_id for content in contents], language=language
        ).values_list("page_id", "path")
    )
    items = []
    for content in contents:
        url = _page_url(paths.get(content.page_id), language)
        if url:
            items.append((content.menu_title or content.title, url, content.page_id == page.pk))
    return items


def _page_url(path, language):
    if path is None:
        return None
    with override(language):
        try:
            if path == "":
                return reverse("pages-root")
            return reverse("pages-details-by-slug", kwargs={"slug": path})
        except NoReverseMatch:
            return None
