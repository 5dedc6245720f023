"""The parts of a page drawn from the menu (the header's navigation, the breadcrumb, "In this
section") are rendered once for visitors and kept until the content changes: a rendered page
then builds no menu at all. Staff always get them fresh, a change to the page tree shows at once,
each page keeps its own current item, and no address a visitor makes up adds an entry."""

import inspect
import re

import pytest
from cms.models import Page

from tests.cache_keys import cache_keys
from tests.editing.pages import page_publish
from tests.factories import UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db

CONTENT_PAGE = "/leicester-city/our-role/"


@pytest.fixture(autouse=True)
def rendered(settings):
    # Each request rendered, not served from the CMS's page cache: what a cache miss costs.
    settings.CMS_PAGE_CACHE = False


def header_navigation(html):
    return html.split('class="nhsuk-header__navigation-list"', 1)[1].split("</ul>", 1)[0]


def breadcrumb(html):
    match = re.search(r'<nav class="nhsuk-breadcrumb".*?</nav>', html, re.S)
    return match.group() if match else None


def section_list(html):
    match = re.search(r'<nav class="llr-section-nav".*?</nav>', html, re.S)
    return match.group() if match else None


def current_items(html):
    """(address, aria-current) of the header's current items."""
    return re.findall(r'href="([^"]+)" aria-current="([^"]+)"', header_navigation(html))


@pytest.mark.parametrize(
    "path",
    ["/", CONTENT_PAGE, "/west-leicestershire/", "/practices/C82001/", "/pcns/", "/search/?q=plan"],
)
def test_a_visitor_page_builds_no_menu_once_its_parts_are_kept(client, menu_reads, path):
    first = client.get(path).content.decode()
    assert menu_reads  # built once, for the first request
    menu_reads.clear()
    second = client.get(path).content.decode()
    assert menu_reads == []
    assert header_navigation(second) == header_navigation(first)
    assert breadcrumb(second) == breadcrumb(first)
    assert section_list(second) == section_list(first)


def test_the_kept_parts_are_the_ones_the_menu_draws(client):
    html = client.get(CONTENT_PAGE).content.decode()
    client.get("/")  # other pages' parts kept beside this one's
    html = client.get(CONTENT_PAGE).content.decode()
    assert current_items(html) == [("/leicester-city/", "true")]
    assert 'href="/leicester-city/"' in breadcrumb(html)
    assert re.search(r'href="/leicester-city/our-role/" aria-current="page"', section_list(html))


def test_each_page_keeps_its_own_current_item(client):
    """A section's own page marks it as the page; an app's page below marks it as the section."""
    for _ in range(2):  # rendered, then from what was kept
        assert current_items(client.get("/west-leicestershire/").content.decode()) == [
            ("/west-leicestershire/", "page")
        ]
        practice = client.get("/practices/C82001/").content.decode()
        finder = client.get("/practices/").content.decode()
        assert breadcrumb(practice) != breadcrumb(finder)
        assert "/practices/" in breadcrumb(practice)
        assert current_items(client.get("/leicester-city/").content.decode()) == [
            ("/leicester-city/", "page")
        ]


def test_off_the_cms_pages_nothing_is_current_but_an_app_s_page_is_drawn_afresh(client, menu_reads):
    for _ in range(2):  # rendered, then from what was kept
        assert current_items(client.get("/search/?q=plan").content.decode()) == []
    client.get("/contact/")
    menu_reads.clear()
    contact = client.get("/contact/").content.decode()
    assert menu_reads  # the contacts app adds its page below the home page's
    assert 'href="/"' in breadcrumb(contact)


def test_staff_get_the_menu_fresh(client, menu_reads):
    staff_sign_in(client, UserFactory(group="Communications staff"))
    client.get(CONTENT_PAGE)
    menu_reads.clear()
    client.get(CONTENT_PAGE)
    assert menu_reads


def test_a_page_published_shows_in_the_kept_menus_at_once(
    client, django_capture_on_commit_callbacks
):
    client.get("/")
    client.get("/leicester-city/")
    with django_capture_on_commit_callbacks(execute=True):
        page_publish("Our new plan", parent_reverse_id="leicester-city")
        page_publish("Latest news")
    assert "/latest-news/" in header_navigation(client.get("/").content.decode())
    assert "/leicester-city/our-new-plan/" in section_list(
        client.get("/leicester-city/").content.decode()
    )


def test_a_page_moved_moves_in_the_kept_menus(client, django_capture_on_commit_callbacks):
    page = page_publish("Moving page", parent_reverse_id="leicester-city")
    assert "moving-page" in section_list(client.get("/leicester-city/").content.decode())
    with django_capture_on_commit_callbacks(execute=True):
        page.move_page(Page.objects.get(reverse_id="west-leicestershire"), position="last-child")
    assert "moving-page" not in section_list(client.get("/leicester-city/").content.decode())


@pytest.mark.slow
def test_addresses_made_up_by_a_visitor_add_no_kept_part(client):
    honest = ["/practices/", "/practices/C82001/", "/publications/", "/governance/meetings/"]
    honest += ["/publications/wres-reporting-template-2020-21/", "/search/", "/no-such-page/"]
    for path in honest:
        client.get(path)
    kept = cache_keys("menu-fragment")
    assert kept
    for number in range(1000):
        kind = number % 5
        if kind == 4:
            response = client.get(f"/no-such-page-{number}/")
        elif kind == 0:
            response = client.get(f"/practices/Z{number:05d}/")
        elif kind == 1:
            response = client.get(f"/publications/no-such-report-{number}/")
        elif kind == 2:
            response = client.get(f"/practices/?q=made-up-{number}")
        else:
            response = client.get(f"/governance/meetings/{900000 + number}/")
        assert response.status_code in (200, 404)
    assert cache_keys("menu-fragment") == kept


@pytest.mark.parametrize("path", [CONTENT_PAGE, "/", "/pcns/"])
def test_the_menus_work_out_the_page_s_address_once_per_request(client, monkeypatch, path):
    client.get(path)
    absolute_url = Page.get_absolute_url
    from_menus = []

    def counted(page, *args, **kwargs):
        if inspect.stack()[1].filename.endswith("nhsuk/menus.py"):
            from_menus.append(page.pk)
        return absolute_url(page, *args, **kwargs)

    monkeypatch.setattr(Page, "get_absolute_url", counted)
    html = client.get(path).content.decode()
    assert len(from_menus) == 1  # the header's navigation, the breadcrumb and the section list
    assert "nhsuk-header__navigation-item" in header_navigation(html)
