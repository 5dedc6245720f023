"""Every staff account has a second factor: set up at first sign-in, reset by a superuser."""

import re

import pytest
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from llr_site.roles import COMMUNICATIONS_STAFF
from tests.factories import PASSWORD, TOTPDeviceFactory, UserFactory, staff_sign_in, totp_now

pytestmark = pytest.mark.django_db


def sign_in(client, username="comms", next_page="/cookies/"):
    return client.post(
        "/staff/sign-in/", {"username": username, "password": PASSWORD, "next": next_page}
    )


def set_up(client, username="comms"):
    """Signs in for the first time and sets up the authenticator; returns the recovery codes."""
    sign_in(client, username)
    client.get("/staff/two-factor/set-up/")
    device = TOTPDevice.objects.get(user__username=username, confirmed=False)
    response = client.post(
        "/staff/two-factor/set-up/", {"code": totp_now(device), "next": "/cookies/"}
    )
    assert response.url == "/staff/two-factor/recovery-codes/?next=%2Fcookies%2F"
    html = client.get(response.url).content.decode()
    return re.findall(r"<li><code>([a-z0-9]+)</code></li>", html), html


def test_first_sign_in_sends_staff_to_set_up_an_authenticator_before_any_page(client):
    UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    response = sign_in(client)
    assert response.url == "/staff/two-factor/set-up/?next=%2Fcookies%2F"
    assert client.get("/admin/").url == "/staff/two-factor/set-up/?next=%2Fadmin%2F"
    html = client.get(response.url).content.decode()
    assert "<h1>Set up your authenticator app</h1>" in html
    assert "<svg" in html  # the QR code, drawn in the page
    assert re.search(r"Key: <code>([A-Z2-7]{4} ){7}[A-Z2-7]{4}</code>", html)


def test_setting_up_gives_ten_recovery_codes_once_then_the_page_asked_for(client):
    UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    codes, html = set_up(client)
    assert len(set(codes)) == 10
    assert "They are shown only once" in html
    assert 'href="/cookies/"' in html
    assert client.get("/staff/two-factor/recovery-codes/").url == "/"  # not shown again
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_does_not_set_up_the_authenticator(client):
    UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    sign_in(client)
    client.get("/staff/two-factor/set-up/")
    response = client.post("/staff/two-factor/set-up/", {"code": "not a code"})
    assert "That code is not right" in response.content.decode()
    assert not TOTPDevice.objects.filter(user__username="comms", confirmed=True).exists()
    assert client.get("/admin/").url.startswith("/staff/two-factor/set-up/")


def test_a_password_alone_cannot_add_an_authenticator_to_an_account_that_has_one(client):
    TOTPDeviceFactory(user=UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
    sign_in(client)
    response = client.get("/staff/two-factor/set-up/")
    assert response.url == "/staff/sign-in/code/?next=%2F"
    assert client.post("/staff/two-factor/set-up/", {"code": "123456"}).status_code == 302
    assert TOTPDevice.objects.filter(user__username="comms").count() == 1


def test_a_recovery_code_signs_in_once(client):
    UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    codes, _ = set_up(client)
    client.post("/staff/sign-out/")
    sign_in(client)
    assert client.post("/staff/sign-in/code/", {"code": codes[0].upper()}).url == "/"
    client.post("/staff/sign-out/")
    sign_in(client)
    again = client.post("/staff/sign-in/code/", {"code": codes[0]})
    assert "That code is not right" in again.content.decode()
    assert StaticToken.objects.filter(device__user__username="comms").count() == 9


def test_a_superuser_resets_a_colleagues_second_factor(client):
    comms = UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    staff_sign_in(client, comms)
    assert client.get("/admin/").status_code == 200
    admin_client = staff_sign_in(
        client.__class__(), UserFactory(username="admin", is_superuser=True)
    )
    response = admin_client.post(
        "/admin/auth/user/",
        {"action": "reset_second_factor", "_selected_action": [comms.pk]},
        follow=True,
    )
    assert "Second factor reset for 1 account(s)" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=comms).exists()
    # Their open session, verified by the removed device, now asks for a new authenticator.
    assert client.get("/admin/").url == "/staff/two-factor/set-up/?next=%2Fadmin%2F"


def test_colleagues_cannot_reset_each_others_second_factor(client):
    comms = UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    officer = UserFactory(username="officer", is_superuser=False)
    staff_sign_in(client, officer)
    response = client.post(
        "/admin/auth/user/", {"action": "reset_second_factor", "_selected_action": [comms.pk]}
    )
    assert response.status_code == 403
    assert TOTPDevice.objects.filter(user=comms).exists() is False  # never had one
    assert TOTPDevice.objects.filter(user=officer, confirmed=True).count() == 1
