"""pip-audit on requirements.lock, with a verdict CI can trust.

Fails (exit 1) on a known vulnerability in any locked package. When the vulnerability data
cannot be had (no network, or PyPI answering without advisories for the locked releases,
which pip-audit reports as "skipped" and then calls "No known vulnerabilities found"), it says
plainly that the set was NOT audited and exits 0: an unreachable network says nothing about
the dependencies. Run by .ci/run and `make audit`.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements.lock"
PIP_AUDIT = ROOT / ".venv" / "bin" / "pip-audit"


def verdict(report):
    """(exit status, message) for pip-audit's JSON report, or None when it wrote none."""
    if report is None:
        return 0, "NOT audited: pip-audit could not reach its vulnerability data (PyPI)."
    dependencies = report.get("dependencies", [])
    vulnerable = [d for d in dependencies if d.get("vulns")]
    skipped = [d for d in dependencies if d.get("skip_reason")]
    if vulnerable:
        lines = [
            f"  {d['name']} {d['version']}: "
            + ", ".join(
                f"{v['id']} (fixed in {', '.join(v.get('fix_versions') or ['no release yet'])})"
                for v in d["vulns"]
            )
            for d in vulnerable
        ]
        return 1, "Known vulnerabilities in requirements.lock:\n" + "\n".join(lines)
    audited = len(dependencies) - len(skipped)
    if audited == 0:
        return 0, (
            f"NOT audited: no advisory data for any of the {len(dependencies)} locked packages "
            "(the vulnerability service did not answer for them)."
        )
    message = f"No known vulnerabilities in the {audited} audited packages."
    if skipped:
        names = ", ".join(d["name"] for d in skipped)
        message += f" NOT audited (no data): {len(skipped)} packages: {names}."
    return 0, message


def main():
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "audit.json"
        ran = subprocess.run(
            [
                PIP_AUDIT,
                "--requirement",
                LOCK,
                "--require-hashes",
                "--disable-pip",
                "--progress-spinner",
                "off",
                "--format",
                "json",
                "--output",
                output,
            ],
            timeout=600,
            check=False,  # its exit status mixes vulnerabilities and network errors: see below
            capture_output=True,
            text=True,
        )
        report = json.loads(output.read_text()) if output.exists() else None
    if report is None:
        print(ran.stderr[-2000:], file=sys.stderr)
    status, message = verdict(report)
    print(message)
    return status


if __name__ == "__main__":
    sys.exit(main())
