"""Request guards that run before any view, and the load balancer's health check."""

import logging

from django.core.cache import cache
from django.core.exceptions import BadRequest
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.urls import reverse

logger = logging.getLogger(__name__)


class RejectNulCharactersMiddleware:
    """Answers 400 to a URL with a NUL character, which PostgreSQL cannot store or compare.

    The site search's words alone are let through with each NUL turned into a space: any text
    typed in the search box gets a results page (issue 15).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        nul_in_words = any("\x00" in value for value in request.GET.getlist("q"))
        if nul_in_words and request.path == reverse("search"):
            search_words_without_nul(request)
        query_values = (value for _, values in request.GET.lists() for value in values)
        if "\x00" in request.path or any("\x00" in value for value in query_values):
            raise BadRequest("The address contains a NUL character.")
        return self.get_response(request)


def search_words_without_nul(request):
    """The request's `q` values with their NUL characters turned into spaces."""
    query = request.GET.copy()
    query.setlist("q", [value.replace("\x00", " ") for value in query.getlist("q")])
    request.GET = query
    request.META["QUERY_STRING"] = query.urlencode()


class HealthCheckMiddleware:
    """Answers `/healthz` for a load balancer: 200 when the database and the cache answer.

    A middleware, placed before anything that reads the database, so the answer never depends
    on the CMS or on the host name the balancer uses; the body says nothing but ok/unavailable.
    """

    path = "/healthz"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != self.path:
            return self.get_response(request)
        healthy = database_answers() and cache_answers()
        response = HttpResponse("ok" if healthy else "unavailable", content_type="text/plain")
        response.status_code = 200 if healthy else 503
        response["Cache-Control"] = "no-store"
        return response


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError as error:
        logger.warning("Health check: the database does not answer (%s)", type(error).__name__)
        return False


def cache_answers():
    # django-redis set to ignore its errors answers None instead of raising, hence the read back.
    try:
        cache.set("healthz", "ok", timeout=10)
        answered = cache.get("healthz") == "ok"
    except Exception as error:  # any backend's failure means unhealthy, never a 500
        logger.warning("Health check: the cache raised %s", type(error).__name__)
        return False
    if not answered:
        logger.warning("Health check: the cache did not keep a value")
    return answered
