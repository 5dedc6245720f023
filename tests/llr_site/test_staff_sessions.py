"""Staff sessions end after 30 minutes idle, 10 hours after signing in, and on password change."""

import datetime

import pytest
import time_machine
from django.test import Client

from llr_site.roles import COMMUNICATIONS_STAFF
from tests.factories import UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db

SIGNED_IN_AT = datetime.datetime(2027, 3, 28, 7, 0, tzinfo=datetime.UTC)  # a clock-change day


def minutes(n):
    return datetime.timedelta(minutes=n)


def signed_out(client):
    response = client.get("/admin/", follow=True)
    return response.redirect_chain[-1][0].startswith("/staff/sign-in/?next=")


def test_thirty_minutes_idle_ends_the_session(client):
    with time_machine.travel(SIGNED_IN_AT, tick=False) as clock:
        staff_sign_in(client, UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
        clock.shift(minutes(29))
        assert client.get("/admin/").status_code == 200
        clock.shift(minutes(29))  # 58 minutes after signing in, but only 29 idle
        assert client.get("/admin/").status_code == 200
        clock.shift(minutes(31))
        response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url == "/staff/sign-in/?next=%2Fadmin%2F"
    assert "_auth_user_id" not in client.session
    html = client.get(response.url).content.decode()
    assert "You have been signed out: nothing was done for 30 minutes. Sign in again." in html


def test_ten_hours_after_signing_in_the_session_ends_however_busy(client):
    with time_machine.travel(SIGNED_IN_AT, tick=False) as clock:
        staff_sign_in(client, UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
        for _ in range(10 * 3 - 1):
            clock.shift(minutes(20))
            assert client.get("/admin/").status_code == 200
        clock.shift(minutes(21))
        response = client.get("/admin/")
    assert response.url == "/staff/sign-in/?next=%2Fadmin%2F"
    html = client.get(response.url).content.decode()
    assert "you signed in more than 10 hours ago" in html


def test_the_limits_are_settings(client, settings):
    settings.STAFF_SESSION_IDLE_MINUTES = 5
    with time_machine.travel(SIGNED_IN_AT, tick=False) as clock:
        staff_sign_in(client, UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
        clock.shift(minutes(6))
        assert client.get("/admin/").status_code == 302


def test_the_session_cookie_lasts_no_longer_than_the_total_limit(settings):
    assert settings.SESSION_COOKIE_AGE == 10 * 60 * 60


def test_a_password_change_ends_the_accounts_other_sessions(client):
    comms = UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    staff_sign_in(client, comms)
    comms.set_password("a-new-password-2")
    comms.save()
    assert signed_out(client)


def test_changing_ones_own_password_in_the_admin_keeps_that_session_only(client):
    admin = UserFactory(username="admin", is_superuser=True)
    other_tab = staff_sign_in(Client(), admin)
    staff_sign_in(client, admin)
    response = client.post(
        f"/admin/auth/user/{admin.pk}/password/",
        {"password1": "a-new-password-2", "password2": "a-new-password-2"},
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert signed_out(other_tab)
