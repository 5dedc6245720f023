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


def add_component_in_structure_mode(page, name, fill):
    """In structure mode: the placeholder's +, the component in the picker, its form, Save."""
    page.locator(".cms-dragbar .cms-submenu-add").first.click()
    page.locator(".cms-modal .cms-quicksearch input").fill(name)
    page.locator(".cms-modal .cms-submenu-item a", has_text=name).first.click()
    form = page.frame_locator(".cms-modal-frame iframe")
    fill(form)
    page.locator(".cms-modal-buttons .cms-btn-action", has_text="Save").click()
    # The modal closes and the structure board shows the new block once it is saved.
    page.locator(".cms-modal").wait_for(state="hidden")
    page.locator(".cms-dragitem", has_text=name).first.wait_for()
    page.wait_for_load_state("networkidle")


def test_communications_staff_add_components_in_structure_mode_and_publish(site, page, browser):
    from tests.factories import TOTPDeviceFactory
    from tests.nhsuk_components.builders import draft_page

    draft = draft_page("Our services", "our-services")
    draft.publish()
    page.goto(site + "/staff/sign-in/")
    from tests.browser.conftest import staff_sign_in_form

    staff_sign_in_form(page, draft.user, TOTPDeviceFactory(user=draft.user))
    page.goto(site + "/our-services/")
    page.get_by_role("link", name="New draft").click()
    page.wait_for_url(lambda url: "/edit/" in url)
    page.goto(page.url.replace("/edit/", "/structure/"))
    page.wait_for_load_state("networkidle")

    def action_link(form):
        form.locator("#id_text").fill("Find your nearest GP practice")
        form.locator("select[name=link_0]").select_option("external_link")
        form.locator("input[name=link_1]").fill("https://www.nhs.uk/service-search/")

    def warning(form):
        form.locator("#id_heading").fill("Before your appointment")
        form.locator("#id_heading_level").select_option("2")

    add_component_in_structure_mode(page, "Action link", action_link)
    add_component_in_structure_mode(page, "Warning callout", warning)
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "structure-mode.png"), full_page=True)
    page.get_by_role("link", name="Publish", exact=True).click()
    page.wait_for_url(lambda url: "/our-services/" in url)

    visitor = browser.new_page()
    visitor.goto(site + "/our-services/")
    action = visitor.locator("a.nhsuk-action-link")
    assert action.get_attribute("href") == "https://www.nhs.uk/service-search/"
    heading = visitor.locator(".nhsuk-card--warning h2.nhsuk-card__heading")
    assert " ".join(heading.inner_text().split()) == "Important: Before your appointment"
    assert axe_violations(visitor) == []
    visitor.close()
