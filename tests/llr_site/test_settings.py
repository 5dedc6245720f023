"""Settings come from the environment; production refuses unsafe ones."""

import json
import os
import subprocess
import sys

from django.conf import settings

PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-key-with-many-characters-0123456789",
    "ALLOWED_HOSTS": "www.llr-ccgs.example",
    "CSRF_TRUSTED_ORIGINS": "https://www.llr-ccgs.example",
    "SITE_DOMAIN": "www.llr-ccgs.example",
}


def manage(*args, **env):
    inherited = {k: v for k, v in os.environ.items() if k not in (*PRODUCTION, "DATABASE_URL")}
    environment = inherited | env
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DEBUG="0", ALLOWED_HOSTS="www.llr-ccgs.example")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_deploy_check_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_database_url_chooses_the_database():
    script = "import json; from django.conf import settings as s; print(json.dumps(s.DATABASES))"
    default = json.loads(manage("shell", "--no-imports", "-c", script).stdout)["default"]
    postgres = json.loads(
        manage(
            "shell",
            "--no-imports",
            "-c",
            script,
            DATABASE_URL="postgres://llr:secret@db.internal:5432/llr",
        ).stdout
    )["default"]
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
