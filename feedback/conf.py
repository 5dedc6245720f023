"""Settings of the feedback app and their defaults; the project's settings override them."""

from django.conf import settings

DEFAULTS = {
    # Answers accepted per client address per hour (counted in the cache as a hash).
    "FEEDBACK_PER_HOUR": 20,
    # Answers and reports are deleted after this many days (the privacy notice says two years).
    "FEEDBACK_RETENTION_DAYS": 730,
}


def setting(name):
    return getattr(settings, name, DEFAULTS[name])
