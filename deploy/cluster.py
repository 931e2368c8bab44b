"""Several web and worker nodes on this one machine, as they would run on several machines.

    python deploy/cluster.py [--web 2] [--workers 3] [--listen 127.0.0.1:8080]
                             [--run-dir run/cluster]

(`make cluster` runs it with a local PostgreSQL database and Redis.) It migrates once, then
starts nginx on --listen in front of N gunicorn "web nodes" (each on a port of its own, the
nginx upstream) and M qcluster "worker nodes", each a process group of its own named by
NODE_NAME (web-1, worker-2, …) with its log in the run folder. All share one database
(DATABASE_URL, PostgreSQL) and one Redis (REDIS_URL: django-q2's broker and the cache), as
nodes on separate machines do; deploy/systemd/ has the units that run the same commands there.

It runs in the foreground and Ctrl-C (or SIGTERM) stops everything: nginx and the web nodes at
once, each worker node after the task in hand (SIGINT, at most 60 s). A node that dies is
reported and left down, as a machine that fails would be; the others go on.

The end-to-end test (tests/e2e/test_cluster.py) and bench/load_bench.py drive the `Cluster`
class below: kill -9 a node, start another.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parent.parent
WORKER_STOP_SECONDS = 60
WORKER_NICE = 10


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def nginx_binary() -> str | None:
    # Debian installs it in /usr/sbin, which is not on every user's PATH.
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")


def answers(url: str) -> bool:
    try:
        with urlopen(url, timeout=2) as response:  # noqa: S310 (our own loopback address)
            return response.status < 500
    except (URLError, OSError):
        return False


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise RuntimeError(f"timed out after {timeout:.0f} s waiting for {what}")


@dataclass
class Node:
    name: str
    process: subprocess.Popen
    port: int | None = None  # a web node's

    @property
    def alive(self) -> bool:
        return self.process.poll() is None


@dataclass
class Cluster:
    """nginx, web nodes and worker nodes on one machine, sharing one database and one Redis."""

    env: dict[str, str]
    run_dir: Path
    listen: str = "127.0.0.1:8080"
    python: str = sys.executable
    nodes: dict[str, Node] = field(default_factory=dict)
    front: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.listen}"

    def prepare(self) -> None:
        """Migrate, create the cache table, collect static files: once, before any node."""
        self.run_dir.mkdir(parents=True, exist_ok=True)
        for args in (
            ("migrate", "--noinput", "-v0"),
            ("createcachetable",),
            ("collectstatic", "--noinput", "-v0"),
        ):
            subprocess.run([self.python, "manage.py", *args], cwd=ROOT, env=self.env, check=True)
        metrics = self.run_dir / "prometheus"
        shutil.rmtree(metrics, ignore_errors=True)
        metrics.mkdir()

    def start(self, web: int, workers: int) -> None:
        # Nodes sharing one machine share its cores: a gunicorn process per core the node gets
        # (one each for two nodes on two cores), with more threads to overlap its waits on the
        # database and Redis. Processes beyond the cores only fought for them: on the load
        # bench, 2 per node gave poll p99 179 ms, 1 per node 90 ms (README, "Scaling").
        self.env.setdefault("WEB_CONCURRENCY", str(max(1, (os.cpu_count() or 1) // web)))
        self.env.setdefault("WEB_THREADS", "8")
        ports = [free_port() for _ in range(web)]
        self.start_front([f"127.0.0.1:{port}" for port in ports])
        for i, port in enumerate(ports, start=1):
            self.start_web(i, port)
        for i in range(1, workers + 1):
            self.start_worker(i)
        wait_for(lambda: answers(self.base_url + "/"), 60, "nginx and the web nodes")

    def start_front(self, upstreams: list[str]) -> None:
        nginx = nginx_binary()
        if nginx is None:
            raise SystemExit("nginx is not installed (Debian: apt-get install -y nginx)")
        # Started as root, nginx's workers run as nobody: they read the static files and pages.
        self.run_dir.chmod(0o755)
        render = [self.python, "deploy/render_nginx.py", "--listen", self.listen]
        render += [arg for upstream in upstreams for arg in ("--upstream", upstream)]
        render += ["--run-dir", str(self.run_dir)]
        subprocess.run(render, cwd=ROOT, env=self.env, check=True, capture_output=True)
        conf = str(self.run_dir / "nginx.conf")
        self.front = self._spawn(
            "front", [nginx, "-e", "stderr", "-p", str(self.run_dir), "-c", conf]
        )

    def start_web(self, number: int, port: int) -> Node:
        name = f"web-{number}"
        command = [
            self.python,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--config",
            "deploy/gunicorn.conf.py",
        ]
        command += ["--bind", f"127.0.0.1:{port}"]
        command += ["--control-socket", str(self.run_dir / f"{name}.ctl")]
        node = Node(name, self._spawn(name, command), port)
        self.nodes[name] = node
        wait_for(lambda: answers(f"http://127.0.0.1:{port}/health/?format=text"), 60, name)
        return node

    def start_worker(self, number: int) -> Node:
        name = f"worker-{number}"
        # Below the web in CPU priority: a worker waits on TMDB, a member waits on the web.
        # Sharing a machine with web nodes, its bursts (a chunk's writes, a session's stats)
        # otherwise queue ahead of polls (bench/load_bench.py). As systemd's Nice=10.
        command = ["nice", "-n", str(WORKER_NICE), self.python, "manage.py", "qcluster"]
        node = Node(name, self._spawn(name, command))
        self.nodes[name] = node
        return node

    def worker_running(self, name: str) -> bool:
        """Whether the worker node has logged django-q's "Q Cluster <id> running."."""
        return " running." in self.log(name)

    def kill(self, name: str) -> None:
        """kill -9 the node's whole process group: a machine pulled from the wall. Returns once
        every process of it is gone: a gunicorn worker that outlives its master by a moment
        still holds the listening socket, and takes a request it will never answer."""
        node = self.nodes[name]
        with contextlib.suppress(ProcessLookupError):
            os.killpg(node.process.pid, signal.SIGKILL)
        node.process.wait(timeout=10)
        wait_for(lambda: not _group_alive(node.process.pid), 10, f"{name}'s processes to end")

    def stop(self) -> None:
        """nginx and web nodes at once; worker nodes finish the task in hand first."""
        for node in self.nodes.values():
            if node.alive:
                # A worker node's main process stops its own workers after their task (SIGINT,
                # as Ctrl-C would); gunicorn stops gracefully on SIGTERM.
                stop = signal.SIGINT if node.name.startswith("worker") else signal.SIGTERM
                with contextlib.suppress(ProcessLookupError):
                    os.kill(node.process.pid, stop)
        if self.front is not None and self.front.poll() is None:
            self.front.terminate()
        deadline = time.monotonic() + WORKER_STOP_SECONDS
        for process in [self.front, *(node.process for node in self.nodes.values())]:
            if process is None:
                continue
            try:
                process.wait(timeout=max(deadline - time.monotonic(), 1))
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)

    def log(self, name: str) -> str:
        path = self.run_dir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _spawn(self, name: str, command: list[str]) -> subprocess.Popen:
        log = open(self.run_dir / f"{name}.log", "ab")  # noqa: SIM115 (lives with the process)
        env = {
            **self.env,
            "NODE_NAME": name,
            "PROMETHEUS_MULTIPROC_DIR": str(self.run_dir / "prometheus"),
            "GUNICORN_CONTROL_SOCKET": str(self.run_dir / f"{name}.ctl"),
        }
        # A session of its own: the node's processes are one group, killed or stopped together.
        return subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )


def _group_alive(group: int) -> bool:
    """Whether a process of process group `group` still runs (a zombie has let go of all)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue  # gone since the listing
        state, _, pgrp = text[text.rindex(")") + 2 :].split()[:3]
        if int(pgrp) == group and state != "Z":
            return True
    return False


def ensure_postgres_database(url: str) -> None:
    """Create the database of a local PostgreSQL DATABASE_URL if it does not exist yet."""
    import psycopg
    from psycopg import sql

    parts = url.rsplit("/", 1)
    name = parts[1].split("?", 1)[0]
    with psycopg.connect(parts[0] + "/postgres", autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--web", type=int, default=2, help="web nodes (gunicorn)")
    parser.add_argument("--workers", type=int, default=3, help="worker nodes (qcluster)")
    parser.add_argument("--listen", default="127.0.0.1:8080", help="the address nginx listens on")
    parser.add_argument("--run-dir", type=Path, default=ROOT / "run" / "cluster")
    args = parser.parse_args()
    if args.web < 1 or args.workers < 0:
        parser.error("at least one web node, and no fewer than zero worker nodes")

    env = dict(os.environ)
    missing = [name for name in ("DATABASE_URL", "REDIS_URL") if not env.get(name)]
    if missing or not env["DATABASE_URL"].startswith("postgres"):
        raise SystemExit(
            "deploy/cluster.py runs nodes as separate machines would: it needs a PostgreSQL "
            "DATABASE_URL and a REDIS_URL (make cluster sets local ones)."
        )
    ensure_postgres_database(env["DATABASE_URL"])
    cluster = Cluster(env=env, run_dir=args.run_dir.resolve(), listen=args.listen)
    stopping = False

    def ask_to_stop(signum, frame) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, ask_to_stop)
    signal.signal(signal.SIGTERM, ask_to_stop)
    cluster.prepare()
    try:
        cluster.start(args.web, args.workers)
        names = ", ".join(cluster.nodes)
        print(
            f"nginx on {cluster.base_url} -> {names}; logs in {cluster.run_dir} (Ctrl-C stops all)"
        )
        reported: set[str] = set()
        while not stopping:
            for node in cluster.nodes.values():
                if not node.alive and node.name not in reported:
                    reported.add(node.name)
                    print(
                        f"{node.name} stopped (exit {node.process.returncode}); see {node.name}.log"
                    )
            if cluster.front is not None and cluster.front.poll() is not None:
                print("nginx stopped; see front.log")
                break
            time.sleep(0.5)
    finally:
        print("stopping: nginx and web nodes now, worker nodes after the task in hand")
        cluster.stop()


if __name__ == "__main__":
    main()
