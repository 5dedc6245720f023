"""Forms of the second factor: a code from the authenticator app, or a recovery code."""

from django import forms
from django_otp import devices_for_user
from django_otp.plugins.otp_totp.models import TOTPDevice


class CodeForm(forms.Form):
    """A six-digit code from the authenticator app (or, at sign-in, a recovery code)."""

    code = forms.CharField(
        max_length=20,
        error_messages={"required": "Enter the code from your authenticator app"},
    )

    def __init__(self, *args, devices, **kwargs):
        super().__init__(*args, **kwargs)
        self.devices = devices
        self.device = None

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split()).lower()
        # Six digits go to the authenticator, anything else to the recovery codes: a recovery code
        # must not count as a wrong guess against the authenticator (which django-otp slows).
        authenticator_code = len(code) == 6 and code.isdigit()  # recovery codes have 8
        devices = [d for d in self.devices if isinstance(d, TOTPDevice) == authenticator_code]
        for device in devices:
            allowed, data = device.verify_is_allowed()
            if not allowed:
                raise forms.ValidationError(
                    "Too many wrong codes in a row: wait a few seconds, then enter the newest code"
                )
        for device in devices:
            if device.verify_token(code):
                self.device = device
                return code
        raise forms.ValidationError(
            "That code is not right: enter the newest 6-digit code from your authenticator app, "
            "or one of your recovery codes"
        )


def sign_in_code_form(user, data=None):
    return CodeForm(data, devices=list(devices_for_user(user, for_verify=data is not None)))
