"""Bad input: malformed, huge or header-injecting addresses, forged, expired or reused links,
floods of subscriptions, and the SMTP server down. A clear message or a 4xx, and nothing
changed."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from alerts.models import OutboxMessage, Subscriber, Subscription
from alerts.outbox import message_queue
from tests.alerts.helpers import SUBSCRIBE, link_in, subscribe

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
ALL = {"topic": "publications"}


@pytest.fixture
def capture(django_capture_on_commit_callbacks):
    return django_capture_on_commit_callbacks


@pytest.mark.parametrize(
    "address, message",
    [
        ("not-an-address", "Enter an email address in the correct format, like name@example.com"),
        ("a@b.c\r\nBcc: x@y.z", "Enter an email address in the correct format"),
        ("a@b.c\nBcc: x@y.z", "Enter an email address in the correct format"),
        ("x" * 250 + "@example.com", "Email address must be 254 characters or fewer"),
        ("", "Enter your email address"),
    ],
)
def test_a_bad_address_is_refused_with_an_nhs_error_message(client, address, message):
    response = client.post(SUBSCRIBE, {"email": address, "frequency": "daily", **ALL})
    page = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in page and "nhsuk-error-message" in page
    assert message in page
    assert not Subscriber.objects.exists() and not OutboxMessage.objects.exists()


@pytest.mark.parametrize(
    "query",
    [
        {"topic": "nonsense"},
        {"topic": "publications", "type": "no-such-type"},
        {"topic": "publications", "year": "2019-21"},
        {"topic": "meetings", "body": "x"},
    ],
)
def test_a_list_that_does_not_exist_is_not_found(client, query):
    assert client.get(SUBSCRIBE, query).status_code == 404
    assert (
        client.post(
            SUBSCRIBE, {"email": "a@example.com", "frequency": "daily", **query}
        ).status_code
        == 404
    )
    assert not Subscriber.objects.exists()


@pytest.mark.parametrize(
    "kind", ["confirm", "manage", "unsubscribe", "unsubscribe-all", "delete-my-data"]
)
def test_a_forged_link_gets_a_clear_page_and_changes_nothing(client, kind):
    response = client.get(f"/alerts/{kind}/eyJpZCI6MX0:1vZ:forged-signature/")
    assert response.status_code == 400
    assert "This link is not right" in response.content.decode()
    assert client.get(f"/alerts/{kind}/{'x' * 401}/").status_code == 404


def test_an_expired_confirmation_link_changes_nothing(client, smtp, worker, capture, time_machine):
    time_machine.move_to(datetime(2026, 12, 13, 10, 0, tzinfo=LONDON), tick=False)
    with capture(execute=True):
        client.post(SUBSCRIBE, {"email": "pat@example.com", "frequency": "daily", **ALL})
    worker()
    link = link_in(smtp.to("pat@example.com")[0], "confirm")
    time_machine.move_to(datetime(2026, 12, 20, 10, 1, tzinfo=LONDON), tick=False)
    response = client.get(link)
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert Subscription.objects.get().confirmed_at is None


def test_a_reused_link_gets_a_clear_page_and_changes_nothing(client, smtp, worker, capture):
    subscribe(client, worker, smtp, capture, "pat@example.com", **ALL)
    link = link_in(smtp.to("pat@example.com")[0], "confirm")
    confirmed_at = Subscription.objects.get().confirmed_at
    again = client.get(link)
    assert "You had already confirmed this subscription" in again.content.decode()
    assert Subscription.objects.get().confirmed_at == confirmed_at
    subscription = Subscription.objects.get()
    from alerts import emails

    unsubscribe = emails.unsubscribe_url(subscription).split("://", 1)[1]
    path = "/" + unsubscribe.split("/", 1)[1]
    assert client.post(path).status_code == 200
    response = client.post(path)
    assert response.status_code == 410
    assert "You are not subscribed any more" in response.content.decode()


def test_a_flood_for_one_address_is_limited(client, capture):
    statuses = []
    for year in ["2016-17", "2017-18", "2018-19", "2019-20"]:
        with capture(execute=True):
            response = client.post(
                SUBSCRIBE, {"email": "pat@example.com", "frequency": "daily", "year": year, **ALL}
            )
        statuses.append(response.status_code)
    assert statuses == [302, 302, 302, 429]
    assert "Wait an hour" in response.content.decode()
    assert Subscription.objects.count() == 3


def test_a_flood_from_one_client_is_limited(client, settings, capture):
    settings.CLIENT_ADDRESS_HEADER = "HTTP_X_REAL_IP"
    statuses = [
        client.post(
            SUBSCRIBE,
            {"email": f"person{n}@example.com", "frequency": "daily", **ALL},
            HTTP_X_REAL_IP="203.0.113.9",
        ).status_code
        for n in range(11)
    ]
    assert statuses == [302] * 10 + [429]
    other = client.post(
        SUBSCRIBE,
        {"email": "else@example.com", "frequency": "daily", **ALL},
        HTTP_X_REAL_IP="203.0.113.10",
    )
    assert other.status_code == 302


def _queue(n):
    for i in range(n):
        message_queue(
            key=f"test:{i}",
            to=f"person{i}@example.com",
            subject=f"Message {i}",
            text="Hello",
            html="<p>Hello</p>",
        )


def test_the_smtp_server_down_queues_and_retries_losing_nothing(
    smtp, worker, capture, time_machine
):
    time_machine.move_to(datetime(2026, 12, 13, 10, 0, tzinfo=LONDON), tick=False)
    smtp.stop()
    with capture(execute=True):
        _queue(5)
    worker()
    assert smtp.received == []
    assert set(OutboxMessage.objects.values_list("state", "attempts")) == {("queued", 1)}
    assert "ConnectionRefusedError" in OutboxMessage.objects.first().last_error
    smtp.start()
    worker()  # too early: the retry waits a minute
    assert smtp.received == []
    time_machine.move_to(datetime(2026, 12, 13, 10, 1, 5, tzinfo=LONDON), tick=False)
    worker()  # the delayed retry the first attempt queued
    assert sorted(m["Subject"] for _, m in smtp.received) == [f"Message {i}" for i in range(5)]
    assert set(OutboxMessage.objects.values_list("state", flat=True)) == {"sent"}
    call_command("alerts_due", stdout=None)
    worker()
    assert len(smtp.received) == 5  # and never twice


def test_sending_gives_up_after_the_last_attempt_and_staff_can_send_again(
    client, settings, smtp, worker, capture, time_machine
):
    from tests.factories import UserFactory, staff_sign_in

    settings.ALERTS_SEND_ATTEMPTS = 2
    time_machine.move_to(datetime(2026, 12, 13, 10, 0, tzinfo=LONDON), tick=False)
    smtp.stop()
    with capture(execute=True):
        _queue(1)
    worker()
    time_machine.move_to(datetime(2026, 12, 13, 10, 5, tzinfo=LONDON), tick=False)
    worker()
    message = OutboxMessage.objects.get()
    assert (message.state, message.attempts) == ("failed", 2)
    officer = UserFactory(username="officer", group="Governance officers")
    staff_sign_in(client, officer)
    listing = client.get("/admin/alerts/outboxmessage/?state__exact=failed").content.decode()
    assert "Message 0" in listing
    smtp.start()
    with capture(execute=True):
        client.post(
            "/admin/alerts/outboxmessage/",
            {"action": "send_again", "_selected_action": [message.pk]},
        )
    worker()
    assert [m["Subject"] for _, m in smtp.received] == ["Message 0"]
