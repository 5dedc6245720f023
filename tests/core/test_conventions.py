"""The conventions the apps share (README, "How it is built"), checked on the source itself."""

import ast
from pathlib import Path

import pytest

from tests.seedless import seed  # noqa: F401 (these tests need no seed content)

ROOT = Path(__file__).resolve().parents[2]
APPS = ["ccgs", "publications", "governance", "contacts", "core", "content_cache", "nhsuk"]


def imported_modules(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


@pytest.mark.parametrize("app", APPS)
def test_no_app_imports_the_project(app):
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in sorted((ROOT / app).rglob("*.py"))
        for module in imported_modules(path)
        if module == "llr_site" or module.startswith("llr_site.")
    ]
    assert offenders == []


@pytest.mark.parametrize("app", ["ccgs", "publications", "governance", "contacts"])
def test_selectors_never_raise_http_errors(app):
    source = (ROOT / app / "selectors.py").read_text()
    assert "Http404" not in source
    assert "raise " not in source
