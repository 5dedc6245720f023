"""Writes for page feedback."""

import hashlib
from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone

from feedback.conf import setting
from feedback.models import PageFeedback


def feedback_rate_limited(address):
    """Count one answer from `address` (kept only as a hash, in the cache, for an hour)."""
    key = "feedback:" + hashlib.sha256(address.encode()).hexdigest()
    cache.add(key, 0, timeout=60 * 60)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=60 * 60)
        count = 1
    return count > setting("FEEDBACK_PER_HOUR")


def feedback_give(*, path, useful, doing, went_wrong):
    """Store one answer; the report's text has already been masked by the form."""
    return PageFeedback.objects.create(
        path=path,
        useful={"yes": True, "no": False}.get(useful),
        doing=doing,
        went_wrong=went_wrong,
    )


def feedback_prune(now=None):
    """Delete answers older than FEEDBACK_RETENTION_DAYS; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=setting("FEEDBACK_RETENTION_DAYS"))
    deleted, _ = PageFeedback.objects.filter(created_at__lt=cutoff).delete()
    return deleted
