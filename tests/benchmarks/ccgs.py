"""ODS import and practice finder benchmark (`make bench`).

Import: the LLR extracts and a generated national-sized pair of files (14,000 practice rows,
1,250 PCNs, in the published layout) are each parsed only, then imported into a database without
ODS data, then imported again (nothing changes); medians of a few runs, side by side.
Targets: import at most 3x the parse time, and under 10 seconds at the national size.

Pages: queries and median server time of the finder, a search, a PCN page and the PCN list next
to the bare view from the same rounds. Target: at most 10 queries per page.
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.run import REQUESTS, configure, median_times, prepare  # noqa: E402

RUNS = 3
MAX_QUERIES = 10
PAGES = {
    "finder": "/practices/",
    "search": "/practices/?q=leicester&closed=on&settings=all&page=2",
    "pcn page": "/pcns/U25294/",
    "pcn list": "/pcns/",
}


def ods_clear():
    from ccgs.models import OdsImportRun, Pcn, PcnMembership, Practice

    PcnMembership.objects.all().delete()
    Practice.objects.all().delete()
    Pcn.objects.all().delete()
    OdsImportRun.objects.all().delete()


def median_seconds(action, before=None):
    samples = []
    for _ in range(RUNS):
        if before:
            before()
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def import_timings(practices, pcns):
    from ccgs.ods import file_parse_only
    from ccgs.ods_import import ods_import

    parse = median_seconds(lambda: file_parse_only(practices, pcns))
    first = median_seconds(lambda: ods_import(practices, pcns), before=ods_clear)
    again = median_seconds(lambda: ods_import(practices, pcns))
    return parse, first, again


def queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    cache_reads = sum('FROM "llr_cache"' in query["sql"] for query in captured.captured_queries)
    return len(captured) - cache_reads, cache_reads


def main():
    with tempfile.TemporaryDirectory() as workdir:
        configure(workdir)
        prepare()
        from django.test import Client

        from tests.ods_files import PCNS_EXTRACT, PRACTICES_EXTRACT, national_files

        national = national_files(workdir)
        sizes = {
            "LLR extracts": (PRACTICES_EXTRACT, PCNS_EXTRACT),
            "national size": national,
        }
        timings = {name: import_timings(*files) for name, files in sizes.items()}
        client = Client()
        counts = {name: queries(client, url) for name, url in PAGES.items()}
        times = median_times(client, ["/__bare__/", *PAGES.values()], page_cache=True)

    failures = []
    print(f"ODS import, median of {RUNS} runs (seconds)")
    print(f"{'':<15}{'parse only':>11}{'import':>9}{'x parse':>9}{'again':>8}{'x parse':>9}")
    for name, (parse, first, again) in timings.items():
        print(
            f"{name:<15}{parse:>11.3f}{first:>9.3f}{first / parse:>9.2f}"
            f"{again:>8.3f}{again / parse:>9.2f}"
        )
        if max(first, again) > 3 * parse:
            failures.append(f"{name}: import {max(first, again) / parse:.1f}x the parse time")
    if max(timings["national size"][1:]) > 10:
        failures.append("national-size import over 10 seconds")

    bare = times["/__bare__/"]
    print(f"\nPages, {REQUESTS} requests per URL")
    print("queries: to the database, then reads of the database cache table (none with Redis)")
    print(f"{'':<14}{'queries':>8}{'cache':>7}{'median ms':>11}{'x bare':>8}")
    print(f"{'bare view':<14}{'':>15}{bare:>11.2f}")
    for name, url in PAGES.items():
        database, cache_reads = counts[name]
        print(
            f"{name:<14}{database:>8}{cache_reads:>7}{times[url]:>11.2f}{times[url] / bare:>8.1f}"
        )
        if database + cache_reads > MAX_QUERIES:
            failures.append(f"{name}: {database + cache_reads} queries (target {MAX_QUERIES})")
    print("targets met" if not failures else "targets missed: " + "; ".join(failures))


if __name__ == "__main__":
    main()
