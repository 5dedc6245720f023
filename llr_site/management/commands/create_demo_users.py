"""Makes one account for each staff role, for trying the site locally. Never in production."""

import secrets
from base64 import b32encode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from llr_site.roles import COMMUNICATIONS_STAFF, GOVERNANCE_OFFICERS
from llr_site.staff.two_factor import (
    AUTHENTICATOR_NAME,
    recovery_codes_replace,
    second_factor_reset,
)

DEMO_USERS = [
    # username, full name, group (None: a superuser)
    ("demo-communications", "Demo Communications", COMMUNICATIONS_STAFF),
    ("demo-governance", "Demo Governance", GOVERNANCE_OFFICERS),
    ("demo-admin", "Demo Administrator", None),
]


class Command(BaseCommand):
    help = (
        "Create (or reset) one demo user per role with a new random password and a new second "
        "factor (authenticator key and recovery codes), printed once. "
        "Refuses to run when DEBUG is off."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "create_demo_users only runs with DEBUG on: demo accounts never go live."
            )
        user_model = get_user_model()
        with transaction.atomic():
            for username, full_name, group_name in DEMO_USERS:
                first_name, last_name = full_name.split(" ", 1)
                user, _ = user_model.objects.update_or_create(
                    username=username,
                    defaults={
                        "first_name": first_name,
                        "last_name": last_name,
                        "is_staff": True,
                        "is_superuser": group_name is None,
                        "is_active": True,
                    },
                )
                password = secrets.token_urlsafe(12)
                user.set_password(password)
                user.save()
                user.groups.set([Group.objects.get(name=group_name)] if group_name else [])
                second_factor_reset(user)
                device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME)
                codes = recovery_codes_replace(user)
                role = group_name or "Superuser"
                self.stdout.write(f"{role:<22} {username:<22} password: {password}")
                self.stdout.write(f"    authenticator key: {b32encode(device.bin_key).decode()}")
                self.stdout.write(f"    authenticator URI: {device.config_url}")
                self.stdout.write(f"    recovery codes: {' '.join(codes)}")
