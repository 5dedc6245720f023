"""The second factor: an authenticator app (TOTP) and recovery codes, with django-otp."""

from urllib.parse import urlencode

from django.contrib.auth import logout
from django.db import transaction
from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10
AUTHENTICATOR_NAME = "Authenticator app"
RECOVERY_CODES_NAME = "Recovery codes"
# Pages a signed-in member of staff can reach before giving the second factor.
OPEN_BEFORE_SECOND_FACTOR = {
    "staff_sign_in",
    "staff_sign_in_code",
    "staff_two_factor_set_up",
    "staff_recovery_codes",
    "staff_sign_out",
}


def authenticator_get_or_create(user):
    """The member of staff's authenticator being set up (not yet confirmed), or a new one."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)


@transaction.atomic
def authenticator_confirm(device):
    """Confirms a new authenticator and gives its owner fresh recovery codes (returned once)."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return recovery_codes_replace(device.user)


@transaction.atomic
def recovery_codes_replace(user):
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_CODES_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def second_factor_reset(user):
    """Removes every device of the user: their next sign-in sets up a new authenticator."""
    count = 0
    for device in devices_for_user(user, confirmed=None):
        device.delete()
        count += 1
    return count


def second_factor_url(user, next_url):
    """Where a member of staff who gave their password goes next: the code, or the set-up."""
    name = "staff_sign_in_code" if user_has_device(user) else "staff_two_factor_set_up"
    url = reverse(name)
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


class SecondFactorRequiredMiddleware:
    """No page for a signed-in account until it has given its second factor.

    A member of staff who has only given a password is sent to give their code (or, at their
    first sign-in, to set up an authenticator); an account that is not staff is signed out, as
    no sign-in of this site accepts one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not user.is_verified():
            if not user.is_staff:
                logout(request)
            elif not self.is_open(request):
                return HttpResponseRedirect(second_factor_url(user, request.get_full_path()))
        return self.get_response(request)

    @staticmethod
    def is_open(request):
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
        return match.url_name in OPEN_BEFORE_SECOND_FACTOR
