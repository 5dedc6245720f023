"""Failing politely (issue 13, points 7 and 8): the health check, Redis down, the database down."""

import logging

import pytest
from django.core.cache import cache
from django.db import OperationalError
from django.test import Client

from llr_site.settings import redis_cache
from llr_site.settings.caches import DATABASE_CACHE
from tests.factories import UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db


def closed_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens once the socket is closed


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {"default": redis_cache(f"redis://127.0.0.1:{closed_port()}/0")}


def test_health_check_answers_ok_when_database_and_cache_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Cache-Control"] == "no-store"


def test_health_check_answers_503_when_the_cache_does_not(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"unavailable"


def test_health_check_answers_503_when_the_database_does_not(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"unavailable"


def test_health_check_answers_any_host_name(client, settings):
    settings.ALLOWED_HOSTS = ["www.llr-ccgs.example"]
    assert client.get("/healthz", HTTP_HOST="10.0.0.7").status_code == 200


@pytest.mark.parametrize("url", ["/", "/publications/", "/practices/", "/governance/meetings/"])
def test_pages_render_uncached_when_redis_is_down(client, redis_down, caplog, url):
    with caplog.at_level(logging.ERROR, logger="django_redis"):
        response = client.get(url)
    assert response.status_code == 200
    assert b"nhsuk-header" in response.content
    # The outage is logged, not hidden.
    assert any(record.name.startswith("django_redis") for record in caplog.records)


def test_staff_pages_render_when_redis_is_down(client, redis_down):
    staff_sign_in(client, UserFactory(username="comms", group="Communications staff"))
    assert client.get("/admin/cms/pagecontent/").status_code == 200


@pytest.mark.parametrize("cache_backend", ["the test run's", "the database cache"])
def test_database_outage_is_a_styled_503_with_retry_after(monkeypatch, settings, cache_backend):
    if cache_backend == "the database cache":  # production's without REDIS_URL: it fails too
        settings.CACHES = {"default": DATABASE_CACHE}

    def refuse(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    # A request before, as a live site has had: it ends the CMS's apphook reload that loading
    # the seed left pending (it runs as a request finishes, and would meet the refusal).
    Client().get("/healthz")
    monkeypatch.setattr(
        "django.db.backends.base.base.BaseDatabaseWrapper.ensure_connection", refuse
    )
    response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    page = response.content.decode()
    assert "Sorry, the service is unavailable" in page
    assert "/static/build/site.css" in page
    assert "default-src 'self'" in response["Content-Security-Policy"]


def test_other_failures_remain_a_500(monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("cms.middleware.toolbar.ToolbarMiddleware.__call__", fail)
    response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 500
    assert "Retry-After" not in response


def test_cache_is_the_redis_server_when_redis_url_is_set(settings):
    import os

    if not os.environ.get("REDIS_URL"):
        assert "locmem" in settings.CACHES["default"]["BACKEND"]
        return
    assert settings.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    cache.set("proof", "kept")
    assert cache.client.get_client().get(cache.make_key("proof")) is not None


def test_build_error_pages_writes_nginx_pages_in_the_nhs_look(settings, tmp_path):
    import io

    from django.core.management import call_command

    settings.STATIC_ROOT = tmp_path
    call_command("build_error_pages", stdout=io.StringIO())
    too_large = (tmp_path / "errors" / "413.html").read_text()
    assert "Sorry, that file is too large" in too_large
    assert "up to 50 MB" in too_large
    assert "/static/build/site.css" in too_large
    assert "Sorry, the service is unavailable" in (tmp_path / "errors" / "503.html").read_text()
