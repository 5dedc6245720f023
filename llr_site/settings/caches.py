"""The cache: Redis shared by every app server with REDIS_URL, else the database."""

import os


def redis_cache(url):
    """A Redis cache that degrades: when Redis does not answer, pages are rendered uncached.

    django-redis ignores (and logs, on the `django_redis` logger) connection errors, and gives up
    on an unreachable server within a second rather than holding the request.
    """
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 1,
            "SOCKET_TIMEOUT": 1,
        },
    }


# Without Redis: the database's table (`createcachetable`), shared by every worker too.
DATABASE_CACHE = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "llr_cache"}

# A cache shared by every worker, so publishing clears the CMS page cache everywhere at once.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {"default": redis_cache(REDIS_URL) if REDIS_URL else DATABASE_CACHE}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
