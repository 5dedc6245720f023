"""Static files' URLs, hashed from the manifest as Django hashes them, each worked out once per
process."""

import json

import pytest

from llr_site.storage import StaticFilesStorage
from tests.seedless import seed  # noqa: F401 (these tests need no seed content)

HASHED = {
    "build/site.css": "build/site.0123456789ab.css",
    "js/site.mjs": "js/site.ba9876543210.mjs",
}


@pytest.fixture
def storage(tmp_path, settings, monkeypatch):
    settings.DEBUG = False
    manifest = {"version": "1.1", "paths": HASHED, "hash": "x"}
    (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
    storage = StaticFilesStorage(location=tmp_path, base_url="/static/")
    storage.worked_out = []
    stored_name = storage.stored_name

    def counted(name):
        storage.worked_out.append(name)
        return stored_name(name)

    monkeypatch.setattr(storage, "stored_name", counted)
    return storage


def test_each_name_s_url_is_worked_out_once(storage):
    for _ in range(3):
        assert storage.url("build/site.css") == "/static/build/site.0123456789ab.css"
        assert storage.url("js/site.mjs") == "/static/js/site.ba9876543210.mjs"
    assert storage.worked_out == ["build/site.css", "js/site.mjs"]


def test_a_name_not_in_the_manifest_fails_every_time(storage):
    for _ in range(2):
        with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
            storage.url("nowhere.css")


def test_forced_urls_are_worked_out_each_time(storage):
    storage.url("build/site.css", force=True)
    storage.url("build/site.css", force=True)
    assert storage.worked_out == ["build/site.css", "build/site.css"]
