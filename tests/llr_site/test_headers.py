"""Security headers on every kind of response (issue 13, point 6)."""

from unittest import mock

import pytest
from django.test import Client

from llr_site.roles import COMMUNICATIONS_STAFF, GOVERNANCE_OFFICERS
from publications.models import Publication
from tests.factories import PublicationFactory, UserFactory, file_add, staff_sign_in

pytestmark = pytest.mark.django_db

STRICT = {
    "default-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
    "object-src 'none'",
}


def directives(response):
    return {part.strip() for part in response["Content-Security-Policy"].split(";")}


def assert_visitor_headers(response):
    assert directives(response) == STRICT
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    policy = response["Permissions-Policy"]
    assert "camera=()" in policy
    assert "geolocation=()" in policy
    assert "publickey-credentials-get=(self)" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/cookies/",
        "/practices/",
        "/publications/",
        "/governance/meetings/",
        "/no-such-page/",
        "/staff/sign-in/",
        "/admin/",
        "/healthz",
        "/static/build/site.css",
        "/publications/feed/",
    ],
)
def test_visitors_get_the_strict_policy_everywhere(client, url):
    assert_visitor_headers(client.get(url))


def test_error_pages_carry_the_headers(client):
    assert_visitor_headers(client.get("/?q=%00"))  # the 400 page
    with mock.patch(
        "cms.middleware.toolbar.ToolbarMiddleware.__call__", side_effect=RuntimeError("a bug")
    ):
        server_error = Client(raise_request_exception=False).get("/")
    assert server_error.status_code == 500
    assert_visitor_headers(server_error)


def test_downloads_carry_the_headers(client):
    publication = PublicationFactory(title="Annual report", status=Publication.Status.PUBLISHED)
    version = file_add(publication)
    response = client.get(version.publication_file.get_absolute_url())
    assert response.status_code == 200
    assert_visitor_headers(response)


@pytest.mark.parametrize("group", [COMMUNICATIONS_STAFF, GOVERNANCE_OFFICERS])
def test_signed_in_staff_get_the_cms_allowances(client, group):
    staff_sign_in(client, UserFactory(username="staff", group=group))
    for url in ("/", "/admin/"):
        assert directives(client.get(url)) == STRICT | {
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
        }


def test_signed_in_non_staff_get_the_strict_policy(client):
    staff_sign_in(client, UserFactory(username="someone", is_staff=False))
    assert directives(client.get("/")) == STRICT
