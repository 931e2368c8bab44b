"""`make run` on a terminal, stopped with Ctrl-C as a member of the team would: web and worker
stop cleanly (no SIGKILL, the worker finishing the task in hand) and make exits 0."""

from __future__ import annotations

import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import pytest

from conftest import require_service
from tests.e2e.harness import ROOT, free_port

pytestmark = pytest.mark.slow

# The terminal output that says the worker and the web server have started.
STARTED = (b"Q Cluster", b"running.", b"Listening at")
# A task that takes a few seconds, queued before the Ctrl-C: it must finish, not be killed.
QUEUE_A_SLOW_TASK = "from django_q.tasks import async_task; async_task('time.sleep', 3)"
FINISHED_TASKS = (
    "from django_q.models import Success; print(Success.objects.filter(func='time.sleep').count())"
)


def read_until(fd: int, done, deadline: float) -> bytes:
    out = b""
    while time.monotonic() < deadline and not done(out):
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the terminal closed: everything has exited
                break
            if not chunk:
                break
            out += chunk
    return out


def test_ctrl_c_stops_web_and_worker_cleanly_and_make_exits_0():
    require_service(None if shutil.which("make") else "make is not installed")
    venv = os.path.relpath(sys.prefix, ROOT)  # the Makefile puts $(CURDIR)/$(VENV)/bin on PATH
    with tempfile.TemporaryDirectory(prefix="lbx-make-run-") as tmp:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp}/db.sqlite3",
            "CACHE_URL": f"filecache://{tmp}/cache",
            "STATIC_ROOT": f"{tmp}/static",
            "Q_WORKERS": "2",
        }
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        # -o migrate: the database is ready, and nothing is installed into this venv.
        command = [
            "make",
            "-o",
            "migrate",
            "run",
            f"VENV={venv}",
            f"WEB_BIND=127.0.0.1:{free_port()}",
        ]
        pid, fd = pty.fork()
        if pid == 0:  # the child: make, on the terminal
            os.chdir(ROOT)
            os.execvpe("make", command, env)  # noqa: S606 (make itself, as typed on a terminal)
        try:
            out = read_until(fd, lambda o: all(s in o for s in STARTED), time.monotonic() + 60)
            assert all(s in out for s in STARTED), out.decode(errors="replace")[-3000:]
            shell(QUEUE_A_SLOW_TASK, env)
            out += read_until(fd, lambda o: b"processing" in o, time.monotonic() + 30)
            os.write(fd, b"\x03")  # Ctrl-C, as typed, while the task runs
            out += read_until(fd, lambda o: False, time.monotonic() + 90)
            _, status = os.waitpid(pid, 0)
        finally:
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        text = out.decode(errors="replace")
        assert os.waitstatus_to_exitcode(status) == 0, text[-3000:]
        assert "SIGINT received" in text
        assert "web.1 stopped (rc=0)" in text
        assert "worker.1 stopped (rc=0)" in text
        assert "has stopped." in text  # the cluster's own orderly stop
        assert "SIGKILL" not in text and "Interrupt" not in text and "Error" not in text
        assert shell(FINISHED_TASKS, env).strip() == "1"


def shell(code: str, env: dict[str, str]) -> str:
    """Run `code` in `manage.py shell` against the test's database; return what it printed."""
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout
