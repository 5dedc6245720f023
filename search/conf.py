"""The search app's settings and their defaults (override any of them in the project's settings)."""

from django.conf import settings

# Results on one page of /search/.
SEARCH_RESULTS_PER_PAGE = getattr(settings, "SEARCH_RESULTS_PER_PAGE", 20)
# Longest query read, in characters: anything longer is cut (never an error).
SEARCH_QUERY_MAX_CHARS = getattr(settings, "SEARCH_QUERY_MAX_CHARS", 200)
# Most words of a query given to the engine (the rest are ignored, said on the page).
SEARCH_QUERY_MAX_WORDS = getattr(settings, "SEARCH_QUERY_MAX_WORDS", 12)
# The search report for staff covers this many days; older counts are deleted.
SEARCH_LOG_DAYS = getattr(settings, "SEARCH_LOG_DAYS", 30)
# Text extraction limits: a larger file is indexed by its metadata only and reported to staff.
SEARCH_EXTRACT_MAX_BYTES = getattr(settings, "SEARCH_EXTRACT_MAX_BYTES", 60 * 1024 * 1024)
# Characters of a file's text kept in the index (about 50,000 words, a 100-page report).
SEARCH_EXTRACT_MAX_CHARS = getattr(settings, "SEARCH_EXTRACT_MAX_CHARS", 300_000)
# Seconds spent reading one file's text before giving up on the rest of it.
SEARCH_EXTRACT_SECONDS = getattr(settings, "SEARCH_EXTRACT_SECONDS", 60)
# Whether search engines may crawl this site: robots.txt disallows everything unless True
# (production only).
SEARCH_ENGINES_ALLOWED = getattr(settings, "SEARCH_ENGINES_ALLOWED", False)
