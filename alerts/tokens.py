"""Signed links in emails (django.core.signing): an id and the address, never a guessable id
alone. Each purpose has its own salt, so a token for one cannot be used for another."""

from datetime import timedelta

from django.core import signing

from alerts.conf import setting

CONFIRM, MANAGE = "confirm", "manage"
UNSUBSCRIBE, UNSUBSCRIBE_ALL = "unsubscribe", "unsubscribe-all"
ERASE = "erase"  # the id is 0: it names an address, whatever it has
SALT = "alerts.{}"


def token_make(purpose, pk, email):
    return signing.dumps({"id": pk, "e": email}, salt=SALT.format(purpose), compress=True)


def token_read(purpose, token):
    """(id, email) from a token, or raises signing.SignatureExpired / signing.BadSignature."""
    days = setting("ALERTS_CONFIRM_DAYS") if purpose == CONFIRM else setting("ALERTS_LINK_DAYS")
    data = signing.loads(token, salt=SALT.format(purpose), max_age=timedelta(days=days))
    if not isinstance(data, dict) or not isinstance(data.get("id"), int):
        raise signing.BadSignature("Unexpected token content.")
    return data["id"], str(data.get("e", ""))
