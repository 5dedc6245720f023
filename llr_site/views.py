"""Site-wide views: staff sign-in, the NHS-styled error pages and the health check."""

import sys
from urllib.parse import urlencode

from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import views as auth_views
from django.db import InterfaceError, OperationalError
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.csrf import requires_csrf_token


class StaffSignInView(auth_views.LoginView):
    """Sign-in for CCG staff (communications staff, governance officers); staff accounts only."""

    template_name = "staff/sign_in.html"
    authentication_form = AdminAuthenticationForm
    redirect_authenticated_user = True


class StaffSignOutView(auth_views.LogoutView):
    """Signs staff out (a POST, as Django requires) and returns them to the home page."""

    next_page = "/"


def admin_login_redirect(request):
    query = {"next": request.GET["next"]} if request.GET.get("next") else {}
    url = reverse("staff_sign_in")
    return HttpResponseRedirect(f"{url}?{urlencode(query)}" if query else url)


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
