"""Publications, and their files uploaded as the admin uploads them."""

import io

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from pypdf import PdfWriter

from ccgs.models import Ccg
from publications.models import DocumentType, Publication, PublicationFile
from publications.services import file_version_add
from publications.uploads import upload_check


class PublicationFactory(DjangoModelFactory):
    """A published annual report of the CCGs coded `ccgs` (West Leicestershire's unless told)."""

    class Meta:
        model = Publication
        skip_postgeneration_save = True

    title = "A test publication"
    slug = factory.LazyAttribute(lambda publication: slugify(publication.title))
    status = Publication.Status.PUBLISHED
    summary = factory.LazyAttribute(lambda publication: f"Summary of {publication.title}.")
    document_type = factory.LazyFunction(lambda: DocumentType.objects.get(slug="annual-report"))

    @factory.post_generation
    def ccgs(publication, create, codes, **kwargs):
        publication.ccgs.set(Ccg.objects.filter(code__in=("04V",) if codes is None else codes))


def pdf_bytes(pages=1):
    """A real, minimal PDF with that many blank pages."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def file_add(
    publication, name="report.pdf", content=None, *, title="Full report", publication_file=None
):
    """Upload a file (or, given `publication_file`, a new version of it) as the admin does."""
    upload = SimpleUploadedFile(name, pdf_bytes() if content is None else content)
    if publication_file is None:
        publication_file = PublicationFile.objects.create(publication=publication, title=title)
    return file_version_add(publication_file, upload, upload_check(upload))
