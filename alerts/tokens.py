"""Signed links in emails (django.core.signing): never a guessable id alone, and never the
address in clear (links end up in logs): an id with a digest of the address it was sent to,
which must still match; a "delete my data" link names the email it came in. Each purpose has
its own salt, so a token for one cannot be used for another."""

import hashlib
from datetime import timedelta

from django.core import signing

from alerts.conf import setting

CONFIRM, MANAGE = "confirm", "manage"
UNSUBSCRIBE, UNSUBSCRIBE_ALL = "unsubscribe", "unsubscribe-all"
ERASE = "erase"
SALT = "alerts.{}"


def address_digest(email):
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]


def _max_age(purpose):
    days = setting("ALERTS_CONFIRM_DAYS") if purpose == CONFIRM else setting("ALERTS_LINK_DAYS")
    return timedelta(days=days)


def token_make(purpose, pk, email):
    return signing.dumps({"id": pk, "h": address_digest(email)}, salt=SALT.format(purpose))


def token_read(purpose, token):
    """(id, address digest), or raises signing.SignatureExpired / signing.BadSignature."""
    data = signing.loads(token, salt=SALT.format(purpose), max_age=_max_age(purpose))
    if not isinstance(data, dict) or not isinstance(data.get("id"), int):
        raise signing.BadSignature("Unexpected token content.")
    return data["id"], str(data.get("h", ""))


def erase_token_make(message_key):
    return signing.dumps({"k": message_key}, salt=SALT.format(ERASE))


def erase_token_read(token):
    """The key of the email the link came in, or raises as token_read does."""
    data = signing.loads(token, salt=SALT.format(ERASE), max_age=_max_age(ERASE))
    if not isinstance(data, dict) or not isinstance(data.get("k"), str):
        raise signing.BadSignature("Unexpected token content.")
    return data["k"]
