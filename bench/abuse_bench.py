"""Abuse benchmark: the production stack (nginx front -> gunicorn -> qcluster, as `make serve`
runs it) against clients that try to starve it, with a fake TMDB that answers like the real one
(100 ms latency, 429 above 40 requests/s).

Each figure is printed against its floor, PASS or FAIL; the exit code is 1 when any fails.

- slow: 16 connections trickle their headers or an upload body for 40 s while a new visitor
  asks for the home page every 2 s (given 5 s to answer). Floor: 0 failed probes out of >= 10. The
  same attack on gunicorn alone (`make run`) is printed first, as the before.
- flood: one client uploads 10,000-film exports as fast as it can for 60 s. Then a second
  client's 50-film session whose films are all in the TMDB cache must complete in <= 10 s, and
  one of 50 films nobody has looked up in <= 30 s.
- outage: TMDB stops answering (connections refused) for 100 s while a 300-film session is
  enriched, then comes back. Floor: every film ends enriched, with nobody pressing "Try again"
  (waiting up to --heal-wait seconds after TMDB is back).

    .venv/bin/python bench/abuse_bench.py [--only slow,flood,outage] [--quick] [--postgres]

--quick shortens every duration (10 s of slow clients, a 15 s flood, a 20 s outage) for
development; its figures are not the floors' conditions.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.enrich_bench import seed_cache  # noqa: E402
from fake_tmdb.server import DEFAULT_API_KEY, FakeTMDBServer, start_in_thread  # noqa: E402
from tests.e2e.clients import SlowClients, loopback, probe, session_from  # noqa: E402
from tests.e2e.harness import (  # noqa: E402
    Stack,
    fresh_database,
    nginx_missing,
    running_stack,
    synthetic_films,
    watched_export,
)

MAX_RPS = 40
LATENCY_MS = 100
SLOW_CONNECTIONS = 16
PROBE_TIMEOUT_S = 5.0
MIN_PROBES = 10
FLOOD_FILMS_PER_UPLOAD = 10_000
FLOOD_THREADS = 4
VICTIM_FILMS = 50
CACHED_FLOOR_S = 10.0
COLD_FLOOR_S = 30.0
OUTAGE_FILMS = 300
# The slow-client runs start no worker, and the home page never asks TMDB.
NO_TMDB = "http://127.0.0.1:9/3"


@dataclass(frozen=True)
class Durations:
    slow: float
    flood: float
    outage: float
    victim_wait: float  # how long to follow a victim session past its floor
    outage_films: int


FULL = Durations(slow=40, flood=60, outage=100, victim_wait=120, outage_films=OUTAGE_FILMS)
QUICK = Durations(slow=10, flood=15, outage=20, victim_wait=45, outage_films=100)


class Verdicts:
    def __init__(self) -> None:
        self.failed: list[str] = []

    def line(self, name: str, text: str, ok: bool | None) -> None:
        """Print one figure; `ok` None is a figure without a floor (a before)."""
        verdict = "" if ok is None else ("  PASS" if ok else "  FAIL")
        print(f"{name}: {text}{verdict}", flush=True)
        if ok is False:
            self.failed.append(name.strip())


# --- slow clients ------------------------------------------------------------------------


def slow_clients(engine: str, durations: Durations, verdicts: Verdicts) -> None:
    headers = SLOW_CONNECTIONS // 2
    bodies = SLOW_CONNECTIONS - headers
    # About 20 probes whatever the duration (every 2 s for 40 s).
    every = durations.slow / 20
    for front, name in ((False, "gunicorn alone (make run)"), (True, "nginx front (make serve)")):
        with (
            fresh_database(engine) as database,
            running_stack(database, NO_TMDB, front=front) as stack,
            SlowClients(stack.base_url, headers=headers, bodies=bodies) as attack,
        ):
            seen = probe(
                stack.base_url + "/", seconds=durations.slow, every=every, timeout=PROBE_TIMEOUT_S
            )
        slowest = f"slowest answer {seen.slowest:.2f} s" if seen.seconds else "none answered"
        text = (
            f"{SLOW_CONNECTIONS} slow connections ({headers} trickle headers, {bodies} an "
            f"upload body) for {durations.slow:.0f} s -> {seen.failed} of {seen.total} "
            f"home-page probes failed ({seen.summary()}); {slowest}; "
            f"the server closed {attack.dropped} slow connections, each reopened"
        )
        if front:
            text += f"; floor 0 failed of >= {MIN_PROBES}"
            ok = seen.failed == 0 and seen.total >= MIN_PROBES
            verdicts.line(f"slow clients, {name}", text, ok)
        else:
            verdicts.line(f"slow clients, {name}", text + " [the before: no floor]", None)


# --- upload flood ------------------------------------------------------------------------


def flood_export(upload_no: int) -> dict[str, bytes]:
    """10,000 films nobody else has: every one costs TMDB searches, none is in the cache."""
    films = [(f"Flood {upload_no} Film {i}", 2001) for i in range(FLOOD_FILMS_PER_UPLOAD)]
    return watched_export(films)


def flood(base_url: str, seconds: float) -> Counter[str]:
    """One client (one address, a few connections) posting uploads back to back; each upload
    that gets in is followed by a new export, so none of its films is in the cache."""
    outcomes: Counter[str] = Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    numbers = itertools.count()

    def run() -> None:
        client = session_from(loopback(10))
        export = flood_export(next(numbers))
        while time.monotonic() < deadline:
            files = [("file", item) for item in export.items()]
            try:
                response = client.post(base_url + "/api/upload/", files=files, timeout=60)
                status = str(response.status_code)
                if status == "429":
                    # nginx's refusal never reaches Python; the app's own limit is behind it.
                    by_nginx = "from your network" in response.text
                    status += " (nginx)" if by_nginx else " (app)"
            except requests.RequestException as exc:
                status = type(exc).__name__
            with lock:
                outcomes[status] += 1
            if status == "201":
                export = flood_export(next(numbers))

    threads = [threading.Thread(target=run) for _ in range(FLOOD_THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def timed_session(
    stack: Stack, address: str, films: list[tuple[str, int]], wait: float
) -> tuple[bool, float, dict]:
    """Upload `films` from `address` and follow the session for up to `wait` seconds: whether
    it completed with every film enriched, the seconds it took (or were waited), and its last
    status."""
    client = session_from(address)
    started = time.monotonic()
    files = [("file", item) for item in watched_export(films).items()]
    response = client.post(stack.base_url + "/api/upload/", files=files, timeout=60)
    if response.status_code != 201:
        return False, 0.0, {"status": f"upload answered {response.status_code}"}
    status_url = f"{stack.base_url}/api/session/{response.json()['session_id']}/status/"
    while True:
        status = client.get(status_url, timeout=30).json()
        elapsed = time.monotonic() - started
        if status["status"] in ("completed", "failed") or elapsed >= wait:
            done = status["status"] == "completed" and status["enriched_count"] == len(films)
            return done, elapsed, status
        time.sleep(0.25)


def upload_flood(engine: str, durations: Durations, verdicts: Verdicts) -> None:
    cached = synthetic_films(VICTIM_FILMS, start=1)
    cold = synthetic_films(VICTIM_FILMS, start=VICTIM_FILMS + 1)
    fake, tmdb_url = start_in_thread(
        latency_ms=LATENCY_MS, max_rps=MAX_RPS, synthetic=2 * VICTIM_FILMS
    )
    settings = {"TMDB_API_KEY": DEFAULT_API_KEY, "TMDB_MAX_RPS": MAX_RPS}
    try:
        with (
            fresh_database(engine) as database,
            running_stack(database, tmdb_url, front=True, **settings) as stack,
        ):
            seed_cache(database, 1, VICTIM_FILMS)
            stack.start_cluster()
            time.sleep(3)  # the cluster is up before anyone arrives, as in production
            outcomes = flood(stack.base_url, durations.flood)
            accepted = outcomes["201"]
            tried = sum(outcomes.values())
            verdicts.line(
                f"upload flood, one client for {durations.flood:.0f} s",
                f"{tried} uploads tried, {accepted} accepted "
                f"({accepted * FLOOD_FILMS_PER_UPLOAD:,} films queued), "
                f"{outcomes['429 (nginx)']} refused by nginx, {outcomes['429 (app)']} by the app; "
                f"all: {dict(sorted(outcomes.items()))}",
                None,
            )
            for label, films, address, floor in (
                ("cached", cached, loopback(20), CACHED_FLOOR_S),
                ("cold", cold, loopback(21), COLD_FLOOR_S),
            ):
                wait = max(floor, durations.victim_wait)
                done, elapsed, status = timed_session(stack, address, films, wait)
                if done:
                    got = f"completed in {elapsed:.1f} s"
                else:
                    got = (
                        f"after {elapsed:.0f} s {status.get('enriched_count', 0)}/{VICTIM_FILMS} "
                        f"enriched, {status.get('failed_count', 0)} failed, "
                        f"status {status['status']}"
                    )
                verdicts.line(
                    f"  a second client's {label} {VICTIM_FILMS}-film session",
                    f"{got}; floor <= {floor:.0f} s",
                    done and elapsed <= floor,
                )
    finally:
        fake.stop()


# --- TMDB outage -------------------------------------------------------------------------


def tmdb_outage(engine: str, durations: Durations, heal_wait: float, verdicts: Verdicts) -> None:
    count = durations.outage_films
    films = synthetic_films(count, start=1)
    options = {"latency_ms": LATENCY_MS, "max_rps": MAX_RPS, "synthetic": count}
    fake, tmdb_url = start_in_thread(**options)
    port = fake.server_address[1]
    settings = {"TMDB_API_KEY": DEFAULT_API_KEY, "TMDB_MAX_RPS": MAX_RPS}
    try:
        with (
            fresh_database(engine) as database,
            running_stack(database, tmdb_url, front=True, **settings) as stack,
        ):
            client = session_from(loopback(30))
            stack.start_cluster()
            time.sleep(3)
            files = [("file", item) for item in watched_export(films).items()]
            response = client.post(stack.base_url + "/api/upload/", files=files, timeout=60)
            session_id = response.json()["session_id"]
            status_url = f"{stack.base_url}/api/session/{session_id}/status/"

            def status() -> dict:
                return client.get(status_url, timeout=30).json()

            # TMDB goes away once enrichment is under way (a tenth of the ~2 requests a film
            # asked; the counts only move as whole chunks finish).
            while fake.stats.snapshot()["total_requests"] < count // 5:
                time.sleep(0.1)
            before = status()
            fake.stop()
            time.sleep(durations.outage)
            during = status()
            fake = _restart(port, options)
            back = time.monotonic()
            after = status()
            while after["enriched_count"] < count and time.monotonic() - back < heal_wait:
                time.sleep(1)
                after = status()
            healed = time.monotonic() - back
        ok = after["enriched_count"] == count
        outcome = (
            f"all {count} enriched {healed:.0f} s after TMDB came back"
            if ok
            else f"{after['enriched_count']} enriched, {after['failed_count']} failed, "
            f"status {after['status']} {heal_wait:.0f} s after TMDB came back"
        )
        verdicts.line(
            f"TMDB down for {durations.outage:.0f} s during a {count}-film session",
            f"when it went: {before['enriched_count']} enriched; "
            f"when it came back: {during['enriched_count']} enriched, "
            f"{during['failed_count']} failed, status {during['status']}; {outcome}; "
            "floor: every film enriched, nobody pressing Try again",
            ok,
        )
    finally:
        fake.stop()


def _restart(port: int, options: dict) -> FakeTMDBServer:
    """TMDB back on the same address (the app's TMDB_API_URL never changes)."""
    server, _ = start_in_thread(port=port, **options)
    return server


# -----------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", default="slow,flood,outage", help="comma-separated: slow, flood, outage"
    )
    parser.add_argument("--quick", action="store_true", help="short durations, for development")
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL instead of SQLite")
    parser.add_argument(
        "--heal-wait",
        type=float,
        default=None,
        help="seconds to wait for every film after TMDB is back (600; --quick 120)",
    )
    args = parser.parse_args()
    wanted = {name.strip() for name in args.only.split(",") if name.strip()}
    unknown = wanted - {"slow", "flood", "outage"}
    if unknown:
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    missing = nginx_missing()
    if missing:
        print(f"abuse bench needs the nginx front: {missing}", file=sys.stderr)
        return 1

    engine = "postgresql" if args.postgres else "sqlite"
    durations = QUICK if args.quick else FULL
    heal_wait = args.heal_wait if args.heal_wait is not None else (120 if args.quick else 600)
    print(
        f"abuse bench on {engine}{' (--quick: not the floors conditions)' if args.quick else ''}: "
        f"nginx front, fake TMDB with {LATENCY_MS} ms latency and 429 above {MAX_RPS}/s",
        flush=True,
    )
    verdicts = Verdicts()
    if "slow" in wanted:
        slow_clients(engine, durations, verdicts)
    if "flood" in wanted:
        upload_flood(engine, durations, verdicts)
    if "outage" in wanted:
        tmdb_outage(engine, durations, heal_wait, verdicts)
    if verdicts.failed:
        print(f"OUTSIDE the floors: {'; '.join(verdicts.failed)}")
        return 1
    print("within the floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
