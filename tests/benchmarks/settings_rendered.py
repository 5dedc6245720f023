"""Production settings with every cache of rendered pages off: each request is rendered, as a
page missing the caches is (the served benchmark, tests/benchmarks/served.py)."""

from llr_site.settings import *  # noqa: F403

VISITOR_CACHE = False
CMS_PAGE_CACHE = False
CMS_PLACEHOLDER_CACHE = False
CMS_PLUGIN_CACHE = False
ROOT_URLCONF = "tests.benchmarks.urls"  # the site plus a bare view
