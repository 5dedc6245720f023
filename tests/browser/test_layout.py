"""Every page layout, as a visitor's browser shows it."""

import pytest

from tests.browser.conftest import BROWSER_TEST, axe_violations, screenshot

pytestmark = BROWSER_TEST

LAYOUTS = {
    "home": "/",
    "content": "/leicester-city/our-role/",
    "content-with-side-column": "/west-leicestershire/",
    "not-found": "/no-such-page/",
    "staff-sign-in": "/staff/sign-in/",
}


@pytest.mark.parametrize("path", ["/", "/how-ccgs-work/"])
def test_pages_show_the_nhs_header_and_footer(seeded_site, page, path):
    page.goto(seeded_site + path)
    header = page.locator("header.nhsuk-header")
    assert header.get_by_role("img", name="NHS").is_visible()
    assert header.get_by_text(
        "Leicester, Leicestershire and Rutland Clinical Commissioning Groups"
    ).is_visible()
    menu = page.get_by_role("navigation", name="Menu")
    assert menu.get_by_role("link", name="West Leicestershire").is_visible()
    footer = page.locator("footer.nhsuk-footer")
    for link in ("Accessibility statement", "Privacy notice", "Cookies", "Staff sign-in"):
        assert footer.get_by_role("link", name=link).is_visible()
    # NHS.UK frontend's JavaScript ran from its static module and marked the page.
    page.wait_for_function("document.body.classList.contains('nhsuk-frontend-supported')")


def test_keyboard_users_skip_straight_to_the_main_content(seeded_site, page):
    page.goto(seeded_site + "/how-ccgs-work/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    assert skip_link.evaluate("link => link === document.activeElement")
    assert skip_link.is_visible()
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.id === 'maincontent'")
    assert page.evaluate("document.activeElement.tagName") == "MAIN"


@pytest.mark.parametrize(("layout", "path"), LAYOUTS.items())
def test_every_layout_passes_axe_wcag_22_aa(seeded_site, page, layout, path):
    page.goto(seeded_site + path)
    screenshot(page, layout)
    assert axe_violations(page) == []


def test_sign_in_errors_pass_axe_and_take_focus(site, page):
    page.goto(site + "/staff/sign-in/")
    page.get_by_label("Username").fill("nobody")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Sign in").click()
    summary = page.get_by_role("alert")
    assert "Please enter the correct username and password" in summary.inner_text()
    page.wait_for_function("document.activeElement.classList.contains('nhsuk-error-summary')")
    screenshot(page, "staff-sign-in-error")
    assert axe_violations(page) == []


def test_menu_collapses_behind_a_button_on_a_phone(seeded_site, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    phone = context.new_page()
    phone.goto(seeded_site + "/")
    more = phone.get_by_role("button", name="Browse More")
    more.wait_for()
    more.click()
    menu = phone.get_by_role("navigation", name="Menu")
    assert menu.get_by_role("link", name="Engaging with your CCG").is_visible()
    screenshot(phone, "home-phone-menu-open")
    context.close()


@pytest.mark.parametrize("width", [320, 1280])
def test_second_factor_and_lockout_pages_pass_axe_and_fit_a_phone(site, browser, width):
    from llr_site.roles import COMMUNICATIONS_STAFF
    from tests.factories import PASSWORD, UserFactory

    UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    context = browser.new_context(viewport={"width": width, "height": 800})
    tab = context.new_page()
    tab.goto(site + "/staff/sign-in/")
    tab.get_by_label("Username").fill("comms")
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Sign in").click()
    tab.get_by_role("heading", name="Set up your authenticator app").wait_for()
    screenshot(tab, f"two-factor-set-up-{width}")
    assert axe_violations(tab) == []
    assert tab.evaluate("document.documentElement.scrollWidth") <= width
    tab.get_by_role("button", name="Continue").click()
    assert "Enter the code from your authenticator app" in tab.get_by_role("alert").inner_text()
    assert axe_violations(tab) == []
    context.clear_cookies()
    for _ in range(5):
        tab.goto(site + "/staff/sign-in/")
        tab.get_by_label("Username").fill("comms")
        tab.get_by_label("Password").fill("wrong")
        tab.get_by_role("button", name="Sign in").click()
    tab.get_by_role("heading", name="Sign-in is locked for a while").wait_for()
    screenshot(tab, f"staff-locked-out-{width}")
    assert axe_violations(tab) == []
    assert tab.evaluate("document.documentElement.scrollWidth") <= width
    context.close()
