"""What staff see in a browser: a toolbar with what they may do, and a helpful 403 page."""

from llr_site.roles import GOVERNANCE_OFFICERS
from tests.browser.conftest import BROWSER_TEST, axe_violations, screenshot, staff_sign_in_form
from tests.factories import TOTPDeviceFactory, UserFactory

pytestmark = BROWSER_TEST

NO_SIDEWAYS_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"
# django CMS's own toolbar (its colour-scheme toggle is a link without text): not our markup.
CMS_TOOLBAR = "#cms-top"


def test_governance_officer_refused_cms_pages_gets_the_nhs_403_page_at_320_px(site, browser):
    officer = UserFactory(username="officer", group=GOVERNANCE_OFFICERS)
    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="en-GB")
    page = context.new_page()
    page.goto(site + "/staff/sign-in/?next=/how-ccgs-work/")
    staff_sign_in_form(page, officer, TOTPDeviceFactory(user=officer))
    page.wait_for_url("**/how-ccgs-work/")
    # The toolbar keeps the way to the admin and out, and offers no page actions.
    toolbar = page.locator("#cms-top")
    assert toolbar.get_by_text("Logout officer").count() == 1
    assert toolbar.get_by_text("Page settings...").count() == 0
    assert toolbar.get_by_text("New Draft").count() == 0

    response = page.goto(site + "/admin/cms/pagecontent/")
    assert response.status == 403
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "You do not have access to this page"
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    screenshot(page, "forbidden-320")
    assert axe_violations(page, exclude=[CMS_TOOLBAR]) == []

    page.get_by_role("button", name="Sign in as someone else").click()
    page.wait_for_url(lambda url: "/staff/sign-in/" in url)
    assert page.get_by_label("Username").input_value() == ""
    assert page.locator("input[name=next]").input_value() == "/admin/cms/pagecontent/"
    context.close()


def test_form_sent_without_its_security_token_explains_what_to_do_at_320_px(seeded_site, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="en-GB")
    page = context.new_page()
    page.goto(seeded_site + "/staff/sign-in/")
    context.clear_cookies()  # as when cookies are blocked, or the session has gone
    page.get_by_label("Username").fill("someone")
    page.get_by_label("Password").fill("anything")
    page.get_by_role("button", name="Sign in").click()
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "Sorry, your form could not be sent"
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    screenshot(page, "csrf-failure-320")
    assert axe_violations(page) == []
    context.close()
