"""Site-wide views: the NHS-styled error pages (staff sign-in: llr_site/staff/views.py)."""

import sys

from django.db import InterfaceError, OperationalError
from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


# How long visitors and crawlers are asked to wait when the database is unavailable (seconds).
RETRY_AFTER_SECONDS = 60


@requires_csrf_token
def server_error(request):
    # Rendered with as little as possible: the database or the CMS may be what failed.
    # Django calls this inside the `except` block of the failure, so the exception is at hand.
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        response = render(request, "503.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return render(request, "500.html", status=500)
