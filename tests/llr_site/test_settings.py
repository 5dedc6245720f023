"""Settings come from the environment; production refuses unsafe ones."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings

from tests.seedless import seed  # noqa: F401  (each test starts its own manage.py)

# Each test starts `manage.py` in a new process (a second or more each).
pytestmark = pytest.mark.slow

PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-key-with-many-characters-0123456789",
    "ALLOWED_HOSTS": "www.llr-ccgs.example",
    "CSRF_TRUSTED_ORIGINS": "https://www.llr-ccgs.example",
    "SITE_DOMAIN": "www.llr-ccgs.example",
}


def manage(*args, **env):
    inherited = {
        k: v
        for k, v in os.environ.items()
        if k not in (*PRODUCTION, "DATABASE_URL") and not k.startswith("CONTACT_")
    }
    environment = inherited | env
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        # collectstatic compresses some ten thousand files: minutes on a busy 2-core machine.
        timeout=600,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DEBUG="0", ALLOWED_HOSTS="www.llr-ccgs.example")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


# What CI gives its deploy check: the contact details `migrate` would store (see README).
CONTACTS = {
    "CONTACT_POSTAL_ADDRESS": "LLR CCGs;1 Example Street;Leicester;LE1 9ZZ",
    "CONTACT_TELEPHONE": "0116 496 0000",
    "CONTACT_EMAIL": "enquiries@llr-ccgs.example",
    "CONTACT_ACCESSIBILITY_EMAIL": "accessibility@llr-ccgs.example",
    "CONTACT_DPO_NAME": "Data protection officer",
    "CONTACT_DPO_EMAIL": "dpo@llr-ccgs.example",
    "CONTACT_FOI_EMAIL": "foi@llr-ccgs.example",
}


def test_deploy_check_is_clean_with_production_settings(tmp_path):
    empty_database = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DATABASE_URL=empty_database,
        **PRODUCTION,
        **CONTACTS,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_deploy_check_warns_on_an_empty_database_without_contact_details(tmp_path):
    empty_database = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    contacts = {**CONTACTS, "CONTACT_DPO_EMAIL": "", "CONTACT_TELEPHONE": "0116 496"}
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DATABASE_URL=empty_database,
        **PRODUCTION,
        **contacts,
    )
    assert result.returncode != 0
    assert "data protection officer's email not set in the CONTACT_*" in result.stderr
    assert "telephone: Enter a UK telephone number" in result.stderr


# The settings as `manage.py shell` prints them, each environment's in one process.
PRINT_SETTINGS = (
    "import json; from django.conf import settings as s; print(json.dumps({"
    "'database': s.DATABASES['default'], 'email': [s.EMAIL_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT,"
    " s.EMAIL_HOST_USER, s.EMAIL_USE_TLS, s.DEFAULT_FROM_EMAIL]}))"
)
ENVIRONMENTS = {
    "development": {"DEBUG": "1"},
    "postgres": {"DATABASE_URL": "postgres://llr:secret@db.internal:5432/llr"},
    "email": {
        "DEBUG": "1",
        "EMAIL_HOST": "smtp.example.nhs.uk",
        "EMAIL_PORT": "2525",
        "EMAIL_HOST_USER": "alerts",
        "EMAIL_USE_TLS": "no",
        "DEFAULT_FROM_EMAIL": "LLR CCGs <alerts@example.nhs.uk>",
    },
}


@pytest.fixture(scope="module")
def printed_settings():
    return {
        name: json.loads(manage("shell", "--no-imports", "-c", PRINT_SETTINGS, **env).stdout)
        for name, env in ENVIRONMENTS.items()
    }


def test_database_url_chooses_the_database(printed_settings):
    default = printed_settings["development"]["database"]
    postgres = printed_settings["postgres"]["database"]
    assert default["ENGINE"] == "django.db.backends.sqlite3"
    assert default["NAME"].endswith("db.sqlite3")
    assert postgres["ENGINE"] == "django.db.backends.postgresql"
    assert (postgres["HOST"], postgres["NAME"], postgres["USER"]) == ("db.internal", "llr", "llr")


def test_a_boolean_setting_with_a_typo_is_refused():
    result = manage("check", DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be" in result.stderr


def test_static_files_are_hashed_compressed_and_module_imports_rewritten(tmp_path):
    result = manage("collectstatic", "--noinput", STATIC_ROOT=str(tmp_path))
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    site_js = manifest["js/site.mjs"]
    assert site_js != "js/site.mjs" and (tmp_path / (site_js + ".gz")).exists()
    hashed_frontend = manifest["nhsuk/nhsuk-frontend.min.js"].rsplit("/", 1)[1]
    assert hashed_frontend in (tmp_path / site_js).read_text()
    css = (tmp_path / manifest["build/site.css"]).read_text()
    hashed_icon = manifest["nhsuk/assets/images/nhsuk-icon-cross.svg"].rsplit("/", 1)[1]
    assert hashed_icon in css
    # Of nhsuk-frontend's package, only what a browser loads (llr_site/static_finders.py).
    frontend = {name for name in manifest if name.startswith("nhsuk/")}
    assert {name for name in frontend if not name.startswith("nhsuk/assets/")} == {
        "nhsuk/nhsuk-frontend.min.js",
        "nhsuk/nhsuk-frontend.min.js.map",
    }


def test_email_settings_come_from_the_environment(printed_settings):
    development = printed_settings["development"]["email"]
    assert development[0] == "django.core.mail.backends.console.EmailBackend"
    assert printed_settings["email"]["email"] == [
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.example.nhs.uk",
        2525,
        "alerts",
        False,
        "LLR CCGs <alerts@example.nhs.uk>",
    ]
