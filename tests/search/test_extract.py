"""Reading documents' text as officers upload them: every format, and the awkward files."""

import io

import pytest

from search.extract import file_text_read
from search.models import FileText
from tests.search.documents import (
    docx_with_text,
    odt_with_text,
    pdf_with_text,
    pptx_with_slides,
    xlsx_with_sheets,
)

Outcome = FileText.Outcome


def read(content, extension):
    return file_text_read(io.BytesIO(content), extension, len(content))


@pytest.mark.parametrize(
    ("content", "extension", "words"),
    [
        (
            pdf_with_text("Waiting times in Hinckley", "Second page: dermatology"),
            "pdf",
            ["Hinckley", "dermatology"],
        ),
        (
            docx_with_text("Minutes of the board", "Tracked café changes"),
            "docx",
            ["Minutes", "café", "Table cell"],
        ),
        (
            xlsx_with_sheets(
                Budget=[["Line", "£m"], ["Prescribing", 12.5]], Staff=[["Nurses", 40]]
            ),
            "xlsx",
            ["Budget", "Prescribing", "12.5", "Staff", "Nurses"],
        ),
        (
            pptx_with_slides("Primary care strategy", "Next steps"),
            "pptx",
            ["Primary care strategy", "Next steps"],
        ),
        (odt_with_text("An OpenDocument report on Rutland"), "odt", ["Rutland"]),
        (
            "\ufeffPractice;Town\r\nWestcotes;Leicester\r\nCaf\xe9;Oakham\r\n".encode(
                "cp1252", "replace"
            ).replace(b"?", b""),
            "csv",
            ["Westcotes", "Oakham", "Café"],
        ),
    ],
)
def test_the_text_of_each_format_is_read(content, extension, words):
    extracted = read(content, extension)
    assert extracted.outcome == Outcome.READ
    for word in words:
        assert word in extracted.text


def test_a_scan_without_text_is_reported_as_having_none():
    from tests.factories import pdf_bytes

    assert read(pdf_bytes(pages=2), "pdf").outcome == Outcome.NO_TEXT


def test_an_encrypted_pdf_is_reported_not_read():
    extracted = read(pdf_with_text("Secret", password="officer"), "pdf")
    assert (extracted.outcome, extracted.text) == (Outcome.ENCRYPTED, "")


@pytest.mark.parametrize("extension", ["pdf", "docx", "xlsx", "pptx", "odt"])
def test_a_file_that_is_not_what_it_claims_is_reported_not_read(extension):
    extracted = read(b"<html><body>not a document</body></html>", extension)
    assert (extracted.outcome, extracted.text) == (Outcome.UNREADABLE, "")
    assert extracted.detail


def test_a_huge_file_is_not_read(settings, monkeypatch):
    monkeypatch.setattr("search.conf.SEARCH_EXTRACT_MAX_BYTES", 1000)
    content = pdf_with_text("Too big " * 200)
    assert read(content, "pdf").outcome == Outcome.TOO_LARGE


def test_a_long_text_is_cut_at_the_limit(monkeypatch):
    monkeypatch.setattr("search.conf.SEARCH_EXTRACT_MAX_CHARS", 50)
    extracted = read(pdf_with_text(*[f"Page {n} words words words" for n in range(20)]), "pdf")
    assert extracted.outcome == Outcome.READ
    assert extracted.truncated and len(extracted.text) <= 50


def test_old_binary_formats_are_found_by_their_details_only():
    assert read(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "doc").outcome == (
        Outcome.UNSUPPORTED
    )


def test_private_use_and_control_characters_never_reach_the_index():
    content = "Board\ue000 papers\x07 here\x00".encode("cp1252", "ignore")
    extracted = read(b"Title\r\n" + content, "csv")
    assert extracted.outcome == Outcome.READ
    assert extracted.text == "Title Board papers here"
