"""A visitor's page shows its CMS placeholders from what this server kept
(`{% kept_placeholder %}`, llr_site/templatetags/kept_placeholders.py): once kept, no query for
the page's placeholders, and the same HTML. A new version shows at once; staff get the CMS's own
rendering every time; a placeholder the CMS must render each time (a plugin adding a script to
the page) still adds it."""

import pytest
from cms.api import add_plugin, create_page
from cms.models import PageContent
from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.conf import settings
from django.db import connection
from django.template import engines
from django.test.utils import CaptureQueriesContext
from djangocms_versioning.models import Version

from tests.editing.pages import editor
from tests.factories import UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db

CMS_PAGE = "/leicester-city/our-role/"


@pytest.fixture(autouse=True)
def rendered(settings):
    settings.CMS_PAGE_CACHE = False  # each request rendered


def placeholder_reads(client, path):
    """The page's HTML, and the queries that read the placeholders of a page."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    reads = [query["sql"] for query in queries if 'FROM "cms_placeholder"' in query["sql"]]
    return response.content.decode(), reads


@pytest.mark.parametrize("path", ["/", CMS_PAGE, "/practices/", "/governance/"])
def test_a_visitor_s_placeholders_are_read_once_kept(client, path):
    first, first_reads = placeholder_reads(client, path)
    second, second_reads = placeholder_reads(client, path)
    assert first_reads  # the CMS found the page's placeholders once
    assert second_reads == []
    assert second == first


def test_a_new_version_of_a_placeholder_shows_at_once(client, django_capture_on_commit_callbacks):
    assert "Read our plans" not in client.get(CMS_PAGE).content.decode()
    published = PageContent.objects.get(page__urls__path="leicester-city/our-role")
    with django_capture_on_commit_callbacks(execute=True):
        draft = Version.objects.get_for_content(published).copy(editor()).content
        placeholder = draft.rescan_placeholders()["content"]
        add_plugin(placeholder, "TextPlugin", settings.LANGUAGE_CODE, body="<p>Read our plans</p>")
        Version.objects.get_for_content(draft).publish(editor())
    assert "Read our plans" in client.get(CMS_PAGE).content.decode()


def test_staff_get_the_placeholders_rendered_by_the_cms_each_time(client):
    staff_sign_in(client, UserFactory(group="Communications staff"))
    for _ in range(2):
        _, reads = placeholder_reads(client, CMS_PAGE)
        assert reads


class ScriptedPlugin(CMSPluginBase):
    """A plugin that adds a script to the end of the page (sekizai's "js" block)."""

    name = "Scripted (test)"
    render_template = engines["django"].from_string(
        '{% load sekizai_tags %}{% addtoblock "js" %}<script src="/static/scripted.js">'
        "</script>{% endaddtoblock %}<p>Scripted block</p>"
    )


@pytest.fixture
def scripted_page():
    plugin_pool.register_plugin(ScriptedPlugin)
    page = create_page(
        "Scripted", "pages/content.html", settings.LANGUAGE_CODE, created_by=editor()
    )
    draft = PageContent.admin_manager.get(page=page, language=settings.LANGUAGE_CODE)
    add_plugin(draft.rescan_placeholders()["content"], ScriptedPlugin, settings.LANGUAGE_CODE)
    Version.objects.get_for_content(draft).publish(editor())
    yield page.get_absolute_url()
    plugin_pool.unregister_plugin(ScriptedPlugin)


def test_a_placeholder_adding_a_script_to_the_page_adds_it_every_time(client, scripted_page):
    for _ in range(2):  # rendered, then again: such a placeholder is not kept
        html = client.get(scripted_page).content.decode()
        assert "<p>Scripted block</p>" in html
        assert html.count('<script src="/static/scripted.js"></script>') == 1
