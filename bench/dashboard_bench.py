"""Dashboard benchmark: a 10,000-film, 14,000-viewing session with full TMDB data.

Measures GET /s/<uuid>/ server-side (Django's test client: view, queries, template), with the
statistics cache cold (cleared before each request) and warm, all time and for one year, and
counts the queries of each. Runs once on SQLite (a fresh file) and once on PostgreSQL (a fresh
database, when reachable), each in its own process, against its floor (≤ 300 ms cold).

    .venv/bin/python bench/dashboard_bench.py [--runs 5] [--no-postgres]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from child import each_database, run_child  # noqa: E402

TIME_BOUND_S = 0.300


def measure(runs: int, n_films: int, n_viewings: int) -> dict:
    """Inside a child process whose DATABASE_URL is a fresh database."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from movies.tests.factories import make_big_session

    settings.ALLOWED_HOSTS = ["*"]
    # The manifest needs collectstatic; what is measured here is the view, not static URLs.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    call_command("migrate", verbosity=0)
    call_command("createcachetable")
    started = time.perf_counter()
    session = make_big_session(n_films, n_viewings, seed=1)
    build_s = time.perf_counter() - started
    year = max(session.viewings.dates("watched_on", "year")).year
    client = Client()

    def get(url: str, cold: bool) -> tuple[float, int, int, float]:
        if cold:
            cache.clear()
        with CaptureQueriesContext(connection) as queries:
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get(url)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        assert response.status_code == 200, response.content[:500]
        return elapsed, len(queries), len(response.content), cpu

    url = session.get_absolute_url()
    get(url, cold=True)  # import, compile templates and open the connection once
    results = {}
    for label, target, cold in (
        ("all time, cold", url, True),
        ("all time, cached", url, False),
        (f"{year}, cold", f"{url}?year={year}", True),
        (f"{year}, cached", f"{url}?year={year}", False),
    ):
        samples = [get(target, cold) for _ in range(runs)]
        times = [s[0] for s in samples]
        results[label] = {
            "median_s": statistics.median(times),
            "best_s": min(times),
            "cpu_s": statistics.median(s[3] for s in samples),
            "queries": max(s[1] for s in samples),
            "html_kb": samples[-1][2] // 1024,
        }
    return {
        "engine": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
        "films": session.movies.count(),
        "viewings": session.viewings.count(),
        "build_s": build_s,
        "results": results,
    }


def report(result: dict) -> bool:
    print(
        f"{result['engine']}: {result['films']} films, {result['viewings']} viewings "
        f"(built in {result['build_s']:.1f} s)"
    )
    within = True
    for label, r in result["results"].items():
        ratio = r["median_s"] / TIME_BOUND_S
        within &= ratio <= 1
        print(
            f"  {label:<16} median {r['median_s'] * 1000:6.1f} ms (best {r['best_s'] * 1000:6.1f})"
            f" = {ratio:.2f}x the {TIME_BOUND_S * 1000:.0f} ms bound;"
            f" CPU {r['cpu_s'] * 1000:.0f} ms; {r['queries']} queries; {r['html_kb']} KB of HTML"
        )
    return within


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--films", type=int, default=10_000)
    parser.add_argument("--viewings", type=int, default=14_000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(measure(args.runs, args.films, args.viewings)))
        return 0

    print(f"dashboard bench: {args.films} films, {args.viewings} viewings, {args.runs} runs each")
    print(
        f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"
        " (other work on the machine skews wall time)"
    )
    failed = False
    child_args = [
        "--runs",
        str(args.runs),
        "--films",
        str(args.films),
        "--viewings",
        str(args.viewings),
    ]
    for url in each_database(postgres=not args.no_postgres):
        result = run_child(__file__, child_args, url)
        failed |= result is None or not report(result)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
