"""Staff sign-in: password (throttled by django-axes), then the second factor (django-otp)."""

import logging
from base64 import b32encode
from urllib.parse import quote, urlencode

import segno
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django.db.models import Max, Q
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views import View
from django_otp import login as otp_login
from django_otp import user_has_device

from core.client_address import client_address
from llr_site.staff.forms import CodeForm, sign_in_code_form
from llr_site.staff.two_factor import (
    authenticator_confirm,
    authenticator_get_or_create,
    second_factor_url,
)

logger = logging.getLogger("llr_site.staff")
RECOVERY_CODES_SESSION_KEY = "staff_recovery_codes"
STAFF_PAGES = "/staff/"  # the sign-in and second-factor pages: never a page to return to


def next_url(request):
    """The page to return to after signing in: a page of this site, never the sign-in itself."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not safe or url.startswith(STAFF_PAGES):
        return settings.LOGIN_REDIRECT_URL
    return url


def with_next(url, next_page):
    return f"{url}?{urlencode({'next': next_page})}"


def sign_in_url(request):
    """The staff sign-in, returning to the page `request` shows (if any, and not a staff page)."""
    url = reverse("staff_sign_in")
    if request is None or request.path.startswith(STAFF_PAGES):
        return url
    # Encoded as the toolbar's link is (the `urlencode` filter), so both are one address.
    return f"{url}?next={quote(request.get_full_path(), safe='/')}"


class StaffSignInView(auth_views.LoginView):
    """Sign-in for CCG staff (communications staff, governance officers); staff accounts only."""

    template_name = "staff/sign_in.html"
    authentication_form = AdminAuthenticationForm
    redirect_authenticated_user = True

    def get_success_url(self):
        user = self.request.user
        if getattr(user, "is_verified", None) and user.is_verified():
            return next_url(self.request)
        return second_factor_url(user, next_url(self.request))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next"] = next_url(self.request)
        return context


class StaffSignOutView(auth_views.LogoutView):
    """Signs staff out (a POST, as Django requires) and returns them to the home page."""

    next_page = "/"


def admin_login_redirect(request):
    """The admin's and the CMS toolbar's own sign-ins: both send people to the one sign-in page.

    Nothing is signed in here, whatever is posted (the CMS's form accepts accounts that are not
    staff, and asks for no second factor).
    """
    url = reverse("staff_sign_in")
    return HttpResponseRedirect(
        with_next(url, request.GET["next"]) if "next" in request.GET else url
    )


class SecondFactorView(View):
    """Base of the pages between the password and the site: staff who gave a password only."""

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated or not user.is_staff:
            return HttpResponseRedirect(with_next(reverse("staff_sign_in"), next_url(request)))
        if user.is_verified():
            return HttpResponseRedirect(next_url(request))
        return super().dispatch(request, *args, **kwargs)


class SignInCodeView(SecondFactorView):
    """The code from the authenticator app, or a recovery code, after the password."""

    template_name = "staff/sign_in_code.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not user_has_device(request.user):
            return HttpResponseRedirect(second_factor_url(request.user, next_url(request)))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render(request, sign_in_code_form(request.user))

    def post(self, request):
        user = request.user
        credentials = {"username": user.get_username()}
        if AxesProxyHandler.is_locked(request, credentials):
            logout(request)
            return locked_out(request, None, credentials)
        with transaction.atomic():
            form = sign_in_code_form(user, request.POST)
            valid = form.is_valid()
        if not valid:
            # A wrong code counts towards the lockout like a wrong password.
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
            if getattr(request, "axes_locked_out", False):
                logout(request)
                return locked_out(request, None, credentials)
            return self.render(request, form)
        otp_login(request, form.device)
        logger.info("staff second factor given: %s (%s)", user.get_username(), form.device.name)
        return HttpResponseRedirect(next_url(request))

    def render(self, request, form):
        return render(request, self.template_name, {"form": form, "next": next_url(request)})


class TwoFactorSetUpView(SecondFactorView):
    """First sign-in: add an authenticator app, before any other page of the site.

    Only for an account with no confirmed device: someone who knows only the password must not
    be able to add their own authenticator to an account that has one.
    """

    template_name = "staff/two_factor_set_up.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and user_has_device(request.user):
            return HttpResponseRedirect(second_factor_url(request.user, next_url(request)))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render(request, CodeForm(devices=[]))

    def post(self, request):
        with transaction.atomic():
            device = authenticator_get_or_create(request.user)
            form = CodeForm(request.POST, devices=[device])
            valid = form.is_valid()
        if not valid:
            return self.render(request, form)
        codes = authenticator_confirm(device)
        otp_login(request, device)
        request.session[RECOVERY_CODES_SESSION_KEY] = codes
        logger.info("staff authenticator set up: %s", request.user.get_username())
        return HttpResponseRedirect(with_next(reverse("staff_recovery_codes"), next_url(request)))

    def render(self, request, form):
        device = authenticator_get_or_create(request.user)
        secret = b32encode(device.bin_key).decode()
        context = {
            "form": form,
            "next": next_url(request),
            "secret_groups": [secret[i : i + 4] for i in range(0, len(secret), 4)],
            # segno draws the QR code as SVG markup (no image request, no inline style).
            "qr_code": mark_safe(
                segno.make(device.config_url, error="m").svg_inline(
                    scale=4, title="QR code of your authenticator key"
                )
            ),
        }
        return render(request, self.template_name, context)


def recovery_codes(request):
    """The recovery codes, shown once, right after the authenticator is set up."""
    codes = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
    if not request.user.is_authenticated or not codes:
        return HttpResponseRedirect(next_url(request))
    return render(request, "staff/recovery_codes.html", {"codes": codes, "next": next_url(request)})


def locked_out(request, original_response=None, credentials=None):
    """django-axes' lockout: what happened, and from when the account can sign in again."""
    cool_off = get_cool_off(request)
    username = (credentials or {}).get("username") or ""
    latest = AccessAttempt.objects.filter(
        Q(username=username) | Q(ip_address=client_address(request))
    ).aggregate(latest=Max("attempt_time"))["latest"]
    retry_at = (latest or timezone.now()) + cool_off
    context = {
        "retry_at": retry_at,
        "cool_off_minutes": int(cool_off.total_seconds() // 60),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
    }
    response = render(request, "staff/locked_out.html", context, status=429)
    response["Retry-After"] = str(max(1, int((retry_at - timezone.now()).total_seconds())))
    return response
