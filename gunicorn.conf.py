"""gunicorn settings for production: `gunicorn llr_site.wsgi` reads this file from the checkout.

Meant to run behind nginx (deploy/nginx.conf), which buffers whole requests and responses, so a
slow client holds an nginx connection, never a worker. Each value can be changed through the
environment named beside it.
"""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Threads, so one slow upstream call (a database query, a file from storage) does not stop the
# other requests a worker could answer. Two processes per core, four threads each.
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", str(2 * multiprocessing.cpu_count())))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# Connections a worker holds at once, kept-alive ones included. gunicorn's default (1,000) lets
# one worker take every connection of a busy moment (nginx's to gunicorn stay open) while the
# other idles: under 64 connections, two of six runs served half as many requests as the rest
# (209 and 225 requests/s against 436 to 446). With eight per thread, each worker takes its
# share and the rest wait to be accepted by the other: 456 to 474 in all six runs.
worker_connections = int(os.environ.get("GUNICORN_WORKER_CONNECTIONS", str(8 * threads)))

# A request that takes longer than this is killed; nginx gives up at the same time.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# nginx closes its idle connections to gunicorn sooner (4 s, deploy/nginx.conf), so it never
# sends a request on a connection gunicorn is closing.
keepalive = 5
# Restart workers now and then (jittered) so no leak can grow for ever. Not often: a worker
# starting again costs over a second of CPU (the site imported, its templates and memos made
# anew), and at 2,000 requests the workers restarted every 17 s under `make loadtest`.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "50000"))
max_requests_jitter = max_requests // 10

# Refuse absurd requests before Django sees them (nginx has the same limits, lower).
limit_request_line = 4094
limit_request_fields = 100
limit_request_field_size = 8190

# nginx on the same machine sets X-Forwarded-For and X-Forwarded-Proto.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")


def post_worker_init(worker):
    """Once a worker has loaded the site, the objects made while importing it (Django, the CMS,
    the apps' modules: over 100,000) are frozen out of the garbage collector's reach, so its
    collections during requests scan only what requests made (a rendered page 15-20% faster,
    measured in one process)."""
    gc.freeze()
