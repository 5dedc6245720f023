"""Shared test set-up: one migrated database per run, the seed content loaded once for the tests
that need it."""

import datetime
import os

import pytest
import time_machine
from django.core.cache import cache
from django.core.management import call_command
from django.test.utils import override_settings

from llr_site.settings import redis_cache

TEST_SETTINGS = {
    # Plain static storage: tests must not depend on a prior collectstatic (its manifest is
    # tested on its own), and the live server serves files straight from the finders.
    "STORAGES": {
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    },
    # One process: a local-memory cache behaves like the shared cache and needs no table.
    # With REDIS_URL set (a database number of the run's own: the suite flushes it before each
    # test), the suite runs on Redis as production does.
    "CACHES": {
        "default": redis_cache(os.environ["REDIS_URL"])
        if os.environ.get("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    },
    # Serve static files from the finders, as in development; STATIC_ROOT is not built for tests.
    "WHITENOISE_AUTOREFRESH": True,
    "WHITENOISE_USE_FINDERS": True,
    "PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"],
    # Tests see every page rendered (and count its queries); the visitor cache has its own tests.
    "VISITOR_CACHE": False,
    # Background tasks (reading an uploaded file's text) run at once, after the commit.
    "TASKS": {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}},
}


def pytest_addoption(parser):
    parser.addoption(
        "--clock",
        metavar="ISO-DATETIME",
        help="run the whole suite with the clock set to this moment, ticking from there "
        "(e.g. 2028-02-29T10:00+00:00); see `make test-dates`",
    )


def pytest_configure(config):
    clock = config.getoption("--clock")
    if clock:
        config.clock_travel = time_machine.travel(datetime.datetime.fromisoformat(clock), tick=True)
        config.clock_travel.start()


def pytest_unconfigure(config):
    if getattr(config, "clock_travel", None):
        config.clock_travel.stop()


def pytest_report_header(config):
    clock = config.getoption("--clock")
    return f"clock set to {clock}" if clock else None


@pytest.fixture(scope="session", autouse=True)
def test_settings():
    with override_settings(**TEST_SETTINGS):
        yield


@pytest.fixture(scope="session", autouse=True)
def seed(django_db_setup, django_db_blocker, test_settings):
    """The seed content (pages, CCG profiles, governance, publications), loaded once per run,
    before the first test that needs it: the apps' pages hang on seeded CMS pages, so most do.

    A folder or module whose tests need no seed says so by defining a `seed` fixture of its own
    that loads nothing (`from tests.seedless import seed`).
    """
    with django_db_blocker.unblock():
        call_command("load_seed_content", verbosity=0)


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def pytest_collection_modifyitems(items):
    # Browser tests run last, so every other test sees the database as migrations and the seed
    # loader left it. Among them, those that only read (`seeded_site`) share that database and
    # come first; those with pytest-django's live server (`site`) empty it after each test.
    items.sort(
        key=lambda item: (
            item.get_closest_marker("browser") is not None,
            "live_server" in item.fixturenames,
        )
    )
