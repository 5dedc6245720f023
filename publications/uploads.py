"""Checks an uploaded file by its name, size and content before anything is stored.

A file is accepted only when its extension is one of FORMATS and its bytes are what that
extension promises: a renamed web page, SVG image or program is refused whatever it is called.
"""

import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

from publications import conf

MAX_NAME_LENGTH = 200
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .doc, .xls and .ppt
PROGRAMS = (b"MZ", b"\x7fELF", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa")
WEB_CONTENT = (b"<!doctype", b"<html", b"<svg", b"<?xml", b"<script", b"<head", b"<body")


@dataclass(frozen=True)
class Format:
    """A file format the library accepts."""

    label: str
    content_type: str
    kind: str  # how its content is recognised: pdf, ole, ooxml:<folder>, odf, csv
    # Spelt out rather than guessed from the first letter: "a PDF" but "an Excel" file.
    article: str = "a"

    @property
    def label_with_article(self):
        return f"{self.article} {self.label}"


FORMATS = {
    "pdf": Format("PDF", "application/pdf", "pdf"),
    "doc": Format("Word", "application/msword", "ole"),
    "docx": Format(
        "Word",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "ooxml:word/",
    ),
    "xls": Format("Excel", "application/vnd.ms-excel", "ole", "an"),
    "xlsx": Format(
        "Excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ooxml:xl/",
        "an",
    ),
    "ppt": Format("PowerPoint", "application/vnd.ms-powerpoint", "ole"),
    "pptx": Format(
        "PowerPoint",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "ooxml:ppt/",
    ),
    "odt": Format("OpenDocument text", "application/vnd.oasis.opendocument.text", "odf", "an"),
    "ods": Format(
        "OpenDocument spreadsheet", "application/vnd.oasis.opendocument.spreadsheet", "odf", "an"
    ),
    "odp": Format(
        "OpenDocument presentation",
        "application/vnd.oasis.opendocument.presentation",
        "odf",
        "an",
    ),
    "csv": Format("CSV", "text/csv", "csv"),
}
ACCEPTED = "a PDF, Word, Excel, PowerPoint, OpenDocument or CSV file"


@dataclass(frozen=True)
class UploadFacts:
    """What the checks learnt about an accepted upload."""

    extension: str
    format: Format
    page_count: int | None


def upload_limit_bytes():
    return conf.max_upload_mb() * 1024 * 1024


def upload_name_check(name):
    """Refuse names with folder parts, control characters or too many characters."""
    if any(ord(char) < 32 or ord(char) == 127 for char in name):
        raise ValidationError(
            "The file name contains a control character (such as NUL): rename the file and "
            "upload it again.",
            code="name_control",
        )
    if "/" in name or "\\" in name or ".." in name:
        raise ValidationError(
            "The file name must not contain folder parts such as ../ or slashes: rename the "
            "file and upload it again.",
            code="name_path",
        )
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            f"The file name is {len(name)} characters long; rename the file to "
            f"{MAX_NAME_LENGTH} characters or fewer.",
            code="name_length",
        )
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in FORMATS:
        shown = f".{extension} files" if extension else "Files without an extension"
        raise ValidationError(
            f"{shown} cannot be published here. Upload {ACCEPTED}.", code="extension"
        )
    return extension


def upload_check(upload):
    """Check `upload` (a Django UploadedFile); return its UploadFacts or raise ValidationError."""
    extension = upload_name_check(upload.name)
    if not upload.size:
        raise ValidationError("The file is empty: choose the file again.", code="empty")
    if upload.size > upload_limit_bytes():
        raise ValidationError(
            f"The file is {filesizeformat(upload.size)}; files can be at most "
            f"{conf.max_upload_mb()} MB.",
            code="too_large",
        )
    file_format = FORMATS[extension]
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    if head.startswith(PROGRAMS):
        raise ValidationError(
            "This file is a program (an executable), which cannot be published.",
            code="executable",
        )
    if head.lstrip().lower().startswith(WEB_CONTENT):
        raise ValidationError(
            f"This file is named .{extension} but contains a web page or an SVG image. "
            f"Upload {ACCEPTED}.",
            code="web_content",
        )
    try:
        page_count = _content_check(upload, head, file_format)
    finally:
        upload.seek(0)
    return UploadFacts(extension=extension, format=file_format, page_count=page_count)


def _mismatch(extension, file_format):
    return ValidationError(
        f"This file is named .{extension} but its content is not "
        f"{file_format.label_with_article} file. "
        f"Check you chose the right file, or save it again as {file_format.label}.",
        code="content_mismatch",
    )


def _content_check(upload, head, file_format):
    extension = upload.name.rsplit(".", 1)[-1].lower()
    kind = file_format.kind
    if kind == "pdf":
        if not head.startswith(b"%PDF-"):
            raise _mismatch(extension, file_format)
        return _pdf_page_count(upload)
    if kind == "ole":
        if not head.startswith(OLE2):
            raise _mismatch(extension, file_format)
        return None
    if kind == "csv":
        _csv_check(upload, extension, file_format)
        return None
    try:
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
            if kind == "odf":
                ok = "mimetype" in names and (
                    archive.read("mimetype").decode("ascii", "replace").strip()
                    == file_format.content_type
                )
            else:
                folder = kind.split(":", 1)[1]
                ok = "[Content_Types].xml" in names and any(n.startswith(folder) for n in names)
    except (zipfile.BadZipFile, OSError, ValueError):
        ok = False
    if not ok:
        raise _mismatch(extension, file_format)
    return None


def _pdf_page_count(upload):
    # Imported here: pypdf is only needed when a PDF is uploaded.
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        return len(PdfReader(upload).pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise ValidationError(
            "This PDF could not be read: it may be damaged or password-protected. Save it "
            "again from the program that made it and upload the new copy.",
            code="pdf_unreadable",
        ) from error


def _csv_check(upload, extension, file_format):
    sample = upload.read(64 * 1024)
    if b"\x00" in sample:
        raise _mismatch(extension, file_format)
    try:
        sample.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:  # not just a character cut at the end of the sample
            try:
                sample.decode("cp1252")
            except UnicodeDecodeError:
                raise _mismatch(extension, file_format) from error
