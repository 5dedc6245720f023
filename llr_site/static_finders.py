"""nhsuk-frontend's files under /static/nhsuk/: only those a browser loads.

Those are its bundled script (with its source map, which the script names) and its assets (icons,
logos, favicons). The rest of the npm package's 1,300 files (Nunjucks templates, Sass sources, type
declarations, a script per component) are never served, so they are not collected, hashed and
compressed at every deploy and in every test of collectstatic.
"""

import posixpath

from django.conf import settings
from django.contrib.staticfiles import utils
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

PREFIX = "nhsuk"
SCRIPT = ("nhsuk-frontend.min.js", "nhsuk-frontend.min.js.map")
ASSETS = "assets"


def _served_name(path):
    """The file's name within the package's dist/nhsuk folder, or None if it is not served."""
    if not path.startswith(PREFIX + "/"):
        return None
    name = posixpath.normpath(path.removeprefix(PREFIX + "/"))
    return name if name in SCRIPT or name.startswith(ASSETS + "/") else None


class NHSUKFrontendFinder(BaseFinder):
    def __init__(self, app_names=None, *args, **kwargs):
        self.root = settings.BASE_DIR / "node_modules" / "nhsuk-frontend" / "dist" / "nhsuk"
        self.storage = FileSystemStorage(location=self.root)
        self.storage.prefix = PREFIX

    def find(self, path, find_all=False, **kwargs):
        name = _served_name(path)
        if not (name and (self.root / name).is_file()):
            return []  # as Django's own finders answer "not here", with or without find_all
        found = str(self.root / name)
        return [found] if find_all else found

    def list(self, ignore_patterns):
        for name in SCRIPT:
            yield name, self.storage
        for name in utils.get_files(self.storage, ignore_patterns, location=ASSETS):
            yield name, self.storage
