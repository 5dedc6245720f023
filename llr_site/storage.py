"""Static files storage: whitenoise's compressed, hashed files, with ES module imports rewritten."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Hashes `import ... from "./x.js"` targets too, so our module can import nhsuk-frontend's."""

    support_js_module_import_aggregation = True
