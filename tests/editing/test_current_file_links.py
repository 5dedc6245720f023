"""A link to "the current file of publication X" (issue 12.3): found by the publication's title,
stored as a reference, rendered as the file's stable download address (which follows a new
version and a slug change), never a broken link when the file or its publication has gone."""

import pytest
from lxml import html

from publications.services import file_version_take_down
from tests.editing.links import LINK_SEARCH, search, text_link
from tests.editing.pages import page_publish
from tests.factories import PublicationFactory, UserFactory, file_add, pdf_bytes, staff_sign_in
from tests.nhsuk_components.builders import add, draft_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(settings, tmp_path):
    """A published publication with its full report uploaded; returns the report's file."""
    settings.MEDIA_ROOT = tmp_path / "media"
    publication = PublicationFactory(title="Annual report and accounts 2019-20")
    return file_add(publication, "annual-report.pdf").publication_file


def withdraw(publication):
    publication.status, publication.withdrawn_reason = "withdrawn", "Replaced by a new report."
    publication.save()


def test_the_current_file_is_found_by_the_publications_title(editor_client, report):
    found = search(editor_client, "annual report and accounts")
    reference = f"publications.publicationfile:{report.pk}"
    stable = f"/publications/annual-report-and-accounts-2019-20/files/{report.pk}/"
    assert (
        reference,
        "Annual report and accounts 2019-20: Full report (current file)",
        stable,
    ) in found
    # The dialog shows a chosen link's name again when the form is opened.
    shown = editor_client.get(LINK_SEARCH, {"g": reference}).json()
    assert shown["text"] == "Annual report and accounts 2019-20: Full report (current file)"


@pytest.mark.parametrize("gone", ["withdrawn", "draft", "no upload", "taken down"])
def test_a_file_the_public_cannot_download_is_not_offered(editor_client, report, gone):
    publication = report.publication
    if gone == "withdrawn":
        withdraw(publication)
    elif gone == "draft":
        publication.status = "draft"
        publication.save()
    elif gone == "no upload":
        report.versions.all().delete()
    else:
        officer = UserFactory(username="officer", group="Governance officers")
        version = report.versions.get()
        file_version_take_down(publication, version.pk, user=officer, reason="Wrong file.")
    files = [
        item for item in search(editor_client, "annual report") if "publicationfile" in item[0]
    ]
    assert files == []


def test_a_text_link_follows_a_new_version_and_a_slug_change(
    client, report, django_capture_on_commit_callbacks
):
    page_publish("Our reports", text=text_link(report, "the annual report"))
    assert client.get("/our-reports/").status_code == 200  # cached with the old address
    publication = report.publication
    with django_capture_on_commit_callbacks(execute=True):
        publication.slug = "annual-report-2019-20"
        publication.save()
    file_add(
        publication, "annual-report-corrected.pdf", pdf_bytes(pages=2), publication_file=report
    )

    tree = html.fromstring(client.get("/our-reports/").content)
    (link,) = tree.xpath("//a[normalize-space()='the annual report']")
    assert link.get("href") == f"/publications/annual-report-2019-20/files/{report.pk}/"
    download = client.get(link.get("href"))
    assert download.status_code == 200
    assert 'filename="annual-report-corrected.pdf"' in download["Content-Disposition"]


@pytest.mark.parametrize("gone", ["withdrawn", "taken down"])
def test_a_text_link_to_a_gone_file_is_plain_text_and_listed_for_staff(client, report, gone):
    page_publish("Our reports", text=text_link(report, "the annual report"))
    if gone == "withdrawn":
        withdraw(report.publication)
    else:
        officer = UserFactory(username="officer", group="Governance officers")
        version = report.versions.get()
        file_version_take_down(report.publication, version.pk, user=officer, reason="Wrong file.")

    page = client.get("/our-reports/").content.decode()
    assert "<span>the annual report</span>" in page
    assert "/files/" not in page
    staff_sign_in(client, UserFactory(username="comms", group="Communications staff"))
    listed = client.get("/admin/editing/textwithdeadlinks/").content.decode()
    assert "Our reports" in listed and "/our-reports/" in listed


def components_page(report):
    """A published page with an action link, a primary card and a contents list item, each
    linking to the report's current file; returns the page as visitors get it, parsed."""
    draft = draft_page("Reports", "reports")
    slot, link = draft.slot, {"internal_link": f"publications.publicationfile:{report.pk}"}
    add(slot, "ActionLinkPlugin", text="Read the annual report", link=link)
    group = add(slot, "CardGroupPlugin", columns=2)
    add(slot, "CardPlugin", group, variant="primary", heading="Annual report", link=link)
    contents = add(slot, "ContentsListPlugin", source="chosen")
    add(slot, "LinkItemPlugin", contents, text="Annual report", link=link)
    add(
        slot,
        "LinkItemPlugin",
        contents,
        text="Reports",
        link={"internal_link": f"cms.page:{draft.page.pk}"},
    )
    draft.publish()


def test_components_link_to_the_current_file_by_its_stable_address_and_follow_a_rename(
    client, report, django_capture_on_commit_callbacks
):
    components_page(report)
    tree = html.fromstring(client.get("/reports/").content)
    stable = f"/publications/annual-report-and-accounts-2019-20/files/{report.pk}/"
    assert tree.xpath("//a[contains(@class, 'nhsuk-action-link')]/@href") == [stable]
    assert tree.xpath("//a[contains(@class, 'nhsuk-card__link')]/@href") == [stable]
    assert tree.xpath("//a[@class='nhsuk-contents-list__link']/@href") == [stable, "/reports/"]

    with django_capture_on_commit_callbacks(execute=True):  # the cached page is dropped
        report.publication.slug = "annual-report-2019-20"
        report.publication.save()
    tree = html.fromstring(client.get("/reports/").content)
    renamed = f"/publications/annual-report-2019-20/files/{report.pk}/"
    assert tree.xpath("//a[contains(@class, 'nhsuk-action-link')]/@href") == [renamed]


def test_components_show_no_broken_link_once_the_publication_is_withdrawn(
    client, report, django_capture_on_commit_callbacks
):
    components_page(report)
    assert "/files/" in client.get("/reports/").content.decode()  # cached with the link
    with django_capture_on_commit_callbacks(execute=True):
        withdraw(report.publication)
    tree = html.fromstring(client.get("/reports/").content)
    assert "/files/" not in client.get("/reports/").content.decode()
    assert tree.xpath("//a[contains(@class, 'nhsuk-action-link')]") == []
    (heading,) = tree.xpath("//*[contains(@class, 'nhsuk-card__heading')]")
    assert heading.xpath("a") == [] and heading.text_content().strip() == "Annual report"
    assert tree.xpath("//a[@class='nhsuk-contents-list__link']/@href") == ["/reports/"]
