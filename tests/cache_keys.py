"""The keys in the test run's cache (django-redis with REDIS_URL, local memory otherwise)."""

from django.core.cache import cache


def cache_keys(containing=""):
    """The cache's keys that contain `containing` (all of them by default)."""
    if hasattr(cache, "keys"):  # django-redis
        return set(cache.keys(f"*{containing}*"))
    return {key for key in cache._cache if containing in key}  # local memory
