"""Every page type at 320 CSS pixels (WCAG 2.2 reflow, 1.4.10) and on a desktop screen.

A phone 320 px wide must show every page without scrolling sideways: tables become cards, long
words, addresses and email addresses wrap. Each page is also checked with axe-core at that width,
and photographed at both widths (test-artifacts/reflow-*.png).
"""

import pytest

from tests.browser.conftest import BROWSER_TEST, axe_violations, screenshot
from tests.page_types import page_types_create

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
    """Every type of page, with content long enough to test wrapping."""
    return page_types_create(long_url=LONG_URL, long_email=LONG_EMAIL)


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
