"""Staff sign in on a page that says what it is for."""

import pytest

from llr_site.roles import COMMUNICATIONS_STAFF
from tests.factories import PASSWORD, user_create

pytestmark = pytest.mark.django_db


def test_sign_in_page_says_what_it_is_for(client):
    html = client.get("/staff/sign-in/").content.decode()
    assert "<h1>Staff sign-in</h1>" in html
    assert "Please enter your login details" in html
    assert "Members of the public do not need an account" in html


def test_wrong_password_gives_a_clear_message(client):
    user_create("comms", COMMUNICATIONS_STAFF)
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


def test_staff_sign_in_returns_to_the_requested_page(client):
    user_create("comms", COMMUNICATIONS_STAFF)
    response = client.post(
        "/staff/sign-in/", {"username": "comms", "password": PASSWORD, "next": "/cookies/"}
    )
    assert response.status_code == 302 and response.url == "/cookies/"
    assert client.session["_auth_user_id"]


def test_sign_in_never_redirects_to_another_site(client):
    user_create("comms", COMMUNICATIONS_STAFF)
    response = client.post(
        "/staff/sign-in/",
        {"username": "comms", "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response.url == "/"


def test_accounts_that_are_not_staff_cannot_sign_in(client):
    user_create("resident", is_staff=False)
    response = client.post("/staff/sign-in/", {"username": "resident", "password": PASSWORD})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_admin_login_sends_staff_to_the_one_sign_in_page(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response.url == "/staff/sign-in/?next=%2Fadmin%2F"
