"""CCG profiles, the practice finder and the PCN pages in a visitor's browser."""

import pytest

from tests.browser.conftest import BROWSER_TEST, axe_violations, screenshot

pytestmark = BROWSER_TEST

PAGES = {
    "ccg-profile": "/west-leicestershire/",
    "ccg-mission-values-goals": "/west-leicestershire/our-mission-values-and-goals/",
    "ccg-objectives": "/leicester-city/our-strategic-objectives/",
    "practice-finder": "/practices/?q=leicester",
    "practice-finder-near": "/practices/?q=le3+9qp",
    "practice-finder-conflict": "/practices/?ccg=04C&pcn=U25294",
    "practice-finder-errors": "/practices/?ccg=nope&q=" + "x" * 120,
    "practice": "/practices/C82001/",
    "closed-practice": "/practices/C82015/",
    "pcn-list": "/pcns/",
    "pcn": "/pcns/U25294/",
}


@pytest.mark.parametrize(("name", "path"), PAGES.items())
def test_ccg_and_practice_pages_pass_axe_wcag_22_aa(seeded_site, page, name, path):
    page.goto(seeded_site + path)
    screenshot(page, name)
    assert axe_violations(page) == []


def test_visitor_finds_a_practice_by_postcode_and_opens_it(seeded_site, page):
    page.goto(seeded_site + "/practices/")
    page.get_by_label("Practice name, ODS code, town or postcode").fill("LE8 0LG")
    page.locator("main").get_by_role("button", name="Search").click()
    assert page.get_by_text("These practices are at LE8 0LG, then").is_visible()
    assert page.title() == "Practices near LE8 0LG - LLR CCGs"
    assert "q=LE8+0LG" in page.url  # the search is in the address, so it can be shared
    first = page.locator("tbody tr").first  # the practice at that postcode comes first
    assert "South Leicestershire Medical Partnership" in first.inner_text()
    page.get_by_role("link", name="South Leicestershire Medical Partnership").click()
    assert page.get_by_role("heading", level=1).inner_text() == (
        "South Leicestershire Medical Partnership"
    )
    breadcrumbs = page.get_by_role("navigation", name="Breadcrumb")
    assert breadcrumbs.get_by_role("link", name="GP practices").first.is_visible()


def test_filters_work_without_javascript(seeded_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(seeded_site + "/practices/")
    page.get_by_label("CCG").select_option("03W")
    page.get_by_label("Include closed and dormant practices").check()
    page.locator("main").get_by_role("button", name="Search").click()
    assert "ccg=03W" in page.url and "closed=on" in page.url
    assert page.get_by_label("CCG").input_value() == "03W"
    assert page.get_by_label("Include closed and dormant practices").is_checked()
    context.close()


def test_pcn_members_open_from_the_profile_without_javascript(seeded_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(seeded_site + "/east-leicestershire-and-rutland/")
    page.locator("summary", has_text="Melton, Syston and Vale PCN").click()
    link = page.get_by_role("link", name="Stackyard and Woolsthorpe Surgery")
    assert link.is_visible()
    context.close()


NARROW = {
    "practice-finder-320": "/practices/?q=leicester",
    "practice-finder-near-320": "/practices/?q=le3+9qp",
    "practice-finder-errors-320": "/practices/?ccg=nope&q=" + "x" * 120,
}


@pytest.mark.parametrize(("name", "path"), NARROW.items())
def test_finder_fits_a_320_pixel_screen_without_scrolling_sideways(
    seeded_site, browser, name, path
):
    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="en-GB")
    page = context.new_page()
    page.goto(seeded_site + path)
    screenshot(page, name)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    if "errors" not in name:  # each result's cells carry their column's name on a phone
        first = page.locator("tbody tr").first
        assert first.locator(".nhsuk-table__heading", has_text="Status").is_visible()
    context.close()
