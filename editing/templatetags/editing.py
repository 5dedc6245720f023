from cms.models import PageContent
from cms.toolbar.utils import get_toolbar_from_request
from django import template

from content_cache import content_cached
from editing.selectors import page_review_get

register = template.Library()


def _review_dates(content):
    review = page_review_get(content)
    if review is None:
        return None
    return {"last_reviewed": review.last_reviewed, "next_review_due": review.next_review_due}


def _published_review_dates(page):
    """The page's address and its published version's dates, kept until the content changes
    (publishing a page or saving dates drops them): no query on a visitor's request."""

    def compute():
        return page.get_absolute_url(), _review_dates(page.get_content_obj())

    return content_cached(f"editing:review-dates:{page.pk}", compute)


@register.inclusion_tag("editing/review_dates.html", takes_context=True)
def page_review_dates(context):
    """ "Page last reviewed" and "Next review due" of the page shown (NHS.UK), when it has them.

    Only on the page's own address: the records an app shows below it (a practice, a meeting)
    were not reviewed with the page. In edit mode and preview, the dates of the version shown.
    """
    request = context.get("request")
    page = getattr(request, "current_page", None)
    if not page:
        return {"review": None}
    url, review = _published_review_dates(page)
    if request.path != url:
        return {"review": None}
    toolbar = getattr(request, "toolbar", None)
    if toolbar is not None and (toolbar.edit_mode_active or toolbar.preview_mode_active):
        shown = toolbar.get_object()
        if isinstance(shown, PageContent) and shown.page_id == page.pk:
            review = _review_dates(shown)
    return {"review": review}


@register.simple_tag(takes_context=True)
def shared_content(context, alias):
    """The published version of shared content (a djangocms-alias Alias), its draft in edit mode
    and preview: djangocms-alias's `render_alias`, but through the placeholder cache.

    `render_alias` renders without it, which also marks the whole response uncacheable: every
    page placing shared content would miss the CMS page cache. A new published version has a
    placeholder of its own, and publishing drops the pages that place it (`content_cache`).
    """
    toolbar = get_toolbar_from_request(context["request"])
    draft = toolbar.edit_mode_active or toolbar.preview_mode_active
    placeholder = alias.get_placeholder(show_draft_content=draft)
    if placeholder is None:
        return ""
    renderer = toolbar.get_content_renderer()
    return renderer.render_placeholder(placeholder, context=context, use_cache=not draft) or ""
