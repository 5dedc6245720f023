"""Addresses resolved once per process: the CMS's toolbar middleware and the visitor cache no
longer resolve each request's address again, and still follow the apps' URLs when they change."""

import pytest
from cms.models import Placeholder
from django.contrib.contenttypes.models import ContentType
from django.test import RequestFactory
from django.urls import clear_url_caches, resolvers, reverse

from llr_site.resolving import ToolbarMiddleware, path_match

pytestmark = pytest.mark.django_db


def resolutions(client, path, monkeypatch):
    """How many times the address of a visit to `path` is resolved (Django's own included)."""
    resolve = resolvers.URLResolver.resolve
    outermost = []

    def counted(resolver, address):
        if resolver is resolvers.get_resolver():
            outermost.append(address)
        return resolve(resolver, address)

    monkeypatch.setattr(resolvers.URLResolver, "resolve", counted)
    assert client.get(path).status_code == 200
    monkeypatch.setattr(resolvers.URLResolver, "resolve", resolve)
    return len(outermost)


@pytest.mark.parametrize("path", ["/leicester-city/our-role/", "/pcns/"])
def test_a_visit_resolves_its_address_no_more_than_django_and_the_toolbar_do(
    client, path, monkeypatch
):
    client.get(path)
    # Django's, for the view; the CMS toolbar's, for the app it is in (inside CMSToolbar).
    assert resolutions(client, path, monkeypatch) == 2


def test_the_editing_endpoint_is_known_as_the_cms_knows_it():
    placeholder = Placeholder.objects.first()
    edit = reverse(
        "admin:cms_placeholder_render_object_edit",
        args=[ContentType.objects.get_for_model(placeholder).pk, placeholder.pk],
    )
    middleware = ToolbarMiddleware(lambda request: None)
    requests = RequestFactory()
    assert middleware.is_edit_mode(requests.get(edit))
    assert not middleware.is_edit_mode(requests.get("/"))
    assert not middleware.is_edit_mode(requests.get("/no-such-page/"))


def test_new_urls_give_new_matches():
    before = path_match("/pcns/")
    assert before is not None and path_match("/no page has spaces/") is None
    clear_url_caches()  # as the apps' URLs reloaded do: a new resolver
    after = path_match("/pcns/")
    assert after is not None and after is not before
