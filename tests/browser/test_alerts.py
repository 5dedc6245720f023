"""Get emails and "Is this page useful?" in a real browser: accessible, and working with
JavaScript off."""

import pytest

from feedback.models import PageFeedback
from tests.browser.conftest import BROWSER_TEST, axe_violations, screenshot

pytestmark = BROWSER_TEST
SUBSCRIBE = "/alerts/subscribe/?topic=publications&type=annual-report&ccg=04V"


def test_the_get_emails_form_and_its_errors_pass_axe(site, page):
    page.goto(site + "/publications/?type=annual-report&ccg=04V")
    page.get_by_role("link", name="Get emails about these publications").click()
    assert page.url == site + SUBSCRIBE
    assert axe_violations(page) == []
    page.get_by_label("Email address").fill("a@b.c\nBcc: x@y.z")
    page.get_by_role("button", name="Subscribe").click()
    assert "Enter an email address in the correct format" in page.get_by_role("alert").inner_text()
    screenshot(page, "alerts-subscribe-error")
    assert axe_violations(page) == []
    page.get_by_label("Email address").fill("pat@example.com")
    page.get_by_label("Once a week").check()
    page.get_by_role("button", name="Subscribe").click()
    assert page.get_by_role("heading", name="Check your email").is_visible()


@pytest.mark.parametrize("width", [320, 1280])
def test_page_feedback_fits_the_screen_and_passes_axe(seeded_site, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.goto(seeded_site + "/how-ccgs-work/")
    page.get_by_text("Report a problem with this page").click()
    assert page.get_by_label("What went wrong?").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    screenshot(page, f"feedback-{width}")
    assert axe_violations(page) == []
    context.close()


def test_page_feedback_works_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    page = context.new_page()
    page.goto(site + "/how-ccgs-work/")
    page.get_by_text("Report a problem with this page").click()
    page.get_by_label("What went wrong?").fill("The table is cut off, call me on 07911 123456")
    page.get_by_role("button", name="Send").click()
    assert page.get_by_role("heading", name="Thank you for your feedback").is_visible()
    report = PageFeedback.objects.get()
    assert (report.path, report.went_wrong) == (
        "/how-ccgs-work/",
        "The table is cut off, call me on [phone removed]",
    )
    page.goto(site + "/how-ccgs-work/")
    page.get_by_role("button", name="No this page is not useful").click()
    assert PageFeedback.objects.filter(useful=False).count() == 1
    context.close()
