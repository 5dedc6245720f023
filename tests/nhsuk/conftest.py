import pytest
from menus import menu_pool


@pytest.fixture
def menu_reads(monkeypatch):
    """The keys of the menu tree's reads from the cache (each one a menu being built)."""
    reads = []
    original = menu_pool.cache.get

    def get(key, *args, **kwargs):
        if "menu_nodes" in key:
            reads.append(key)
        return original(key, *args, **kwargs)

    monkeypatch.setattr(menu_pool.cache, "get", get)
    return reads
