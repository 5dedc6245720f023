"""One staff sign-in: password, then the second factor; it returns to the page you came from."""

import pytest
from django.contrib.auth import get_user_model

from llr_site.roles import COMMUNICATIONS_STAFF
from tests.factories import PASSWORD, TOTPDeviceFactory, UserFactory, totp_now

pytestmark = pytest.mark.django_db


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


def test_sign_in_page_says_what_it_is_for(client):
    html = client.get("/staff/sign-in/").content.decode()
    assert "<h1>Staff sign-in</h1>" in html
    assert "Please enter your login details" in html
    assert "Members of the public do not need an account" in html
    assert "a code from the authenticator app on your phone" in html


def test_wrong_password_gives_a_clear_message(client):
    UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    response = client.post("/staff/sign-in/", {"username": "comms", "password": "wrong"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "Please enter the correct username and password for a staff account" in html
    assert "<title>Error: Staff sign-in - LLR CCGs</title>" in html
    assert "_auth_user_id" not in client.session


def test_empty_form_names_each_missing_field(client):
    html = client.post("/staff/sign-in/", {}).content.decode()
    assert html.count("This field is required.") == 4  # summary and field, for both fields


def test_password_then_code_returns_to_the_requested_page(client):
    device = TOTPDeviceFactory(user=UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
    response = client.post(
        "/staff/sign-in/", {"username": "comms", "password": PASSWORD, "next": "/cookies/"}
    )
    assert response.url == "/staff/sign-in/code/?next=%2Fcookies%2F"
    code_page = client.get(response.url).content.decode()
    assert "<h1>Enter your code</h1>" in code_page
    assert 'name="next" value="/cookies/"' in code_page
    response = client.post("/staff/sign-in/code/", {"code": totp_now(device), "next": "/cookies/"})
    assert response.status_code == 302 and response.url == "/cookies/"
    assert client.get("/admin/cms/pagecontent/").status_code == 200


def test_a_password_alone_opens_no_page(client):
    TOTPDeviceFactory(user=UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
    client.post("/staff/sign-in/", {"username": "comms", "password": PASSWORD})
    for path in ("/admin/", "/admin/cms/pagecontent/", "/", "/cookies/?edit"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.url.startswith("/staff/sign-in/code/?next="), path


def test_a_wrong_code_is_refused_with_a_clear_message(client):
    device = TOTPDeviceFactory(user=UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
    client.post("/staff/sign-in/", {"username": "comms", "password": PASSWORD})
    wrong = f"{(int(totp_now(device)) + 1) % 1_000_000:06d}"
    response = client.post("/staff/sign-in/code/", {"code": wrong})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: Enter your code - LLR CCGs</title>" in html
    assert "That code is not right" in html
    assert client.get("/admin/").url.startswith("/staff/sign-in/code/")


def test_sign_in_never_redirects_to_another_site(client):
    device = TOTPDeviceFactory(user=UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
    evil = "https://evil.example/"
    response = client.post(
        "/staff/sign-in/", {"username": "comms", "password": PASSWORD, "next": evil}
    )
    assert response.url == "/staff/sign-in/code/?next=%2F"
    response = client.post("/staff/sign-in/code/", {"code": totp_now(device), "next": evil})
    assert response.url == "/"


def test_accounts_that_are_not_staff_cannot_sign_in(client):
    UserFactory(username="resident", is_staff=False)
    response = client.post("/staff/sign-in/", {"username": "resident", "password": PASSWORD})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_the_cms_sign_in_signs_nobody_in_and_sends_people_to_the_staff_sign_in(client):
    UserFactory(username="resident", is_staff=False)
    UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    for username in ("resident", "comms"):
        response = client.post(
            "/cms_login/?next=/cookies/", {"username": username, "password": PASSWORD}
        )
        assert response.status_code == 302
        assert response.url == "/staff/sign-in/?next=%2Fcookies%2F"
        assert signed_in_user_id(client) is None


def test_admin_login_sends_staff_to_the_one_sign_in_page(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response.url == "/staff/sign-in/?next=%2Fadmin%2F"
    UserFactory(username="resident", is_staff=False)
    client.post("/admin/login/", {"username": "resident", "password": PASSWORD})
    assert signed_in_user_id(client) is None


def test_a_session_of_an_account_that_is_not_staff_is_ended(client):
    resident = UserFactory(username="resident", is_staff=False)
    client.force_login(resident)
    response = client.get("/cookies/")
    assert response.status_code == 200
    assert signed_in_user_id(client) is None


def test_footer_and_toolbar_sign_in_links_return_to_the_page(client):
    assert 'href="/staff/sign-in/?next=/cookies/"' in client.get("/cookies/").content.decode()
    html = client.get("/cookies/?toolbar_on").content.decode()
    link = 'href="/staff/sign-in/?next=/cookies/%3Ftoolbar_on"'
    assert html.count(link) == 2  # footer and CMS toolbar
    assert 'class="cms-toolbar-item cms-form-login"' in html
    assert 'name="password"' not in html  # the toolbar's own sign-in form is gone


def test_the_sign_in_page_does_not_return_to_itself(client):
    html = client.get("/staff/sign-in/?next=/staff/sign-in/").content.decode()
    assert 'name="next" value="/"' in html
    assert 'href="/staff/sign-in/"' in html  # its footer link carries no next


def test_signing_out_ends_the_session(client):
    device = TOTPDeviceFactory(user=UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
    client.post("/staff/sign-in/", {"username": "comms", "password": PASSWORD})
    client.post("/staff/sign-in/code/", {"code": totp_now(device)})
    assert signed_in_user_id(client)
    assert client.post("/staff/sign-out/").url == "/"
    assert signed_in_user_id(client) is None
    assert get_user_model().objects.filter(username="comms").exists()
