"""nginx (deploy/nginx.conf) in front of gunicorn (gunicorn.conf.py), tried on loopback.

Shows, with production settings on a throwaway SQLite database:
- 20 slow clients, sending their headers a byte at a time, do not stop a normal request from
  being answered within a second;
- a 60 MB body is refused with the NHS-styled 413 page (its stylesheet served);
- sign-ins are rate limited per client address;
- with the database unreachable (a closed port), gunicorn answers 503 in the NHS look with
  Retry-After and the security headers, and static files are still served.
Starts nothing outside loopback, picks free ports, is bounded in time, and cleans up after
itself. Run by .ci/run: `.venv/bin/python tests/deploy/check_nginx.py`.
"""

import contextlib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
TIME_LIMIT = 600  # seconds for the whole check
SLOW_CLIENTS = 20
BODY_BYTES = 60 * 1024 * 1024


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, path, timeout=5):
    """(status, headers, body) of a GET, whatever the status."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as r:
            return r.status, r.headers, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8", "replace")


def wait_for(port, status=200, seconds=30):
    """Waits until /healthz on the port answers with the status (200: up, with its database)."""
    deadline = time.monotonic() + seconds
    answered = None
    while time.monotonic() < deadline:
        try:
            answered = get(port, "/healthz", timeout=2)[0]
            if answered == status:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"/healthz on port {port} answered {answered}, not {status}, in {seconds} s")


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message, flush=True)
    if not condition:
        raise SystemExit(1)


def nginx_config(work, nginx_port, gunicorn_port, static_root):
    site = (ROOT / "deploy" / "nginx.conf").read_text()
    site = re.sub(r"# BEGIN plain HTTP.*?# END plain HTTP\n", "", site, flags=re.S)
    site = site.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{nginx_port};")
    site = "\n".join(
        line for line in site.splitlines() if "ssl" not in line or "listen 127" in line
    )
    site = site.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{gunicorn_port};")
    site = site.replace("/srv/llr/staticfiles", str(static_root))
    (work / "site.conf").write_text(site)
    main = f"""
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
worker_processes 1;
events {{ worker_connections 512; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {work}/client_body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    include {work}/site.conf;
}}
"""
    (work / "nginx.conf").write_text(main)
    return work / "nginx.conf"


def slow_client(port, stop):
    """Sends a request's headers one byte every half second until told to stop."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            for byte in b"X-Slow: " + b"a" * 1000:
                if stop.is_set():
                    return
                sock.sendall(bytes([byte]))
                time.sleep(0.5)
    except OSError:
        pass  # nginx closing a slow client's connection is what it should do


def timed_get(port, path):
    started = time.monotonic()
    status, _, _ = get(port, path, timeout=10)
    return status, time.monotonic() - started


def oversized_post(port):
    """Posts headers announcing 60 MB and the start of the body; returns the raw answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(
            b"POST /publications/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/octet-stream\r\n"
            + f"Content-Length: {BODY_BYTES}\r\n\r\n".encode()
        )
        # nginx may answer and close before reading any of the body.
        with contextlib.suppress(OSError):
            sock.sendall(b"\0" * 65536)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer.decode("utf-8", "replace")


def print_logs(work):
    """The end of gunicorn's and nginx's logs: a failure in CI is understood from its output."""
    for name in ("gunicorn.log", "nginx-error.log"):
        path = work / name
        lines = path.read_text(errors="replace").splitlines()[-40:] if path.exists() else []
        print(f"--- last {len(lines)} lines of {name}", *lines, sep="\n", flush=True)


def main():
    if not shutil.which("nginx"):
        raise SystemExit("nginx is not installed (apt-get install nginx)")
    signal.alarm(TIME_LIMIT)
    work = Path(tempfile.mkdtemp(prefix="llr-nginx-"))
    work.chmod(0o755)  # nginx's workers run as an unprivileged user and serve the error pages
    processes = []
    try:
        static_root = work / "static"
        env = {
            **os.environ,
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}",
            "STATIC_ROOT": str(static_root),
            "MEDIA_ROOT": str(work / "media"),
            "WEB_CONCURRENCY": "2",
        }
        env.pop("REDIS_URL", None)
        print("building the site (migrate, seed, collectstatic, error pages)...", flush=True)
        for command in (
            ["migrate", "--noinput", "-v0"],
            ["createcachetable"],
            ["load_seed_content", "-v0"],
            ["collectstatic", "--noinput", "-v0"],
            ["build_error_pages"],
        ):
            subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True)

        gunicorn_port, nginx_port = free_port(), free_port()
        log = open(work / "gunicorn.log", "w")  # noqa: SIM115 (closed with the work folder)
        processes.append(
            subprocess.Popen(
                [GUNICORN, "-c", "gunicorn.conf.py", "llr_site.wsgi"],
                cwd=ROOT,
                env={**env, "GUNICORN_BIND": f"127.0.0.1:{gunicorn_port}"},
                stdout=log,
                stderr=log,
            )
        )
        config = nginx_config(work, nginx_port, gunicorn_port, static_root)
        processes.append(
            subprocess.Popen(["nginx", "-c", str(config), "-p", str(work), "-g", "daemon off;"])
        )
        wait_for(gunicorn_port)
        wait_for(nginx_port)

        status, seconds = timed_get(nginx_port, "/")
        check(status == 200, f"home page through nginx: {status} in {seconds:.3f} s")

        stop = threading.Event()
        clients = [
            threading.Thread(target=slow_client, args=(nginx_port, stop), daemon=True)
            for _ in range(SLOW_CLIENTS)
        ]
        for client in clients:
            client.start()
        time.sleep(2)  # every slow client connected and trickling
        timings = []
        for _ in range(5):
            status, seconds = timed_get(nginx_port, "/")
            check(status == 200, f"home page while {SLOW_CLIENTS} slow clients trickle: {status}")
            timings.append(seconds)
            time.sleep(0.5)
        check(
            max(timings) < 1,
            f"answered within a second while {SLOW_CLIENTS} slow clients held connections "
            f"(slowest {max(timings):.3f} s, median {sorted(timings)[2]:.3f} s)",
        )
        stop.set()

        answer = oversized_post(nginx_port)
        check(answer.startswith("HTTP/1.1 413"), f"a 60 MB body is refused: {answer[:40]!r}")
        check("Sorry, that file is too large" in answer, "the 413 page is the NHS-styled one")
        check("content-security-policy: default-src 'self'" in answer.lower(), "with the CSP")
        stylesheet = re.search(r'href="(/static/build/site\.[0-9a-f]+\.css)"', answer)
        check(stylesheet is not None, "the 413 page links the hashed stylesheet")
        check(get(nginx_port, stylesheet.group(1))[0] == 200, "and the stylesheet is served")

        statuses = [get(nginx_port, "/staff/sign-in/")[0] for _ in range(12)]
        check(429 in statuses, f"sign-in is rate limited per address ({statuses.count(429)} of 12)")

        # The database unreachable: a second gunicorn whose database is a closed port.
        down_port = free_port()
        processes.append(
            subprocess.Popen(
                [GUNICORN, "-c", "gunicorn.conf.py", "llr_site.wsgi"],
                cwd=ROOT,
                env={
                    **env,
                    "GUNICORN_BIND": f"127.0.0.1:{down_port}",
                    "DATABASE_URL": f"postgres://postgres@127.0.0.1:{free_port()}/llr",
                    "WEB_CONCURRENCY": "1",
                },
                stdout=log,
                stderr=log,
            )
        )
        wait_for(down_port, status=503)
        status, headers, body = get(down_port, "/")
        check(status == 503, f"database down: the home page answers {status}")
        check(headers["Retry-After"] == "60", "with Retry-After")
        check("Sorry, the service is unavailable" in body, "in the NHS look")
        check("default-src 'self'" in headers["Content-Security-Policy"], "with the CSP")
        check("camera=()" in headers["Permissions-Policy"], "and the Permissions-Policy")
        css = re.search(r'href="(/static/build/site\.[0-9a-f]+\.css)"', body).group(1)
        status, headers, _ = get(down_port, css)
        check(status == 200, "database down: the stylesheet is still served")
        check(headers["X-Content-Type-Options"] == "nosniff", "with the security headers")
        check(get(down_port, "/healthz")[0] == 503, "database down: /healthz answers 503")
    except SystemExit:
        print_logs(work)
        raise
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)
        signal.alarm(0)


if __name__ == "__main__":
    sys.exit(main())
