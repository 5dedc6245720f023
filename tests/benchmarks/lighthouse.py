"""Lighthouse (npm `lighthouse`, pinned in package.json) on a phone, in Debian's Chromium.

Serves the site with gunicorn and production settings (the caches on, as visitors get it) on
BENCH_DATABASE_URL (default: SQLite in a temporary folder), runs Lighthouse's default mobile
audit (simulated slow 4G and a 4x slower CPU) on the home page, a CCG profile and the library,
and prints each category's score and the cumulative layout shift. Lighthouse's performance score
follows the machine's own speed: on a busy shared machine it reads low; CLS does not depend on it.
Targets (issue 14): CLS below 0.05, performance at least 95, every other category 100.
`tests/browser/test_layout_shift.py` is the CI check of layout shift on every page type.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.browser.chromium import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402
from tests.load.servers import ROOT, Gunicorn, site_environment, site_prepare  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
PAGES = {
    "home": "/",
    "CCG profile": "/west-leicestershire/",
    "library": "/publications/",
}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CLS_TARGET = 0.05
PERFORMANCE_TARGET = 95


def audit(url):
    """Lighthouse's report of `url` (mobile, its defaults), as a dict."""
    printed = subprocess.run(
        [
            LIGHTHOUSE,
            url,
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
        ],
        env=dict(os.environ, CHROME_PATH=CHROMIUM),
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    return json.loads(printed)


def _failing_audits(report):
    for category in CATEGORIES[1:]:
        for reference in report["categories"][category]["auditRefs"]:
            score = report["audits"][reference["id"]]["score"]
            if reference["weight"] and score is not None and score < 1:
                yield reference["id"]


def main():
    workdir = tempfile.mkdtemp(prefix="llr-lighthouse-")
    database = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    # Audited as the production site: search engines allowed (otherwise every page says noindex).
    environment = site_environment(
        database, os.environ.get("BENCH_REDIS_URL", ""), SEARCH_ENGINES_ALLOWED="1"
    )
    site_prepare(environment)
    rows, missed, failing = [], [], set()
    with Gunicorn(environment) as server:
        for name, path in PAGES.items():
            report = audit(server.url + path)
            scores = [round(report["categories"][c]["score"] * 100) for c in CATEGORIES]
            shift = report["audits"]["cumulative-layout-shift"]["numericValue"]
            failing.update(_failing_audits(report))
            rows.append((name, *scores, shift))
            performance, *others = scores
            if shift >= CLS_TARGET or performance < PERFORMANCE_TARGET or min(others) < 100:
                missed.append(name)
    print("\nLighthouse, mobile (simulated slow 4G, 4x CPU slowdown), Debian's Chromium")
    print(f"{'page':<14}{'perf':>6}{'a11y':>6}{'best':>6}{'seo':>6}{'CLS':>8}")
    for name, performance, accessibility, practices, seo, shift in rows:
        print(f"{name:<14}{performance:>6}{accessibility:>6}{practices:>6}{seo:>6}{shift:>8.3f}")
    if failing:
        print(f"audits not passed (categories other than performance): {sorted(failing)}")
    print(
        f"targets: CLS below {CLS_TARGET}, performance at least {PERFORMANCE_TARGET}, "
        f"the others 100; missed: {missed or 'none'}"
    )


if __name__ == "__main__":
    main()
