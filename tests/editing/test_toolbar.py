"""Every page edits the same way (issue 12.6): apphooked pages get the page toolbar."""

import pytest
from cms.models import Page, PageContent
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from djangocms_versioning.models import Version

from tests.factories import UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db
APPHOOKED = ["/leicester-city/", "/practices/", "/pcns/", "/publications/", "/governance/"]


@pytest.fixture
def comms(client):
    user = UserFactory(username="comms", group="Communications staff")
    staff_sign_in(client, user)
    return user


def placeholder_url(view, content):
    ct = ContentType.objects.get_for_model(PageContent).pk
    return f"/admin/cms/placeholder/object/{ct}/{view}/{content.pk}/"


@pytest.mark.parametrize("url", APPHOOKED)
def test_an_apphooked_page_offers_new_draft_and_versions(client, comms, url):
    html = client.get(url).content.decode()
    (page,) = apphooked_pages(url)
    content = page.get_content_obj(settings.LANGUAGE_CODE)
    version = Version.objects.get_for_content(content)
    assert "New Draft" in html or "New draft" in html
    assert f"/admin/djangocms_versioning/pagecontentversion/{version.pk}/edit-redirect/" in html
    assert "Manage Versions" in html


def apphooked_pages(url):
    pages = Page.objects.exclude(application_urls="").exclude(application_urls=None)
    return [page for page in pages if page.get_absolute_url() == url]


def test_the_records_below_an_apphooked_page_do_not_edit_it(client, comms):
    from ccgs.models import Practice

    code = Practice.objects.values_list("code", flat=True).first()
    html = client.get(f"/practices/{code}/").content.decode()
    assert "edit-redirect" not in html


def test_a_new_draft_of_an_apphooked_page_opens_in_edit_mode_with_publish(client, comms):
    page = Page.objects.get(reverse_id="practices")
    published = page.get_content_obj(settings.LANGUAGE_CODE)
    draft = Version.objects.get_for_content(published).copy(comms).content
    html = client.get(placeholder_url("edit", draft)).content.decode()
    assert "cms-versioning-js-publish-btn" in html
    assert "Review dates…" in html


def test_the_preview_of_a_draft_has_a_publish_button(client, comms):
    page = Page.objects.get(reverse_id="cookies")
    published = page.get_content_obj(settings.LANGUAGE_CODE)
    version = Version.objects.get_for_content(published).copy(comms)
    html = client.get(placeholder_url("preview", version.content)).content.decode()
    assert f"/admin/djangocms_versioning/pagecontentversion/{version.pk}/publish/" in html


def test_the_preview_of_a_published_version_has_no_publish_button(client, comms):
    published = Page.objects.get(reverse_id="cookies").get_content_obj(settings.LANGUAGE_CODE)
    html = client.get(placeholder_url("preview", published)).content.decode()
    assert "cms-versioning-js-publish-btn" not in html


def test_staff_who_may_not_publish_get_no_publish_button_in_preview(client):
    comms = UserFactory(username="author", group="Communications staff")
    published = Page.objects.get(reverse_id="cookies").get_content_obj(settings.LANGUAGE_CODE)
    draft = Version.objects.get_for_content(published).copy(comms).content
    staff_sign_in(client, UserFactory(username="superuser-less", group="Governance officers"))
    response = client.get(placeholder_url("preview", draft))
    assert "cms-versioning-js-publish-btn" not in response.content.decode()
