""" "In this section" is built from the page tree (issue 12.5)."""

import re

import pytest
from cms.models import Page

from tests.editing.pages import page_publish, page_unpublish

pytestmark = pytest.mark.django_db


def section_links(html):
    """(title, address, current?) of each link under "In this section", or None without it."""
    match = re.search(r'<nav class="llr-section-nav".*?</nav>', html, re.S)
    if match is None:
        return None
    return [
        (title, href, bool(current))
        for href, current, title in re.findall(
            r'<a href="([^"]+)"( aria-current="page")?[^>]*>([^<]+)</a>', match.group()
        )
    ]


def test_a_section_lists_itself_and_its_pages_in_tree_order(client):
    html = client.get("/west-leicestershire/").content.decode()
    section = "/west-leicestershire/"
    assert section_links(html) == [
        ("West Leicestershire", section, True),
        ("Our mission, values and goals", f"{section}our-mission-values-and-goals/", False),
        ("Our strategic objectives", f"{section}our-strategic-objectives/", False),
        ("The NHS Constitution and our constitution", f"{section}nhs-constitution/", False),
    ]


def test_a_page_of_a_section_shows_the_same_list_with_itself_current(client):
    links = section_links(client.get("/leicester-city/our-role/").content.decode())
    assert [(href, current) for _, href, current in links] == [
        ("/leicester-city/", False),
        ("/leicester-city/our-role/", True),
        ("/leicester-city/our-strategic-objectives/", False),
    ]


@pytest.mark.parametrize("url", ["/how-ccgs-work/", "/cookies/", "/practices/", "/governance/"])
def test_a_page_without_section_pages_has_no_section_list(client, url):
    assert section_links(client.get(url).content.decode()) is None


def test_the_list_comes_before_the_text_so_phones_see_it_near_the_top(client):
    html = client.get("/leicester-city/our-role/").content.decode()
    assert html.index('class="llr-section-nav"') < html.index("<h1>")


def test_a_page_published_under_a_section_appears_and_unpublished_disappears(client):
    page = page_publish("Our new plan", parent_reverse_id="east-leicestershire-and-rutland")
    url = "/east-leicestershire-and-rutland/our-new-plan/"
    for shown_on in ("/east-leicestershire-and-rutland/", url):
        links = section_links(client.get(shown_on).content.decode())
        assert ("Our new plan", url, shown_on == url) in links

    page_unpublish(page)
    links = section_links(client.get("/east-leicestershire-and-rutland/").content.decode())
    titles = [title for title, _, _ in links]
    assert titles == ["East Leicestershire and Rutland", "Our strategic objectives"]


def test_a_page_moved_to_another_section_moves_in_the_lists(client):
    page = page_publish("Moving page", parent_reverse_id="leicester-city")
    page.move_page(Page.objects.get(reverse_id="west-leicestershire"), position="last-child")
    city = section_links(client.get("/leicester-city/").content.decode())
    west = section_links(client.get("/west-leicestershire/").content.decode())
    assert "Moving page" not in [title for title, _, _ in city]
    assert ("Moving page", "/west-leicestershire/moving-page/", False) in west


def test_a_page_hidden_from_navigation_is_not_listed(client):
    page_publish("Hidden page", parent_reverse_id="leicester-city", in_navigation=False)
    links = section_links(client.get("/leicester-city/").content.decode())
    assert "Hidden page" not in [title for title, _, _ in links]


def test_the_seed_pages_have_no_hand_written_section_lists(client):
    for url in ("/leicester-city/", "/how-ccgs-work/", "/engaging-with-your-ccg/"):
        html = client.get(url).content.decode()
        assert "<h2>In this section</h2>" not in html and "<h2>Related pages</h2>" not in html
