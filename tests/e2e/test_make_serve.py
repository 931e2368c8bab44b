"""`make serve` on a terminal, as an operator runs it: nginx answers on SERVE_BIND through
gunicorn, and Ctrl-C stops nginx, gunicorn and the worker cleanly (no SIGKILL, nothing left
under the run folder) with make exiting 0."""

from __future__ import annotations

import os
import pty
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import requests

from conftest import require_service
from tests.e2e.harness import ROOT, free_port, wait_for
from tests.e2e.test_make_run import read_until

pytestmark = pytest.mark.slow

# The terminal output that says nginx, gunicorn and the worker have started.
STARTED = (b"front.1 started", b"Listening at", b"running.")


def test_make_serve_answers_through_nginx_and_ctrl_c_stops_everything(nginx_installed):
    require_service(None if shutil.which("make") else "make is not installed")
    venv = os.path.relpath(sys.prefix, ROOT)  # the Makefile puts $(CURDIR)/$(VENV)/bin on PATH
    with tempfile.TemporaryDirectory(prefix="lbx-make-serve-") as tmp:
        # nginx's workers (nobody, when root) read the static files and the socket under it.
        Path(tmp).chmod(0o755)
        run_dir = Path(tmp) / "run"
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp}/db.sqlite3",
            "CACHE_URL": f"filecache://{tmp}/cache",
            "STATIC_ROOT": f"{tmp}/static",
            "SECRET_KEY": "make-serve-test-secret-key-not-for-production-0123456789",
            "Q_WORKERS": "1",
        }
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        address = f"127.0.0.1:{free_port()}"
        # -o migrate: the database is ready, and nothing is installed into this venv.
        command = ["make", "-o", "migrate", "serve", f"VENV={venv}"]
        command += [f"SERVE_BIND={address}", f"RUN_DIR={run_dir}"]
        pid, fd = pty.fork()
        if pid == 0:  # the child: make, on the terminal
            os.chdir(ROOT)
            os.execvpe("make", command, env)  # noqa: S606 (make itself, as typed on a terminal)
        try:
            out = read_until(fd, lambda o: all(s in o for s in STARTED), time.monotonic() + 60)
            assert all(s in out for s in STARTED), out.decode(errors="replace")[-3000:]
            wait_for(lambda: _home_answers(address), timeout=30, what="the home page via nginx")
            served_by = requests.get(f"http://{address}/", timeout=10).headers.get("Server")
            os.write(fd, b"\x03")  # Ctrl-C, as typed
            out += read_until(fd, lambda o: False, time.monotonic() + 90)
            _, status = os.waitpid(pid, 0)
        finally:
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        text = out.decode(errors="replace")
        left = sorted(path.name for path in run_dir.iterdir() if not path.is_dir())

    assert served_by == "nginx"
    assert os.waitstatus_to_exitcode(status) == 0, text[-3000:]
    assert "SIGINT received" in text
    for process in ("front", "web", "worker"):
        assert f"{process}.1 stopped (rc=0)" in text, text[-3000:]
    assert "SIGKILL" not in text and "Interrupt" not in text and "Error" not in text
    # nginx's pid file and gunicorn's sockets go with them: a next make serve starts cleanly.
    assert left == ["nginx.conf"]


def _home_answers(address: str) -> bool:
    try:
        return requests.get(f"http://{address}/", timeout=2).status_code == 200
    except requests.RequestException:
        return False
