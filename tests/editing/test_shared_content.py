"""Content shared across pages (djangocms-alias): written once, shown on every page that places
it, versioned like a page; a visitor sees only its published version, at once after publishing."""

import dataclasses
import re

import pytest
from django.conf import settings
from django.core.management import call_command
from djangocms_alias.models import Alias, AliasContent
from djangocms_versioning.constants import DRAFT, PUBLISHED, UNPUBLISHED
from djangocms_versioning.models import Version

from llr_site.roles import COMMUNICATIONS_STAFF
from llr_site.seed.data import SeedDataError
from llr_site.seed.shared_content import shared_content_load
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SHARED = shared_content_load()
JOINT_WORKING = "have been working jointly under one management team and staff structure"
ASK_A_QUESTION = "members of the public can ask questions about items on the agenda"
CONTACT_US = "For anything about the Leicester, Leicestershire and Rutland CCGs, contact us"
# Each piece of shared content, and the pages that place it.
PLACED_ON = {
    "joint-working": (
        JOINT_WORKING,
        ["/", "/leicester-city/our-role/", "/east-leicestershire-and-rutland/"],
    ),
    "ask-a-question": (ASK_A_QUESTION, ["/governance/", "/engaging-with-your-ccg/"]),
    "contact-us": (CONTACT_US, ["/governance/", "/engaging-with-your-ccg/"]),
}


def published_content(static_code):
    return AliasContent.objects.get(alias__static_code=static_code, language=settings.LANGUAGE_CODE)


def versions_of(static_code):
    contents = AliasContent.admin_manager.filter(alias__static_code=static_code)
    return Version.objects.filter_by_content_grouping_values(contents.first()).order_by("pk")


def draft_with_text(static_code, user, body):
    """A new draft of the shared content, its text replaced by `body`, as an editor makes it."""
    draft = Version.objects.get_for_content(published_content(static_code)).copy(user)
    text = draft.content.placeholder.get_plugins(settings.LANGUAGE_CODE).get(
        plugin_type="TextPlugin"
    )
    text = text.get_bound_plugin()
    text.body = body
    text.save()
    return draft


def run_seed(capsys):
    call_command("load_seed_content")
    return capsys.readouterr().out


def test_the_seed_publishes_each_shared_content_once():
    assert sorted(Alias.objects.values_list("static_code", flat=True)) == sorted(
        seed.static_code for seed in SHARED
    )
    for seed in SHARED:
        version = Version.objects.get_for_content(published_content(seed.static_code))
        assert version.state == PUBLISHED
        assert version.created_by.username == "seed-content"
        assert published_content(seed.static_code).name == seed.name


@pytest.mark.parametrize("static_code", list(PLACED_ON))
def test_every_page_that_places_it_shows_it_once(client, static_code):
    words, urls = PLACED_ON[static_code]
    for url in urls:
        html = client.get(url).content.decode()
        assert html.count(words) == 1, url


@pytest.mark.parametrize("url", ["/", "/leicester-city/our-role/"])
def test_a_page_placing_shared_content_stays_in_the_cms_page_cache(client, settings, url):
    # djangocms-alias's own rendering marked such a page uncacheable (editing/templatetags).
    settings.CMS_PAGE_CACHE = settings.CMS_PLACEHOLDER_CACHE = True
    cache_control = client.get(url)["Cache-Control"]
    assert re.fullmatch(r"max-age=([1-9]\d*)", cache_control), cache_control


def test_the_repeated_text_is_gone_from_the_pages_themselves():
    from cms.models import PageContent
    from djangocms_text.models import Text

    for url_slug in ("our-role", "east-leicestershire-and-rutland", "home"):
        content = PageContent.objects.get(page__urls__slug=url_slug)
        bodies = Text.objects.filter(placeholder__object_id=content.pk).values_list(
            "body", flat=True
        )
        assert bodies and not any(JOINT_WORKING in body for body in bodies), url_slug


def test_the_contact_block_shows_the_contact_record(client):
    from contacts.models import ContactDetails

    details = ContactDetails.objects.get()
    details.email = "enquiries@example.nhs.uk"
    details.save()
    for url in PLACED_ON["contact-us"][1]:
        assert "mailto:enquiries@example.nhs.uk" in client.get(url).content.decode(), url


def test_a_second_run_changes_nothing(capsys):
    versions = Version.objects.count()
    output = run_seed(capsys)
    assert f"Shared content: unchanged {len(SHARED)}." in output.splitlines()
    assert Version.objects.count() == versions


def test_a_changed_seed_publishes_a_new_version(monkeypatch, capsys, client):
    original = next(seed for seed in SHARED if seed.static_code == "joint-working")
    text = dataclasses.replace(original.plugins[0], fields={"body": "<p>Working as one.</p>"})
    changed = dataclasses.replace(original, plugins=(text,))
    monkeypatch.setattr(
        "llr_site.seed.shared_content.shared_content_load",
        lambda: [changed if seed is original else seed for seed in SHARED],
    )

    output = run_seed(capsys)

    assert "updated: shared content joint-working (Joint-working statement)" in output
    assert [v.state for v in versions_of("joint-working")] == [UNPUBLISHED, PUBLISHED]
    for url in PLACED_ON["joint-working"][1]:
        html = client.get(url).content.decode()
        assert "Working as one." in html and JOINT_WORKING not in html, url


def test_shared_content_edited_by_staff_is_left_alone(monkeypatch, capsys, client):
    editor = UserFactory(username="editor", group=COMMUNICATIONS_STAFF)
    draft_with_text("ask-a-question", editor, "<p>Questions by email, please.</p>").publish(editor)
    original = next(seed for seed in SHARED if seed.static_code == "ask-a-question")
    changed = dataclasses.replace(original, name="A new seed name")
    monkeypatch.setattr(
        "llr_site.seed.shared_content.shared_content_load",
        lambda: [changed if seed is original else seed for seed in SHARED],
    )

    output = run_seed(capsys)

    assert "left alone (edited by staff): shared content ask-a-question" in output
    assert published_content("ask-a-question").name == original.name
    assert "Questions by email, please." in client.get("/governance/").content.decode()


def test_a_draft_is_never_shown_to_visitors_and_publishing_shows_it_everywhere(
    client, settings, django_capture_on_commit_callbacks
):
    # The CMS's page and placeholder caches (home, Our role) and the visitors' cache of the apps'
    # pages (East Leicestershire and Rutland, a CCG profile) all on, as in production.
    settings.CMS_PAGE_CACHE = settings.CMS_PLACEHOLDER_CACHE = settings.VISITOR_CACHE = True
    urls = PLACED_ON["joint-working"][1]
    for url in urls:
        assert JOINT_WORKING in client.get(url).content.decode()  # now in the page cache
    editor = UserFactory(username="editor", group=COMMUNICATIONS_STAFF)
    with django_capture_on_commit_callbacks(execute=True):
        draft = draft_with_text("joint-working", editor, "<p>One team for LLR since 2020.</p>")
    assert draft.state == DRAFT
    for url in urls:
        html = client.get(url).content.decode()
        assert JOINT_WORKING in html and "One team for LLR" not in html, url

    with django_capture_on_commit_callbacks(execute=True):
        Version.objects.get(pk=draft.pk).publish(editor)

    for url in urls:
        html = client.get(url).content.decode()
        assert "One team for LLR since 2020." in html and JOINT_WORKING not in html, url


def test_unpublishing_it_takes_it_off_every_page(
    client, settings, django_capture_on_commit_callbacks
):
    settings.CMS_PAGE_CACHE = settings.CMS_PLACEHOLDER_CACHE = settings.VISITOR_CACHE = True
    urls = PLACED_ON["ask-a-question"][1]
    for url in urls:
        assert ASK_A_QUESTION in client.get(url).content.decode()
    editor = UserFactory(username="editor", group=COMMUNICATIONS_STAFF)
    with django_capture_on_commit_callbacks(execute=True):
        Version.objects.get_for_content(published_content("ask-a-question")).unpublish(editor)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200
        assert ASK_A_QUESTION not in response.content.decode(), url


def test_editing_a_draft_drops_no_cached_page_and_publishing_it_does(
    django_capture_on_commit_callbacks,
):
    from content_cache import content_version

    editor = UserFactory(username="editor", group=COMMUNICATIONS_STAFF)
    before = content_version()
    with django_capture_on_commit_callbacks(execute=True):
        draft = draft_with_text("contact-us", editor, "<h2>Get in touch</h2>")
    assert content_version() == before
    with django_capture_on_commit_callbacks(execute=True):
        Version.objects.get(pk=draft.pk).publish(editor)
    assert content_version() != before


SHARED_ENTRY = '[[shared]]\nstatic_code = "notice"\nname = "Notice"\ncategory = "Shared content"\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (SHARED_ENTRY, r"\[\[shared\]\] number 1 \(notice\): it has no \[\[shared.plugin\]\]"),
        (
            SHARED_ENTRY + "[[shared.plugin]]\ntype = 'TextPlugin'\ntext = 'nowhere.html'\n",
            r"its text file .*/shared/nowhere.html is missing",
        ),
        (
            SHARED_ENTRY.replace('name = "Notice"\n', "") + "[[shared.plugin]]\ntype = 'X'\n",
            r"\[\[shared\]\] number 1 lacks the field 'name'",
        ),
        ("[[sharde]]\n", r"unknown table\(s\) sharde; expected \[\[shared\]\]"),
    ],
)
def test_a_mistake_in_the_shared_content_file_is_refused_naming_it(tmp_path, text, message):
    manifest = tmp_path / "shared.toml"
    manifest.write_text(text)
    with pytest.raises(SeedDataError, match=message) as raised:
        shared_content_load(manifest)
    assert str(raised.value).startswith(str(manifest))
