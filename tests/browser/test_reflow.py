"""Every page type at 320 CSS pixels (WCAG 2.2 reflow, 1.4.10) and on a desktop screen.

A phone 320 px wide must show every page without scrolling sideways: tables become cards, long
words, addresses and email addresses wrap. Each page is also checked with axe-core at that width,
and photographed at both widths (test-artifacts/reflow-*.png).
"""

import pytest

from tests.browser.conftest import BROWSER_TEST, axe_violations, screenshot
from tests.factories import agenda_item_create, meeting_create, person_create, publication_create

pytestmark = BROWSER_TEST

PHONE = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 900}

# Text that cannot wrap at a space: what officers paste in (links, email addresses, references).
LONG_URL = "https://www.leicestercityccg.nhs.uk/about-us/governing-body/register-of-interests-2019"
LONG_EMAIL = "governance.enquiries@leicestershireandrutlandccgs.nhs.uk"

# The elements sticking out past the right edge, for the failure message.
OVERFLOWING = """() => {
  const width = window.innerWidth;
  return [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > width + 0.5)
    .slice(0, 5)
    .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} `
              + `(${Math.round(e.getBoundingClientRect().right)} px)`);
}"""


@pytest.fixture
def page_types(site):
    """One address for every type of page, with content long enough to test wrapping."""
    paper = publication_create(
        f"Board paper on the urgent care review ({LONG_URL})",
        summary=f"Questions about this paper: {LONG_EMAIL}.",
        slug="urgent-care-review-board-paper",
    )
    meeting = meeting_create(days_ahead=10, venue=f"Council Chamber, City Hall ({LONG_URL})")
    item = agenda_item_create(
        meeting, reference="B/18/154", title="Urgent care review", presenter="Medical director"
    )
    item.papers.add(paper)
    agenda_item_create(meeting, reference="B/18/155", title="Financial plan", purpose="approve")
    person = person_create("Example Person", biography=f"Contact: {LONG_EMAIL}")
    person.interests.create(interest=f"Trustee, see {LONG_URL}", declared_on="2019-05-13")
    return {
        "home": "/",
        "content-page": "/leicester-city/our-role/",
        "ccg-profile": "/west-leicestershire/",
        "practice-finder": "/practices/?q=leicester",
        "practice": "/practices/C82001/",
        "pcn-list": "/pcns/",
        "pcn": "/pcns/U25294/",
        "library": "/publications/",
        "library-filtered": "/publications/?type=ccg-assurance-letter&ccg=04V&q=letter",
        "publication": paper.get_absolute_url(),
        "governance-index": "/governance/",
        "governing-body": "/governance/leicester-city/",
        "person": person.get_absolute_url(),
        "joint-working": "/governance/joint-working/",
        "meetings": "/governance/meetings/",
        "meeting-with-question-form": meeting.get_absolute_url(),
        "question-received": f"{meeting.get_absolute_url()}question-received/",
        "not-found": "/no-such-page/",
        "staff-sign-in": "/staff/sign-in/",
        "accessibility-statement": "/accessibility-statement/",
    }


@pytest.mark.parametrize(("width", "viewport"), [("320", PHONE), ("1280", DESKTOP)])
def test_every_page_type_fits_the_screen_without_scrolling_sideways(
    site, browser, page_types, width, viewport
):
    context = browser.new_context(viewport=viewport, locale="en-GB")
    page = context.new_page()
    problems = {}
    for name, path in page_types.items():
        response = page.goto(site + path)
        assert response.status == (404 if name == "not-found" else 200), name
        screenshot(page, f"reflow-{width}-{name}")
        scroll_width, inner_width = page.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth]"
        )
        if scroll_width > inner_width:
            problems[name] = f"{scroll_width} px wide: {page.evaluate(OVERFLOWING)}"
        # axe at the phone width: the other tests of each page type run it on a desktop screen.
        elif width == "320" and (violations := axe_violations(page)):
            problems[name] = violations
    context.close()
    assert not problems, "\n".join(f"{name}: {problem}" for name, problem in problems.items())
