"""Two app servers, one site: two gunicorn servers sharing one PostgreSQL database, one Redis
and one object store (moto's S3 server), as in production behind a load balancer.

Runs when the suite runs on PostgreSQL with Redis (DATABASE_URL and REDIS_URL set, as in CI's
second run); the servers use a database of their own beside the suite's, made and dropped here.
"""

import os
import re
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from email.utils import parsedate_to_datetime
from http.cookies import SimpleCookie

import pytest
from django_otp.oath import TOTP

from tests.factories import PASSWORD, pdf_bytes
from tests.load.servers import PYTHON, ROOT, Gunicorn, site_environment, site_prepare
from tests.object_store import moto_server, object_storage_environment
from tests.publications.form_data import ADD_URL, publication_form

DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (DATABASE_URL.startswith("postgres") and REDIS_URL),
        reason="needs PostgreSQL and Redis (DATABASE_URL, REDIS_URL)",
    ),
]
OFFICER = """
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
user = get_user_model().objects.create_superuser("two-servers", password="{password}")
from ccgs.models import Ccg
from publications.models import DocumentType
print(DocumentType.objects.get(slug="annual-report").pk, Ccg.objects.get(code="04V").pk)
print(TOTPDevice.objects.create(user=user, name="app", confirmed=True).key)
"""
FORM = publication_form(
    title="Two servers report",
    slug="two-servers-report",
    summary="Uploaded through one app server, downloaded from the other.",
)


class Browser:
    """Requests with one set of cookies, sent to whichever server is asked (cookies in Django's
    production settings are Secure, which urllib's cookie jar keeps off plain HTTP)."""

    def __init__(self):
        self.cookies = {}

    def request(self, url, data=None, multipart=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if multipart is not None:
            body, headers["Content-Type"] = multipart
        headers["Referer"] = url
        request = urllib.request.Request(url, data=body, headers=headers)
        opener = urllib.request.build_opener(NoRedirect)
        try:
            response = opener.open(request, timeout=60)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, response.headers, response.read()

    def form_token(self, url):
        status, _, body = self.request(url)
        assert status == 200, url
        return re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def multipart(fields, files):
    boundary = "llr-two-servers-boundary"
    parts = []
    for name, value in fields:
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
        parts.append(f"{head}{value}\r\n".encode())
    for name, (filename, content) in files.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: application/pdf\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


@pytest.fixture(scope="module")
def site_database():
    server, name = DATABASE_URL.rsplit("/", 1)
    name = f"{name}_two_servers"
    admin = f"{server}/postgres"
    subprocess.run(["psql", admin, "-qc", f"DROP DATABASE IF EXISTS {name}"], check=True)
    subprocess.run(["psql", admin, "-qc", f"CREATE DATABASE {name}"], check=True)
    yield f"{server}/{name}"
    subprocess.run(["psql", admin, "-qc", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"])


@pytest.fixture(scope="module")
def two_servers(site_database):
    with moto_server() as endpoint:
        environment = site_environment(
            site_database,
            REDIS_URL,
            **object_storage_environment(endpoint),
        )
        site_prepare(environment)  # one environment, so one SECRET_KEY for both servers
        printed = subprocess.run(
            [PYTHON, "manage.py", "shell", "-c", OFFICER.format(password=PASSWORD)],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        document_type, ccg, key = printed[-3:]
        with Gunicorn(environment, workers=1) as first, Gunicorn(environment, workers=1) as second:
            yield first.url, second.url, key, {"document_type": document_type, "ccgs": ccg}


def sign_in(browser, url, key):
    token = browser.form_token(f"{url}/staff/sign-in/")
    status, headers, _ = browser.request(
        f"{url}/staff/sign-in/",
        {"csrfmiddlewaretoken": token, "username": "two-servers", "password": PASSWORD},
    )
    assert status == 302, "password accepted"
    # The code for the server's clock (its Date header): the suite's own may be set elsewhere
    # (`--clock`), and the servers run on the real one.
    code_maker = TOTP(bytes.fromhex(key))
    code_maker.time = parsedate_to_datetime(headers["Date"]).timestamp()
    code = f"{code_maker.token():06d}"
    token = browser.form_token(f"{url}/staff/sign-in/code/")
    status, _, _ = browser.request(
        f"{url}/staff/sign-in/code/", {"csrfmiddlewaretoken": token, "code": code}
    )
    assert status == 302, "code accepted"


def publication_add(browser, url, choices):
    token = browser.form_token(url + ADD_URL)
    pairs = [*FORM.items(), *choices.items(), ("csrfmiddlewaretoken", token)]
    status, headers, body = browser.request(
        url + ADD_URL,
        multipart=multipart(pairs, {"files-0-upload": ("Two servers.pdf", pdf_bytes(2))}),
    )
    assert status == 302, body.decode()[:2000]


def test_one_site_on_two_app_servers(two_servers):
    first, second, key, choices = two_servers
    visitor = Browser()
    # The second server has a visitor's copy of the library before the change.
    status, _, before = visitor.request(f"{second}/publications/")
    assert status == 200 and b"Two servers report" not in before

    officer = Browser()
    sign_in(officer, first, key)
    # The session made on the first server is good on the second.
    status, _, body = officer.request(f"{second}/admin/")
    assert status == 200 and b"Site administration" in body

    # Uploaded through the first: listed at once by the second, whose copy was dropped, and its
    # file downloads from the second.
    publication_add(officer, first, choices)
    status, _, after = visitor.request(f"{second}/publications/")
    assert status == 200 and b"Two servers report" in after
    link = (
        re.search(
            rb'href="(/publications/two-servers-report/files/\d+/)"',
            visitor.request(f"{second}/publications/two-servers-report/")[2],
        )
        .group(1)
        .decode()
    )
    status, headers, content = visitor.request(second + link)
    assert status == 200
    assert content == pdf_bytes(2)
    assert headers["Content-Disposition"] == 'attachment; filename="Two servers.pdf"'
