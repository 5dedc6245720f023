"""The seeded pages as the public sees them."""

import re

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from llr_site.views import server_error

pytestmark = pytest.mark.django_db

SEEDED_PAGES = [
    ("/", "Leicester, Leicestershire and Rutland Clinical Commissioning Groups"),
    ("/leicester-city/", "NHS Leicester City Clinical Commissioning Group"),
    ("/leicester-city/our-role/", "Our role"),
    ("/leicester-city/our-strategic-objectives/", "Our strategic objectives"),
    ("/west-leicestershire/", "NHS West Leicestershire Clinical Commissioning Group"),
    ("/west-leicestershire/our-mission-values-and-goals/", "Our mission, values and goals"),
    ("/west-leicestershire/our-strategic-objectives/", "Our strategic objectives"),
    ("/west-leicestershire/nhs-constitution/", "The NHS Constitution and our constitution"),
    (
        "/east-leicestershire-and-rutland/",
        "NHS East Leicestershire and Rutland Clinical Commissioning Group",
    ),
    ("/east-leicestershire-and-rutland/our-strategic-objectives/", "Our strategic objectives"),
    ("/how-ccgs-work/", "How CCGs work"),
    ("/engaging-with-your-ccg/", "Engaging with your CCG"),
    ("/accessibility-statement/", "Accessibility statement"),
    ("/privacy-notice/", "Privacy notice"),
    ("/cookies/", "Cookies"),
]

# Not "Home - LLR CCGs": the home page names the organisations, as a search result would show.
HOME_PAGE_TITLE = "NHS Leicester, Leicestershire and Rutland CCGs"


@pytest.mark.parametrize(("url", "heading"), SEEDED_PAGES)
def test_seeded_page_is_public_in_the_nhs_look(client, url, heading):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en-GB">' in html
    assert f"<h1>{heading}</h1>" in html
    title = HOME_PAGE_TITLE if url == "/" else f"{heading} - LLR CCGs"
    assert f"<title>{title}</title>" in html
    assert "nhsuk-header__organisation-name" in html
    assert 'href="#maincontent"' in html and 'id="maincontent"' in html
    for footer_link in (
        "/accessibility-statement/",
        "/privacy-notice/",
        "/cookies/",
        # Staff sign-in returns to the page it was followed from.
        f"/staff/sign-in/?next={url}",
    ):
        assert f'href="{footer_link}"' in html
    assert "/en/" not in html


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="server-side cursors exist only on PostgreSQL (run by CI's PostgreSQL pass)",
)
def test_a_page_reads_its_plugins_without_server_side_cursors(client):
    # django CMS reads plugins with .iterator(): a server-side cursor would cost three round
    # trips (DECLARE, FETCH, CLOSE) per plugin type instead of one query.
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    assert 'FROM "cms_cmsplugin"' in " ".join(query["sql"] for query in queries)
    assert not [query for query in queries if query["sql"].startswith("DECLARE")]


def test_pages_have_distinct_titles(client):
    titles = {
        re.search(r"<title>([^<]+)</title>", client.get(url).content.decode()).group(1)
        for url, _ in SEEDED_PAGES
        if "objectives" not in url
    }
    assert len(titles) == len([url for url, _ in SEEDED_PAGES if "objectives" not in url])


def test_home_page_presents_the_three_ccgs_with_dated_figures(client):
    html = client.get("/").content.decode()
    for text in (
        "65 practices",
        "approximately 365,000",
        "50 GP practices who serve around 356,000 patients",
        "34 practices",
        "over 318,000 patients",
        "published on the LLR CCGs' first website in 2012",
        "have been working jointly under one management team",  # shared content
        "seven shared strategic objectives",
        "In early May 2012",
        "first wave of 35 CCGs",
    ):
        assert text in html


def link_targets(html, navigation_label, link_class):
    """The hrefs of the links of that class inside the <nav> with that aria-label, in order."""
    nav = html.split(f'aria-label="{navigation_label}"', 1)[1].split("</nav>", 1)[0]
    return re.findall(rf'<a class="{link_class}" href="([^"]+)"', nav)


def test_menu_lists_the_sections_and_hides_statutory_pages(client):
    html = client.get("/").content.decode()
    assert link_targets(html, "Menu", "nhsuk-header__navigation-link") == [
        "/leicester-city/",
        "/west-leicestershire/",
        "/east-leicestershire-and-rutland/",
        "/practices/",
        "/pcns/",
        "/how-ccgs-work/",
        "/engaging-with-your-ccg/",
        "/publications/",
        "/governance/",
    ]


def test_breadcrumbs_lead_back_through_the_section(client):
    html = client.get("/west-leicestershire/our-mission-values-and-goals/").content.decode()
    assert link_targets(html, "Breadcrumb", "nhsuk-breadcrumb__link") == [
        "/",
        "/west-leicestershire/",
    ]
    assert 'aria-current="true">West Leicestershire<' in html


def test_ccg_sections_carry_their_objectives(client):
    city = client.get("/leicester-city/our-strategic-objectives/").content.decode()
    west = client.get("/west-leicestershire/our-strategic-objectives/").content.decode()
    assert "strategic objectives, approved January 2021" in city
    assert city.count("<li>") >= 7
    assert "Tackling major causes of premature death" in west
    assert "Re-deploying resources to support service provision closer to home" in west
    assert "Deliver integrated health and social care." in west


def test_unknown_url_gives_the_nhs_styled_404(client):
    response = client.get("/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in html
    assert "nhsuk-header" in html and "nhsuk-footer" in html


@pytest.mark.parametrize(
    "path",
    [
        "/%00/",
        "/cookies/?q=%00",
        "/leicester-city/%00our-role/",
        "/../../etc/passwd",
        "/leicester-city/%ff%fe/",
        "/" + "a" * 5000 + "/",
        "/leicester-city/our-role/?edit&structure&toolbar_off&language=xx",
        "/?q=" + "%27%22%3Cscript%3E" * 200,
        "/admin/../cookies/",
        "/en/",
        "/static/../manage.py",
    ],
)
def test_odd_urls_never_give_a_server_error(client, path):
    assert client.get(path).status_code < 500


def test_nul_characters_in_the_address_are_a_bad_request(client):
    response = client.get("/cookies/%00/")
    assert response.status_code == 400
    assert "nhsuk-header" in response.content.decode()
    # A `q` with a NUL is read leniently by the site search alone, not by any other page.
    assert client.get("/cookies/?q=%00").status_code == 400


def test_server_error_page_is_in_the_nhs_look_without_touching_the_database(
    django_assert_num_queries,
):
    request = RequestFactory().get("/")
    with django_assert_num_queries(0):
        response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in html
    assert "nhsuk-header__organisation-name" in html and "nhsuk-footer" in html


def side_column_links(html):
    aside = html.split('aria-label="Related information">', 1)[1].split("</aside>", 1)[0]
    return re.findall(r'<a href="([^"]+)"', aside)


@pytest.mark.parametrize("url", [url for url, _ in SEEDED_PAGES])
def test_side_column_never_links_to_the_page_it_is_on(client, url):
    html = client.get(url).content.decode()
    if 'aria-label="Related information"' in html:
        assert url not in side_column_links(html)
