"""Search benchmark (`make bench`): the index with 10,000 publications whose files hold 2,000
words each, 20,000 practices and 500 meetings; a search's median server time and queries next to
the bare view, the rate of indexing the files' text, and the index's size.

The text is generated (a fixed random vocabulary), never stored as files. Sizes are options, so
CI can run a small version:

    python tests/benchmarks/search.py --publications 500 --practices 1000 --meetings 50

Runs on a throwaway SQLite database, or on PostgreSQL with BENCH_DATABASE_URL. Targets: a fixed
number of queries whatever the sizes; at most 10x the bare view on PostgreSQL; at least 100
files indexed per second.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.run import configure, prepare  # noqa: E402

MAX_QUERIES = 12
MAX_RATIO_POSTGRESQL = 10
MIN_FILES_PER_SECOND = 100
QUERIES = [
    "board papers",
    "physiotherapy waiting times",
    '"primary care" strategy',
    "hinckley surgery",
    "annual report -draft",
    "LE3 9QP",
    # Nothing matches: "did you mean physiotherapy".
    "physiotheraphy",
]
TOWNS = [
    "Leicester",
    "Loughborough",
    "Hinckley",
    "Melton Mowbray",
    "Oakham",
    "Market Harborough",
    "Coalville",
    "Lutterworth",
    "Wigston",
    "Oadby",
    "Syston",
    "Uppingham",
]
COMMON = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "for",
    "on",
    "that",
    "with",
    "as",
    "by",
    "this",
    "be",
    "are",
    "from",
    "at",
    "or",
    "it",
    "care",
    "health",
    "services",
    "patients",
    "board",
    "report",
    "primary",
    "community",
    "hospital",
    "waiting",
    "times",
    "strategy",
    "quality",
    "finance",
    "plan",
    "governing",
    "body",
    "meeting",
    "papers",
    "minutes",
]


def vocabulary(rng, size=20_000):
    letters = "abcdefghijklmnopqrstuvwxyz"
    made = {"".join(rng.choices(letters, k=rng.randint(4, 11))) for _ in range(size)}
    return sorted(made) + ["physiotherapy", "ophthalmology", "dermatology", "safeguarding"]


def text_of(rng, words, count):
    # Prose-like: common words a third of the time, the rest from the long tail.
    return " ".join(
        rng.choice(COMMON) if rng.random() < 0.35 else rng.choice(words) for _ in range(count)
    )


def fill(publications, practices, meetings, words_each):
    """Bulk-create the records and their files' text; returns the seconds it took."""
    from ccgs.models import Ccg, Practice
    from governance.models import GoverningBody, Meeting
    from publications.models import (
        DocumentType,
        FileVersion,
        Publication,
        PublicationFile,
    )
    from search.models import FileText

    rng = random.Random(15)
    words = vocabulary(rng)
    types, ccgs = list(DocumentType.objects.all()), list(Ccg.objects.all())
    start = datetime.date(2013, 4, 1)
    made = Publication.objects.bulk_create(
        Publication(
            title=f"{rng.choice(['Board papers', 'Annual report', 'Strategy', 'Minutes'])} {n}",
            slug=f"bench-{n}",
            document_type=types[n % len(types)],
            first_published=start + datetime.timedelta(days=n % 3000),
            summary=text_of(rng, words, 30),
            status=Publication.Status.PUBLISHED,
        )
        for n in range(publications)
    )
    through = Publication.ccgs.through
    through.objects.bulk_create(
        through(publication_id=p.pk, ccg_id=ccgs[n % len(ccgs)].pk) for n, p in enumerate(made)
    )
    documents = PublicationFile.objects.bulk_create(
        PublicationFile(publication=p, title="Papers") for p in made
    )
    versions = FileVersion.objects.bulk_create(
        FileVersion(
            publication_file=d,
            number=1,
            file=f"publications/bench-{d.pk}.pdf",
            original_name="papers.pdf",
            file_format="PDF",
            content_type="application/pdf",
            size=123_456,
            sha256="0" * 64,
        )
        for d in documents
    )
    for batch in range(0, len(versions), 500):
        FileText.objects.bulk_create(
            FileText(
                file_version=v, outcome=FileText.Outcome.READ, text=text_of(rng, words, words_each)
            )
            for v in versions[batch : batch + 500]
        )
    existing = Practice.objects.count()
    Practice.objects.bulk_create(
        (
            Practice(
                code=f"Z{n:05d}",
                # The first is named so that "did you mean" has its answer at any size.
                name=f"{'Physiotherapy' if n == 0 else rng.choice(words).title()} "
                f"{rng.choice(['Surgery', 'Medical Centre'])}",
                address_line_1=f"{n % 300} {rng.choice(words).title()} Road",
                address_line_4=rng.choice(TOWNS),
                postcode=f"LE{n % 19 + 1} {n % 9}{rng.choice('ABDEFG')}{rng.choice('PQRSTU')}",
                status=Practice.Status.ACTIVE,
                prescribing_setting=4,
                commissioner_code=ccgs[n % len(ccgs)].code,
                ccg=ccgs[n % len(ccgs)],
            )
            for n in range(max(0, practices - existing))
        ),
        batch_size=1000,
    )
    bodies = list(GoverningBody.objects.all())
    first = datetime.datetime(2015, 1, 6, 14, 0, tzinfo=datetime.UTC)
    Meeting.objects.bulk_create(
        Meeting(
            governing_body=bodies[n % len(bodies)],
            venue=f"{rng.choice(TOWNS)} Hall",
            starts_at=first + datetime.timedelta(days=7 * n),
        )
        for n in range(meetings)
    )
    return len(versions)


def index_size():
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_total_relation_size('search_entry')")
            return cursor.fetchone()[0]
        cursor.execute(
            "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'search_entry%' "
            "OR name LIKE 'sqlite_autoindex_search_entry%'"
        )
        return cursor.fetchone()[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--publications", type=int, default=10_000)
    parser.add_argument("--practices", type=int, default=20_000)
    parser.add_argument("--meetings", type=int, default=500)
    parser.add_argument("--words", type=int, default=2_000, help="words in each file")
    parser.add_argument("--requests", type=int, default=int(os.environ.get("BENCH_REQUESTS", 60)))
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        configure(workdir)
        prepare()
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        from search.models import Entry
        from search.services import kind_rebuild

        files = fill(options.publications, options.practices, options.meetings, options.words)
        start = time.perf_counter()
        kind_rebuild(Entry.Kind.PUBLICATION)
        seconds = time.perf_counter() - start
        rate = files / seconds
        # The seed's publications besides the benchmark's.
        indexed = Entry.objects.filter(kind=Entry.Kind.PUBLICATION, url__contains="/bench-").count()
        assert indexed == files, f"{indexed} of {files} publications indexed"
        for kind in Entry.Kind.values:
            if kind != Entry.Kind.PUBLICATION:
                kind_rebuild(kind)
        print(f"engine: {connection.vendor}; entries: {Entry.objects.count()}")
        print(
            f"indexing {files} publications with {options.words}-word files: {seconds:.1f} s, "
            f"{rate:.0f} files per second"
        )
        size = index_size()
        print(f"index size: {size / 1024 / 1024:.1f} MB" if size else "index size: unknown")

        client = Client()
        urls = ["/__bare__/"] + [f"/search/?q={query}" for query in QUERIES]
        queries = []
        for url in urls[1:]:
            # Twice: a process's first requests also reload the apps' URLs (the CMS does that on
            # a request after a change), which is not the search's own work.
            client.get(url)
            client.get(url)
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url)
            assert response.status_code == 200
            if url.endswith("physiotheraphy"):
                assert "physiotherapy" in response.content.decode(), "no suggestion"
            queries.append(len(captured))
        samples = {url: [] for url in urls}
        for _ in range(options.requests):
            for url in urls:
                begin = time.perf_counter()
                client.get(url)
                samples[url].append(time.perf_counter() - begin)
        medians = {url: statistics.median(times) * 1000 for url, times in samples.items()}
        bare = medians["/__bare__/"]
        print(f"{options.requests} requests per URL; median server time in ms")
        print(f"{'':<34}{'queries':>8}{'ms':>9}{'x bare':>8}")
        print(f"{'bare view':<34}{'':>8}{bare:>9.2f}")
        for url, count in zip(urls[1:], queries, strict=True):
            print(f"{url:<34}{count:>8}{medians[url]:>9.2f}{medians[url] / bare:>8.1f}")
        search_median = statistics.median(medians[url] for url in urls[1:])
        failures = []
        if max(queries) > MAX_QUERIES:
            failures.append(f"{max(queries)} queries (target {MAX_QUERIES})")
        if connection.vendor == "postgresql" and search_median / bare > MAX_RATIO_POSTGRESQL:
            failures.append(f"{search_median / bare:.1f}x the bare view (target 10x)")
        if rate < MIN_FILES_PER_SECOND:
            failures.append(f"{rate:.0f} files per second (target {MIN_FILES_PER_SECOND})")
    print("targets met" if not failures else "targets missed: " + "; ".join(failures))


if __name__ == "__main__":
    main()
