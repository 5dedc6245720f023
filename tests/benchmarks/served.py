"""Rendered pages under gunicorn (`make bench`): each page type's requests/s with the caches of
whole pages off, for visitors and for signed-in staff, as a share of a static file's served by
the same server in the same run, with a bare Django view beside them (every middleware, no
template), and each page's query count.

A search's results are kept in each server's memory (`search_cached`): the finder's row repeats
one search. Beside it, "finder, new search" makes a search no one made before on every request
(tests/benchmarks/new_search.lua), whose results are worked out each time.

Measured as the issue measured: wrk (Debian's package, `make bench` installs it) with
BENCH_CONNECTIONS (64) connections for BENCH_SECONDS (10) per address, every address in turn
BENCH_ROUNDS times (1; the median is printed). gunicorn: 2 workers of 4 threads, production
settings (tests/benchmarks/settings_rendered.py: the CMS page cache and the visitor cache off;
the caches keyed by content alone, which no query string can make miss, on as in production:
the CMS's placeholders and the menu's parts), on BENCH_DATABASE_URL (default: SQLite in a
temporary folder) and BENCH_REDIS_URL (default: the database cache). Staff: a member of
communications staff signed in with their second factor (their toolbar, their session saved on
every request, nothing kept for them). Beside the site's pages, a stock django CMS page (the CMS
quick start's template: toolbar, menu, one placeholder with the text of a seed page) measured
the same way. The bare view is measured for staff too: what reading a signed-in member of staff
costs (their session, their account, their second factor, their toolbar's settings) before any
page is rendered, the most a staff page could reach.
Target: every page at least 0.25 of the static file.
"""

import http.client
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.load.servers import PYTHON, ROOT, Gunicorn, site_environment, site_prepare  # noqa: E402

SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "1"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "64"))
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


class Scripted(NamedTuple):
    """A page measured with a wrk script rather than one address; its queries counted on `path`
    after a visit to `first`, two addresses like those the script asks for."""

    script: str
    first: str
    path: str


SCRIPTED = {
    "finder, new search": Scripted(
        "new_search.lua", first="/practices/?q=qzvkwxj", path="/practices/?q=jxwkvzq"
    )
}
COUNT_QUERIES = """
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
if {cookie!r}:
    name, value = {cookie!r}.split("=", 1)
    client.cookies[name] = value
for first, path in {paths!r}:
    client.get(first)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(path).status_code
    print(status, len(queries), path)
"""


def rate(port, path, cookie="", script=None):
    """Requests/s from wrk over SECONDS (asking for `path`, or for what `script` makes); fails on
    any response but a 200, or a socket error."""
    headers = ["-H", f"Cookie: {cookie}"] if cookie else []
    if script:
        headers += ["-s", str(Path(__file__).parent / script)]
    printed = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            "--timeout=30s",  # gunicorn's own limit
            f"-d{SECONDS}s",
            *headers,
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    wrong = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors: .*", printed)
    if wrong:
        raise RuntimeError(f"{path}: {wrong.group(0)}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", printed).group(1))


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
    """The last word `tests.load.prepare.<function>` prints (it makes what it names, once)."""
    return shell(environment, f"from tests.load.prepare import {function}; {function}()").split()[
        -1
    ]


def query_counts(environment, paths, cookie):
    """{path: the queries of a visit to it after one to `first`} for each (first, path)."""
    printed = shell(environment, COUNT_QUERIES.format(paths=paths, cookie=cookie))
    return {
        path: count if status == "200" else f"{status}!"
        for status, count, path in re.findall(r"^(\d{3}) (\d+) (/\S*)$", printed, re.MULTILINE)
    }


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
        **{name: scripted.path for name, scripted in SCRIPTED.items()},
    }
    first_visits = [
        (SCRIPTED[name].first if name in SCRIPTED else path, path) for name, path in pages.items()
    ]
    staff_cookie = made(rendered, "staff_session_ensure")
    who = {"visitor": "", "staff": staff_cookie}
    counts = {kind: query_counts(rendered, first_visits, who[kind]) for kind in who}
    rates = {("static file", ""): []}
    rates.update({("bare view", kind): [] for kind in who})
    rates.update({(name, kind): [] for kind in who for name in pages})
    with Gunicorn(rendered) as server:
        home = http.client.HTTPConnection("127.0.0.1", server.port)
        home.request("GET", "/")
        static_path = re.search(
            r'<link rel="stylesheet" href="([^"]+)"', home.getresponse().read().decode()
        ).group(1)
        addresses = {"static file": static_path, "bare view": "/__bare__/", **pages}
        for _ in range(ROUNDS):
            for name, kind in rates:
                script = SCRIPTED[name].script if name in SCRIPTED else None
                rates[name, kind].append(
                    rate(server.port, addresses[name], who.get(kind, ""), script)
                )
    rates = {measured: statistics.median(values) for measured, values in rates.items()}
    static = rates["static file", ""]
    print(f"\nrendered pages under gunicorn (2 workers x 4 threads), {database.split(':')[0]}, wrk")
    print(f"with {CONNECTIONS} connections, median of {ROUNDS} round(s) of {SECONDS} s per address")
    print(f"static file {static:.1f} req/s")
    for kind in who:
        bare = rates["bare view", kind]
        print(f"bare view, {kind}: {bare:.1f} req/s ({bare / static:.2f} of the static file)")
    missed, slower = [], []
    for kind in who:
        stock = rates["stock CMS page", kind]
        print(f"\n{kind:<18}{'req/s':>8}{'x static':>10}{'x stock':>9}{'queries':>9}")
        for name, path in pages.items():
            requests_per_second = rates[name, kind]
            share = requests_per_second / static
            print(
                f"{name:<18}{requests_per_second:>8.1f}{share:>10.2f}"
                f"{requests_per_second / stock:>9.2f}{counts[kind].get(path, ''):>9}"
            )
            if name != "stock CMS page":
                if share < TARGET:
                    missed.append(f"{name} ({kind})")
                if requests_per_second < stock:
                    slower.append(f"{name} ({kind})")
    print(f"\ntarget: every page at least {TARGET} of the static file; missed: {missed or 'none'}")
    print(f"slower than the stock CMS page: {slower or 'none'}")


if __name__ == "__main__":
    main()
