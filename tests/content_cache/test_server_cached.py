"""Parts kept in this server's memory alone (`server_cached`): never in the shared cache, which
other servers read (a part may name static files by their hashed names, which each deploy
changes). Gone when the content changes as a search's results are: tests/content_cache/
test_search_cached.py checks both."""

import pytest
from django.db import OperationalError

import content_cache
from content_cache import server_cached
from tests.cache_keys import cache_keys
from tests.content_cache.computing import counted
from tests.seedless import seed  # noqa: F401 (these tests need no seed content)

pytestmark = pytest.mark.django_db


def test_each_part_is_computed_once():
    calls = []
    for _ in range(3):
        assert server_cached("head", counted(calls, "<link>")) == "<link>"
        assert server_cached("footer", counted(calls, "<ul>")) == "<ul>"
    assert calls == ["<link>", "<ul>"]


def test_nothing_is_written_to_the_shared_cache():
    before = cache_keys()
    server_cached("head", lambda: '<link href="/static/build/site.3f2a.css">')
    assert {key for key in cache_keys() if "head" in key} == set()
    assert cache_keys() - before <= {
        key for key in cache_keys() if "version" in key.lower() or "generation" in key
    }


def test_a_shared_cache_that_raises_computes_it_and_keeps_nothing(monkeypatch):
    """The database cache raises when the database is down, where the 503 page still renders
    its kept parts (django-redis, told to ignore its errors, answers nothing instead)."""

    def raising(*args, **kwargs):
        raise OperationalError("connection refused")

    for method in ("get", "get_many", "add", "set", "set_many", "touch"):
        monkeypatch.setattr(content_cache.cache, method, raising)
    calls = []
    assert server_cached("footer", counted(calls, "a")) == "a"
    assert server_cached("footer", counted(calls, "b")) == "b"
    assert calls == ["a", "b"]
