"""The CMS toolbar on every request, built more cheaply where it cannot be shown: the same state
as the CMS's, and the CMS's own for staff and for a visitor who asks for it."""

import pytest
from cms.models import Placeholder
from cms.toolbar.toolbar import CMSToolbar
from django.contrib.contenttypes.models import ContentType
from django.test import RequestFactory
from django.urls import resolvers, reverse

from llr_site.roles import COMMUNICATIONS_STAFF
from llr_site.toolbar import ToolbarMiddleware, VisitorToolbar
from tests.factories import UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db
PAGES = ["/", "/leicester-city/our-role/", "/pcns/", "/practices/?q=LE3+9QP", "/publications/"]


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
def test_a_visit_resolves_its_address_once(client, path, monkeypatch):
    client.get(path)
    assert resolutions(client, path, monkeypatch) == 1  # Django's, for the view


def toolbar_state(toolbar):
    """What a toolbar holds once built, but for what a visitor's does not work out."""
    return {
        name: value for name, value in vars(toolbar).items() if name not in ("toolbars", "app_name")
    }


def test_a_visitor_s_toolbar_holds_what_the_cms_s_would(client, monkeypatch):
    compared = []
    build = VisitorToolbar.__init__

    def built_both_ways(toolbar, request):
        build(toolbar, request)
        compared.append((toolbar_state(toolbar), toolbar_state(CMSToolbar(request))))

    monkeypatch.setattr(VisitorToolbar, "__init__", built_both_ways)
    for path in [*PAGES, "/no-such-page/", "/?edit", "/?toolbar_off"]:
        client.get(path)
    client.post("/feedback/", {"path": "/", "useful": "yes"})
    assert len(compared) == len(PAGES) + 4
    for visitor_s, cms_s in compared:
        assert visitor_s == cms_s
        assert visitor_s["show_toolbar"] is False and visitor_s["_cache_disabled"] is False


def test_staff_get_the_cms_s_toolbar(client):
    staff_sign_in(client, UserFactory(username="editor", group=COMMUNICATIONS_STAFF))
    response = client.get("/")
    assert type(response.wsgi_request.toolbar._wrapped) is CMSToolbar
    assert 'id="cms-top"' in response.content.decode()


def test_a_visitor_who_asks_for_the_toolbar_gets_the_cms_s_with_its_sign_in_form(client):
    response = client.get("/?toolbar_on")
    assert type(response.wsgi_request.toolbar._wrapped) is CMSToolbar
    assert 'id="cms-top"' in response.content.decode()


def test_a_visitor_s_pages_are_still_kept_by_the_cms(client, settings):
    settings.CMS_PAGE_CACHE = True
    client.get("/")
    response = client.get("/")
    assert type(response.wsgi_request.toolbar._wrapped) is VisitorToolbar
    assert "no-cache" not in response.get("Cache-Control", "")


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
