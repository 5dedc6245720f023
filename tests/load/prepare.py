"""Content the load test needs besides the seed: a file to download.

Run in the site's environment: `manage.py shell -c "from tests.load.prepare import
download_ensure; download_ensure()"` prints the file's download URL.
"""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter

from publications.models import Publication, PublicationFile
from publications.services import file_version_add
from publications.uploads import upload_check

PUBLICATION_SLUG = "wres-reporting-template-2020-21"


def download_ensure():
    """Upload a one-page PDF to a seed publication once; print its stable download URL."""
    publication = Publication.objects.get(slug=PUBLICATION_SLUG)
    document = PublicationFile.objects.filter(publication=publication).first()
    if document is None:
        writer = PdfWriter()
        writer.add_blank_page(width=595, height=842)
        buffer = io.BytesIO()
        writer.write(buffer)
        upload = SimpleUploadedFile("WRES template 2020-21.pdf", buffer.getvalue())
        document = PublicationFile.objects.create(publication=publication, title="Template")
        file_version_add(document, upload, upload_check(upload))
    print(document.get_absolute_url())
