"""Library benchmark (`make bench`): 10,000 publications and 20,000 files, pages against bare.

Prints the queries per request once caches are warm and the median server time of the library,
a filtered library page and a publication page, next to the bare view from the same rounds.
Targets: at most 8 queries per page, at most 5x the bare view.
"""

import datetime
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.run import app_pages_report, configure, prepare  # noqa: E402

PUBLICATIONS = 10_000
FILES_EACH = 2
MAX_QUERIES = 8


def library_fill():
    """Bulk-create the publications, their CCG links, files and one version per file."""
    from ccgs.models import Ccg
    from publications.models import (
        DocumentType,
        FileVersion,
        Publication,
        PublicationFile,
    )

    types = list(DocumentType.objects.all())
    ccgs = list(Ccg.objects.all())
    start = datetime.date(2013, 4, 1)
    publications = Publication.objects.bulk_create(
        Publication(
            title=f"Board papers {number}",
            slug=f"board-papers-{number}",
            document_type=types[number % len(types)],
            financial_year=f"{2013 + number % 8}-{(14 + number % 8) % 100:02d}",
            first_published=start + datetime.timedelta(days=number % 3000),
            summary=f"Papers for meeting {number} of the governing body.",
            status=Publication.Status.PUBLISHED,
        )
        for number in range(PUBLICATIONS)
    )
    through = Publication.ccgs.through
    through.objects.bulk_create(
        through(publication_id=publication.pk, ccg_id=ccgs[number % len(ccgs)].pk)
        for number, publication in enumerate(publications)
    )
    publication_files = PublicationFile.objects.bulk_create(
        PublicationFile(publication=publication, title=title, position=position)
        for publication in publications
        for position, title in enumerate(["Papers", "Appendix"][:FILES_EACH])
    )
    FileVersion.objects.bulk_create(
        FileVersion(
            publication_file=publication_file,
            number=1,
            file=f"publications/bench-{publication_file.pk}.pdf",
            original_name="papers.pdf",
            file_format="PDF",
            content_type="application/pdf",
            size=123_456,
            page_count=12,
            sha256="0" * 64,
        )
        for publication_file in publication_files
    )
    return len(publications), len(publication_files)


def main():
    with tempfile.TemporaryDirectory() as workdir:
        configure(workdir)
        prepare()
        from django.test import Client

        publication_count, file_count = library_fill()
        print(f"{publication_count} publications, {file_count} files")
        pages = {
            "library": "/publications/",
            "filtered": "/publications/?type=board-papers&ccg=04V&year=2019-20&q=papers",
            "publication": "/publications/board-papers-5000/",
        }
        failures = app_pages_report(Client(), pages, MAX_QUERIES, max_ratio=5)
    print("targets met" if not failures else "targets missed: " + "; ".join(failures))


if __name__ == "__main__":
    main()
