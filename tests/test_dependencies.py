"""The locked dependencies (requirements.lock) and the verdict of their audit."""

import re
import tomllib
from pathlib import Path

from tests.deploy.audit_dependencies import verdict

ROOT = Path(__file__).resolve().parent.parent


def test_lock_has_every_pin_of_pyproject_with_hashes():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = project["dependencies"] + project["optional-dependencies"]["dev"]
    lock = (ROOT / "requirements.lock").read_text().lower()
    for pin in pins:
        name, version = pin.lower().split("==")
        # The lock names a package without the extras asked for (`moto[server]`: moto, then
        # what the extra needs, each on a line of its own).
        name = re.sub(r"[-_.]+", "-", name.split("[")[0])
        assert re.search(rf"^{re.escape(name)}=={re.escape(version)} \\$", lock, re.M), (
            f"{pin} is not in requirements.lock: run `make lock`"
        )
    entries = re.findall(
        r"^[a-z0-9][^ ]*==[^ ]+ \\\n((?:    --hash=sha256:[0-9a-f]{64}.*\n)+)", lock, re.M
    )
    assert len(entries) == len(re.findall(r"^[a-z0-9][^ ]*==", lock, re.M))


def test_audit_fails_on_a_known_vulnerability():
    report = {
        "dependencies": [
            {
                "name": "django",
                "version": "5.2.19",
                "vulns": [{"id": "PYSEC-1", "fix_versions": ["5.2.20"]}],
            },
            {"name": "redis", "version": "8.1.0", "vulns": []},
        ]
    }
    status, message = verdict(report)
    assert status == 1
    assert "django 5.2.19: PYSEC-1 (fixed in 5.2.20)" in message


def test_audit_passes_and_says_so_when_nothing_is_known():
    report = {"dependencies": [{"name": "redis", "version": "8.1.0", "vulns": []}]}
    assert verdict(report) == (0, "No known vulnerabilities in the 1 audited packages.")


def test_audit_says_not_audited_when_the_data_source_is_unreachable():
    status, message = verdict(None)
    assert status == 0
    assert message.startswith("NOT audited")


def test_audit_says_not_audited_when_every_package_was_skipped():
    report = {"dependencies": [{"name": "redis", "skip_reason": "Dependency not found on PyPI"}]}
    status, message = verdict(report)
    assert status == 0
    assert message.startswith("NOT audited: no advisory data for any of the 1 locked packages")
