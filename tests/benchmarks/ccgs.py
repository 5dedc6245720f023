"""ODS import and practice finder benchmark (`make bench`).

Import: the LLR extracts and a generated national-sized pair of files (14,000 practice rows,
1,250 PCNs, in the published layout) are each parsed only, then imported into a database without
ODS data, then imported again (nothing changes); medians of five runs, side by side, after one
untimed import that loads what a process loads once.
Targets: import at most 3x the parse time, and under 10 seconds at the national size.

Pages: queries and median server time of the finder, a search, a search near a postcode that no
practice has (its sector, then its district), misspelt town and practice names (pg_trgm on
PostgreSQL, the same functions registered on SQLite), a PCN page and the PCN list next to the
bare view from the same rounds, with the national-size data imported. Target: at most 10 queries
per page. On PostgreSQL: BENCH_DATABASE_URL=postgres://…/<a database to create and drop>.
"""

import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.run import app_pages_report, configure, prepare  # noqa: E402

RUNS = 5
MAX_QUERIES = 10
PAGES = {
    "finder": "/practices/",
    "search": "/practices/?q=leicester&closed=on&settings=all&page=2",
    "near postcode": "/practices/?q=le3+9qp",
    "misspelt town": "/practices/?q=hinkley",
    "misspelt name": "/practices/?q=westcotes+surgery&closed=on",
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


def file_parse_only(practices_path, pcns_path):
    """Read both files without validating or keeping anything: the benchmark's baseline."""
    with open(practices_path, encoding="utf-8", newline="") as handle:
        rows = sum(1 for _ in csv.reader(handle))
    workbook = load_workbook(pcns_path, read_only=True, data_only=True)
    try:
        for sheet in workbook.worksheets:
            rows += sum(1 for _ in sheet.iter_rows(values_only=True))
    finally:
        workbook.close()
    return rows


def import_timings(practices, pcns):
    from ccgs.ods_import import ods_import

    ods_import(practices, pcns)  # warm-up: modules loaded and SQL compiled once per process
    parse = median_seconds(lambda: file_parse_only(practices, pcns))
    first = median_seconds(lambda: ods_import(practices, pcns), before=ods_clear)
    again = median_seconds(lambda: ods_import(practices, pcns))
    return parse, first, again


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
        print(f"ODS import, median of {RUNS} runs (seconds)")
        print(f"{'':<15}{'parse only':>11}{'import':>9}{'x parse':>9}{'again':>8}{'x parse':>9}")
        failures = []
        for name, (parse, first, again) in timings.items():
            print(
                f"{name:<15}{parse:>11.3f}{first:>9.3f}{first / parse:>9.2f}"
                f"{again:>8.3f}{again / parse:>9.2f}"
            )
            if max(first, again) > 3 * parse:
                failures.append(f"{name}: import {max(first, again) / parse:.1f}x the parse time")
        if max(timings["national size"][1:]) > 10:
            failures.append("national-size import over 10 seconds")
        print()
        failures += app_pages_report(Client(), PAGES, MAX_QUERIES)
    print("targets met" if not failures else "targets missed: " + "; ".join(failures))


if __name__ == "__main__":
    main()
