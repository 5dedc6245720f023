"""The site's templates link through `{% url %}` and `{% page_url %}`, never a written path, and
write NHS.UK components only through their one template each (nhsuk/components/)."""

from pathlib import Path

import pytest
from django.conf import settings

from tests.seedless import seed  # noqa: F401 (these tests need no seed content)

ROOT = Path(settings.BASE_DIR)
TEMPLATE_DIRS = [ROOT / "templates", *ROOT.glob("*/templates")]
COMPONENTS = ROOT / "nhsuk/templates/nhsuk/components"


def templates():
    found = [path for folder in TEMPLATE_DIRS for path in folder.rglob("*.html")]
    assert len(found) > 50  # the folders above are where the templates are
    return found


def test_no_template_writes_a_path():
    written = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in templates()
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if 'href="/' in line or 'action="/' in line
    ]
    assert written == []


@pytest.mark.parametrize(
    "markup", ["nhsuk-summary-list", "nhsuk-inset-text", "nhsuk-card--warning", "nhsuk-breadcrumb"]
)
def test_components_are_written_only_by_their_template(markup):
    inline = [
        str(path.relative_to(ROOT))
        for path in templates()
        if markup in path.read_text() and COMPONENTS not in path.parents
    ]
    assert inline == []
