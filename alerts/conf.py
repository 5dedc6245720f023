"""Settings of the alerts app and their defaults; the project's settings override any of them.

Read through `setting(name)` when used (not at import), so tests and deployments can change them.
"""

from django.conf import settings

DEFAULTS = {
    # Unconfirmed addresses are forgotten after this many days (the confirmation link expires).
    "ALERTS_CONFIRM_DAYS": 7,
    # Unsubscribe and manage links in emails stay valid this long.
    "ALERTS_LINK_DAYS": 366,
    # Subscription requests accepted per hour from one client address, and for one email address.
    "ALERTS_SUBSCRIBE_PER_HOUR_CLIENT": 10,
    "ALERTS_SUBSCRIBE_PER_HOUR_ADDRESS": 3,
    # Sending: attempts before giving up (staff then see it as failed and can retry it), and the
    # first wait, doubled after each failure (1, 2, 4... minutes), capped at a day.
    "ALERTS_SEND_ATTEMPTS": 8,
    "ALERTS_RETRY_FIRST_SECONDS": 60,
    "ALERTS_RETRY_MAX_SECONDS": 24 * 60 * 60,
    # Messages sent per batch over one SMTP connection, marked sent together at its end (a
    # worker killed mid-batch leaves at most this many to be sent again: see README).
    "ALERTS_SEND_BATCH": 50,
    # Sent emails are kept this many days as the record of what was sent, then deleted.
    "ALERTS_MESSAGE_RETENTION_DAYS": 365,
    # Digests are written from this hour, London time; weekly ones on this weekday (0 = Monday).
    "ALERTS_DIGEST_HOUR": 8,
    "ALERTS_WEEKLY_DIGEST_WEEKDAY": 0,
}


def setting(name):
    return getattr(settings, name, DEFAULTS[name])
