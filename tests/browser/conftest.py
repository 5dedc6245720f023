"""A real browser: Debian's Chromium driven by Playwright against Django's live server."""

import os
import sqlite3
from importlib import import_module
from pathlib import Path

import pytest
from cms.models import Page
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection
from django.test.utils import modify_settings
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from tests.browser.chromium import CHROMIUM, CHROMIUM_FLAGS

AXE_SCRIPT = settings.BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts"
# Reference data that data migrations create, put back after the live server's flush.
REFERENCE_DATA = [
    ("ccgs.migrations.0002_the_three_ccgs", "ccgs_create"),
    ("publications.migrations.0002_document_types", "add_document_types"),
]

# The mark for every browser test module.
BROWSER_TEST = pytest.mark.browser


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


class SeededCopy:
    """SQLite: the seeded database copied once (SQLite's backup API, milliseconds), and copied
    back after a flush, where seeding it again takes seconds. Other databases are seeded again."""

    copy = None

    @classmethod
    def take(cls):
        """Copies the database, once, outside any test's transaction (as `site` sees it)."""
        if connection.vendor == "sqlite" and cls.copy is None and not connection.in_atomic_block:
            connection.ensure_connection()
            cls.copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(cls.copy)

    @classmethod
    def put_back(cls):
        if cls.copy is None:
            return False
        connection.ensure_connection()
        cls.copy.backup(connection.connection)
        return True


def seed_in_place():
    """Put back what migrations made and the seed pages, unless they are still there.

    A test with a live server of its own empties the database after it. Either the database as
    seeded is copied back (SQLite), or the rows are made again, with new ids: content types,
    permissions, site, staff groups, reference data and seed pages. Either way the cached content
    type ids are forgotten.
    """
    if Page.objects.exists():
        SeededCopy.take()
        return
    ContentType.objects.clear_cache()
    for versionable in apps.get_app_config("djangocms_versioning").cms_extension.versionables:
        versionable.__dict__.pop("content_types", None)
    if SeededCopy.put_back():
        return
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    for module, function in REFERENCE_DATA:
        getattr(import_module(module), function)(apps, None)
    call_command("load_seed_content", verbosity=0)


@pytest.fixture
def site(transactional_db, live_server):
    """The live site's address, for a test that changes its data: the seed is in place when it
    starts, and the database is emptied after it."""
    seed_in_place()
    return live_server.url


def seeded_server_address(config):
    """Where the seeded site's server listens: next to pytest-django's live server (port + 1
    when `--liveserver` or DJANGO_LIVE_TEST_SERVER_ADDRESS gives a port, else any free port)."""
    address = (
        config.getvalue("liveserver")
        or os.environ.get("DJANGO_LIVE_TEST_SERVER_ADDRESS")
        or "localhost"
    )
    host, _, port = address.partition(":")
    return f"{host}:{int(port) + 1}" if port else host


@pytest.fixture(scope="session")
def seeded_server(request, seed, django_db_blocker):
    """A live server of its own for the tests that only read, over the database they share."""
    address = seeded_server_address(request.config)
    with django_db_blocker.unblock():
        server = LiveServer(address)
    with modify_settings(ALLOWED_HOSTS={"append": address.partition(":")[0]}):
        yield server
    server.stop()


@pytest.fixture
def seeded_site(db, seeded_server):
    """The live site's address, for a test that changes nothing a page shows: every such test
    shares the database as the seed left it, nothing reloaded between them. They run before the
    tests with `site` (tests/conftest.py), which empty it. Each runs in a transaction rolled
    back after it (pytest-django's `db`): on SQLite the server shares the test's connection, so
    even an anonymous session row goes; on PostgreSQL the server sees only committed rows."""
    seed_in_place()
    return seeded_server.url


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
