"""Load benchmark of the multi-node topology: uploads and progress polls while enrichment runs
against a cold TMDB cache, then many readers of a 10,000-film dashboard.

    .venv/bin/python bench/load_bench.py [--uploads 20] [--films 50] [--polls 200] [--seconds 60]
                                         [--readers 20] [--web 2] [--workers 3]

It starts what `make cluster` starts (deploy/cluster.py: nginx -> web nodes + worker nodes, on a
fresh PostgreSQL database and a Redis database of its own) with TMDB faked by a separate
process (fake_tmdb, 40 ms a request, rate limited at 40 a second as TMDB is), and from a third
process plays the members:

1. `--uploads` members each upload an export of `--films` films nobody uploaded before (every
   film cold) at once, while `--polls` progress polls a second (the HTMX fragment each
   dashboard fetches every 2 s: 200 a second is 400 members watching) go on for `--seconds`
   and until every session has finished.
2. A 10,000-film session with all its TMDB data, read by `--readers` members at once, each
   loading the dashboard one page after another for 20 s (all time and year by year).

All clients come from 127.0.0.1, so the front's per-address limits (made for members on their
own addresses) are lifted for the run. It prints requests, errors and p50/p95/p99 of each kind,
the load average, and the floors of the README's "Scaling": 0 errors, every session completed,
poll p99 <= 150 ms; dashboard 0 errors, p99 <= 500 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fake_tmdb.server import DEFAULT_API_KEY  # noqa: E402
from tests.e2e.harness import (  # noqa: E402
    free_port,
    fresh_database,
    fresh_redis,
    nginx_missing,
    postgres_missing,
    redis_missing,
    running_cluster,
    synthetic_films,
    wait_for,
    watched_export,
)

POLL_P99_BOUND_S = 0.150
DASHBOARD_P99_BOUND_S = 0.500
TMDB_RPS = 40
TMDB_LATENCY_MS = 40


def percentiles(samples: list[float]) -> str:
    if not samples:
        return "no samples"
    ordered = sorted(samples)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    return f"p50 {at(0.50):.1f} ms, p95 {at(0.95):.1f} ms, p99 {at(0.99):.1f} ms"


def p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] if ordered else float("inf")


class Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = {}
        self.ended: dict[str, list[float]] = {}
        self.errors: dict[str, list[str]] = {}

    def record(self, kind: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.times.setdefault(kind, []).append(seconds)
            self.ended.setdefault(kind, []).append(time.perf_counter())
            if error:
                self.errors.setdefault(kind, []).append(error)

    def over_time(self, kind: str, step: float = 10.0) -> str:
        """p99 of each `step` seconds of the run: whether the slow ones bunch somewhere."""
        pairs = list(zip(self.ended.get(kind, []), self.times.get(kind, []), strict=True))
        if not pairs:
            return ""
        start = min(t for t, _ in pairs)
        buckets: dict[int, list[float]] = {}
        for t, seconds in pairs:
            buckets.setdefault(int((t - start) // step), []).append(seconds)
        return ", ".join(
            f"{int(b * step)}s {p99(v) * 1000:.0f}" for b, v in sorted(buckets.items())
        )

    def report(self, kind: str, duration: float) -> str:
        times, errors = self.times.get(kind, []), self.errors.get(kind, [])
        rate = len(times) / duration if duration else 0
        first = f" (first: {errors[0]})" if errors else ""
        return (
            f"{kind}: {len(times)} requests ({rate:.0f}/s), {len(errors)} errors{first}; "
            f"{percentiles(times)}"
        )


class Http:
    """A keep-alive HTTP/1.1 connection to the front (http.client: a tenth of the CPU requests
    takes a request, so that on this 2-core machine the members' side weighs little beside the
    product's)."""

    def __init__(self, base_url: str) -> None:
        self.netloc = urlsplit(base_url).netloc
        self.connection: http.client.HTTPConnection | None = None

    def get(self, path: str) -> int:
        for attempt in (1, 2):  # once more on a fresh connection if nginx closed a kept one
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.netloc, timeout=30)
            try:
                self.connection.request("GET", path)
                response = self.connection.getresponse()
                response.read()
                return response.status
            except (OSError, http.client.HTTPException):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


def timed_get(client: Http, path: str, ok: tuple[int, ...] = (200,)) -> tuple[float, str | None]:
    started = time.perf_counter()
    try:
        status = client.get(path)
        error = None if status in ok else f"HTTP {status}"
    except (OSError, http.client.HTTPException) as exc:
        error = type(exc).__name__
    return time.perf_counter() - started, error


def paced(rate: float, until: threading.Event, work, threads: int = 24) -> None:
    """Call `work(i)` `rate` times a second on a fixed schedule (open loop) until `until`."""
    started = time.perf_counter()
    issued = 0
    with ThreadPoolExecutor(threads) as pool:
        while not until.is_set():
            due = started + issued / rate
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            pool.submit(work, issued)
            issued += 1


def upload_and_poll(cluster, args, recorder: Recorder) -> tuple[float, list[dict]]:
    exports = [
        watched_export(synthetic_films(args.films, start=1 + i * args.films))
        for i in range(args.uploads)
    ]
    session_ids: list[str] = []
    local = threading.local()

    def client() -> Http:
        if not hasattr(local, "client"):
            local.client = Http(cluster.base_url)
        return local.client

    def upload(files: dict[str, bytes]) -> None:
        started = time.perf_counter()
        try:
            response = requests.post(
                cluster.base_url + "/api/upload/",
                files=[("file", (name, body)) for name, body in files.items()],
                timeout=60,
            )
            error = None if response.status_code == 201 else f"HTTP {response.status_code}"
            if error is None:
                session_ids.append(response.json()["session_id"])
        except requests.RequestException as exc:
            error = type(exc).__name__
        recorder.record("upload", time.perf_counter() - started, error)

    def poll(i: int) -> None:
        if not session_ids:
            return
        session_id = session_ids[i % len(session_ids)]
        path = f"/s/{session_id}/progress/?shown=0&at={int(time.time())}"
        # 286 is htmx's "stop polling": the session has finished.
        elapsed, error = timed_get(client(), path, ok=(200, 286))
        recorder.record("progress poll", elapsed, error)

    stop = threading.Event()
    started = time.perf_counter()
    poller = threading.Thread(target=paced, args=(args.polls, stop, poll), daemon=True)
    with ThreadPoolExecutor(args.uploads) as pool:
        list(pool.map(upload, exports))
    poller.start()
    deadline = started + 900
    statuses: list[dict] = []
    with requests.Session() as check:
        while True:
            statuses = [
                check.get(f"{cluster.base_url}/api/session/{s}/status/", timeout=30).json()
                for s in session_ids
            ]
            finished = all(s["status"] in ("completed", "failed") for s in statuses)
            if (finished and time.perf_counter() - started >= args.seconds) or (
                time.perf_counter() > deadline
            ):
                break
            time.sleep(1)
    stop.set()
    poller.join()
    return time.perf_counter() - started, statuses


def cpu_seconds_by_node(cluster) -> dict[str, float]:
    """CPU seconds used so far by each node's live processes (a node is a session of its own),
    the front's, and the rest of the machine's (PostgreSQL, Redis, this bench) by name."""
    sessions = {node.process.pid: name for name, node in cluster.nodes.items()}
    if cluster.front is not None:
        sessions[cluster.front.pid] = "front"
    tick = os.sysconf("SC_CLK_TCK")
    used: dict[str, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue  # gone since the listing
        command = text[text.index("(") + 1 : text.rindex(")")]
        fields = text[text.rindex(")") + 2 :].split()
        # Its own time and that of its children that ended (gunicorn and django-q recycle
        # their workers).
        session = int(fields[3])
        utime, stime = int(fields[11]) + int(fields[13]), int(fields[12]) + int(fields[14])
        if session in sessions:
            name = sessions[session]
        elif command.startswith(("postgres", "redis")):
            name = command.split("-")[0].split(":")[0]
        else:
            name = "bench and the rest"
        used[name] = used.get(name, 0.0) + (utime + stime) / tick
    # And the whole machine's, to see what the list above misses.
    busy = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    used["machine"] = (sum(map(int, busy)) - int(busy[3]) - int(busy[4])) / tick
    return used


def slots_given_up(cluster) -> str:
    """The workers' TMDB slots given up for waking late, from /metrics (every node's)."""
    try:
        text = requests.get(cluster.base_url + "/metrics", timeout=30).text
    except requests.RequestException as exc:
        return f"? ({type(exc).__name__})"
    for line in text.splitlines():
        if line.startswith("letterboxd_tmdb_slots_given_up_total "):
            return f"{float(line.split()[1]):.0f}"
    return "?"


def cpu_shares(before: dict[str, float], after: dict[str, float], duration: float) -> str:
    """Where the CPU went: seconds of it per second of the run (2.0 is both cores busy)."""
    shares = {name: (after[name] - before.get(name, 0.0)) / duration for name in after}
    return ", ".join(f"{n} {v:.2f}" for n, v in sorted(shares.items(), key=lambda x: -x[1]))


def database_work(database_url: str) -> dict[str, int]:
    """Transactions committed and rows written per table so far in the run's database."""
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as connection:
        commits = connection.execute(
            "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"
        ).fetchone()[0]
        rows = connection.execute(
            "SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables"
        ).fetchall()
    return {"commits": commits, **{name: written for name, written in rows if written}}


def build_big_session(env: dict[str, str]) -> str:
    code = (
        "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings');"
        "django.setup();"
        "from movies.tests.factories import make_big_session;"
        "print(make_big_session(10_000, 14_000, seed=1).pk)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip().splitlines()[-1]


def read_dashboard(
    cluster, session_id: str, readers: int, seconds: float, recorder: Recorder
) -> float:
    base = f"/s/{session_id}/"
    urls = [base] + [f"{base}?year={year}" for year in range(2015, 2025)]
    # The page's own first load fills the statistics cache, as the first member's would.
    elapsed, error = timed_get(Http(cluster.base_url), base)
    print(f"dashboard, first (cold) load: {elapsed * 1000:.0f} ms{f', {error}' if error else ''}")

    def reader(number: int) -> None:
        deadline = time.perf_counter() + seconds
        client, i = Http(cluster.base_url), number
        while time.perf_counter() < deadline:
            elapsed, error = timed_get(client, urls[i % len(urls)])
            recorder.record("dashboard", elapsed, error)
            i += 1

    started = time.perf_counter()
    with ThreadPoolExecutor(readers) as pool:
        list(pool.map(reader, range(readers)))
    return time.perf_counter() - started


@contextlib.contextmanager
def fake_tmdb_process():
    port = free_port()
    command = [sys.executable, "-m", "fake_tmdb.server", "--port", str(port), "--synthetic", "5000"]
    command += ["--max-rps", str(TMDB_RPS), "--latency-ms", str(TMDB_LATENCY_MS)]
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: _answers(url + "/__stats__"), 30, "the fake TMDB")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=2).ok
    except requests.RequestException:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=20)
    parser.add_argument("--films", type=int, default=50)
    parser.add_argument("--polls", type=float, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--readers", type=int, default=20)
    parser.add_argument("--read-seconds", type=float, default=20)
    parser.add_argument("--web", type=int, default=2)
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args()
    for missing in (postgres_missing(), redis_missing(), nginx_missing()):
        if missing:
            raise SystemExit(f"load_bench needs PostgreSQL, Redis and nginx: {missing}")

    settings = {
        "TMDB_API_KEY": DEFAULT_API_KEY,
        "TMDB_MAX_RPS": TMDB_RPS,
        # Every client is 127.0.0.1 here; members would each have their own address.
        "NGINX_UPLOAD_BURST": args.uploads,
        "NGINX_CONN_PER_ADDRESS": 1000,
        "UPLOAD_RATE_PER_MINUTE": 0,
        "UPLOAD_RATE_PER_HOUR": 0,
    }
    recorder = Recorder()
    with (
        fake_tmdb_process() as tmdb_url,
        fresh_database("postgresql") as database,
        fresh_redis() as redis_url,
        running_cluster(database, redis_url, tmdb_url + "/3", **settings) as cluster,
    ):
        cluster.start(web=args.web, workers=args.workers)
        workers = [name for name in cluster.nodes if name.startswith("worker")]
        wait_for(lambda: all(map(cluster.worker_running, workers)), 120, "the worker nodes")
        print(
            f"{args.web} web nodes + {args.workers} worker nodes on PostgreSQL and Redis; "
            f"{os.cpu_count()} CPUs"
        )
        cpu_before, db_before = cpu_seconds_by_node(cluster), database_work(database)
        duration, statuses = upload_and_poll(cluster, args, recorder)
        cpu_after, db_after = cpu_seconds_by_node(cluster), database_work(database)
        load_enriching = os.getloadavg()
        tmdb = requests.get(tmdb_url + "/__stats__", timeout=10).json()
        completed = sum(s["status"] == "completed" for s in statuses)
        print(
            f"\n1. {args.uploads} uploads of {args.films} cold films "
            f"+ {args.polls:.0f} polls/s, {duration:.0f} s"
        )
        print("  ", recorder.report("upload", duration))
        print("  ", recorder.report("progress poll", duration))
        print("   poll p99 (ms) by 10 s:", recorder.over_time("progress poll"))
        enriched = sum(s["enriched_count"] for s in statuses)
        failed = sum(s["failed_count"] for s in statuses)
        print(
            f"   sessions completed: {completed} of {len(statuses)}; "
            f"films enriched: {enriched}, failed: {failed}"
        )
        print(
            f"   TMDB: {tmdb['total_requests']} requests, {tmdb['responses_429']} answered 429, "
            f"at most {tmdb['max_requests_in_1s']} in a second; "
            f"{slots_given_up(cluster)} slots given up for waking late"
        )
        print(f"   load average: {' '.join(f'{x:.2f}' for x in load_enriching)}")
        written = {k: v - db_before.get(k, 0) for k, v in db_after.items()}
        commits = written.pop("commits")
        busiest = sorted(written.items(), key=lambda x: -x[1])[:5]
        print(
            f"   PostgreSQL: {commits / duration:.0f} commits/s; rows written/s: "
            + ", ".join(f"{name} {n / duration:.0f}" for name, n in busiest)
        )
        print("   CPU cores busy:", cpu_shares(cpu_before, cpu_after, duration))

        session_id = build_big_session(cluster.env)
        cpu_before = cpu_seconds_by_node(cluster)
        read_duration = read_dashboard(
            cluster, session_id, args.readers, args.read_seconds, recorder
        )
        cpu_after = cpu_seconds_by_node(cluster)
        load_reading = os.getloadavg()
        print(f"\n2. a 10,000-film dashboard, {args.readers} readers, {read_duration:.0f} s")
        print("  ", recorder.report("dashboard", read_duration))
        print(f"   load average: {' '.join(f'{x:.2f}' for x in load_reading)}")
        print("   CPU cores busy:", cpu_shares(cpu_before, cpu_after, read_duration))

    polls, dashboards = recorder.times.get("progress poll", []), recorder.times.get("dashboard", [])
    errors = sum(len(v) for v in recorder.errors.values())
    print("\nfloors:")
    print(f"   errors: {errors} (floor 0)")
    print(f"   sessions completed: {completed} of {args.uploads}")
    print(
        f"   poll p99: {p99(polls) * 1000:.1f} ms = "
        f"{p99(polls) / POLL_P99_BOUND_S:.2f}x the 150 ms bound"
    )
    print(
        f"   dashboard p99: {p99(dashboards) * 1000:.1f} ms = "
        f"{p99(dashboards) / DASHBOARD_P99_BOUND_S:.2f}x the 500 ms bound"
    )
    met = (
        errors == 0
        and completed == args.uploads
        and p99(polls) <= POLL_P99_BOUND_S
        and p99(dashboards) <= DASHBOARD_P99_BOUND_S
    )
    print("all floors met" if met else "FLOORS NOT MET")


if __name__ == "__main__":
    main()
