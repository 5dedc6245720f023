"""Static files storage: whitenoise's compressed, hashed files; our ES modules' imports hashed."""

from functools import cached_property, lru_cache

from django.contrib.staticfiles.storage import ManifestStaticFilesStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage

_, JS_MODULE_IMPORT_PATTERNS = ManifestStaticFilesStorage._js_module_import_aggregation_patterns
NAMES_KEPT = 512  # static files' URLs, per process: the least recently asked for dropped


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Rewrites `import ... from "x.js"` in *.mjs files to the hashed names.

    Only in .mjs (our own modules): Django's switch for all .js files would also rewrite the CMS's
    bundled scripts, some of whose imports name files that do not exist, and collectstatic fails.

    Each name's URL is worked out once per process: the manifest is read when the process starts
    and does not change while it runs, and a `{% static %}` cost 20-30 µs (six on every page).
    """

    patterns = (
        *CompressedManifestStaticFilesStorage.patterns,
        ("*.mjs", JS_MODULE_IMPORT_PATTERNS),
    )

    def url(self, name, force=False):
        if force:
            return super().url(name, force)
        return self._url_kept(name)

    @cached_property
    def _url_kept(self):
        return lru_cache(maxsize=NAMES_KEPT)(super().url)
