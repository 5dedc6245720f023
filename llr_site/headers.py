"""Content-Security-Policy chosen per request: strict for visitors, the CMS's needs for staff.

Visitors' pages have no inline script or style, so they get `CONTENT_SECURITY_POLICY` as it is
(`default-src 'self'`, no 'unsafe-inline'). The CMS toolbar, its structure board and the admin
inject inline scripts and styles; those allowances (`CSP_STAFF_ALLOWANCES`) are added only for
signed-in staff, whose pages are never cached for visitors.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.db import DatabaseError


def is_signed_in_staff(request):
    user = getattr(request, "user", None)  # absent when the request stopped before the session
    if user is None:
        return False
    try:
        return bool(user.is_authenticated and user.is_staff)
    except DatabaseError:
        # Reading the session failed (the database went away mid-request): the strict policy.
        return False


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, widened for signed-in staff only."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and is_signed_in_staff(request):
            allowances = settings.CSP_STAFF_ALLOWANCES
            parts.update = {**allowances, **(parts.update or {})}
        return parts
