"""A page of every NHS.UK component and a library image, as an anonymous visitor sees it on a
phone (320 px) and a desktop: no accessibility violation, no sideways scrolling."""

from pathlib import Path

import pytest

from tests.browser.conftest import BROWSER_TEST, axe_violations
from tests.nhsuk_components.page_of_components import every_component_page

pytestmark = BROWSER_TEST

SHOTS = Path("/tmp/shots-components")


@pytest.fixture(autouse=True)
def media_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.mark.parametrize("width", [320, 1280])
def test_every_component_at_phone_and_desktop_width(site, browser, width):
    path = every_component_page()
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="en-GB")
    page = context.new_page()
    response = page.goto(site + path)
    assert response.status == 200
    assert page.locator(".nhsuk-card-group .nhsuk-card").count() == 5
    assert page.locator(".nhsuk-card--care").count() == 3
    assert (
        page.locator("figure.nhsuk-image img").evaluate("img => img.complete && img.naturalWidth")
        > 0
    )
    assert axe_violations(page) == []
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{overflow} px of sideways scrolling at {width} px"
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"every-component-{width}.png"), full_page=True)
    for name, url in (("home", "/"), ("how-ccgs-work", "/how-ccgs-work/")):
        page.goto(site + url)
        assert axe_violations(page) == []
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    context.close()
