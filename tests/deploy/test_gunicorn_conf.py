"""gunicorn's settings (gunicorn.conf.py) as production reads them."""

import re
import runpy
from pathlib import Path

from tests.seedless import seed  # noqa: F401 (these tests need no seed content)

CONF = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


def test_workers_are_restarted_rarely_and_not_all_at_once(monkeypatch):
    # A restart costs over a second of CPU; at 2,000 requests the workers restarted every 17 s
    # under `make loadtest`, and the visitors' mix reached 0.19 of the static file, not 0.31.
    monkeypatch.delenv("GUNICORN_MAX_REQUESTS", raising=False)
    conf = runpy.run_path(str(CONF))
    assert conf["max_requests"] >= 20_000
    assert 0 < conf["max_requests_jitter"] < conf["max_requests"]


def test_the_restart_interval_can_be_set_through_the_environment(monkeypatch):
    monkeypatch.setenv("GUNICORN_MAX_REQUESTS", "1000")
    conf = runpy.run_path(str(CONF))
    assert (conf["max_requests"], conf["max_requests_jitter"]) == (1000, 100)


def test_nginx_closes_idle_connections_to_gunicorn_before_gunicorn_does():
    # Otherwise nginx may send a visitor's request on a connection gunicorn is closing: a 502.
    nginx = (CONF.parent / "deploy" / "nginx.conf").read_text()
    upstream = re.search(r"upstream llr_gunicorn \{(.*?)\}", nginx, re.S).group(1)
    nginx_idle = re.search(r"^\s*keepalive_timeout (\d+)s;", upstream, re.M)
    assert nginx_idle, "the upstream block sets no keepalive_timeout (nginx's default is 60 s)"
    assert int(nginx_idle.group(1)) < runpy.run_path(str(CONF))["keepalive"]
