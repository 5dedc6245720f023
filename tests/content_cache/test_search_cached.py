"""Searches' results kept in this server's memory alone: never written to the shared cache, which
anyone typing new words could fill, bounded, and gone when the content changes."""

import socket
from unittest import mock

import pytest
from cms.cache import CMS_PAGE_CACHE_VERSION_KEY

import content_cache
from content_cache import content_cached, content_changed, search_cached, server_cached
from llr_site.settings.caches import redis_cache
from tests.content_cache.computing import counted
from tests.seedless import seed  # noqa: F401 (these tests need no seed content)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def server_memory_empty():
    content_cache.server_cache.clear()
    content_cache.search_cache.clear()


def test_each_search_is_computed_once_whatever_it_holds():
    calls = []
    typed = ["leicester", "LE3 9QP", "", "x" * 5000, "\x00\u202e\ud800 odd"]
    for _ in range(2):
        assert [search_cached(f"finder:{text}", counted(calls, text)) for text in typed] == typed
    assert calls == typed


def test_none_and_empty_results_are_kept_too():
    calls = []
    for _ in range(2):
        assert search_cached("a", counted(calls, None)) is None
        assert search_cached("b", counted(calls, [])) == []
    assert calls == [None, []]


def test_nothing_a_visitor_typed_is_written_to_the_shared_cache(monkeypatch):
    content_cached("a page's part", lambda: "kept")  # the version and generation are written
    writes = []

    def write(*args, **kwargs):
        writes.append(args)

    for method in ("set", "set_many", "add"):
        monkeypatch.setattr(content_cache.cache, method, write)
    for number in range(50):
        search_cached(f"finder:words {number}", lambda: ["rows"])
    assert writes == []


def test_a_flood_of_new_words_stays_bounded_and_leaves_the_pages_parts_kept():
    calls = []
    content_cached("a page's part", counted(calls, "<header>"))
    for number in range(3 * content_cache.SEARCH_ENTRIES):
        search_cached(f"finder:word{number}", lambda: ["rows"])
    assert len(content_cache.search_cache._cache) <= content_cache.SEARCH_ENTRIES  # LocMemCache's
    assert content_cached("a page's part", counted(calls, "<header>")) == "<header>"
    assert calls == ["<header>"]


# What each server keeps alone: a search's results, and parts the servers must not share.
KEPT_HERE = pytest.mark.parametrize("kept_here", [search_cached, server_cached])


@KEPT_HERE
def test_a_content_change_computes_them_again(kept_here, django_capture_on_commit_callbacks):
    calls = []
    kept_here("finder:leicester", counted(calls, "old"))
    with django_capture_on_commit_callbacks(execute=True):
        content_changed()
    assert kept_here("finder:leicester", counted(calls, "new")) == "new"
    assert calls == ["old", "new"]


@KEPT_HERE
def test_the_shared_cache_emptied_nothing_kept_here_is_served(kept_here):
    kept_here("finder:leicester", lambda: "old")
    content_cache.cache.clear()  # a flush or a restart of Redis: the version starts again at 1
    assert kept_here("finder:leicester", lambda: "new") == "new"


def test_kept_no_longer_than_asked():
    calls = []
    for _ in range(2):
        search_cached("library:embargo ends now", counted(calls, "rows"), timeout=0)
    assert calls == ["rows", "rows"]


def test_the_version_outlives_what_was_kept():
    content_cache.cache.delete(CMS_PAGE_CACHE_VERSION_KEY)
    content_cache.content_version()  # version 1 again, with the default lifetime
    with mock.patch.object(content_cache.cache, "touch") as touch:
        search_cached("finder:leicester", lambda: "rows")
    touch.assert_called_once_with(CMS_PAGE_CACHE_VERSION_KEY, content_cache.content_lifetime())


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_shared_cache_unreachable_nothing_is_kept_here(settings):
    settings.CACHES = {"default": redis_cache(f"redis://127.0.0.1:{closed_port()}/0")}
    assert search_cached("finder:leicester", lambda: "first") == "first"
    assert search_cached("finder:leicester", lambda: "second") == "second"
