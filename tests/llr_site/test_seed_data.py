"""The seed's data files: how they are read, what a mistake in one says, and the one seeder."""

import re
import shutil

import pytest
from django.core.management import CommandError, call_command
from djangocms_versioning.models import Version

from ccgs.models import KeyFigure
from llr_site.models import SeedRecord
from llr_site.seed import ccgs, governance, pages
from llr_site.seed.data import CONTENT, SeedDataError
from llr_site.seed.rows import RowKind
from llr_site.seed.seeder import KEY_LENGTH, SeedItem, seed_items_apply, seed_key
from publications.models import Publication


def manifest_with(tmp_path, text, folders=("home",)):
    """A manifest holding `text`, with an empty text folder for each page in `folders`."""
    for folder in folders:
        (tmp_path / "pages" / folder).mkdir(parents=True)
        (tmp_path / "pages" / folder / "content.html").write_text("<p>Text.</p>\n")
    manifest = tmp_path / "pages.toml"
    manifest.write_text(text)
    return manifest


HOME = (
    '[[page]]\nreverse_id = "home"\nslug = "home"\ntitle = "Home"\ntemplate = "pages/home.html"\n'
)


def test_page_tree_is_read_from_the_manifest_and_one_file_per_placeholder():
    tree = {seed.reverse_id: seed for seed in pages.pages_load()}
    # The home page comes last: its cards link to the pages before it.
    assert list(tree)[-1] == "home" and len(tree) == 19
    home = tree["home"]
    assert set(home.placeholders) == {"introduction", "content"}
    assert home.placeholders["introduction"].startswith(
        '<p class="nhsuk-body-l">Three clinical commissioning groups (CCGs)'
    )
    assert not home.in_navigation
    city = tree["leicester-city"]
    # "In this section" comes from the page tree, not from text in the seeds.
    assert "side column" not in city.placeholders
    assert city.apphook == "CcgProfileApphook"
    (plugin,) = city.plugins
    assert plugin.fields["ccg"] == {"model": "ccgs.Ccg", "code": "04C"}
    assert tree["lc-our-role"].parent == "leicester-city"


def test_plugins_inside_plugins_and_their_text_are_read_from_the_manifest_and_parts():
    tree = {seed.reverse_id: seed for seed in pages.pages_load()}
    (group,) = [plugin for plugin in tree["how-ccgs-work"].plugins if plugin.children]
    assert group.plugin_type == "ExpanderGroupPlugin"
    summaries = [child.fields["summary"] for child in group.children]
    assert summaries == [
        "Governing body",
        "Members and member council",
        "Locality structures",
        "Executive team",
    ]
    (text,) = group.children[0].children
    assert text.plugin_type == "TextPlugin"
    assert text.fields["body"].startswith("<p>Responsible for the CCG's key decisions.")
    cards = next(
        plugin for plugin in tree["home"].plugins if plugin.plugin_type == "CardGroupPlugin"
    )
    assert [card.fields["link"] for card in cards.children] == [
        {"page": "leicester-city"},
        {"page": "west-leicestershire"},
        {"page": "east-leicestershire-and-rutland"},
    ]
    # A page whose plugins have no children keeps the fingerprint it had before nesting.
    assert "children" not in str(tree["cookies"].values)


def test_plugin_text_file_that_is_missing_is_refused(tmp_path):
    manifest = manifest_with(
        tmp_path,
        HOME + "[[page.plugin]]\nplaceholder = 'content'\ntype = 'InsetTextPlugin'\n"
        "text = 'nowhere.html'\n",
    )
    with pytest.raises(SeedDataError, match=r"its text file .*/home/parts/nowhere.html is missing"):
        pages.pages_load(manifest)


def test_nested_plugin_with_a_misspelt_field_is_refused(tmp_path):
    manifest = manifest_with(
        tmp_path,
        HOME + "[[page.plugin]]\nplaceholder = 'content'\ntype = 'CardGroupPlugin'\n"
        "[[page.plugin.plugin]]\ntype = 'CardPlugin'\nfeilds = {}\n",
    )
    with pytest.raises(SeedDataError, match=r"has unknown field\(s\) feilds"):
        pages.pages_load(manifest)


def test_placeholder_text_is_read_without_surrounding_blank_lines():
    cookies = (CONTENT / "pages" / "cookies" / "content.html").read_text()
    seed = next(seed for seed in pages.pages_load() if seed.reverse_id == "cookies")
    assert cookies.endswith("</p>\n")
    assert seed.placeholders["content"] == cookies.strip()


def test_manifest_that_is_not_toml_is_refused_naming_the_file(tmp_path):
    manifest = manifest_with(tmp_path, HOME + 'title = "Twice"\n')
    with pytest.raises(SeedDataError, match=re.escape(f"{manifest}: not valid TOML")):
        pages.pages_load(manifest)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (HOME.replace('slug = "home"\n', ""), r"\[\[page\]\] number 1 lacks the field 'slug'"),
        (HOME + 'titel = "Home"\n', r"\[\[page\]\] number 1 has unknown field\(s\) titel"),
        (HOME + 'in_navigation = "no"\n', "'in_navigation' must be true or false, not 'no'"),
        (
            HOME + "[[page.plugin]]\nplaceholder = 'content'\n",
            r"home\): \[\[plugin\]\] number 1 lacks the field 'type'",
        ),
        (HOME + '[[pages]]\nreverse_id = "x"\n', r"unknown table\(s\) pages"),
        (HOME + HOME, "a page with this reverse_id comes earlier"),
        (
            HOME.replace('"home"\nslug', '"home"\nparent = "about"\nslug'),
            "'about' must come before",
        ),
    ],
)
def test_malformed_manifest_entry_is_refused_naming_the_file_and_the_page(tmp_path, text, message):
    manifest = manifest_with(tmp_path, text)
    with pytest.raises(SeedDataError, match=message) as refused:
        pages.pages_load(manifest)
    assert str(refused.value).startswith(f"{manifest}: ")


def test_page_without_its_text_folder_is_refused(tmp_path):
    manifest = manifest_with(tmp_path, HOME, folders=())
    (tmp_path / "pages").mkdir()
    with pytest.raises(SeedDataError, match=r"its text folder .*/pages/home is missing"):
        pages.pages_load(manifest)


def test_text_folder_of_no_page_is_refused(tmp_path):
    manifest = manifest_with(tmp_path, HOME, folders=("home", "abuot"))
    with pytest.raises(SeedDataError, match=r"folder\(s\) abuot belong to no page in pages.toml"):
        pages.pages_load(manifest)


def test_file_in_a_text_folder_that_is_not_html_is_refused(tmp_path):
    manifest = manifest_with(tmp_path, HOME)
    (tmp_path / "pages" / "home" / "content.md").write_text("Text.")
    with pytest.raises(SeedDataError, match=r"home/content.md: not a placeholder's HTML file"):
        pages.pages_load(manifest)


@pytest.mark.parametrize(
    ("replace", "by", "message"),
    [
        ('kind = "budget"', 'kind = "money"', "'kind' must be one of population, budget, practi"),
        ("date = 2011-01-01", 'date = "2011"', r"'date' must be a date \(YYYY-MM-DD\), not '2011'"),
        ("value = 65\n", 'value = "65"\n', "'value' must be a whole number, not '65'"),
    ],
)
def test_malformed_record_is_refused_naming_the_file(tmp_path, replace, by, message):
    path = tmp_path / "ccgs.toml"
    text = (CONTENT / "ccgs.toml").read_text()
    assert replace in text
    path.write_text(text.replace(replace, by, 1))
    with pytest.raises(SeedDataError, match=message) as refused:
        ccgs.ccg_profiles_load(path)
    assert str(refused.value).startswith(f"{path}: ")


def test_appointments_are_read_with_their_counts():
    appointments = governance.governance_load()["appointment"]
    assert [(entry["role"], entry["count"]) for entry in appointments if entry["count"] > 1] == [
        ("gp-member", 8),
        ("lay-member", 3),
    ]
    assert {entry["person"] for entry in appointments} == {"azhar-farooqi", "avinashi-prasad", ""}


def test_long_keys_are_digests_never_cut():
    title = "An event whose title runs on " * 10
    first, second = (
        seed_key("timeline", "LLR", title + "A"),
        seed_key("timeline", "LLR", title + "B"),
    )
    assert first != second
    assert len(first) <= KEY_LENGTH and first.startswith("timeline:sha256:")
    assert seed_key("area", "04V", "district", "Charnwood") == "area:04V:district:Charnwood"


@pytest.mark.django_db
def test_two_seed_items_with_one_key_are_refused_before_anything_is_written():
    item = SeedItem("test:twice", {"value": 1}, "twice", identity={"pk": -1})
    with pytest.raises(SeedDataError, match="the same key: test:twice"):
        seed_items_apply(RowKind(KeyFigure), [item, item], report=lambda *_: None)
    assert not SeedRecord.objects.filter(key="test:twice").exists()


@pytest.mark.django_db
def test_malformed_data_file_stops_the_command_and_nothing_is_half_stored(
    tmp_path, monkeypatch, client
):
    # The pages step runs first and would publish the changed text; the governance file,
    # read later in the same run, is broken.
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "pages" / "cookies" / "content.html").write_text("<p>Changed.</p>\n")
    broken = content / "governance.toml"
    broken.write_text(broken.read_text().replace('role = "gp-member"', 'role = "gp"'))
    monkeypatch.setattr(pages, "MANIFEST", content / "pages.toml")
    monkeypatch.setattr(governance, "DATA_FILE", broken)
    versions = Version.objects.count()

    with pytest.raises(
        CommandError,
        match=re.escape(
            f"{broken}: [[appointment]] number 3: 'role' must be one of chair, co-chair, "
        ),
    ):
        call_command("load_seed_content", verbosity=0)

    assert Version.objects.count() == versions
    html = client.get("/cookies/").content.decode()
    assert "Changed." not in html and "Cookies are small files" in html


@pytest.mark.django_db
def test_seed_row_deleted_by_staff_stays_deleted(capsys):
    KeyFigure.objects.get(ccg__code="04V", kind="practices", as_of__year=2018).delete()
    call_command("load_seed_content")
    assert "left alone (edited by staff): key figure 04V practices 2018" in capsys.readouterr().out
    assert not KeyFigure.objects.filter(ccg__code="04V", as_of__year=2018).exists()


@pytest.mark.django_db
def test_changed_seed_leaves_a_publication_edited_by_staff_alone(tmp_path, monkeypatch, capsys):
    Publication.objects.filter(slug="annual-audit-letters").update(title="Audit letters")
    path = tmp_path / "publications.toml"
    path.write_text(
        (CONTENT / "publications.toml")
        .read_text()
        .replace("from its external auditors.", "from its external auditors, every July.")
    )
    monkeypatch.setattr("llr_site.seed.publications.DATA_FILE", path)
    call_command("load_seed_content")
    out = capsys.readouterr().out
    assert "left alone (edited by staff): publication annual-audit-letters" in out
    publication = Publication.objects.get(slug="annual-audit-letters")
    assert (publication.title, publication.summary.endswith("auditors.")) == ("Audit letters", True)


@pytest.mark.django_db
def test_page_already_as_the_seed_says_gets_no_new_version(capsys):
    # A record from an older loader (another fingerprint) over a page the seed has not changed.
    SeedRecord.objects.filter(key="page:cookies").update(fingerprint="0" * 64)
    versions = Version.objects.count()
    call_command("load_seed_content")
    assert "Pages: unchanged 19." in capsys.readouterr().out
    assert Version.objects.count() == versions
    assert SeedRecord.objects.get(key="page:cookies").fingerprint != "0" * 64
