from django import template

from editing.selectors import page_review_get

register = template.Library()


@register.inclusion_tag("editing/review_dates.html", takes_context=True)
def page_review_dates(context):
    """ "Page last reviewed" and "Next review due" of the page shown (NHS.UK), when it has them.

    Only on the page's own address: the records an app shows below it (a practice, a meeting)
    were not reviewed with the page.
    """
    request = context.get("request")
    page = getattr(request, "current_page", None)
    if not page or request.path != page.get_absolute_url():
        return {"review": None}
    toolbar = getattr(request, "toolbar", None)
    content = toolbar.get_object() if toolbar is not None else None
    if not (content is not None and getattr(content, "page_id", None) == page.pk):
        content = page.get_content_obj()
    return {"review": page_review_get(content)}
