"""Staff sessions end after a while idle and a while after signing in (settings)."""

import logging
import time
from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.http import HttpResponseRedirect
from django.urls import reverse

SIGNED_IN_AT = "staff_signed_in_at"
LAST_SEEN_AT = "staff_last_seen_at"
# The last-seen time is written at most this often, so a busy editor's requests do not each
# rewrite the session; the idle limit is at most this much late.
LAST_SEEN_RESOLUTION = 60

logger = logging.getLogger("llr_site.staff")


def idle_limit():
    return timedelta(minutes=settings.STAFF_SESSION_IDLE_MINUTES).total_seconds()


def total_limit():
    return timedelta(hours=settings.STAFF_SESSION_MAX_HOURS).total_seconds()


def session_start(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        now = time.time()
        request.session[SIGNED_IN_AT] = now
        request.session[LAST_SEEN_AT] = now


def connect():
    user_logged_in.connect(session_start, dispatch_uid="llr_site.staff.session_start")


class StaffSessionLimitMiddleware:
    """Signs out sessions idle too long (STAFF_SESSION_IDLE_MINUTES) or too old (..._MAX_HOURS).

    A small middleware rather than django-session-security, whose idle limit is kept by
    JavaScript in the page (inline script, against the site's Content-Security-Policy) and which
    has no total limit.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            reason = self.expired(request.session)
            if reason:
                username = request.user.get_username()
                logout(request)
                logger.info("staff session of %s ended: %s", username, reason)
                messages.info(request, f"You have been signed out: {reason}. Sign in again.")
                url = reverse("staff_sign_in")
                return HttpResponseRedirect(f"{url}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def expired(session):
        now = time.time()
        signed_in_at = session.get(SIGNED_IN_AT)
        last_seen_at = session.get(LAST_SEEN_AT)
        if signed_in_at is None or last_seen_at is None:
            # A session from before these limits, or made without signing in: start counting.
            session[SIGNED_IN_AT] = session.get(SIGNED_IN_AT, now)
            session[LAST_SEEN_AT] = now
            return None
        if now - signed_in_at > total_limit():
            return f"you signed in more than {settings.STAFF_SESSION_MAX_HOURS} hours ago"
        if now - last_seen_at > idle_limit():
            return f"nothing was done for {settings.STAFF_SESSION_IDLE_MINUTES} minutes"
        if now - last_seen_at > LAST_SEEN_RESOLUTION:
            session[LAST_SEEN_AT] = now
        return None
