"""On a phone the first paint is final: nothing moves when NHS.UK frontend's JavaScript arrives.

Two measurements at 320 px on the home page, a CCG profile and the library:
- the layout before the module script (site.mjs) has run, as a slow connection paints it, is
  the layout after: the page is loaded with the module held back, the places of the header, the
  main container and the footer are read, then the module is let through;
- the layout shifts the browser reports (`layout-shift` performance entries, which Lighthouse's
  CLS adds up) come to less than 0.05.
"""

import pytest

from tests.browser.conftest import BROWSER_TEST, screenshot

pytestmark = BROWSER_TEST

PAGES = {
    "home": "/",
    "ccg-profile": "/west-leicestershire/",
    "library": "/publications/",
}
# Sums the layout shifts not caused by input, from the start of the page's load.
OBSERVE_SHIFTS = """
window.__shifts = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.__shifts += entry.value;
  }
}).observe({type: "layout-shift", buffered: true});
"""
PLACES = """() => ["header.nhsuk-header", ".nhsuk-width-container", "#maincontent", "footer"]
  .map((selector) => {
    const box = document.querySelector(selector).getBoundingClientRect();
    return [selector, Math.round(box.top), Math.round(box.height)];
  })"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport={"width": 320, "height": 640}, locale="en-GB", is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.add_init_script(OBSERVE_SHIFTS)
    yield page
    context.close()


@pytest.mark.parametrize(("name", "path"), PAGES.items())
def test_nothing_moves_when_the_javascript_arrives(seeded_site, phone, name, path):
    held = []
    phone.route("**/*.mjs", lambda route: held.append(route))
    phone.goto(seeded_site + path, wait_until="commit")
    # Parsed, the module not yet run (Playwright's wait_for_function would need eval, which the
    # Content-Security-Policy forbids).
    while phone.evaluate("document.readyState") == "loading":
        phone.wait_for_timeout(20)
    before = phone.evaluate(PLACES)
    screenshot(phone, f"layout-shift-{name}-320-before-js")
    assert held, "the module script was requested"
    for route in held:
        route.continue_()
    phone.wait_for_load_state("load")  # after module scripts have run
    phone.wait_for_timeout(500)
    screenshot(phone, f"layout-shift-{name}-320")
    assert phone.evaluate(PLACES) == before
    shift = phone.evaluate("window.__shifts")
    assert shift < 0.05, f"cumulative layout shift {shift:.3f} on {path}"
