"""gunicorn behind the nginx front (deploy/nginx.conf), as `make serve` runs it.

    gunicorn config.wsgi --config deploy/gunicorn.conf.py --bind unix:run/gunicorn.sock

The bind is given on the command line because it must match nginx's upstream. nginx hands over
only whole requests and takes answers whole, so a thread here is busy only while Django works.
"""

from __future__ import annotations

import os
from pathlib import Path

RUN_DIR = Path(__file__).resolve().parent.parent / "run"

# The work is database and template rendering: a few processes with a few threads each. These
# are `make run`'s figures, so the front, not more threads, is what changes behind nginx.
workers = int(os.environ.get("WEB_CONCURRENCY", 2))
worker_class = "gthread"
threads = int(os.environ.get("WEB_THREADS", 4))

# Parsing a large export inside its upload request is the longest a request takes; nginx's
# proxy_read_timeout is the same, so neither gives up on a request the other still serves.
timeout = 120
graceful_timeout = 30
# nginx keeps its connections here open for reuse for 60 s (deploy/nginx.conf); hold them a
# little longer, so that gunicorn never closes one as nginx sends on it. An idle kept
# connection waits in gthread's poller, not in a thread.
keepalive = 75
# A process that parsed a large export keeps the memory it grew to; recycling it now and then
# gives that back. The jitter keeps workers from restarting together. Not too often: a new
# worker imports Django again (~1 s of CPU here), and with every dashboard polling, 1,000
# requests came round every ten seconds (bench/load_bench.py).
max_requests = 20000
max_requests_jitter = 2000

# Only nginx speaks to gunicorn (a unix socket, or loopback), and nginx sets
# X-Forwarded-Proto itself: trust that header from it, and no other scheme header at all, so a
# client's own X-Forwarded-Ssl cannot make a plain request look secure.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
secure_scheme_headers = {"X-FORWARDED-PROTO": "https"}
# The app's own per-client upload limits key on the client's address. On the unix socket
# REMOTE_ADDR is empty (the limits would be off), on loopback it is nginx's (one limit for
# everyone): behind nginx the client is the X-Forwarded-For that nginx set.
raw_env = ["BEHIND_PROXY=true"]

# gunicorn 25+ opens a control socket (for gunicornc) in the home folder by default, which
# every gunicorn on the machine would share; keep it beside the app's socket.
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", str(RUN_DIR / "gunicorn.ctl"))

# nginx already logs every request with the client's address; gunicorn's own log would repeat
# each one with nginx's.
accesslog = None
errorlog = "-"
