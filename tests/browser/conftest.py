"""A real browser: Debian's Chromium driven by Playwright against Django's live server."""

import os
from importlib import import_module
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from playwright.sync_api import sync_playwright

from tests.browser.chromium import CHROMIUM, CHROMIUM_FLAGS

AXE_SCRIPT = settings.BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts"
# Reference data that data migrations create, put back after the live server's flush.
REFERENCE_DATA = [
    ("ccgs.migrations.0002_the_three_ccgs", "ccgs_create"),
    ("publications.migrations.0002_document_types", "add_document_types"),
]

# Marks for every browser test module: the live server needs committed data.
BROWSER_TEST = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # around it are still synchronous, so Django's guard against async use does not apply.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def site(live_server):
    """The live site's address, with what migrations made and the seed pages in place.

    The live server's database is emptied after every test, and the rows put back get new ids:
    forget the cached content type ids, then rebuild the content types, permissions, site, staff
    groups, reference data and seed pages.
    """
    ContentType.objects.clear_cache()
    for versionable in apps.get_app_config("djangocms_versioning").cms_extension.versionables:
        versionable.__dict__.pop("content_types", None)
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    for module, function in REFERENCE_DATA:
        getattr(import_module(module), function)(apps, None)
    call_command("load_seed_content", verbosity=0)
    return live_server.url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page, exclude=()):
    """Run axe-core's WCAG 2.2 A and AA rules on the page, but for the `exclude` selectors;
    return what it found."""
    # Evaluated rather than added as a <script>: the site's Content-Security-Policy forbids
    # inline scripts, and would block axe-core too.
    page.evaluate(AXE_SCRIPT.read_text())
    result = page.evaluate(
        "([tags, exclude]) => axe.run({include: [document], exclude: exclude.map(s => [s])}, "
        "{runOnly: {type: 'tag', values: tags}})",
        [WCAG_22_A_AA, list(exclude)],
    )
    return [
        f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})"
        for v in result["violations"]
    ]


def screenshot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def staff_sign_in_form(page, user, device):
    """Signs in through the staff sign-in page on the page it shows: password, then the code."""
    from tests.factories import PASSWORD, totp_now

    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Code").fill(totp_now(device))
    page.get_by_role("button", name="Continue").click()
