"""Settings for the LLR CCGs website, read once from the environment.

Development defaults are safe: SQLite in the project, DEBUG on, local hosts only.
With DEBUG off the site refuses to start without a real SECRET_KEY.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from botocore.config import Config as BotoConfig
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be 1/0, true/false, yes/no or on/off, not {value!r}")


def env_list(name, default):
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    # Only ever used with DEBUG on; a production start without SECRET_KEY fails above.
    SECRET_KEY = "development-only-insecure-key-" + "x" * 40

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# A form sent without its security token gets a page in the NHS look saying what to do.
CSRF_FAILURE_VIEW = "llr_site.errors.csrf_failure"

INSTALLED_APPS = [
    "llr_site",
    "core",
    "ccgs",
    "publications",
    "governance",
    "contacts",
    "search",
    "alerts",
    "feedback",
    "nhsuk",
    "nhsuk_components",
    "uploads",
    "djangocms_simple_admin_style",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "cms",
    "menus",
    "treebeard",
    "sekizai",
    "djangocms_versioning",
    "djangocms_text",
    "djangocms_link",
    # The media library (media_library/): django-filer and its thumbnails (djangocms-link's
    # own migrations need django-filer too, for file links).
    "filer",
    "easy_thumbnails",
    # After filer: its admin re-registers filer's with the roles' permissions.
    "media_library",
    # Page review dates, the text editor's allowed content, links to our records (issue 12).
    "editing",
    # Staff accounts (llr_site/staff/): sign-in throttling, second factor, audit trail.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "auditlog",
    "csp",
    "django.contrib.sitemaps",
    # Background tasks (django-tasks; its database backend): reading uploaded files' text,
    # sending email.
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # Security headers, static files and the health check come before anything that reads the
    # database, so they survive a database outage (the error page's stylesheet included).
    "django.middleware.security.SecurityMiddleware",
    "llr_site.headers.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "llr_site.middleware.RejectNulCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "llr_site.middleware.HealthCheckMiddleware",
    # The apps' cached reads (content_cache), once per request whatever asks for them.
    "content_cache.ContentMemoMiddleware",
    # Reloads apphook URLs in every process after a page with an apphook is (un)published.
    # It reads the database on every request.
    "cms.middleware.utils.ApphookReloadMiddleware",
    # Anonymous visitors' copies of the apps' pages (the CMS caches its own pages itself).
    # Before the session: staff always have a session cookie, and such requests pass through.
    "llr_site.visitor_cache.VisitorCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Only those who may edit a page see its drafts, structure and versions.
    "llr_site.draft_privacy.DraftPrivacyMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A file store that cannot be reached: officers get a message, visitors a 503.
    "uploads.middleware.StorageUnavailableMiddleware",
    # Staff accounts: the second factor, session limits, the audit trail's actor.
    "django_otp.middleware.OTPMiddleware",
    "llr_site.staff.sessions.StaffSessionLimitMiddleware",
    "llr_site.staff.two_factor.SecondFactorRequiredMiddleware",
    "llr_site.staff.audit.AuditActorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "cms.middleware.user.CurrentUserMiddleware",
    "cms.middleware.page.CurrentPageMiddleware",
    "cms.middleware.toolbar.ToolbarMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Search engines may crawl only the production site (robots.txt disallows everything otherwise).
SEARCH_ENGINES_ALLOWED = env_bool("SEARCH_ENGINES_ALLOWED", False)

# Keep anonymous visitors' copies of the apps' pages (llr_site/visitor_cache.py).
VISITOR_CACHE = env_bool("VISITOR_CACHE", True)

ROOT_URLCONF = "llr_site.urls"
WSGI_APPLICATION = "llr_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "cms.context_processors.cms_settings",
                "sekizai.context_processors.sekizai",
                "llr_site.context_processors.site_identity",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        # A persistent connection is checked before reuse, so a database restart costs no
        # visitor a 500.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def redis_cache(url):
    """A Redis cache that degrades: when Redis does not answer, pages are rendered uncached.

    django-redis ignores (and logs, on the `django_redis` logger) connection errors, and gives up
    on an unreachable server within a second rather than holding the request.
    """
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 1,
            "SOCKET_TIMEOUT": 1,
        },
    }


# A cache shared by every worker, so publishing clears the CMS page cache everywhere at once.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": redis_cache(REDIS_URL)}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "llr_cache",
        }
    }
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "staff_sign_in"
LOGIN_REDIRECT_URL = "/"

# --- Staff accounts (llr_site/staff/) -------------------------------------------------------
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
# --------------------------------------------------------------------------------------------

# British English: dates typed and shown as dd/mm/yyyy, 24-hour times, "7 December 2026" on
# public pages (llr_site/formats/en_GB/formats.py overrides Django's en_GB formats).
LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en-gb", "English")]
FORMAT_MODULE_PATH = ["llr_site.formats"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
SITE_ID = 1
# The public host name, used in feeds and other absolute links (llr_site/sites.py puts it in
# django.contrib.sites on migrate and seed; check --deploy warns while it is not a public one).
SITE_DOMAIN = os.environ.get("SITE_DOMAIN") or "127.0.0.1:8000"

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("nhsuk", BASE_DIR / "node_modules" / "nhsuk-frontend" / "dist" / "nhsuk"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# The media library (django-filer): every upload goes through media_library/uploads.py, which
# reads the content; only these types are accepted, SVG only to be refused with a clear message.
MEDIA_LIBRARY_MAX_UPLOAD_MB = int(os.environ.get("MEDIA_LIBRARY_MAX_UPLOAD_MB", "10"))
_MEDIA_IMAGE_TYPES = ["image/jpeg", "image/png", "image/gif", "image/webp"]
_MEDIA_IMAGE_CHECKS = [
    "media_library.uploads.upload_size_check",
    "media_library.uploads.image_content_check",
    "filer.validation.strip_exif",
]
FILER_MIME_TYPE_WHITELIST = [*_MEDIA_IMAGE_TYPES, "application/pdf", "image/svg+xml"]
FILER_REMOVE_FILE_VALIDATORS = ["image/svg+xml"]
FILER_ADD_FILE_VALIDATORS = {
    **dict.fromkeys(_MEDIA_IMAGE_TYPES, _MEDIA_IMAGE_CHECKS),
    "application/pdf": [
        "media_library.uploads.upload_size_check",
        "media_library.uploads.pdf_content_check",
    ],
    "image/svg+xml": ["media_library.uploads.svg_refuse"],
}
FILER_UPLOADER_MAX_FILE_SIZE = MEDIA_LIBRARY_MAX_UPLOAD_MB * 1024 * 1024
THUMBNAIL_PROCESSORS = (
    "easy_thumbnails.processors.colorspace",
    "easy_thumbnails.processors.autocrop",
    "filer.thumbnail_processors.scale_and_crop_with_subject_location",
    "easy_thumbnails.processors.filters",
)

# Uploaded files (publications' files, people's photos): local disk, or with
# AWS_STORAGE_BUCKET_NAME set an S3-compatible bucket shared by every app server (uploads/).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    MEDIA_STORAGE = {
        "BACKEND": "uploads.storage.ObjectStorage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            # Empty for AWS itself; the address of any other S3-compatible store.
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # Empty: boto3 finds credentials itself (an instance role, ~/.aws).
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            # The bucket stays private: files are served through the site (uploads/views.py,
            # publications' downloads), never linked on the store.
            "default_acl": "private",
            "file_overwrite": False,
            # A store that does not answer fails the request in seconds (a 503 for visitors,
            # a message for officers), rather than holding an app server's worker.
            "client_config": BotoConfig(
                connect_timeout=2, read_timeout=20, retries={"mode": "standard", "max_attempts": 2}
            ),
        },
    }
else:
    MEDIA_STORAGE = {"BACKEND": "uploads.storage.LocalStorage"}
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "llr_site.storage.StaticFilesStorage"},
}

# django CMS
CMS_TEMPLATES = [
    ("pages/home.html", "Home"),
    ("pages/content.html", "Content page"),
    ("pages/content_with_side_column.html", "Content page with a side column"),
]
CMS_LANGUAGES = {
    SITE_ID: [{"code": "en-gb", "name": "English", "public": True}],
    "default": {"hide_untranslated": False, "redirect_on_fallback": True, "public": True},
}
DJANGOCMS_VERSIONING_ALLOW_DELETING_VERSIONS = False
TEXT_INLINE_EDITING = True
# Links to anything (issue 12.3): besides CMS pages, editors find these by title in the text
# editor's link dialog and in every component's link field (djangocms-link); each model's admin
# has the search fields (a publication's file: the "current file" link, found by the
# publication's title). editing/conf.py says which of their records the public may see.
DJANGOCMS_LINKABLE_MODELS = [
    "publications.publication",
    "publications.publicationfile",
    "ccgs.practice",
    "ccgs.pcn",
    "governance.meeting",
    "governance.person",
    "governance.governingbody",
]
# The text editor offers the NHS.UK content styles only (issue 12.4): paragraph, lede paragraph,
# headings 2 to 4, bulleted and numbered lists, bold, links. djangocms-text's TipTap editor also
# drops, on paste, every format whose button is not here (Word's fonts, colours, underline...);
# the server keeps only these whatever is sent (editing/sanitiser.py).
NHSUK_TEXT_TOOLBAR = [
    ["Paragraph", "BlockStyles", "Heading2", "Heading3", "Heading4"],
    "|",
    ["Bold"],
    "|",
    ["BulletedList", "NumberedList"],
    "|",
    ["Link", "Unlink"],
    "|",
    ["Undo", "Redo"],
]
TEXT_EDITOR_SETTINGS = {
    "toolbar_CMS": NHSUK_TEXT_TOOLBAR,
    "toolbar_HTMLField": NHSUK_TEXT_TOOLBAR,
    "blockStyles": [
        {"name": "Lede paragraph", "element": "p", "attributes": {"class": "nhsuk-body-l"}}
    ],
}

# The apps' own settings have their defaults in each app's conf.py (governance/conf.py:
# GOVERNANCE_QUESTIONS_PER_HOUR, GOVERNANCE_QUESTION_RETENTION_DAYS; publications/conf.py:
# PUBLICATION_MAX_UPLOAD_MB); the environment overrides them here.
for _name in (
    "GOVERNANCE_QUESTIONS_PER_HOUR",
    "GOVERNANCE_QUESTION_RETENTION_DAYS",
    "PUBLICATION_MAX_UPLOAD_MB",
):
    if os.environ.get(_name):
        globals()[_name] = int(os.environ[_name])

# The request header holding the visitor's address: REMOTE_ADDR, or behind a proxy the header
# it sets, e.g. HTTP_X_REAL_IP (a header any client can send is not a limit at all).
CLIENT_ADDRESS_HEADER = os.environ.get("CLIENT_ADDRESS_HEADER", "REMOTE_ADDR")

# Email: Django's SMTP backend with the server from the environment; in development without
# EMAIL_HOST, the console backend prints each email instead. Emails are sent by the worker
# (`manage.py db_worker`), never in a request (alerts/outbox.py).
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "LLR CCGs <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if DEBUG and not EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    # Without EMAIL_HOST in production, Django's own default: a mail server on this machine.
    EMAIL_HOST = EMAIL_HOST or "localhost"

# Background jobs (files' text for the search, email): django-tasks with its database backend
# (the worker: `manage.py db_worker`, which `make run` starts).
# Another backend (Redis through RQ, Celery) is a change of BACKEND here, not of the code.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# Security. The CMS toolbar and its edit frames need same-origin framing.
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # A load balancer probes the health check over plain HTTP on the private network.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Headers (issue 13). Visitors: everything from this site only, no inline script or style.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
    },
}
# Added for signed-in staff only (llr_site/headers.py): the CMS toolbar, structure board and
# admin widgets inject inline scripts and styles, and the toolbar draws some icons as data URIs.
CSP_STAFF_ALLOWANCES = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:"],
}
# Features no page uses are switched off; passkeys (WebAuthn) stay allowed for staff sign-in.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
    "publickey-credentials-create": ["self"],
    "publickey-credentials-get": ["self"],
}

SILENCED_SYSTEM_CHECKS = [
    # X_FRAME_OPTIONS stays SAMEORIGIN: the CMS toolbar edits pages inside same-origin frames.
    "security.W019",
    # django-treebeard 5.3 warns that CMS 5.1's PageManager will break with treebeard 6; we pin
    # treebeard below 6 through django-cms's own requirement, so the warning is noise here.
    "treebeard.E001",
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # Every staff sign-in, failure, lockout and sign-out (llr_site/staff/audit.py).
    "loggers": {"llr_site.staff": {"level": "INFO"}},
}


# The contact details' first values, stored when `migrate` creates the record; staff keep it in
# the admin afterwards (contacts/conf.py). A postal address's lines are separated by ";".
CONTACT_DETAILS_INITIAL = {
    "postal_address": "\n".join(
        line.strip() for line in os.environ.get("CONTACT_POSTAL_ADDRESS", "").split(";")
    ).strip(),
    "telephone": os.environ.get("CONTACT_TELEPHONE", ""),
    "email": os.environ.get("CONTACT_EMAIL", ""),
    "accessibility_email": os.environ.get("CONTACT_ACCESSIBILITY_EMAIL", ""),
    "dpo_name": os.environ.get("CONTACT_DPO_NAME", ""),
    "dpo_email": os.environ.get("CONTACT_DPO_EMAIL", ""),
    "foi_email": os.environ.get("CONTACT_FOI_EMAIL", ""),
}
