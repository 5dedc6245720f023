"""The menu's nodes are read from the cache once for a whole page, however many menu tags it
has (the header's navigation, the breadcrumb, "In this section"), and each tag gets its own
copy: one tag cutting its levels takes nothing from another. Signed-in staff, for whom the menu
is always built (visitors are served the parts kept, tests/nhsuk/test_menu_fragments.py)."""

import re

import pytest

from tests.factories import UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def rendered(settings, client):
    # Each request rendered, not served from the CMS's page cache.
    settings.CMS_PAGE_CACHE = False
    staff_sign_in(client, UserFactory(group="Communications staff"))


PAGE = "/leicester-city/our-role/"


def test_a_page_reads_the_menu_nodes_from_the_cache_once(client, menu_reads):
    client.get(PAGE)  # the nodes built and cached
    menu_reads.clear()
    html = client.get(PAGE).content.decode()
    assert len(menu_reads) == 1
    # All three menus drawn from that one read.
    assert 'class="nhsuk-header__navigation-link"' in html
    assert 'class="nhsuk-breadcrumb__list"' in html or "nhsuk-breadcrumb" in html
    assert 'id="in-this-section"' in html


def test_each_menu_tag_has_the_whole_tree(client):
    html = client.get(PAGE).content.decode()
    # The header lists only the top level (its tag cuts everything below), while "In this
    # section" still lists the section's pages below it from the same nodes.
    header = html.split('class="nhsuk-header__navigation-list"', 1)[1].split("</ul>", 1)[0]
    section = html.split('id="in-this-section"', 1)[1].split("</nav>", 1)[0]
    header_links = re.findall(r'href="([^"]+)"', header)
    section_links = re.findall(r'href="([^"]+)"', section)
    assert "/leicester-city/" in header_links
    assert PAGE not in header_links
    assert PAGE in section_links
    assert len(section_links) > 2
