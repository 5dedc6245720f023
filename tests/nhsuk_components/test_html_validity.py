"""A page of every component is valid HTML, as the Nu HTML checker reads it."""

import pytest

from tests.llr_site.test_html_validity import nu_errors
from tests.nhsuk_components.page_of_components import every_component_page

pytestmark = pytest.mark.django_db


def test_every_component_is_valid_html(client, tmp_path):
    response = client.get(every_component_page())
    assert response.status_code == 200
    checked = tmp_path / "checked"  # apart from the media library's files
    checked.mkdir()
    (checked / "every-component.html").write_bytes(response.content)
    assert nu_errors(checked) == []
