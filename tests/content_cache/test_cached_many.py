"""Many cached reads of content at once: one round trip, each computed once per content version,
and gone with everything else when the content changes."""

import socket
from unittest import mock

import pytest
from cms.cache import CMS_PAGE_CACHE_VERSION_KEY

import content_cache
from content_cache import content_cached_many, content_changed
from llr_site.settings.caches import redis_cache
from tests.seedless import seed  # noqa: F401 (these tests need no seed content)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def server_cache_empty():
    content_cache.server_cache.clear()


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def computes(names, calls):
    def compute(name):
        calls.append(name)
        return f"<tr>{name}</tr>"

    return {name: (lambda name=name: compute(name)) for name in names}


def test_values_come_in_the_order_asked_each_computed_once():
    calls = []
    assert content_cached_many(computes(["b", "a", "c"], calls)) == [
        "<tr>b</tr>",
        "<tr>a</tr>",
        "<tr>c</tr>",
    ]
    assert content_cached_many(computes(["c", "d", "a"], calls)) == [
        "<tr>c</tr>",
        "<tr>d</tr>",
        "<tr>a</tr>",
    ]
    assert calls == ["b", "a", "c", "d"]


def shared_reads(monkeypatch):
    """The names of content read from the shared cache from now on (the version aside)."""
    get_many = mock.Mock(wraps=content_cache.cache.get_many)
    monkeypatch.setattr(content_cache.cache, "get_many", get_many)
    version_keys = {CMS_PAGE_CACHE_VERSION_KEY, content_cache.GENERATION_KEY}
    return lambda: [
        [key.rsplit(":v", 1)[0] for key in call.args[0]]
        for call in get_many.call_args_list
        if set(call.args[0]) != version_keys
    ]


def test_one_read_of_the_shared_cache_for_them_all_and_none_for_those_kept_here(monkeypatch):
    content_cached_many({})  # an empty shared cache: its generation starts
    content_cached_many(computes(["a", "b"], []))
    reads = shared_reads(monkeypatch)
    assert content_cached_many(computes(["a", "b", "x", "y"], [])) == [
        "<tr>a</tr>",
        "<tr>b</tr>",
        "<tr>x</tr>",
        "<tr>y</tr>",
    ]
    assert reads() == [["x", "y"]]  # one MGET with Redis, for what this server had not kept


def test_another_server_s_copy_is_read_from_the_shared_cache():
    calls = []
    content_cached_many(computes(["a"], calls))
    content_cache.server_cache.clear()  # this server's memory: another server's, or after a restart
    assert content_cached_many(computes(["a"], calls)) == ["<tr>a</tr>"]
    assert calls == ["a"]


def test_the_shared_cache_emptied_nothing_kept_here_is_served(monkeypatch):
    # Emptied, the shared cache starts again at version 1: this server's copies of that
    # version, made before, must not come back.
    content_cached_many({"a": lambda: "old"})
    content_cache.cache.clear()  # a flush, a restart of Redis
    assert content_cached_many({"a": lambda: "new"}) == ["new"]
    assert content_cached_many({"a": lambda: "newer"}) == ["new"]


def test_the_shared_cache_unreachable_nothing_is_kept_here(settings):
    settings.CACHES = {"default": redis_cache(f"redis://127.0.0.1:{closed_port()}/0")}
    assert content_cached_many({"a": lambda: "first"}) == ["first"]
    assert content_cached_many({"a": lambda: "second"}) == ["second"]  # no change is seen


def test_this_server_keeps_a_bounded_number_of_entries():
    for number in range(3 * content_cache.SERVER_ENTRIES):
        content_cached_many({f"row-{number}": lambda: "<tr>…</tr>"})
    assert len(content_cache.server_cache._cache) <= content_cache.SERVER_ENTRIES  # LocMemCache's


def test_a_content_change_computes_them_again(django_capture_on_commit_callbacks):
    calls = []
    content_cached_many(computes(["a"], calls))
    with django_capture_on_commit_callbacks(execute=True):
        content_changed()
    content_cached_many(computes(["a"], calls))
    assert calls == ["a", "a"]
