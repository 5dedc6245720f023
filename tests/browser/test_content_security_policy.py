"""No page breaks its own Content-Security-Policy, for a visitor or for staff editing a page."""

import re

import pytest

from llr_site.roles import COMMUNICATIONS_STAFF
from publications.models import Publication
from tests.browser.conftest import BROWSER_TEST, screenshot, staff_sign_in_form
from tests.factories import (
    AgendaItemFactory,
    MeetingFactory,
    PersonFactory,
    PublicationFactory,
    TOTPDeviceFactory,
    UserFactory,
)

pytestmark = BROWSER_TEST

# Collects every violation the browser reports, in every frame, before any page script runs.
LISTEN_FOR_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""

# One of each page type a visitor meets: those the seed makes, then those that need records of
# the test's own, and the search results (a search is counted for the staff's report).
VISITOR_PAGES = {
    "home": "/",
    "content-page": "/cookies/",
    "ccg-profile": "/west-leicestershire/",
    "practice-finder": "/practices/?q=leicester",
    "practice": "/practices/C82001/",
    "pcn-list": "/pcns/",
    "library": "/publications/",
    "governance": "/governance/",
    "governing-body": "/governance/leicester-city/",
    "meetings": "/governance/meetings/",
    "not-found": "/no-such-page/",
    "staff-sign-in": "/staff/sign-in/",
}
VISITOR_PAGES_THAT_WRITE = {
    "publication": "/publications/{publication}/",
    "meeting-with-question-form": "/governance/meetings/{meeting}/",
    "person": "/governance/people/{person}/",
    "search-results": "/search/?q=leicester",
}


def watch_for_violations(page):
    """Listen for violations in the page's frames and its console; returns the console list."""
    page.add_init_script(LISTEN_FOR_VIOLATIONS)
    console = []
    page.on(
        "console",
        lambda message: (
            console.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return console


def violations_in(page, console):
    reported = [v for frame in page.frames for v in frame.evaluate("window.__cspViolations || []")]
    return reported + console


@pytest.fixture
def records():
    publication = PublicationFactory(
        title="Annual report 2019", status=Publication.Status.PUBLISHED
    )
    meeting = MeetingFactory(days_ahead=14)
    AgendaItemFactory(meeting=meeting)
    person = PersonFactory(name="Alex Example")
    return {"publication": publication.slug, "meeting": meeting.pk, "person": person.slug}


def assert_no_policy_violation(page, url):
    console = watch_for_violations(page)
    response = page.goto(url)
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    # The stylesheet and the module script really ran: the policy let them through.
    assert page.evaluate("document.body.classList.contains('js-enabled')")
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("arial")
    assert violations_in(page, console) == []


@pytest.mark.parametrize(("name", "path"), VISITOR_PAGES.items())
def test_visitor_pages_report_no_policy_violation(seeded_site, page, name, path):
    assert_no_policy_violation(page, seeded_site + path)


@pytest.mark.parametrize(("name", "path"), VISITOR_PAGES_THAT_WRITE.items())
def test_visitor_pages_of_records_report_no_policy_violation(site, page, records, name, path):
    assert_no_policy_violation(page, site + path.format(**records))


def test_staff_edit_mode_reports_no_policy_violation(site, page):
    editor = UserFactory(username="editor", group=COMMUNICATIONS_STAFF)
    console = watch_for_violations(page)
    page.goto(site + "/staff/sign-in/")
    staff_sign_in_form(page, editor, TOTPDeviceFactory(user=editor))
    page.wait_for_url(re.compile(r"/$"))

    page.goto(site + "/cookies/")
    page.get_by_role("link", name="New draft").click()
    page.wait_for_url(re.compile(r"/admin/cms/placeholder/object/\d+/edit/"))
    page.locator("main .ProseMirror p").first.click()
    page.wait_for_load_state("networkidle")
    screenshot(page, "csp-edit-mode")
    assert violations_in(page, console) == []

    # The structure board and the admin's list of pages, as staff use them.
    page.goto(page.url.replace("/edit/", "/structure/"))
    page.wait_for_load_state("networkidle")
    assert violations_in(page, console) == []
    page.goto(site + "/admin/cms/pagecontent/")
    page.wait_for_load_state("networkidle")
    assert violations_in(page, console) == []
