"""Staff accounts with their authenticator app, and signing them in."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from factory.django import DjangoModelFactory, Password

PASSWORD = "a-test-password-1"


class UserFactory(DjangoModelFactory):
    """A member of staff (`is_staff=False`: an account that is not staff), with the password
    PASSWORD, in the staff group named by `group` if given."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"staff-{n}")
    password = Password(PASSWORD)
    is_staff = True
    is_superuser = False

    @factory.post_generation
    def group(user, create, group_name, **kwargs):
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))


class TOTPDeviceFactory(DjangoModelFactory):
    """A confirmed authenticator app (TOTP) for the user; `totp_now(device)` gives its code."""

    class Meta:
        model = TOTPDevice

    user = factory.SubFactory(UserFactory)
    name = "Authenticator app"
    confirmed = True


def totp_now(device):
    """The code the member of staff's authenticator app shows now, as six digits."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def staff_sign_in(client, user):
    """Signs the user in as if through the staff sign-in, second factor given.

    `client.force_login` alone leaves staff half signed in: every page then asks for the code
    (django-otp's middleware reads the verifying device's id from the session).
    """
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = device or TOTPDeviceFactory(user=user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
