"""Share and download benchmark: a 10,000-film session (the dashboard bench's, with a watchlist).

Measures, server-side through Django's test client, against the 1 s floors:
- the share images (1080×1920 story, 1200×630 preview), all time and a year: with every
  cache cold (the statistics computed too), with the statistics cached (the image drawn), and
  with the image cached;
- the CSV and JSON downloads of every film, consumed to the last byte of the stream.

Runs on SQLite (a fresh file) and on PostgreSQL (a fresh database, when reachable), each in its
own process.

    .venv/bin/python bench/share_bench.py [--runs 5] [--no-postgres]
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

TIME_BOUND_S = 1.0


def measure(runs: int, n_films: int, n_viewings: int, n_watchlist: int) -> dict:
    """Inside a child process whose DATABASE_URL is a fresh database."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.core.management import call_command
    from django.test import Client

    from movies.tests.factories import make_big_session

    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    call_command("createcachetable")
    session = make_big_session(n_films, n_viewings, seed=1, watchlist=n_watchlist)
    token = session.share()
    year = max(session.viewings.dates("watched_on", "year")).year
    client = Client()

    def get(url: str, clear: str) -> tuple[float, int]:
        if clear == "all":
            cache.clear()
        elif clear == "image":
            cache.delete_many([k for k in _image_keys(session, year)])
        started = time.perf_counter()
        response = client.get(url)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        elapsed = time.perf_counter() - started
        assert response.status_code == 200, content[:300]
        return elapsed, len(content)

    cases = []
    for shape in ("story", "preview"):
        for scope, query in (("all time", ""), (str(year), f"?year={year}")):
            url = f"/share/{token}/image/{shape}.png{query}"
            cases += [
                (f"{shape} {scope}, all cold", url, "all"),
                (f"{shape} {scope}, stats cached", url, "image"),
                (f"{shape} {scope}, image cached", url, "none"),
            ]
    cases += [
        ("download CSV", f"/s/{session.pk}/films.csv", "none"),
        ("download JSON", f"/s/{session.pk}/films.json", "none"),
    ]
    get(cases[0][1], "all")  # imports, fonts and the connection, once
    results = {}
    for label, url, clear in cases:
        samples = [get(url, clear) for _ in range(runs)]
        times = [s[0] for s in samples]
        results[label] = {
            "median_s": statistics.median(times),
            "best_s": min(times),
            "kb": samples[-1][1] // 1024,
        }
    return {
        "engine": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
        "films": session.movies.count(),
        "results": results,
    }


def _image_keys(session, year: int) -> list[str]:
    """The cache keys of the share images (see `movies.session_stats.share_image_png`)."""
    session.refresh_from_db()
    return [
        f"share-image:{session.pk}:{session.stats_version}:{scope}:{shape}:{session.username}"
        for scope in ("all", year)
        for shape in ("story", "preview")
    ]


def report(result: dict) -> bool:
    print(f"{result['engine']}: {result['films']} stored films (the watchlist's included)")
    within = True
    for label, r in result["results"].items():
        ratio = r["median_s"] / TIME_BOUND_S
        within &= ratio <= 1
        print(
            f"  {label:<34} median {r['median_s'] * 1000:7.1f} ms (best {r['best_s'] * 1000:7.1f})"
            f" = {ratio:.2f}x the {TIME_BOUND_S:.0f} s bound; {r['kb']:,} KB"
        )
    return within


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--films", type=int, default=10_000)
    parser.add_argument("--viewings", type=int, default=14_000)
    parser.add_argument("--watchlist", type=int, default=500)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(measure(args.runs, args.films, args.viewings, args.watchlist)))
        return 0

    print(
        f"share bench: {args.films} films, {args.viewings} viewings, {args.watchlist} on the"
        f" watchlist only, {args.runs} runs each; load average {os.getloadavg()[0]:.2f} on"
        f" {os.cpu_count()} cores"
    )
    failed = False
    child_args = ["--runs", str(args.runs), "--films", str(args.films)]
    child_args += ["--viewings", str(args.viewings), "--watchlist", str(args.watchlist)]
    for url in each_database(postgres=not args.no_postgres):
        result = run_child(__file__, child_args, url)
        failed |= result is None or not report(result)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
