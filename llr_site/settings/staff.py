"""Staff accounts (llr_site/staff/): passwords, sign-in lockout, sessions, two-factor, audit."""

import os
from datetime import timedelta

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "staff_sign_in"
LOGIN_REDIRECT_URL = "/"

# django-axes counts failed sign-ins first; a locked-out account or address is refused before
# its password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Locked out after this many failures per account, and as many per client address. One address
# can therefore lock at most one account per cool-off (its own limit is reached together with
# the account's), and failures while locked out are not counted (so neither the lockout of the
# address nor of an account can be extended by an attacker who is already locked out).
AXES_FAILURE_LIMIT = int(os.environ.get("STAFF_SIGN_IN_FAILURE_LIMIT", "5"))
AXES_LOCKOUT_PARAMETERS = [["username"], ["ip_address"]]
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("STAFF_SIGN_IN_COOL_OFF_MINUTES", "15")))
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_LOCKOUT_CALLABLE = "llr_site.staff.views.locked_out"
# The same client address the rest of the site uses (CLIENT_ADDRESS_HEADER below).
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_address"
# Staff sessions end after this long without a request, and this long after signing in.
STAFF_SESSION_IDLE_MINUTES = int(os.environ.get("STAFF_SESSION_IDLE_MINUTES", "30"))
STAFF_SESSION_MAX_HOURS = int(os.environ.get("STAFF_SESSION_MAX_HOURS", "10"))
SESSION_COOKIE_AGE = STAFF_SESSION_MAX_HOURS * 60 * 60
# The TOTP issuer shown in authenticator apps.
OTP_TOTP_ISSUER = "LLR CCGs website"
# The audit trail (django-auditlog): who changed which record of the apps, and when. Questions
# from the public keep the asker's name and email out of the trail.
AUDITLOG_INCLUDE_TRACKING_MODELS = (
    "publications.DocumentType",
    "publications.Publication",
    "publications.PublicationFile",
    "publications.FileVersion",
    "governance.Meeting",
    "governance.AgendaItem",
    {"model": "governance.Question", "exclude_fields": ["name", "email"]},
    "ccgs.Ccg",
    {"model": "auth.User", "exclude_fields": ["password", "last_login"]},
)
