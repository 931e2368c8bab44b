"""Enrichment benchmark: real qcluster workers against a fake TMDB that behaves like the real one.

The fake answers after 100 ms and with 429 above 40 requests/s, like TMDB. Two figures, each
against its bound:

- cold: 1,000 distinct films nobody has enriched. Bound = TMDB requests needed / TMDB_MAX_RPS
  (2 a film at 40/s: 50 s); the floor is 1.2x that bound, with no 429.
- warm: a second session of 10,000 films, all in the shared TMDB cache. Floor: 5 s.

    .venv/bin/python bench/enrich_bench.py [--cold-films 1000] [--warm-films 10000] [--postgres]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fake_tmdb.server import DEFAULT_API_KEY, start_in_thread  # noqa: E402
from tests.e2e.harness import (  # noqa: E402
    fresh_database,
    running_stack,
    synthetic_films,
    watched_export,
)

MAX_RPS = 40
COLD_FLOOR = 1.2
WARM_BOUND_S = 5.0


def seed_cache(database_url: str, first: int, count: int) -> None:
    """Fill the shared cache with synthetic films from `first` on, as earlier sessions would."""
    code = f"""
import django, os
django.setup()
from django.utils import timezone
from enrichment.lookup import search_key
from enrichment.models import TmdbMovie, TmdbSearchResult
from fake_tmdb.catalogue import synthetic_film
from fake_tmdb.payloads import movie_details
films = [synthetic_film(n) for n in range({first}, {first + count})]
TmdbMovie.upsert([TmdbMovie.from_tmdb(movie_details(f, {{"credits"}})) for f in films])
now = timezone.now()
TmdbSearchResult.objects.bulk_create([
    TmdbSearchResult(normalised_title=search_key(f.title, f.year)[0], year=f.year,
                     tmdb_id=f.tmdb_id, media_type="movie", confidence=1.0, reason="bench",
                     requests=1, fetched_at=now)
    for f in films
], batch_size=1000)
"""
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "config.settings"}
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)


def timed_session(stack, films, timeout: float) -> tuple[float, dict]:
    started = time.monotonic()
    session_id = stack.upload(watched_export(films))
    status = stack.wait_until_finished(session_id, timeout=timeout)
    return time.monotonic() - started, status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold-films", type=int, default=1000)
    parser.add_argument("--warm-films", type=int, default=10_000)
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL instead of SQLite")
    parser.add_argument("--workers", type=int, default=None, help="Q_WORKERS (default: settings)")
    args = parser.parse_args()

    engine = "postgresql" if args.postgres else "sqlite"
    warm_first = args.cold_films + 1
    fake, tmdb_url = start_in_thread(
        latency_ms=100, max_rps=MAX_RPS, synthetic=args.cold_films + args.warm_films
    )
    settings = {"TMDB_API_KEY": DEFAULT_API_KEY, "TMDB_MAX_RPS": MAX_RPS}
    if args.workers:
        settings["Q_WORKERS"] = args.workers
    print(f"enrich bench on {engine}: fake TMDB with 100 ms latency, 429 above {MAX_RPS}/s")
    ok = True
    try:
        with (
            fresh_database(engine) as database,
            running_stack(database, tmdb_url, **settings) as stack,
        ):
            stack.start_cluster()
            time.sleep(3)  # the cluster is up before members arrive, as in production

            fake.stats.reset()
            elapsed, status = timed_session(stack, synthetic_films(args.cold_films), timeout=600)
            stats = fake.stats.snapshot()
            bound = stats["total_requests"] / MAX_RPS
            ratio = elapsed / bound
            ok &= ratio <= COLD_FLOOR and stats["responses_429"] == 0
            ok &= status["enriched_count"] == args.cold_films
            print(
                f"cold: {args.cold_films} films, {stats['total_requests']} TMDB requests "
                f"({stats['total_requests'] / args.cold_films:.2f}/film) in {elapsed:.1f} s; "
                f"bound {bound:.1f} s -> {ratio:.2f}x the bound (floor {COLD_FLOOR}x); "
                f"429s: {stats['responses_429']}, busiest second: {stats['max_requests_in_1s']} "
                f"requests; enriched {status['enriched_count']}/{status['total_movies']}"
            )

            seed_cache(database, warm_first, args.warm_films)
            fake.stats.reset()
            films = synthetic_films(args.warm_films, start=warm_first)
            elapsed, status = timed_session(stack, films, timeout=300)
            requests = fake.stats.snapshot()["total_requests"]
            ok &= elapsed <= WARM_BOUND_S and status["enriched_count"] == args.warm_films
            print(
                f"warm: {args.warm_films} cached films enriched in {elapsed:.2f} s "
                f"(upload included) -> {elapsed / WARM_BOUND_S:.2f}x the {WARM_BOUND_S:.0f} s "
                f"bound; TMDB requests: {requests}; enriched "
                f"{status['enriched_count']}/{status['total_movies']}"
            )
    finally:
        fake.stop()
    print("within the floors" if ok else "OUTSIDE the floors")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
