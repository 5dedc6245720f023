"""gunicorn servers of the site for the load test, the served benchmark and the two-server test.

Each server runs the production settings (DEBUG off, hashed static files) on a free loopback
port, against the database and cache given in its environment.
"""

import os
import secrets
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"


def site_environment(database_url, redis_url="", static_root=None, **extra):
    """The environment of a production-like site on this machine (plain HTTP on loopback)."""
    environment = dict(os.environ)
    environment.update(
        DJANGO_SETTINGS_MODULE="llr_site.settings",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        DEBUG="0",
        SECRET_KEY=os.environ.get("LOAD_SECRET_KEY") or secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        STATIC_ROOT=str(static_root or ROOT / "staticfiles"),
        GUNICORN_LOG_LEVEL="warning",
        **extra,
    )
    return environment


def manage(environment, *arguments):
    subprocess.run([PYTHON, "manage.py", *arguments], cwd=ROOT, env=environment, check=True)


def site_prepare(environment):
    """Migrations, the cache table, static files and the seed content (all idempotent)."""
    manage(environment, "migrate", "--noinput", "-v", "0")
    manage(environment, "createcachetable")
    manage(environment, "collectstatic", "--noinput", "-v", "0")
    manage(environment, "load_seed_content", "-v", "0")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gunicorn:
    """`with Gunicorn(environment) as server:` serves the site at `server.url` until the end."""

    def __init__(self, environment, workers=2, threads=4):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.environment = dict(
            environment,
            GUNICORN_BIND=f"127.0.0.1:{self.port}",
            WEB_CONCURRENCY=str(workers),
            GUNICORN_THREADS=str(threads),
        )
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [GUNICORN, "llr_site.wsgi", "--access-logfile", "/dev/null"],
            cwd=ROOT,
            env=self.environment,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped with {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        self.__exit__(None, None, None)
        raise RuntimeError(f"gunicorn did not answer at {self.url} within a minute")

    def __exit__(self, *exc_info):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
