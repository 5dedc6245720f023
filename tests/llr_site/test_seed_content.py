"""load_seed_content builds the page tree once, as published versions staff can edit."""

import dataclasses
import re

import pytest
from cms.api import add_plugin
from cms.models import Page, PageContent, PageUrl
from django.conf import settings
from django.core.management import call_command
from djangocms_versioning.constants import PUBLISHED, UNPUBLISHED
from djangocms_versioning.models import Version

from llr_site.roles import COMMUNICATIONS_STAFF
from llr_site.seed.pages import pages_load
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PAGE_TREE = pages_load()


def run_seed(capsys):
    call_command("load_seed_content")
    return capsys.readouterr().out


def page_versions(reverse_id):
    contents = PageContent.admin_manager.filter(page__reverse_id=reverse_id)
    return Version.objects.filter_by_content_grouping_values(contents.first()).order_by("pk")


def test_every_seed_page_is_published_by_the_seed_account():
    for seed in PAGE_TREE:
        content = PageContent.objects.get(page__reverse_id=seed.reverse_id)
        version = Version.objects.get_for_content(content)
        assert version.state == PUBLISHED
        assert version.created_by.username == "seed-content"
        assert not version.created_by.has_usable_password()


def test_second_run_changes_nothing(capsys):
    pages, versions = Page.objects.count(), Version.objects.count()
    output = run_seed(capsys)
    lines = output.strip().splitlines()
    assert f"Pages: unchanged {len(PAGE_TREE)}." in lines
    assert all(re.fullmatch(r"[A-Za-z ]+: unchanged \d+\.", line) for line in lines), lines
    assert (Page.objects.count(), Version.objects.count()) == (pages, versions)


def test_site_is_named_for_the_toolbar():
    from django.contrib.sites.models import Site

    assert Site.objects.get_current().name == "LLR CCGs"


def test_home_page_is_the_site_root():
    home = Page.objects.get(reverse_id="home")
    assert home.is_home
    assert home.get_absolute_url() == "/"


def test_changed_seed_updates_the_page_and_keeps_the_old_version(monkeypatch, capsys, client):
    original = next(seed for seed in PAGE_TREE if seed.reverse_id == "cookies")
    changed = dataclasses.replace(
        original, placeholders={"content": "<p>Our cookie policy changed.</p>"}
    )
    monkeypatch.setattr(
        "llr_site.seed.pages.pages_load",
        lambda: [changed if s is original else s for s in PAGE_TREE],
    )

    output = run_seed(capsys)

    assert "updated: page cookies (Cookies)" in output
    assert [v.state for v in page_versions("cookies")] == [UNPUBLISHED, PUBLISHED]
    assert "Our cookie policy changed." in client.get("/cookies/").content.decode()


def test_pages_edited_by_staff_are_left_alone(monkeypatch, capsys, client):
    editor = UserFactory(username="editor", group=COMMUNICATIONS_STAFF)
    published = PageContent.objects.get(page__reverse_id="privacy-notice")
    draft = Version.objects.get_for_content(published).copy(editor)
    add_plugin(
        draft.content.get_placeholders().get(slot="content"),
        "TextPlugin",
        settings.LANGUAGE_CODE,
        body="<p>Edited by communications staff.</p>",
    )
    draft.publish(editor)
    original = next(seed for seed in PAGE_TREE if seed.reverse_id == "privacy-notice")
    changed = dataclasses.replace(original, title="A new seed title")
    monkeypatch.setattr(
        "llr_site.seed.pages.pages_load",
        lambda: [changed if s is original else s for s in PAGE_TREE],
    )

    output = run_seed(capsys)

    assert "left alone (edited by staff): page privacy-notice" in output
    html = client.get("/privacy-notice/").content.decode()
    assert "Edited by communications staff." in html
    assert "A new seed title" not in html


def test_seed_pages_fit_the_database_columns():
    # SQLite does not enforce lengths; PostgreSQL does.
    for seed in PAGE_TREE:
        assert len(seed.reverse_id) <= Page._meta.get_field("reverse_id").max_length
        assert len(seed.slug) <= PageUrl._meta.get_field("slug").max_length
        assert len(seed.title) <= PageContent._meta.get_field("title").max_length
