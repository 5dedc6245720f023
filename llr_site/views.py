"""Site-wide views: staff sign-in and the NHS-styled error pages."""

from urllib.parse import urlencode

from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import views as auth_views
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


@requires_csrf_token
def server_error(request):
    # Rendered with as little as possible: the database or the CMS may be what failed.
    return render(request, "500.html", status=500)
