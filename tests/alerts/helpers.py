"""Subscribing as a person does: the form, the email, the link in it."""

import re
from urllib.parse import urlsplit

from tests.alerts.smtp import text_of

SUBSCRIBE = "/alerts/subscribe/"


def link_in(message, kind):
    """The path of the first /alerts/<kind>/ link in an email's plain text."""
    match = re.search(rf"https?://\S+/alerts/{kind}/\S+/", text_of(message))
    assert match, f"no {kind} link in {text_of(message)!r}"
    return urlsplit(match.group(0)).path


def subscribe(client, worker, smtp, capture, email, frequency="immediately", **filters):
    """Fill in the form, receive the email, open its link; returns the confirmation page."""
    with capture(execute=True):
        response = client.post(SUBSCRIBE, {"email": email, "frequency": frequency, **filters})
    assert response.status_code == 302, response.content.decode()
    worker()
    confirmation = smtp.to(email)[-1]
    assert confirmation["Subject"] == "Confirm your subscription to LLR CCGs emails"
    return client.get(link_in(confirmation, "confirm"))
