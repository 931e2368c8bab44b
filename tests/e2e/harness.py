"""Run the real thing for end-to-end tests and benchmarks: web server, qcluster, fresh database.

Everything runs as separate processes against a database of its own (a SQLite file or a new
PostgreSQL database), with TMDB faked by `fake_tmdb` on localhost. The tests and benchmarks
speak to it over HTTP, as a member's browser and a script would: to gunicorn alone, as
`make run` serves, or through the nginx front, as `make serve` does (`front=True`).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import requests

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
# Where fresh PostgreSQL databases are made: libpq's own variables, or this machine's server.
PG_HOST = os.environ.get("PGHOST") or "127.0.0.1"
PG_PORT = int(os.environ.get("PGPORT") or 5432)
PG_ADMIN = f"postgres://postgres@{PG_HOST}:{PG_PORT}/{{name}}"
REDIS_HOST = os.environ.get("REDIS_HOST") or "127.0.0.1"
REDIS_PORT = int(os.environ.get("REDIS_PORT") or 6379)


# The same as the nodes of `make cluster` use.
free_port = load_script("deploy/cluster.py").free_port
nginx_binary = load_script("deploy/cluster.py").nginx_binary


def nginx_missing() -> str | None:
    """Why `running_stack(..., front=True)` cannot work on this machine, or None when it can."""
    if nginx_binary() is None:
        return "nginx is not installed (apt-get install -y nginx)"
    return None


def postgres_missing() -> str | None:
    """Why `fresh_database("postgresql")` cannot work on this machine, or None when it can."""
    if shutil.which("createdb") is None:
        return "PostgreSQL's createdb is not installed (apt-get install -y postgresql-client)"
    try:
        socket.create_connection((PG_HOST, PG_PORT), timeout=2).close()
    except OSError:
        return f"no PostgreSQL server answers at {PG_HOST}:{PG_PORT} (PGHOST, PGPORT)"
    return None


def redis_missing() -> str | None:
    """Why `fresh_redis()` cannot work on this machine, or None when it can."""
    import redis

    try:
        redis.Redis(host=REDIS_HOST, port=REDIS_PORT, socket_connect_timeout=2).ping()
    except redis.RedisError:
        return f"no Redis server answers at {REDIS_HOST}:{REDIS_PORT}"
    return None


@contextlib.contextmanager
def fresh_redis() -> Iterator[str]:
    """Yield the URL of an empty Redis database (one of 1–15, not the default 0), emptied after.

    A run of its own cannot share it: the keys of the run are those under this URL."""
    import random

    import redis

    number = random.randint(1, 15)  # spreading runs, not a secret
    url = f"redis://{REDIS_HOST}:{REDIS_PORT}/{number}"
    redis.from_url(url).flushdb()
    try:
        yield url
    finally:
        redis.from_url(url).flushdb()


@contextlib.contextmanager
def fresh_database(engine: str = "sqlite") -> Iterator[str]:
    """Yield the DATABASE_URL of a new, empty database, dropped afterwards."""
    if engine == "sqlite":
        with tempfile.TemporaryDirectory(prefix="lbx-e2e-") as tmp:
            yield f"sqlite:///{tmp}/e2e.sqlite3"
        return
    name = f"lbx_e2e_{uuid.uuid4().hex[:10]}"
    admin = ["-h", PG_HOST, "-p", str(PG_PORT), "-U", "postgres"]
    subprocess.run(["createdb", *admin, name], check=True)
    try:
        yield PG_ADMIN.format(name=name)
    finally:
        subprocess.run(["dropdb", *admin, "--force", name], check=False, capture_output=True)


@dataclass
class Stack:
    """A running web server (alone or behind nginx) and any number of worker clusters sharing
    one database."""

    env: dict[str, str]
    log_dir: Path
    web: subprocess.Popen | None = None
    front: subprocess.Popen | None = None
    clusters: list[subprocess.Popen] = field(default_factory=list)
    base_url: str = ""

    def manage(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        )

    def start_web(self) -> None:
        port = free_port()
        self.base_url = f"http://127.0.0.1:{port}"
        gunicorn = [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}"]
        gunicorn += ["--workers", "2", "--threads", "4", "--timeout", "120"]
        self.web = self._spawn(gunicorn, "web")
        wait_for(lambda: _answers(self.base_url + "/"), timeout=30, what="the web server")

    def start_front(self) -> None:
        """nginx on a free port before gunicorn on a unix socket, configured as `make serve`
        configures them (deploy/), with the stack's settings."""
        nginx = nginx_binary()
        assert nginx is not None, nginx_missing()
        run_dir = self.log_dir / "run"
        upstream = f"unix:{run_dir / 'gunicorn.sock'}"
        port = free_port()
        # Started as root, nginx's workers run as nobody: they must reach the socket and the
        # collected static files under this (otherwise private) temporary folder.
        self.log_dir.chmod(0o755)
        render = [sys.executable, "deploy/render_nginx.py", "--listen", f"127.0.0.1:{port}"]
        render += ["--upstream", upstream, "--run-dir", str(run_dir)]
        subprocess.run(render, cwd=ROOT, env=self.env, check=True, capture_output=True)
        gunicorn = [sys.executable, "-m", "gunicorn", "config.wsgi"]
        gunicorn += ["--config", "deploy/gunicorn.conf.py", "--bind", upstream]
        gunicorn += ["--control-socket", str(run_dir / "gunicorn.ctl")]
        self.web = self._spawn(gunicorn, "web")
        conf = str(run_dir / "nginx.conf")
        self.front = self._spawn([nginx, "-e", "stderr", "-p", str(run_dir), "-c", conf], "front")
        self.base_url = f"http://127.0.0.1:{port}"
        wait_for(lambda: _answers(self.base_url + "/"), timeout=30, what="nginx and gunicorn")

    def start_cluster(self) -> subprocess.Popen:
        cluster = self._spawn(
            [sys.executable, "manage.py", "qcluster"], f"cluster{len(self.clusters)}"
        )
        self.clusters.append(cluster)
        return cluster

    def kill_clusters(self) -> None:
        """SIGKILL every worker process of every cluster at once: nothing gets to clean up."""
        for cluster in self.clusters:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(cluster.pid, signal.SIGKILL)
            cluster.wait(timeout=10)
        self.clusters.clear()

    def stop(self) -> None:
        for process in [*self.clusters, self.front, self.web]:
            if process is None:
                continue
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        self.clusters.clear()
        self.web = self.front = None

    def clusters_alive(self) -> bool:
        return all(cluster.poll() is None for cluster in self.clusters)

    def log(self, name: str) -> str:
        path = self.log_dir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _spawn(self, cmd: list[str], name: str) -> subprocess.Popen:
        log = open(self.log_dir / f"{name}.log", "ab")  # noqa: SIM115 (lives with the process)
        # A session of its own, so the whole worker group can be killed together.
        return subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    # --- Speaking to it as a client would ------------------------------------------------------

    def upload(self, files: dict[str, bytes]) -> str:
        response = requests.post(
            self.base_url + "/api/upload/",
            files=[("file", (name, content)) for name, content in files.items()],
            timeout=60,
        )
        assert response.status_code == 201, response.text[:500]
        return response.json()["session_id"]

    def status(self, session_id: str) -> dict:
        response = requests.get(f"{self.base_url}/api/session/{session_id}/status/", timeout=30)
        response.raise_for_status()
        return response.json()

    def movies(self, session_id: str) -> list[dict]:
        url = f"{self.base_url}/api/session/{session_id}/movies/?page_size=500"
        films: list[dict] = []
        while url:
            body = requests.get(url, timeout=30).json()
            films += body["results"]
            url = body["next"]
        return films

    def wait_until_finished(
        self, session_id: str, timeout: float, on_poll: Callable[[dict], None] | None = None
    ) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = self.status(session_id)
            if on_poll:
                on_poll(status)
            if status["status"] in ("completed", "failed"):
                return status
            time.sleep(0.25)
        raise AssertionError(f"session not finished after {timeout} s: {self.status(session_id)}")


def _run_env(
    database_url: str, tmdb_url: str, folder: Path, settings: dict[str, str | int | float]
) -> dict[str, str]:
    """The environment of a run's processes: this one's, the run's database, fake TMDB and
    static folder, then `settings`."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "TMDB_API_URL": tmdb_url,
        "SECRET_KEY": "e2e-secret-key-not-for-production-use-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "INFO",
        "PYTHONUNBUFFERED": "1",
        "STATIC_ROOT": str(folder / "static"),
    }
    env.update({key: str(value) for key, value in settings.items()})
    return env


@contextlib.contextmanager
def running_stack(
    database_url: str, tmdb_url: str, front: bool = False, **settings: str | int | float
) -> Iterator[Stack]:
    """Migrate a fresh database and yield a Stack (web started, behind nginx when `front`; no
    cluster yet); stop all after."""
    with tempfile.TemporaryDirectory(prefix="lbx-logs-") as logs:
        env = _run_env(database_url, tmdb_url, Path(logs), settings)
        if env.get("REDIS_URL"):
            # A broker of its own: no task of an earlier run is delivered into this one.
            import redis

            redis.from_url(env["REDIS_URL"]).flushdb()
        stack = Stack(env=env, log_dir=Path(logs))
        stack.manage("migrate", "--noinput", "-v0")
        stack.manage("createcachetable")
        stack.manage("collectstatic", "--noinput", "-v0")
        try:
            if front:
                stack.start_front()
            else:
                stack.start_web()
            yield stack
        finally:
            stack.stop()


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def _answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=2).status_code < 500
    except requests.RequestException:
        return False


# --- Exports ---------------------------------------------------------------------------


def watched_export(films: list[tuple[str, int | None]]) -> dict[str, bytes]:
    """A ZIP export whose watched.csv lists `films` (name, year), one URI each."""
    lines = ["Date,Name,Year,Letterboxd URI"]
    for i, (name, year) in enumerate(films):
        quoted = '"' + name.replace('"', '""') + '"'
        lines.append(f"2024-01-01,{quoted},{year or ''},https://boxd.it/e2e{i}")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("letterboxd-e2e/watched.csv", "\r\n".join(lines) + "\r\n")
    return {"letterboxd-e2e.zip": buffer.getvalue()}


def synthetic_films(count: int, start: int = 1) -> list[tuple[str, int]]:
    from fake_tmdb.catalogue import synthetic_film

    return [
        (film.title, film.year) for film in (synthetic_film(n) for n in range(start, start + count))
    ]


def deploy_cluster():
    """deploy/cluster.py, which starts the nodes of `make cluster`."""
    return load_script("deploy/cluster.py")


@contextlib.contextmanager
def running_cluster(
    database_url: str, redis_url: str, tmdb_url: str, **settings: str | int | float
) -> Iterator:
    """A deploy/cluster.py `Cluster` prepared on a fresh database and Redis (no node started
    yet; `cluster.start(web, workers)` starts them), stopped after."""
    with tempfile.TemporaryDirectory(prefix="lbx-cluster-") as tmp:
        env = _run_env(database_url, tmdb_url, Path(tmp), {"REDIS_URL": redis_url, **settings})
        # nginx's workers (nobody, when root) read the static files and pages under it.
        Path(tmp).chmod(0o755)
        cluster = deploy_cluster().Cluster(
            env=env, run_dir=Path(tmp) / "run", listen=f"127.0.0.1:{free_port()}"
        )
        cluster.prepare()
        try:
            yield cluster
        finally:
            cluster.stop()
