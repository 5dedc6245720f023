"""Static files storage: whitenoise's compressed, hashed files; our ES modules' imports hashed."""

from django.contrib.staticfiles.storage import ManifestStaticFilesStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage

_, JS_MODULE_IMPORT_PATTERNS = ManifestStaticFilesStorage._js_module_import_aggregation_patterns


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Rewrites `import ... from "x.js"` in *.mjs files to the hashed names.

    Only in .mjs (our own modules): Django's switch for all .js files would also rewrite the CMS's
    bundled scripts, some of whose imports name files that do not exist, and collectstatic fails.
    """

    patterns = (
        *CompressedManifestStaticFilesStorage.patterns,
        ("*.mjs", JS_MODULE_IMPORT_PATTERNS),
    )
