"""A rendered page reads each of the apps' cached reads once, however many parts ask for it."""

from collections import Counter

import pytest

import content_cache

pytestmark = pytest.mark.django_db


class CountingCache:
    """The cache, counting the keys read through it."""

    def __init__(self, cache):
        self.cache = cache
        self.reads = Counter()

    def get(self, key, *args, **kwargs):
        self.reads[key] += 1
        return self.cache.get(key, *args, **kwargs)

    def get_many(self, keys, *args, **kwargs):
        self.reads.update(keys)
        return self.cache.get_many(keys, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.cache, name)


@pytest.mark.parametrize("path", ["/practices/?q=leicester", "/pcns/", "/west-leicestershire/"])
def test_each_cached_read_once_per_page(client, monkeypatch, path):
    client.get("/pcns/")  # the first request after the seed reloads the apphook URLs
    counting = CountingCache(content_cache.cache)
    monkeypatch.setattr(content_cache, "cache", counting)
    assert client.get(path).status_code == 200
    assert counting.reads  # the page did use cached reads
    assert max(counting.reads.values()) == 1, counting.reads
