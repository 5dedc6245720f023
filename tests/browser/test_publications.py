"""The publications library in a browser: a governance officer uploads, the public finds it."""

import pytest

from llr_site.roles import GOVERNANCE_OFFICERS
from tests.browser.conftest import BROWSER_TEST, axe_violations, screenshot, staff_sign_in_form
from tests.factories import TOTPDeviceFactory, UserFactory, pdf_bytes

pytestmark = BROWSER_TEST


def test_officer_uploads_a_pdf_and_the_public_library_lists_it_at_once(site, page, browser):
    officer = UserFactory(username="officer", group=GOVERNANCE_OFFICERS)
    page.goto(site + "/staff/sign-in/")
    staff_sign_in_form(page, officer, TOTPDeviceFactory(user=officer))
    page.goto(site + "/admin/publications/publication/add/")
    page.fill("#id_title", "Annual report 2019-20")
    page.fill("#id_slug", "annual-report-2019-20")
    page.select_option("#id_document_type", label="Annual report")
    page.get_by_label("NHS West Leicestershire CCG").check()
    page.fill("#id_summary", "What the CCG did in 2019-20.")
    page.fill("#id_financial_year", "2019-20")
    page.fill("#id_first_published", "2020-07-01")
    page.select_option("#id_status", "published")
    page.fill("#id_files-0-title", "Full report")
    page.set_input_files(
        "#id_files-0-upload",
        files=[
            {"name": "annual-report.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes(2)}
        ],
    )
    page.locator("input[name=_save]").click()
    assert "was added successfully" in page.locator(".messagelist").inner_text()
    screenshot(page, "publications-admin-added")

    visitor = browser.new_context(viewport={"width": 1200, "height": 900}).new_page()
    visitor.goto(site + "/publications/")
    visitor.get_by_role("link", name="Annual report 2019-20").click()
    assert visitor.get_by_text("PDF, ").first.inner_text().startswith("PDF, ")
    assert "2 pages" in visitor.content()
    with visitor.expect_download() as download:
        visitor.get_by_role("link", name="Full report").click()
    assert download.value.suggested_filename == "annual-report.pdf"
    visitor.context.close()


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("publications-library", "/publications/"),
        ("publications-filtered", "/publications/?type=ccg-assurance-letter&ccg=04V&q=letter"),
        ("publications-detail", "/publications/national-ccg-360-survey-results-2017-18/"),
        ("home-latest-publications", "/"),
    ],
)
def test_library_pages_pass_axe_wcag_22_aa(seeded_site, page, name, path):
    page.goto(seeded_site + path)
    screenshot(page, name)
    assert axe_violations(page) == []


def test_filters_work_without_javascript(seeded_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(seeded_site + "/publications/")
    page.get_by_label("Document type").select_option(label="CCG assurance letter")
    page.get_by_role("button", name="Apply filters").click()
    assert "type=ccg-assurance-letter" in page.url
    assert page.get_by_role("heading", name="3 publications matching your filters").is_visible()
    context.close()


@pytest.mark.parametrize("width", [320, 1200])
def test_a_taken_down_file_explains_itself_at_any_width(site, browser, width):
    from publications.services import file_version_take_down
    from tests.factories import PublicationFactory, file_add

    publication = PublicationFactory(title="Board papers January 2020")
    version = file_add(publication, name="board-papers.pdf")
    file_version_take_down(
        publication,
        version.pk,
        user=UserFactory(username="officer", group=GOVERNANCE_OFFICERS),
        reason="The papers held a patient's name and were removed; a redacted copy will follow.",
    )
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="en-GB")
    page = context.new_page()
    for name, url in [
        ("publications-file-gone", version.publication_file.get_absolute_url()),
        ("publications-detail-file-removed", publication.get_absolute_url()),
    ]:
        response = page.goto(site + url)
        screenshot(page, f"{name}-{width}")
        assert response.status == (410 if name.endswith("gone") else 200)
        assert "a redacted copy will follow" in page.content()
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert axe_violations(page) == []
    context.close()


def test_officer_takes_down_a_file_in_the_admin(site, page):
    from tests.factories import PublicationFactory, TOTPDeviceFactory, file_add

    publication = PublicationFactory(title="Quality report 2019")
    version = file_add(publication, name="quality-report.pdf")
    officer = UserFactory(username="officer", group=GOVERNANCE_OFFICERS)
    page.goto(site + "/staff/sign-in/")
    staff_sign_in_form(page, officer, TOTPDeviceFactory(user=officer))
    page.goto(site + f"/admin/publications/publication/{publication.pk}/change/")
    page.get_by_role("link", name="Take down", exact=True).click()
    assert page.get_by_label("Full report: version 1, quality-report.pdf (current)").is_checked()
    page.get_by_label("Public reason").fill("The wrong report was uploaded.")
    screenshot(page, "publications-admin-takedown")
    page.get_by_role("button", name="Take down").click()
    assert "Taken down: Full report, version 1" in page.locator(".messagelist").inner_text()
    screenshot(page, "publications-admin-taken-down")
    response = page.goto(site + version.publication_file.get_absolute_url())
    assert response.status == 410
