"""Page benchmark (`make bench`): server time and queries for the home and a content page.

Runs on a throwaway SQLite database (or BENCH_DATABASE_URL) with production settings (DEBUG off,
hashed static files, the database cache), through Django's full middleware stack. For each page
it prints the median time over many requests next to the median for a bare view measured in the
same rounds, and the number of queries with 15 pages (the seed tree) and with 200 pages.
Targets: at most 10 queries per page, the same count at both sizes, at most 5x the bare view.
"""

import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "300"))
TREE_SIZE = 200
PAGES = {"home": "/", "content page": "/leicester-city/our-role/"}


def configure(workdir):
    os.environ.update(
        DJANGO_SETTINGS_MODULE="llr_site.settings",
        DATABASE_URL=os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3"),
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="testserver",
        SECURE_SSL_REDIRECT="0",
        STATIC_ROOT=str(Path(workdir) / "static"),
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    settings.ROOT_URLCONF = "tests.benchmarks.urls"


def prepare():
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("createcachetable", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    call_command("load_seed_content", verbosity=0)


def grow_tree(to_size):
    """Add published pages under the CCG sections until the tree has `to_size` pages."""
    from cms.api import add_plugin, create_page
    from cms.models import Page, PageContent
    from django.conf import settings
    from djangocms_versioning.models import Version

    from llr_site.seed.account import seed_user

    user = seed_user()
    sections = list(Page.objects.filter(reverse_id__in=["leicester-city", "west-leicestershire"]))
    for number in range(Page.objects.count(), to_size):
        page = create_page(
            f"Benchmark page {number}",
            "pages/content.html",
            settings.LANGUAGE_CODE,
            parent=sections[number % len(sections)],
            in_navigation=True,
            created_by=user,
        )
        content = PageContent.admin_manager.get(page=page)
        placeholder = content.rescan_placeholders()["content"]
        add_plugin(placeholder, "TextPlugin", settings.LANGUAGE_CODE, body=f"<p>Page {number}.</p>")
        Version.objects.get_for_content(content).publish(user)
    return Page.objects.count()


def query_count(client, url, page_cache):
    """Queries for one request once caches are warm (the page cache on or off)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext, override_settings

    with override_settings(
        CMS_PAGE_CACHE=page_cache, CMS_PLACEHOLDER_CACHE=page_cache, VISITOR_CACHE=page_cache
    ):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
    return len(queries)


def query_counts(client):
    return {
        name: (query_count(client, url, True), query_count(client, url, False))
        for name, url in PAGES.items()
    }


def median_times(client, urls, page_cache):
    """Median milliseconds per URL; URLs take turns in every round so noise hits all alike."""
    from django.core.cache import cache
    from django.test.utils import override_settings

    samples = {url: [] for url in urls}
    with override_settings(
        CMS_PAGE_CACHE=page_cache, CMS_PLACEHOLDER_CACHE=page_cache, VISITOR_CACHE=page_cache
    ):
        cache.clear()
        for url in urls:  # warm up
            client.get(url)
        for _ in range(REQUESTS):
            for url in urls:
                start = time.perf_counter()
                response = client.get(url)
                samples[url].append(time.perf_counter() - start)
                assert response.status_code == 200, (url, response.status_code)
    return {url: statistics.median(times) * 1000 for url, times in samples.items()}


def rendered_queries(client, url):
    """(database queries, database cache reads) to render `url` once caches are warm."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext, override_settings

    with override_settings(VISITOR_CACHE=False):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
    cache_reads = sum('FROM "llr_cache"' in query["sql"] for query in captured.captured_queries)
    return len(captured) - cache_reads, cache_reads


def app_pages_report(client, pages, max_queries, max_ratio=None):
    """Print the queries and the cached and rendered median times of an app's pages next to the
    bare view, measured in the same rounds; return the targets missed.

    Query targets count database queries to render a page (reads of the database cache table are
    shown apart: with Redis they are not database queries). The time target, if any, is checked
    on what anonymous visitors get: the visitor cache on (llr_site/visitor_cache.py).
    """
    counts = {name: rendered_queries(client, url) for name, url in pages.items()}
    urls = ["/__bare__/", *pages.values()]
    cached = median_times(client, urls, page_cache=True)
    rendered = median_times(client, urls, page_cache=False)
    print(f"{REQUESTS} requests per URL; median server times in ms")
    print("queries: database queries to render, then reads of the database cache table")
    print("cached: what anonymous visitors get; rendered: every request rendered")
    print(
        f"{'':<16}{'queries':>8}{'cache':>6}{'cached':>9}{'x bare':>8}{'rendered':>10}{'x bare':>8}"
    )
    bare_cached, bare_rendered = cached["/__bare__/"], rendered["/__bare__/"]
    print(f"{'bare view':<16}{'':>14}{bare_cached:>9.2f}{'':>8}{bare_rendered:>10.2f}")
    failures = []
    for name, url in pages.items():
        database, cache_reads = counts[name]
        ratio, rendered_ratio = cached[url] / bare_cached, rendered[url] / bare_rendered
        print(
            f"{name:<16}{database:>8}{cache_reads:>6}{cached[url]:>9.2f}{ratio:>8.1f}"
            f"{rendered[url]:>10.2f}{rendered_ratio:>8.1f}"
        )
        if database > max_queries:
            failures.append(f"{name}: {database} queries (target {max_queries})")
        if max_ratio and ratio > max_ratio:
            failures.append(f"{name}: {ratio:.1f}x the bare view (target {max_ratio}x)")
    return failures


def main():
    with tempfile.TemporaryDirectory() as workdir:
        configure(workdir)
        prepare()
        from cms.models import Page
        from django.test import Client

        client = Client()
        small = Page.objects.count()
        queries_small = query_counts(client)
        large = grow_tree(TREE_SIZE)
        queries_large = query_counts(client)
        urls = ["/__bare__/", *PAGES.values()]
        cached = median_times(client, urls, page_cache=True)
        uncached = median_times(client, urls, page_cache=False)

    print(f"{REQUESTS} requests per URL; times are medians in ms; queries once caches are warm")
    print("cached: CMS page cache on (what anonymous visitors get); rendered: page cache off")
    print(
        f"{'':<14}{'queries, cached':>18}{'queries, rendered':>20}"
        f"{'cached':>9}{'x bare':>8}{'rendered':>10}{'x bare':>8}"
    )
    print(f"{'':<14}{f'{small} / {large} pages':>18}{f'{small} / {large} pages':>20}")
    bare = "/__bare__/"
    print(f"{'bare view':<14}{'':>38}{cached[bare]:>9.2f}{'':>8}{uncached[bare]:>10.2f}")
    failures = []
    for name, url in PAGES.items():
        (cached_small, rendered_small), (cached_large, rendered_large) = (
            queries_small[name],
            queries_large[name],
        )
        ratio_cached, ratio_rendered = cached[url] / cached[bare], uncached[url] / uncached[bare]
        print(
            f"{name:<14}{f'{cached_small} / {cached_large}':>18}"
            f"{f'{rendered_small} / {rendered_large}':>20}"
            f"{cached[url]:>9.2f}{ratio_cached:>8.1f}{uncached[url]:>10.2f}{ratio_rendered:>8.1f}"
        )
        if max(cached_large, rendered_large) > 10:
            failures.append(f"{name}: more than 10 queries")
        if (cached_small, rendered_small) != (cached_large, rendered_large):
            failures.append(f"{name}: query count grows with the tree")
        if ratio_cached > 5:
            failures.append(f"{name}: {ratio_cached:.1f}x the bare view (target 5x)")
    print("targets met" if not failures else "targets missed: " + "; ".join(failures))


if __name__ == "__main__":
    main()
