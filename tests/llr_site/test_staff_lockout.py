"""Guessing is limited per account and per client address, and the lockout says until when."""

import datetime

import pytest
import time_machine
from django.core.management import call_command

from llr_site.roles import COMMUNICATIONS_STAFF, GOVERNANCE_OFFICERS
from tests.factories import PASSWORD, TOTPDeviceFactory, UserFactory, staff_sign_in, totp_now

pytestmark = pytest.mark.django_db

LONDON = datetime.UTC  # 13 December: Greenwich Mean Time, so London's clock is UTC
SOME_MORNING = datetime.datetime(2026, 12, 13, 10, 0, tzinfo=LONDON)


def sign_in(client, username, password=PASSWORD, address="192.0.2.1"):
    return client.post(
        "/staff/sign-in/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def fail(client, username, times, address="192.0.2.1"):
    return [sign_in(client, username, "wrong", address).status_code for _ in range(times)]


@pytest.fixture
def comms():
    user = UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    TOTPDeviceFactory(user=user)
    return user


def test_five_wrong_passwords_lock_the_account_and_say_until_when(client, comms):
    with time_machine.travel(SOME_MORNING, tick=False):
        assert fail(client, "comms", 5) == [200, 200, 200, 200, 429]
        response = sign_in(client, "comms")
    html = response.content.decode()
    assert response.status_code == 429
    assert response["Retry-After"] == str(15 * 60)
    assert "<h1>Sign-in is locked for a while</h1>" in html
    assert "There were 5 wrong attempts" in html
    assert "locked for 15 minutes" in html
    assert "You can try again from 10:15 on 13 December 2026." in html
    assert "_auth_user_id" not in client.session


def test_the_account_lock_holds_from_any_address_and_ends_after_the_cool_off(client, comms):
    with time_machine.travel(SOME_MORNING, tick=False) as clock:
        fail(client, "comms", 5, address="198.51.100.7")
        assert sign_in(client, "comms", address="192.0.2.1").status_code == 429
        clock.shift(datetime.timedelta(minutes=14))
        assert sign_in(client, "comms").status_code == 429
        clock.shift(datetime.timedelta(minutes=2))
        response = sign_in(client, "comms")
    assert response.status_code == 302
    assert response.url.startswith("/staff/sign-in/code/")


def test_attempts_while_locked_out_neither_extend_the_lock_nor_lock_other_accounts(client, comms):
    officer = UserFactory(username="officer", group=GOVERNANCE_OFFICERS)
    TOTPDeviceFactory(user=officer)
    with time_machine.travel(SOME_MORNING, tick=False) as clock:
        fail(client, "comms", 5, address="198.51.100.7")
        # The attacker's address is locked too: more guesses there count for nothing.
        assert fail(client, "officer", 10, address="198.51.100.7") == [429] * 10
        assert sign_in(client, "officer", address="192.0.2.1").status_code == 302
        clock.shift(datetime.timedelta(minutes=10))
        fail(client, "comms", 3, address="198.51.100.7")
        clock.shift(datetime.timedelta(minutes=6))
        assert sign_in(client, "comms", address="192.0.2.1").status_code == 302


def test_one_address_trying_many_accounts_is_locked_out(client, comms):
    for name in ("alice", "bob", "carol", "dave", "erin"):
        sign_in(client, name, "wrong", address="198.51.100.7")
    assert sign_in(client, "comms", address="198.51.100.7").status_code == 429
    assert sign_in(client, "comms", address="192.0.2.1").status_code == 302


def test_behind_a_proxy_the_address_is_the_one_it_sets(client, comms, settings):
    settings.CLIENT_ADDRESS_HEADER = "HTTP_X_REAL_IP"
    for name in ("alice", "bob", "carol", "dave", "erin"):
        client.post(
            "/staff/sign-in/",
            {"username": name, "password": "wrong"},
            HTTP_X_REAL_IP="198.51.100.7",
            HTTP_X_FORWARDED_FOR="192.0.2.55",
        )
    locked = client.post(
        "/staff/sign-in/",
        {"username": "comms", "password": PASSWORD},
        HTTP_X_REAL_IP="198.51.100.7",
        HTTP_X_FORWARDED_FOR="192.0.2.99",  # any client can send this: it changes nothing
    )
    assert locked.status_code == 429
    other = client.post(
        "/staff/sign-in/", {"username": "comms", "password": PASSWORD}, HTTP_X_REAL_IP="192.0.2.1"
    )
    assert other.status_code == 302


def test_wrong_codes_count_towards_the_lockout_and_sign_the_account_out(client, comms):
    with time_machine.travel(SOME_MORNING, tick=False) as clock:
        fail(client, "comms", 3)
        assert sign_in(client, "comms").status_code == 302
        # A correct password resets the count; five wrong codes (a few seconds apart, as
        # django-otp slows repeated guesses) then lock the account.
        statuses = []
        for _ in range(5):
            clock.shift(datetime.timedelta(seconds=20))
            statuses.append(client.post("/staff/sign-in/code/", {"code": "000000"}).status_code)
        assert statuses == [200, 200, 200, 200, 429]
    assert "_auth_user_id" not in client.session


def test_axes_reset_lifts_every_lockout(client, comms):
    fail(client, "comms", 5)
    call_command("axes_reset", verbosity=0)
    assert sign_in(client, "comms").status_code == 302


def test_a_superuser_lifts_a_colleagues_lockout_in_the_admin(client, comms):
    fail(client, "comms", 5, address="198.51.100.7")
    admin_client = staff_sign_in(
        client.__class__(), UserFactory(username="admin", is_superuser=True)
    )
    response = admin_client.post(
        "/admin/auth/user/",
        {"action": "lift_lockout", "_selected_action": [comms.pk]},
        follow=True,
    )
    assert "Sign-in lockout lifted" in response.content.decode()
    assert sign_in(client, "comms").status_code == 302


def test_a_superuser_sees_failed_sign_ins_and_lockouts_in_the_admin(client, comms):
    fail(client, "comms", 5, address="198.51.100.7")
    admin_client = staff_sign_in(
        client.__class__(), UserFactory(username="admin", is_superuser=True)
    )
    attempts = admin_client.get("/admin/axes/accessattempt/").content.decode()
    assert "comms" in attempts and "198.51.100.7" in attempts
    failures = admin_client.get("/admin/axes/accessfailurelog/").content.decode()
    assert failures.count("198.51.100.7") >= 5


def test_the_right_code_after_the_wait_signs_in(client, comms):
    device = comms.totpdevice_set.get()
    with time_machine.travel(SOME_MORNING, tick=False) as clock:
        sign_in(client, "comms")
        client.post("/staff/sign-in/code/", {"code": "000000"})
        # django-otp refuses any code for a moment after a wrong one, even the right one.
        throttled = client.post("/staff/sign-in/code/", {"code": totp_now(device)})
        assert "Too many wrong codes in a row" in throttled.content.decode()
        clock.shift(datetime.timedelta(seconds=31))
        assert client.post("/staff/sign-in/code/", {"code": totp_now(device)}).url == "/"
