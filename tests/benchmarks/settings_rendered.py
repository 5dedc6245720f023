"""Production settings with the caches of whole pages off: each request is rendered, as a page
missing the caches is (the served benchmark, tests/benchmarks/served.py).

Off: the CMS page cache and the visitor cache, the two keyed by the address asked for. On, as in
production: the CMS's placeholder cache and the menu's parts kept for visitors (`nhsuk.menus`),
keyed by content alone, which no query string can make miss. The issue's stock CMS page was
measured the same way (its page cache off).
"""

from llr_site.settings import *  # noqa: F403
from llr_site.settings import BASE_DIR, CMS_TEMPLATES, TEMPLATES

VISITOR_CACHE = False
CMS_PAGE_CACHE = False
ROOT_URLCONF = "tests.benchmarks.urls"  # the site plus a bare view

# A stock django CMS page beside the site's, for comparison (served.py makes one).
STOCK_PAGE_TEMPLATE = "benchmarks/stock_page.html"
CMS_TEMPLATES = [*CMS_TEMPLATES, (STOCK_PAGE_TEMPLATE, "Stock django CMS page")]
TEMPLATES = [
    {**TEMPLATES[0], "DIRS": [*TEMPLATES[0]["DIRS"], BASE_DIR / "tests/benchmarks/templates"]}
]
