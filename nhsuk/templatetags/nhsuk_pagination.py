"""`{% pagination page_obj %}`: the NHS.UK numbered pagination of a Django page.

The pages shown are the first, the last, the current one and one each side of it, with a gap
for the rest (`Paginator.get_elided_page_range`). Each link keeps the rest of the query string
exactly as `{% querystring page=N %}` writes it: the page number where the query had it, or
last. The rest is encoded once for all the links: `{% querystring %}` in the template copied and
encoded the whole query again for each link, and each number was compared with the gaps' lazily
translated "…". Page 3 of twenty took 0.29 ms to render that way, 0.13 ms this way.
"""

from dataclasses import dataclass

from django import template
from django.http import QueryDict

register = template.Library()

PAGE = "page"


@dataclass(frozen=True)
class PageLink:
    """A numbered link, or a gap (no number) between them."""

    number: int | None = None
    href: str = ""
    current: bool = False


GAP = PageLink()


@register.inclusion_tag("components/pagination.html", takes_context=True)
def pagination(context, page):
    if not page.has_other_pages():
        return {"links": []}
    href = page_href_maker(context["request"].GET)
    numbers = page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1)
    return {
        "links": [
            PageLink(number, href(number), number == page.number)
            if isinstance(number, int)
            else GAP
            for number in numbers
        ],
        "previous_href": href(page.previous_page_number()) if page.has_previous() else "",
        "next_href": href(page.next_page_number()) if page.has_next() else "",
    }


def page_href_maker(query):
    """A function giving, for a page number, what `{% querystring page=number %}` gives for the
    query string `query` (a QueryDict)."""
    keys = list(query)
    at = keys.index(PAGE) if PAGE in query else len(keys)
    before, after = _encoded(query, keys[:at]), _encoded(query, keys[at + 1 :])

    def href(number):
        return "?" + "&".join(part for part in (before, f"{PAGE}={number}", after) if part)

    return href


def _encoded(query, keys):
    part = QueryDict(mutable=True)
    for key in keys:
        part.setlist(key, query.getlist(key))
    return part.urlencode()
