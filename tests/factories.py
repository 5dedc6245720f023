"""Builders for test data, instead of fixture files."""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.text import slugify

PASSWORD = "a-test-password-1"


def user_create(username, group_name=None, *, is_staff=True, is_superuser=False):
    user = get_user_model().objects.create_user(
        username=username, password=PASSWORD, is_staff=is_staff, is_superuser=is_superuser
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def pdf_bytes(pages=1):
    """A real, minimal PDF with that many blank pages."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def publication_create(title="A test publication", *, ccgs=("04V",), **fields):
    from ccgs.models import Ccg
    from publications.models import DocumentType, Publication, Status

    fields.setdefault("slug", slugify(title))
    fields.setdefault("status", Status.PUBLISHED)
    fields.setdefault("summary", f"Summary of {title}.")
    fields.setdefault("document_type", DocumentType.objects.get(slug="annual-report"))
    publication = Publication.objects.create(title=title, **fields)
    publication.ccgs.set(Ccg.objects.filter(code__in=ccgs))
    return publication


def file_add(publication, name="report.pdf", content=None, *, title="Full report", document=None):
    """Upload a file (or, given `document`, a new version of it) as the admin does."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from publications.models import PublicationFile
    from publications.services import file_version_add
    from publications.uploads import upload_check

    upload = SimpleUploadedFile(name, pdf_bytes() if content is None else content)
    if document is None:
        document = PublicationFile.objects.create(publication=publication, title=title)
    return file_version_add(document, upload, upload_check(upload))
