"""Site-wide views: the NHS-styled error pages (staff sign-in: llr_site/staff/views.py)."""

from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    # Rendered with as little as possible: the database or the CMS may be what failed.
    return render(request, "500.html", status=500)
