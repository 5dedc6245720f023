"""Rendered pages under gunicorn (`make bench`): each page type's requests/s with the caches of
whole pages off, as a share of a static file's served by the same server in the same run, with a
bare Django view beside them (every middleware, no template), and each page's query count.

gunicorn, 2 workers of 4 threads, production settings (tests/benchmarks/settings_rendered.py:
the CMS page cache and the visitor cache off; the caches keyed by content alone, which no query
string can make miss, on as in production: the CMS's placeholders and the menu's parts), on
BENCH_DATABASE_URL (default: SQLite in a temporary folder) and BENCH_REDIS_URL (default: the
database cache). The client: BENCH_CLIENTS threads (16) on keep-alive connections, BENCH_SECONDS
(10) per address, every address in turn BENCH_ROUNDS times (1; the median is printed).
Beside the site's pages, a stock django CMS page (the CMS quick start's template: toolbar, menu,
one placeholder with the text of a seed page) measured the same way.
Target: every page at least 0.25 of the static file.
"""

import http.client
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.load.servers import PYTHON, ROOT, Gunicorn, site_environment, site_prepare  # noqa: E402

SECONDS = float(os.environ.get("BENCH_SECONDS", "10"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "1"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "16"))
TARGET = 0.25
PAGES = {
    "home": "/",
    "content page": "/leicester-city/our-role/",
    "CCG profile": "/west-leicestershire/",
    "finder, search": "/practices/?q=leicester",
    "practice": "/practices/C82001/",
    "PCN list": "/pcns/",
    "library, filter": "/publications/?type=annual-report",
    "publication": "/publications/wres-reporting-template-2020-21/",
    "governance": "/governance/",
    "meetings list": "/governance/meetings/",
}
COUNT_QUERIES = """
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
for path in {paths!r}:
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(path).status_code
    print(status, len(queries), path)
"""


def rate(port, path):
    """Requests/s over SECONDS from CLIENTS keep-alive connections; fails on any non-200."""
    done, failures = [0] * CLIENTS, []
    stop = time.monotonic() + SECONDS

    def client(index):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while time.monotonic() < stop:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                failures.append(response.status)
            done[index] += 1
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise RuntimeError(f"{path}: {len(failures)} responses were not 200 ({failures[:3]})")
    return sum(done) / (time.monotonic() - started)


def shell(environment, code):
    return subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def made(environment, function):
    """The address of what `tests.load.prepare.<function>` makes (once) and prints."""
    return shell(environment, f"from tests.load.prepare import {function}; {function}()").split()[
        -1
    ]


def main():
    workdir = tempfile.mkdtemp(prefix="llr-served-")
    database = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    environment = site_environment(database, os.environ.get("BENCH_REDIS_URL", ""))
    site_prepare(environment)
    rendered = dict(environment, DJANGO_SETTINGS_MODULE="tests.benchmarks.settings_rendered")
    pages = {
        "stock CMS page": made(rendered, "stock_page_ensure"),
        **PAGES,
        "meeting": made(environment, "meeting_ensure"),
    }
    counts = {}
    printed = shell(rendered, COUNT_QUERIES.format(paths=list(pages.values())))
    for status, count, path in re.findall(r"^(\d{3}) (\d+) (/\S*)$", printed, re.MULTILINE):
        counts[path] = count if status == "200" else f"{status}!"
    addresses = {"bare view": "/__bare__/", **pages}
    rates = {name: [] for name in ["static file", *addresses]}
    with Gunicorn(rendered) as server:
        port = server.port
        home = http.client.HTTPConnection("127.0.0.1", port)
        home.request("GET", "/")
        addresses["static file"] = re.search(
            r'<link rel="stylesheet" href="([^"]+)"', home.getresponse().read().decode()
        ).group(1)
        for _ in range(ROUNDS):
            for name in rates:
                rates[name].append(rate(port, addresses[name]))
    rates = {name: statistics.median(values) for name, values in rates.items()}
    static, stock = rates["static file"], rates["stock CMS page"]
    print(f"\nrendered pages under gunicorn (2 workers x 4 threads), {database.split(':')[0]}, ")
    print(f"median of {ROUNDS} round(s) of {SECONDS:g} s per address")
    print(f"{'page':<18}{'req/s':>8}{'x static':>10}{'x stock':>9}{'queries':>9}")
    missed, slower = [], []
    for name, requests_per_second in rates.items():
        share = requests_per_second / static
        queries = counts.get(addresses[name], "")
        print(
            f"{name:<18}{requests_per_second:>8.1f}{share:>10.2f}"
            f"{requests_per_second / stock:>9.2f}{queries:>9}"
        )
        if name in PAGES or name == "meeting":
            if share < TARGET:
                missed.append(name)
            if requests_per_second < stock:
                slower.append(name)
    print(f"target: every page at least {TARGET} of the static file; missed: {missed or 'none'}")
    print(f"slower than the stock CMS page: {slower or 'none'}")


if __name__ == "__main__":
    main()
