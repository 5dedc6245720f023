"""nhsuk-frontend's files the site serves: what a browser loads, not the whole npm package."""

import pytest
from django.contrib.staticfiles import finders

from tests.seedless import seed  # noqa: F401

SCRIPT = "nhsuk/nhsuk-frontend.min.js"


def collected_names():
    return sorted(
        storage.prefix + "/" + path
        for finder in finders.get_finders()
        for path, storage in finder.list([])
        if getattr(storage, "prefix", None) == "nhsuk"
    )


def test_the_bundled_script_its_source_map_and_the_assets_are_served():
    names = collected_names()
    assert SCRIPT in names and SCRIPT + ".map" in names
    assert "nhsuk/assets/images/favicon.svg" in names
    assert "nhsuk/assets/images/nhsuk-icon-cross.svg" in names  # the site's CSS links to it
    assert {name for name in names if not name.startswith("nhsuk/assets/")} == {
        SCRIPT,
        SCRIPT + ".map",
    }


@pytest.mark.parametrize(
    "path",
    [SCRIPT, SCRIPT + ".map", "nhsuk/assets/images/favicon.ico"],
)
def test_each_served_file_is_found(path):
    found = finders.find(path)
    assert found and found.replace("\\", "/").endswith(path.removeprefix("nhsuk/"))
    assert finders.find(path, find_all=True) == [found]


@pytest.mark.parametrize(
    "path",
    [
        "nhsuk/index.mjs",  # the package's sources, Sass and templates stay in the package
        "nhsuk/nhsuk.scss",
        "nhsuk/components/button/button.mjs",
        "nhsuk/template.njk",
        "nhsuk/assets/../index.mjs",  # a way out of the assets
        "nhsuk/assets/../../package.json",
        "nhsuk/assets/images/no-such-icon.svg",
        "nhsuk/assets",  # a folder is not a file
    ],
)
def test_nothing_else_of_the_package_is_found(path):
    assert finders.find(path) is None
    assert finders.find(path, find_all=True) == []
