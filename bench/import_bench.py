"""Import benchmark: a 10,000-film, 14,000-diary-row export POSTed to /api/upload/.

Runs once on SQLite (a fresh file) and once on PostgreSQL (a fresh database, when reachable),
each in its own process, and prints the server time and memory of the upload against its floors
(≤ 1.0 s, ≤ 150 MB growth).

    .venv/bin/python bench/import_bench.py [--runs 3] [--no-postgres]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from child import each_database, run_child  # noqa: E402

TIME_BOUND_S = 1.0
MEMORY_BOUND_MB = 150.0


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def measure(runs: int, n_films: int, n_diary: int) -> dict:
    """Inside a child process whose DATABASE_URL is a fresh database."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command
    from django.test import Client

    from sessions_app.tests.export_factory import generate_export, make_export_zip

    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    archive = make_export_zip(generate_export(n_films=n_films, n_diary=n_diary, seed=1))
    client = Client()

    def post() -> tuple[float, dict]:
        upload = SimpleUploadedFile("letterboxd-bench.zip", archive)
        started = time.perf_counter()
        response = client.post("/api/upload/", {"file": upload})
        elapsed = time.perf_counter() - started
        assert response.status_code == 201, response.content[:300]
        return elapsed, response.json()

    post()  # warm caches, imports and the connection once
    times = []
    for _ in range(runs):
        elapsed, body = post()
        times.append(elapsed)

    rss_before = _rss_mb()
    tracemalloc.start()
    post()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = _rss_mb()
    return {
        "engine": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
        "films": body["total_movies"],
        "archive_kb": len(archive) // 1024,
        "median_s": statistics.median(times),
        "best_s": min(times),
        "peak_alloc_mb": peak / (1024 * 1024),
        "rss_growth_mb": rss_after - rss_before,
    }


def report(result: dict) -> None:
    print(
        f"{result['engine']:<10} {result['films']:>6} films  "
        f"median {result['median_s']:.3f} s (best {result['best_s']:.3f} s) "
        f"= {result['median_s'] / TIME_BOUND_S:.2f}x the {TIME_BOUND_S:.1f} s bound;  "
        f"peak allocations {result['peak_alloc_mb']:.0f} MB, RSS growth "
        f"{result['rss_growth_mb']:.0f} MB = {result['peak_alloc_mb'] / MEMORY_BOUND_MB:.2f}x "
        f"the {MEMORY_BOUND_MB:.0f} MB bound"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--films", type=int, default=10_000)
    parser.add_argument("--diary", type=int, default=14_000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(measure(args.runs, args.films, args.diary)))
        return 0

    print(f"import bench: {args.films} films, {args.diary} diary rows, {args.runs} timed runs")
    failed = False
    child_args = ["--runs", str(args.runs), "--films", str(args.films), "--diary", str(args.diary)]
    for url in each_database(postgres=not args.no_postgres):
        result = run_child(__file__, child_args, url)
        failed |= result is None
        if result:
            report(result)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
