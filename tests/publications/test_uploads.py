"""Uploading in the admin: one form for a publication and its files; bad input stores nothing."""

import io
import zipfile

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from llr_site.roles import GOVERNANCE_OFFICERS
from publications.models import FileVersion, Publication, PublicationFile
from publications.uploads import upload_check, upload_name_check
from tests.factories import PublicationFactory, UserFactory, pdf_bytes, staff_sign_in
from tests.publications.form_data import ADD_URL, publication_add_form

pytestmark = pytest.mark.django_db


def stored_files():
    try:
        return set(default_storage.listdir("publications")[1])
    except FileNotFoundError:
        return set()


@pytest.fixture
def officer(client):
    staff_sign_in(client, UserFactory(username="officer", group=GOVERNANCE_OFFICERS))
    return client


def test_officer_adds_a_publication_with_a_pdf_in_one_form(officer):
    response = officer.post(
        ADD_URL, publication_add_form(SimpleUploadedFile("Annual Report 2019-20.pdf", pdf_bytes(3)))
    )
    assert response.status_code == 302
    publication = Publication.objects.get(slug="annual-report-2019-20")
    version = FileVersion.objects.get(publication_file__publication=publication)
    assert (version.original_name, version.file_format, version.page_count) == (
        "Annual Report 2019-20.pdf",
        "PDF",
        3,
    )
    assert version.file.name.startswith("publications/")
    assert "Annual" not in version.file.name  # stored under a generated name
    assert version.uploaded_by.username == "officer"
    listing = officer.get("/admin/publications/publication/").content.decode()
    assert "Annual report 2019-20" in listing
    assert "Annual report 2019-20" in officer.get("/publications/").content.decode()


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


LONG_NAME = "a" * 296 + ".pdf"
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'
EXE = b"MZ\x90\x00\x03" + b"\x00" * 200

# name, content, the message the officer reads (the fields are otherwise valid)
BAD_FILES = [
    ("empty.pdf", b"", "The submitted file is empty."),
    ("page.pdf", HTML, "named .pdf but contains a web page or an SVG image"),
    ("image.pdf", SVG, "named .pdf but contains a web page or an SVG image"),
    ("setup.exe", EXE, ".exe files cannot be published here"),
    ("setup.pdf", EXE, "This file is a program (an executable)"),
    ("notes.txt", b"plain text", ".txt files cannot be published here"),
    ("report.docx", pdf_bytes(), "named .docx but its content is not a Word file"),
    ("sheet.xlsx", zip_bytes({"a.txt": "x"}), "named .xlsx but its content is not an Excel file"),
    ("notes.odt", zip_bytes({"a.txt": "x"}), "its content is not an OpenDocument text file"),
    ("broken.pdf", b"%PDF-1.7\nnot really", "This PDF could not be read"),
    (LONG_NAME, pdf_bytes(), "rename the file to 200 characters or fewer"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES)
def test_bad_file_is_refused_with_a_message_and_nothing_is_stored(officer, name, content, message):
    before = stored_files()
    response = officer.post(ADD_URL, publication_add_form(SimpleUploadedFile(name, content)))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Publication.objects.filter(slug="annual-report-2019-20").exists()
    assert not PublicationFile.objects.filter(title="Full report").exists()
    assert stored_files() == before


def test_file_over_the_size_limit_is_refused(officer, settings):
    settings.PUBLICATION_MAX_UPLOAD_MB = 1
    before = stored_files()
    big = pdf_bytes() + b"%" * (1024 * 1024)
    response = officer.post(ADD_URL, publication_add_form(SimpleUploadedFile("big.pdf", big)))
    assert "files can be at most 1 MB" in response.content.decode()
    assert not Publication.objects.filter(slug="annual-report-2019-20").exists()
    assert stored_files() == before


# Django's upload parser already strips folders and control characters from names; the check
# refuses them anyway, for any other way a file arrives (a command, a future API).
@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../../etc/report.pdf", "must not contain folder parts such as ../"),
        ("..\\report.pdf", "must not contain folder parts such as ../"),
        ("report\x00.pdf", "contains a control character (such as NUL)"),
        ("b" * 296 + ".pdf", "is 300 characters long"),
        ("report", "Files without an extension cannot be published"),
    ],
)
def test_unsafe_file_names_are_refused(name, message):
    with pytest.raises(Exception, match=message.replace("(", r"\(").replace(")", r"\)")):
        upload_name_check(name)


@pytest.mark.parametrize(
    ("name", "content", "label"),
    [
        ("report.pdf", pdf_bytes(2), "PDF"),
        ("letter.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "Word"),
        (
            "letter.docx",
            zip_bytes({"[Content_Types].xml": "<x/>", "word/document.xml": "<x/>"}),
            "Word",
        ),
        (
            "data.xlsx",
            zip_bytes({"[Content_Types].xml": "<x/>", "xl/workbook.xml": "<x/>"}),
            "Excel",
        ),
        (
            "slides.pptx",
            zip_bytes({"[Content_Types].xml": "<x/>", "ppt/presentation.xml": "<x/>"}),
            "PowerPoint",
        ),
        (
            "text.odt",
            zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text"}),
            "OpenDocument text",
        ),
        ("figures.csv", b"Year,Paid on time\n2017-18,95%\n", "CSV"),
        ("figures.csv", "Name,Amount\nCafé,£3\n".encode("cp1252"), "CSV"),
    ],
)
def test_accepted_formats_are_recognised_by_content(name, content, label):
    facts = upload_check(SimpleUploadedFile(name, content))
    assert facts.format.label == label
    assert facts.page_count == (2 if label == "PDF" else None)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"financial_year": "2017-19"}, "Enter a financial year like 2017-18"),
        ({"financial_year": "abcd"}, "Enter a financial year like 2017-18"),
        ({"slug": "wres-action-plan-2021"}, "Another publication already uses this slug"),
        ({"status": "withdrawn"}, "Give the public a reason for withdrawing it."),
        ({"ccgs": []}, "This field is required."),
        ({"last_updated": "2019-01-01"}, "cannot be before it was first published"),
    ],
)
def test_bad_publication_fields_are_refused_and_the_file_is_not_stored(officer, fields, message):
    before = stored_files()
    count = Publication.objects.count()
    upload = SimpleUploadedFile("report.pdf", pdf_bytes())
    response = officer.post(ADD_URL, publication_add_form(upload, **fields))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Publication.objects.count() == count
    assert stored_files() == before


def test_a_new_file_needs_an_upload(officer):
    response = officer.post(ADD_URL, publication_add_form())
    assert "Choose a file to upload." in response.content.decode()
    assert not Publication.objects.filter(slug="annual-report-2019-20").exists()


def test_replacing_a_file_in_the_admin_adds_a_version_and_keeps_the_old_one(officer):
    publication = PublicationFactory(title="Constitution", slug="constitution-test")
    officer.post(
        f"/admin/publications/publication/{publication.pk}/change/",
        publication_add_form(
            SimpleUploadedFile("constitution.pdf", pdf_bytes(1)),
            title="Constitution",
            slug="constitution-test",
            first_published="2020-01-01",
        ),
    )
    publication_file = PublicationFile.objects.get(publication=publication)
    data = publication_add_form(
        title="Constitution",
        slug="constitution-test",
        first_published="2020-01-01",
        **{
            "files-INITIAL_FORMS": "1",
            "files-0-id": publication_file.pk,
            "files-0-publication": publication.pk,
            "files-0-title": "Full report",
            "files-0-upload": SimpleUploadedFile("constitution v2.pdf", pdf_bytes(2)),
            "files-0-note": "Corrected table 3",
        },
    )
    response = officer.post(f"/admin/publications/publication/{publication.pk}/change/", data)
    assert response.status_code == 302
    old, new = publication_file.versions.order_by("number")
    assert (old.number, old.is_current, new.number, new.is_current) == (1, False, 2, True)
    assert (new.original_name, new.note, new.page_count) == (
        "constitution v2.pdf",
        "Corrected table 3",
        2,
    )
    assert default_storage.exists(old.file.name)
