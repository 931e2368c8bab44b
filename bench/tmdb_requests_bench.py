"""TMDB requests per film: the whole fake catalogue resolved uncached, then again cached.

Every film of the catalogue's Letterboxd export (both parts) goes through
`enrichment.lookup.resolve()` against a local fake TMDB, on a fresh database, through the
database-wide rate limiter. Prints requests per film for both passes against its floors (≤ 2.1
uncached, 0 cached), and how many matches agree with the catalogue's expected outcome. The fake's
failing searches are off here, so the few rows that exist to show a failing search are left out;
`bench/matching_bench.py` runs them, and reports the held-out part apart.

    .venv/bin/python bench/tmdb_requests_bench.py [--database-url postgres://…] [--rps 40]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNCACHED_FLOOR = 2.1
CACHED_FLOOR = 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    parser.add_argument("--rps", type=float, default=40.0, help="TMDB_MAX_RPS for the run")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{tmp}/bench.sqlite3"
        os.environ["TMDB_MAX_RPS"] = str(args.rps)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        return run(args.rps)


def run(rps: float) -> int:
    from django.core.management import call_command

    from enrichment.lookup import resolve
    from enrichment.models import TmdbMovie, TmdbSearchResult
    from enrichment.shared_rate_limit import DatabaseRateLimiter
    from enrichment.tmdb_client import TmdbClient
    from fake_tmdb.catalogue import load
    from fake_tmdb.server import start_in_thread

    call_command("migrate", verbosity=0)
    TmdbSearchResult.objects.all().delete()
    TmdbMovie.objects.all().delete()
    rows = [row for row in load().export_rows() if not row.expect_failed]
    server, base_url = start_in_thread(max_rps=rps, api_key="bench-key")
    try:
        client = TmdbClient("bench-key", base_url, limiter=DatabaseRateLimiter(rps))

        started = time.perf_counter()
        outcomes = [resolve(row.name, row.year, client) for row in rows]
        uncached_s = time.perf_counter() - started
        uncached = client.requests_made

        started = time.perf_counter()
        for row in rows:
            resolve(row.name, row.year, client)
        cached_s = time.perf_counter() - started
        cached = client.requests_made - uncached
        stats = server.stats.snapshot()
    finally:
        server.stop()

    right = sum(
        (r.tmdb_id if r.confident else None, r.media_type if r.confident else "")
        == (row.expected_tmdb_id, row.expected_media_type)
        for r, row in zip(outcomes, rows, strict=True)
    )
    wrong_confident = sum(
        r.confident and r.tmdb_id != row.expected_tmdb_id
        for r, row in zip(outcomes, rows, strict=True)
    )
    n = len(rows)
    per_uncached, per_cached = uncached / n, cached / n
    print(f"films in the catalogue's export: {n} (fake TMDB at {rps:g} req/s max)")
    print(
        f"uncached: {uncached} requests, {per_uncached:.3f} per film "
        f"(floor ≤ {UNCACHED_FLOOR}) in {uncached_s:.1f} s"
    )
    print(
        f"cached:   {cached} requests, {per_cached:.3f} per film "
        f"(floor {CACHED_FLOOR:g}) in {cached_s:.2f} s"
    )
    print(
        f"fake TMDB saw: {stats['total_requests']} requests, at most "
        f"{stats['max_requests_in_1s']} in one second, {stats['responses_429']} answered 429"
    )
    print(f"matches as the catalogue expects: {right}/{n}; wrong films matched: {wrong_confident}")
    ok = per_uncached <= UNCACHED_FLOOR and cached == 0
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
