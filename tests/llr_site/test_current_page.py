"""A visitor's page is found without a query (llr_site/current_page.py), by the CMS's rules,
and follows every change to the pages at once; staff get the CMS's own lookup."""

import pytest
from cms import constants
from cms.models import Page, PageContent
from django.db import connection
from django.test.utils import CaptureQueriesContext
from djangocms_versioning.models import Version

from tests.cache_keys import cache_keys
from tests.editing.pages import editor, page_publish, page_unpublish
from tests.factories import UserFactory, staff_sign_in
from tests.queries import second_visit

pytestmark = pytest.mark.django_db

CMS_PAGE = "/leicester-city/our-role/"
APP_PAGES = ["/practices/C82001/", "/governance/meetings/", "/publications/"]


@pytest.fixture(autouse=True)
def rendered(settings):
    settings.CMS_PAGE_CACHE = False  # each request rendered


def page_lookups(client, path, page_id):
    """The response, and the queries that looked for the page by its address or its id."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    looked_up = ('"cms_pageurl"."path" = ', f'WHERE "cms_page"."id" = {page_id} LIMIT')
    return response, [
        query["sql"] for query in queries if any(s in query["sql"] for s in looked_up)
    ]


@pytest.mark.parametrize("path", ["/", CMS_PAGE, *APP_PAGES])
def test_a_visitor_s_page_is_found_without_a_query_once_kept(client, path):
    first = client.get(path)
    page_id = first.wsgi_request.current_page.pk
    second, lookups = page_lookups(client, path, page_id)
    assert lookups == []
    assert second.status_code == first.status_code == 200
    assert second.content == first.content


@pytest.mark.parametrize("path", ["/", CMS_PAGE, "/practices/", "/publications/"])
def test_a_page_s_title_and_description_are_read_once_kept(client, path):
    # The CMS's own view (cms.views.details) reads its content again, from what was prefetched.
    page_id = client.get(path).wsgi_request.current_page.pk
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    content_read = f'"cms_pagecontent"."page_id" = {page_id})'
    assert [query["sql"] for query in queries if content_read in query["sql"]] == []


def test_a_visitor_s_content_page_makes_no_query_once_kept(client):
    first, second, queries = second_visit(client, CMS_PAGE)
    assert second.status_code == first.status_code == 200
    assert queries == []


def frame_options_publish(page, value):
    """A new published version of `page` with its X-Frame-Options setting (advanced settings)."""
    published = PageContent.objects.get(page=page)
    draft = Version.objects.get_for_content(published).copy(editor()).content
    draft.xframe_options = value
    draft.save()
    Version.objects.get_for_content(draft).publish(editor())


@pytest.mark.parametrize("path", ["/", CMS_PAGE])
def test_a_page_inheriting_its_frame_options_from_no_page_gets_the_site_s(client, path):
    for _ in range(2):  # found, then from what was kept
        assert client.get(path)["X-Frame-Options"] == "SAMEORIGIN"


def test_a_page_s_frame_options_follow_its_ancestors_at_once(
    client, django_capture_on_commit_callbacks
):
    client.get(CMS_PAGE)
    with django_capture_on_commit_callbacks(execute=True):
        frame_options_publish(
            Page.objects.get(reverse_id="leicester-city"), constants.X_FRAME_OPTIONS_DENY
        )
    for _ in range(2):
        assert client.get(CMS_PAGE)["X-Frame-Options"] == "DENY"
    with django_capture_on_commit_callbacks(execute=True):
        frame_options_publish(
            Page.objects.get(reverse_id="leicester-city"), constants.X_FRAME_OPTIONS_ALLOW
        )
    for _ in range(2):
        assert "X-Frame-Options" not in client.get(CMS_PAGE)
    with django_capture_on_commit_callbacks(execute=True):
        frame_options_publish(
            Page.objects.get(urls__path="leicester-city/our-role"),
            constants.X_FRAME_OPTIONS_SAMEORIGIN,
        )
    for _ in range(2):  # the page's own setting first
        assert client.get(CMS_PAGE)["X-Frame-Options"] == "SAMEORIGIN"


def test_a_new_version_of_an_app_page_shows_at_once(client, django_capture_on_commit_callbacks):
    assert "<title>Find a GP practice" in client.get("/practices/").content.decode()
    published = PageContent.objects.get(page__reverse_id="practices")
    with django_capture_on_commit_callbacks(execute=True):
        draft = Version.objects.get_for_content(published).copy(editor()).content
        draft.page_title = "GP practices in Leicester, Leicestershire and Rutland"
        draft.meta_description = "Every GP practice of the three CCGs, open or closed."
        draft.save()
        Version.objects.get_for_content(draft).publish(editor())
    html = client.get("/practices/").content.decode()
    assert "<title>GP practices in Leicester, Leicestershire and Rutland" in html
    assert 'content="Every GP practice of the three CCGs, open or closed."' in html


def test_a_new_version_of_a_cms_page_shows_at_once(client, django_capture_on_commit_callbacks):
    assert "<title>Our role" in client.get(CMS_PAGE).content.decode()
    published = PageContent.objects.get(page__urls__path="leicester-city/our-role")
    with django_capture_on_commit_callbacks(execute=True):
        draft = Version.objects.get_for_content(published).copy(editor()).content
        draft.title = draft.page_title = "What NHS Leicester City CCG does"
        draft.save()
        Version.objects.get_for_content(draft).publish(editor())
    assert "<title>What NHS Leicester City CCG does" in client.get(CMS_PAGE).content.decode()


def test_an_app_page_is_found_below_the_page_it_hangs_on(client):
    for _ in range(2):  # found, then from what was kept
        response = client.get("/practices/C82001/")
        assert response.wsgi_request.current_page.reverse_id == "practices"
        assert client.get(CMS_PAGE).wsgi_request.current_page.get_absolute_url() == CMS_PAGE


def test_a_page_published_or_unpublished_shows_at_once(client, django_capture_on_commit_callbacks):
    assert client.get("/leicester-city/our-new-plan/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        page = page_publish("Our new plan", parent_reverse_id="leicester-city")
    assert client.get("/leicester-city/our-new-plan/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        page_unpublish(page)
    assert client.get("/leicester-city/our-new-plan/").status_code == 404


def test_a_page_moved_is_found_at_its_new_address(client, django_capture_on_commit_callbacks):
    page = page_publish("Moving page", parent_reverse_id="leicester-city")
    assert client.get("/leicester-city/moving-page/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        page.move_page(Page.objects.get(reverse_id="west-leicestershire"), position="last-child")
    assert client.get("/leicester-city/moving-page/").status_code == 404
    assert client.get("/west-leicestershire/moving-page/").status_code == 200


def test_staff_get_the_cms_s_own_lookup(client):
    staff_sign_in(client, UserFactory(group="Communications staff"))
    page_id = client.get(CMS_PAGE).wsgi_request.current_page.pk
    response, lookups = page_lookups(client, CMS_PAGE, page_id)
    assert response.status_code == 200
    assert lookups  # their drafts and the pages the public may not see are theirs to find


@pytest.mark.slow
def test_addresses_made_up_by_a_visitor_keep_nothing(client):
    for path in ["/", CMS_PAGE, *APP_PAGES]:
        client.get(path)
    kept = cache_keys("cms-pages:")
    assert kept
    for number in range(500):
        made_up = [
            f"/no-such-page-{number}/",
            f"/leicester-city/{number}/",
            f"/practices/Z{number}/",
        ]
        for path in made_up:
            assert client.get(path).status_code == 404
    assert cache_keys("cms-pages:") == kept
