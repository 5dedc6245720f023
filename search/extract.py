"""The text of an uploaded document, for the index: PDF (pypdf), Word (python-docx), Excel
(openpyxl), PowerPoint (python-pptx), OpenDocument (odfpy) and CSV.

Reading stops at SEARCH_EXTRACT_MAX_CHARS characters and after SEARCH_EXTRACT_SECONDS seconds
(checked between pages, paragraphs, rows and slides); a file larger than SEARCH_EXTRACT_MAX_BYTES
is not read. A file that cannot be read (damaged, encrypted, not what its name says) gives an
outcome saying why, never an exception: the publication is still found by its metadata.
"""

import csv
import io
import re
import time
from dataclasses import dataclass

from search import conf
from search.models import FileText

Outcome = FileText.Outcome
# Control (Cc), format (Cf: zero-width, bidirectional marks, BOM), surrogate and private-use
# characters: one expression, fast on long texts.
UNWANTED = re.compile(
    "[\x00-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff\ue000-\uf8ff]"
)


@dataclass(frozen=True)
class Extracted:
    outcome: str
    text: str = ""
    detail: str = ""
    truncated: bool = False


class _Enough(Exception):
    """Raised inside a reader when the character or time limit is reached."""


class _Collector:
    """Gathers pieces of text up to the limits."""

    def __init__(self):
        self.pieces, self.length = [], 0
        self.deadline = time.monotonic() + conf.SEARCH_EXTRACT_SECONDS
        self.truncated = False

    def add(self, text):
        if not text:
            return
        self.pieces.append(text)
        self.length += len(text) + 1
        if self.length >= conf.SEARCH_EXTRACT_MAX_CHARS or time.monotonic() > self.deadline:
            self.truncated = True
            raise _Enough

    def text(self):
        return text_tidy(" ".join(self.pieces))[: conf.SEARCH_EXTRACT_MAX_CHARS]


def text_tidy(text):
    """Text as the index keeps it: no control, format, private-use or surrogate characters (the
    highlight marks are private-use), single spaces."""
    return " ".join(UNWANTED.sub(" ", text).split())


def _pdf(handle, collect):
    from pypdf import PdfReader

    reader = PdfReader(handle)
    if reader.is_encrypted:
        return Extracted(Outcome.ENCRYPTED, detail="The PDF is password-protected.")
    for page in reader.pages:
        collect.add(page.extract_text() or "")
    return None


def _docx(handle, collect):
    import docx

    document = docx.Document(handle)
    for paragraph in document.paragraphs:
        collect.add(paragraph.text)
    for table in document.tables:
        for row in table.rows:
            collect.add(" ".join(cell.text for cell in row.cells))
    return None


def _xlsx(handle, collect):
    from openpyxl import load_workbook

    workbook = load_workbook(handle, read_only=True, data_only=True)
    try:
        for sheet in workbook.worksheets:
            collect.add(sheet.title)
            for row in sheet.iter_rows(values_only=True):
                collect.add(" ".join(str(value) for value in row if value is not None))
    finally:
        workbook.close()
    return None


def _pptx(handle, collect):
    from pptx import Presentation

    for slide in Presentation(handle).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                collect.add(shape.text_frame.text)
    return None


def _odf(handle, collect):
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H, P

    document = load(handle)
    for element in document.getElementsByType(H) + document.getElementsByType(P):
        collect.add(teletype.extractText(element))
    return None


def _csv(handle, collect):
    raw = handle.read(conf.SEARCH_EXTRACT_MAX_CHARS * 2)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", "replace")
    for row in csv.reader(io.StringIO(text)):
        collect.add(" ".join(row))
    return None


READERS = {
    "pdf": _pdf,
    "docx": _docx,
    "xlsx": _xlsx,
    "pptx": _pptx,
    "odt": _odf,
    "ods": _odf,
    "odp": _odf,
    "csv": _csv,
}


def file_text_read(handle, extension, size):
    """The Extracted text of the open binary file `handle`, a .`extension` of `size` bytes."""
    reader = READERS.get(extension)
    if reader is None:
        return Extracted(Outcome.UNSUPPORTED, detail=f"Text is not read from .{extension} files.")
    if size > conf.SEARCH_EXTRACT_MAX_BYTES:
        limit = conf.SEARCH_EXTRACT_MAX_BYTES // (1024 * 1024)
        return Extracted(Outcome.TOO_LARGE, detail=f"Larger than {limit} MB: not read.")
    collect = _Collector()
    try:
        refused = reader(handle, collect)
    except _Enough:
        refused = None
    # Any library's failure on a damaged or disguised file: the publication keeps its metadata.
    except (Exception, RecursionError) as error:  # noqa: BLE001
        if "encrypt" in str(error).lower() or "password" in str(error).lower():
            return Extracted(Outcome.ENCRYPTED, detail="The file is password-protected.")
        detail = f"{type(error).__name__}: {error}"[:300]
        return Extracted(Outcome.UNREADABLE, detail=detail)
    if refused is not None:
        return refused
    text = collect.text()
    if not text:
        return Extracted(Outcome.NO_TEXT, detail="No text found: a scan without a text layer?")
    return Extracted(Outcome.READ, text=text, truncated=collect.truncated)
