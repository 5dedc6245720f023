"""What the served benchmark and the load test make before they measure."""

import pytest
from django.test import Client

from tests.load.prepare import staff_session_ensure


@pytest.mark.django_db
def test_the_benchmark_s_staff_session_is_signed_in_with_the_second_factor(capsys):
    staff_session_ensure()
    staff_session_ensure()  # the same editor, a second session
    first, second = capsys.readouterr().out.split()
    assert first != second
    name, value = second.split("=", 1)
    client = Client()
    client.cookies[name] = value

    page = client.get("/leicester-city/our-role/")

    assert page.status_code == 200
    assert '<div id="cms-top"' in page.content.decode()  # the editor's toolbar
    assert client.get("/admin/cms/pagecontent/").status_code == 200  # no code asked for
