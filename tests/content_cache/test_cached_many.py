"""Many cached reads of content at once: one round trip, each computed once per content version,
and gone with everything else when the content changes."""

from unittest import mock

import pytest

import content_cache
from content_cache import content_cached_many, content_changed
from tests.seedless import seed  # noqa: F401 (these tests need no seed content)

pytestmark = pytest.mark.django_db


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


def test_one_read_of_the_cache_for_them_all(monkeypatch):
    content_cached_many(computes(["a", "b"], []))
    get_many = mock.Mock(wraps=content_cache.cache.get_many)
    monkeypatch.setattr(content_cache.cache, "get_many", get_many)
    assert content_cached_many(computes(["a", "b", "x"], [])) == [
        "<tr>a</tr>",
        "<tr>b</tr>",
        "<tr>x</tr>",
    ]
    get_many.assert_called_once()  # one MGET with Redis


def test_a_content_change_computes_them_again(django_capture_on_commit_callbacks):
    calls = []
    content_cached_many(computes(["a"], calls))
    with django_capture_on_commit_callbacks(execute=True):
        content_changed()
    content_cached_many(computes(["a"], calls))
    assert calls == ["a", "a"]
