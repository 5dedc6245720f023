"""The contact pages in a real browser: no axe violation, no sideways scrolling at 320 px."""

import pytest

from contacts.models import ContactDetails
from tests.browser.conftest import BROWSER_TEST, axe_violations, screenshot
from tests.contacts.test_pages import FULL

pytestmark = BROWSER_TEST

PAGES = {"contact": "/contact/", "privacy-notice": "/privacy-notice/"}


@pytest.mark.parametrize("details", ["set", "unset"])
@pytest.mark.parametrize(("name", "path"), PAGES.items())
def test_contact_pages_pass_axe_and_fit_a_320_pixel_screen(site, browser, name, path, details):
    values = FULL if details == "set" else dict.fromkeys(FULL, "")
    ContactDetails.objects.update_or_create(pk=1, defaults=values)
    for width in (320, 1200):
        context = browser.new_context(viewport={"width": width, "height": 800}, locale="en-GB")
        page = context.new_page()
        page.goto(site + path)
        screenshot(page, f"{name}-{details}-{width}")
        scroll = page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= width, f"{path} is {scroll} px wide at {width} px"
        assert axe_violations(page) == []
        context.close()
