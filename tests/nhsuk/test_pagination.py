"""`{% pagination page_obj %}`: the NHS.UK numbered pagination, each link keeping the rest of the
query string exactly as Django's `{% querystring page=N %}` writes it."""

import re

import pytest
from django.core.paginator import Paginator
from django.template import Context, RequestContext, Template
from django.template.defaulttags import querystring
from django.test import RequestFactory

from tests.seedless import seed  # noqa: F401 (these tests need no seed content)


def page_of(number, pages):
    return Paginator(range(pages * 10), 10).page(number)


def rendered(query, page):
    request = RequestFactory().get(f"/practices/{query}")
    template = Template("{% load nhsuk_pagination %}{% pagination page_obj %}")
    return template.render(RequestContext(request, {"page_obj": page}))


def hrefs(html):
    return [href.replace("&amp;", "&") for href in re.findall(r'href="([^"]*)"', html)]


def djangos(query, number):
    context = Context()
    context.request = RequestFactory().get(f"/practices/{query}")
    return querystring(context, page=number)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?q=leicester",
        "?page=3",
        "?q=leicester&page=3&ccg=04V",  # the page in the middle stays there
        "?ccg=04V&q=St+Mary%27s+%26+Co",  # spaces, an apostrophe, an ampersand
        "?q=caf%C3%A9+%3Cb%3E&closed=on",  # accents, angle brackets
        "?type=minutes&type=papers&page=2",  # a key given twice keeps both
        "?page=1&page=2&q=a",  # the page given twice: one page, where the first was
        "?q=",  # an empty value
        "?q=100%25",  # a per cent sign
    ],
)
def test_each_link_is_what_djangos_querystring_writes(query):
    page = page_of(6, 12)
    links = hrefs(rendered(query, page))
    numbers = [5, 1, 5, 6, 7, 12, 7]  # previous, the numbered links (1 … 5 6 7 … 12), next
    assert links == [djangos(query, number) for number in numbers]


def test_the_gaps_and_the_current_page():
    html = rendered("?q=leicester", page_of(6, 12))
    assert html.count("nhsuk-pagination__item--ellipsis") == 2
    assert re.findall(r'aria-label="Page (\d+)"', html) == ["1", "5", "6", "7", "12"]
    current = re.search(
        r'<li class="nhsuk-pagination__item nhsuk-pagination__item--current">'
        r"\s*<a [^>]*>(\d+)</a>",
        html,
    )
    assert current.group(1) == "6"
    assert html.count('aria-current="page"') == 1


def test_the_first_and_last_pages_have_no_link_beyond_them():
    first = rendered("?q=a", page_of(1, 3))
    assert 'rel="prev"' not in first and 'rel="next"' in first
    last = rendered("?q=a", page_of(3, 3))
    assert 'rel="prev"' in last and 'rel="next"' not in last


def test_a_single_page_has_no_pagination():
    assert rendered("?q=a", page_of(1, 1)).strip() == ""


def test_a_value_cannot_break_out_of_the_link():
    html = rendered('?q="><script>alert(1)</script>', page_of(2, 3))
    assert "<script>" not in html
    assert hrefs(html)[0] == djangos('?q="><script>alert(1)</script>', 1)
