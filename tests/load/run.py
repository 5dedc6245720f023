"""`make loadtest`: locust, headless, against gunicorn (2 workers) with PostgreSQL and Redis.

Two phases in one run, on the same server: the static stylesheet alone (the yardstick), then
the visitors' mix (cached pages, finder and library searches with random terms, a file
download, feeds), 64 users each. Prints requests/s, p50, p95 and p99 per kind, the mix's rate
as a share of the static file's, and fails on any error or a share below the target.

LOAD_DATABASE_URL (default: PostgreSQL `llr_loadtest` on 127.0.0.1, created if missing),
LOAD_REDIS_URL (default: database 13 of Redis on 127.0.0.1), LOAD_USERS, LOAD_SECONDS and
LOAD_STATIC_SECONDS change them.
"""

import csv
import os
import re
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.load.servers import PYTHON, ROOT, Gunicorn, site_environment, site_prepare  # noqa: E402

DATABASE_URL = os.environ.get(
    "LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/llr_loadtest"
)
REDIS_URL = os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/13")
USERS = int(os.environ.get("LOAD_USERS", "64"))
SECONDS = int(os.environ.get("LOAD_SECONDS", "60"))
STATIC_SECONDS = int(os.environ.get("LOAD_STATIC_SECONDS", "20"))
TARGET_SHARE = 0.3
LOCUST = ROOT / ".venv" / "bin" / "locust"


def database_ensure(url):
    if url.startswith("postgres"):
        name = url.rsplit("/", 1)[1]
        server = url.rsplit("/", 1)[0]
        found = subprocess.run(
            [
                "psql",
                f"{server}/postgres",
                "-tAc",
                f"SELECT 1 FROM pg_database WHERE datname='{name}'",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        if found.stdout.strip() != "1":
            subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)


def locust(url, user_class, seconds, environment, prefix):
    subprocess.run(
        [
            LOCUST,
            "-f",
            str(Path(__file__).with_name("locustfile.py")),
            user_class,
            "--headless",
            "--users",
            str(USERS),
            "--spawn-rate",
            str(USERS),
            "--run-time",
            f"{seconds}s",
            "--host",
            url,
            "--csv",
            prefix,
            "--only-summary",
            "--loglevel",
            "WARNING",
        ],
        env=environment,
        check=False,  # a failed request makes locust exit 1: reported below
        stdout=subprocess.DEVNULL,
    )
    with open(f"{prefix}_stats.csv", newline="") as stats:
        return {row["Name"]: row for row in csv.DictReader(stats)}


def main():
    database_ensure(DATABASE_URL)
    environment = site_environment(DATABASE_URL, REDIS_URL)
    site_prepare(environment)
    download = (
        subprocess.run(
            [
                PYTHON,
                "manage.py",
                "shell",
                "-c",
                "from tests.load.prepare import download_ensure; download_ensure()",
            ],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    with Gunicorn(environment) as server:
        home = urllib.request.urlopen(server.url + "/").read().decode()
        stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', home).group(1)
        load_environment = dict(
            os.environ, LOAD_DOWNLOAD_URL=download, LOAD_STYLESHEET_URL=stylesheet
        )
        workdir = tempfile.mkdtemp(prefix="llr-load-")
        static = locust(
            server.url, "StaticReader", STATIC_SECONDS, load_environment, f"{workdir}/static"
        )
        mix = locust(server.url, "Visitor", SECONDS, load_environment, f"{workdir}/mix")
    report(static, mix)


def report(static, mix):
    print(f"\nlocust, {USERS} users; gunicorn 2 workers; {DATABASE_URL.split('://')[0]}, Redis")
    print(
        f"{'kind':<16}{'requests':>10}{'errors':>8}{'req/s':>9}"
        f"{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}"
    )
    rows = (
        [("static file", static["static file"])]
        + [(name, row) for name, row in mix.items() if name != "Aggregated"]
        + [("mix, all kinds", mix["Aggregated"])]
    )
    errors = 0
    for name, row in rows:
        errors += int(row["Failure Count"])
        print(
            f"{name:<16}{row['Request Count']:>10}{row['Failure Count']:>8}"
            f"{float(row['Requests/s']):>9.1f}{row['50%']:>8}{row['95%']:>8}{row['99%']:>8}"
        )
    share = float(mix["Aggregated"]["Requests/s"]) / float(static["static file"]["Requests/s"])
    print(f"mix / static file: {share:.2f} (target at least {TARGET_SHARE}); errors: {errors}")
    if errors or share < TARGET_SHARE:
        sys.exit(1)


if __name__ == "__main__":
    main()
