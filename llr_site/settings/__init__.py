"""Settings for the LLR CCGs website, read once from the environment.

Development defaults are safe: SQLite in the project, DEBUG on, local hosts only.
With DEBUG off the site refuses to start without a real SECRET_KEY.

This module holds the core (apps, middleware, templates, database, language, static files,
django CMS); each other group of settings is a module of this package, imported here.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from llr_site.settings.caches import *  # noqa: F403
from llr_site.settings.contacts import *  # noqa: F403
from llr_site.settings.editing import *  # noqa: F403
from llr_site.settings.environment import BASE_DIR, DEBUG, env_bool, env_list
from llr_site.settings.files import *  # noqa: F403
from llr_site.settings.mail import *  # noqa: F403
from llr_site.settings.security import *  # noqa: F403
from llr_site.settings.staff import *  # noqa: F403

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
    # Content shared across pages, versioned like pages (djangocms-alias needs django-parler).
    "parler",
    "djangocms_alias",
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
    # Reloads apphook URLs in every process after a page with an apphook is (un)published;
    # asks the database only after a content change (llr_site/apphook_reload.py).
    "llr_site.apphook_reload.ApphookReloadMiddleware",
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
    # The CMS's, finding a visitor's page in the content cache (llr_site/current_page.py).
    "llr_site.current_page.CurrentPageMiddleware",
    # The CMS's, cheaper where the toolbar cannot be shown (llr_site/toolbar.py).
    "llr_site.toolbar.ToolbarMiddleware",
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
                "nhsuk.menus.menu_renderer",
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
# django CMS reads every page's plugins with `.iterator()`, which on PostgreSQL opens a
# server-side cursor per plugin type (DECLARE ... WITH HOLD, FETCH, CLOSE: three round trips
# for a few rows, eight times per page). Plain cursors fetch them in one; the site's own
# `.iterator()` loops (search index, alert fan-out) read bounded sets.
DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


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
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    # /static/nhsuk/: nhsuk-frontend's bundled script and assets, not its whole npm package.
    "llr_site.static_finders.NHSUKFrontendFinder",
]

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


# Background jobs (files' text for the search, email): django-tasks with its database backend
# (the worker: `manage.py db_worker`, which `make run` starts).
# Another backend (Redis through RQ, Celery) is a change of BACKEND here, not of the code.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}


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
