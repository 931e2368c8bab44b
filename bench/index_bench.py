"""The title index off and on, side by side in one run: matching, requests a film, and a cold
session through real workers.

The export: the matching benchmark's held-out part (381 films, never tuned on), then 619 of
the fake's synthetic films, 1,000 films in all. The mix is printed: most are listed under
their original title, as in a member's export, but the held-out part keeps its hard cases
(remakes, English titles of foreign films, years off, series, films TMDB lacks).

1. Matching, in this process, as `bench/matching_bench.py` matches (fresh cache, catalogue
   faults on, TMDB_MAX_RPS 40): once without an index, once with the fake's daily ID export
   loaded (`load_title_index`, as `manage.py load_tmdb_ids` does). Right, wrong, unmatched and
   requests a film, on the held-out part alone and on the whole export.
2. A cold session of the same 1,000 films through real qcluster workers against a fake TMDB
   with 100 ms latency and 429 above 40 requests/s, as `bench/enrich_bench.py` runs it: on a
   fresh database without an index, then on another with the index loaded by the command.

Floors: with the index, on the held-out part, no fewer right and no more wrong
than without (0 wrong); ≤ 1.3 requests a film on the whole export; the cold session in
≤ 0.7 × the time without the index, with no 429. Exits 1 when one is missed.

    .venv/bin/python bench/index_bench.py [--synthetic 619] [--only matching|session]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

MAX_WRONG = 0
MAX_REQUESTS_PER_FILM = 1.3
MAX_SESSION_RATIO = 0.7
RPS = 40
# Films of the ID export that no catalogue entry is, beside the catalogue's own.
UNLISTED = 10_000


def describe_mix(synthetic: int) -> str:
    """How the export's films are listed, against the fake's ID export."""
    from collections import Counter

    from enrichment.id_export import index_key
    from fake_tmdb.catalogue import load

    catalogue = load(synthetic)
    titles = Counter(index_key(f.original_title) for f in catalogue.films)
    rows = catalogue.export_rows("held-out")
    original = alone = 0
    for row in rows:
        film = (
            catalogue.film(row.catalogue_id or 0) if row.catalogue_media_type == "movie" else None
        )
        if film and index_key(row.name) == index_key(film.original_title):
            original += 1
            alone += titles[index_key(film.original_title)] == 1
    films = len(rows) + synthetic
    share = (original + synthetic) / films
    return (
        f"{films} films: {len(rows)} of the held-out part ({original} listed under their "
        f"original title, {alone} of them the only film of that title) and {synthetic} "
        f"synthetic films (each the only film of its title); {original + synthetic} "
        f"({share:.0%}) listed under their original title"
    )


def figures(outcomes) -> dict:
    n = len(outcomes)
    return {
        "films": n,
        "right": sum(o.verdict == "right" for o in outcomes),
        "wrong": sum(o.verdict == "wrong" for o in outcomes),
        "unmatched": sum(o.verdict == "unmatched" for o in outcomes),
        "per_film": sum(o.requests for o in outcomes) / n if n else 0.0,
    }


def matching(synthetic: int) -> tuple[dict, dict, dict, dict, bool]:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
        os.environ["TMDB_MAX_RPS"] = str(RPS)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        os.environ.setdefault("LOG_LEVEL", "ERROR")
        import django

        django.setup()
        from django.core.management import call_command
        from matching_bench import run

        from enrichment.models import TmdbTitle, TmdbTitleIndex
        from enrichment.title_index import load_title_index
        from fake_tmdb.catalogue import load
        from fake_tmdb.exports import write_export

        call_command("migrate", verbosity=0)
        export = Path(tmp) / "movie_ids_12_01_2026.json.gz"
        write_export(export, load(synthetic), extra=UNLISTED)

        TmdbTitle.objects.all().delete()
        TmdbTitleIndex.objects.all().delete()
        off = run("held-out", RPS, synthetic=synthetic)
        load_title_index(str(export))
        on = run("held-out", RPS, synthetic=synthetic)

    changed = [(a, b) for a, b in zip(off.outcomes, on.outcomes, strict=True) if a.got != b.got]
    held_off = figures([o for o in off.outcomes if o.part == "held-out"])
    held_on = figures([o for o in on.outcomes if o.part == "held-out"])
    all_off, all_on = figures(off.outcomes), figures(on.outcomes)
    rows = [
        ("held-out part: films", "films"),
        ("  right", "right"),
        ("  wrong", "wrong"),
        ("  unmatched", "unmatched"),
        ("  TMDB requests a film", "per_film"),
        ("whole export: films", "films"),
        ("  right", "right"),
        ("  wrong", "wrong"),
        ("  TMDB requests a film", "per_film"),
    ]
    print(f"\n== matching: {describe_mix(synthetic)} ==")
    print(f"{'':<30}{'index off':>12}{'index on':>12}  floor (index on)")
    floors = {
        ("held-out", "right"): f"≥ {held_off['right']} (off)",
        ("held-out", "wrong"): f"≤ {min(held_off['wrong'], MAX_WRONG)}",
        ("whole", "per_film"): f"≤ {MAX_REQUESTS_PER_FILM}",
    }
    for n, (label, key) in enumerate(rows):
        part = "held-out" if n < 5 else "whole"
        a, b = (held_off, held_on) if part == "held-out" else (all_off, all_on)
        fmt = (lambda v: f"{v:.3f}") if key == "per_film" else (lambda v: f"{v}")
        print(f"{label:<30}{fmt(a[key]):>12}{fmt(b[key]):>12}  {floors.get((part, key), '')}")
    print(f"films matched otherwise with the index than without: {len(changed)}")
    for a, b in changed:
        print(f"  {a.name} ({a.year}): {a.got} without, {b.got} with (expected {a.expected})")
    met = (
        held_on["right"] >= held_off["right"]
        and held_on["wrong"] <= min(held_off["wrong"], MAX_WRONG)
        and all_on["wrong"] <= all_off["wrong"]
        and all_on["per_film"] <= MAX_REQUESTS_PER_FILM
    )
    print(
        f"requests a film with the index: {all_on['per_film']:.3f} "
        f"({all_on['per_film'] / all_off['per_film']:.2f}x without; floor ≤ "
        f"{MAX_REQUESTS_PER_FILM}: {all_on['per_film'] / MAX_REQUESTS_PER_FILM:.2f}x the floor)"
    )
    return held_off, held_on, all_off, all_on, met


def session(synthetic: int) -> bool:
    from enrich_bench import timed_session

    from fake_tmdb.catalogue import load
    from fake_tmdb.server import DEFAULT_API_KEY, start_in_thread
    from tests.e2e.harness import fresh_database, running_stack

    films = [(row.name, row.year) for row in load().export_rows("held-out")]
    films += [(f.title, f.year) for f in load(synthetic).films[-synthetic:]] if synthetic else []
    fake, tmdb_url = start_in_thread(
        latency_ms=100, max_rps=RPS, synthetic=synthetic, export_extra=UNLISTED
    )
    settings = {"TMDB_API_KEY": DEFAULT_API_KEY, "TMDB_MAX_RPS": RPS}
    results = {}
    print(
        f"\n== a cold session of the same {len(films)} films: real workers, fake TMDB with "
        f"100 ms latency, 429 above {RPS}/s =="
    )
    try:
        for mode in ("index off", "index on"):
            with (
                fresh_database("sqlite") as database,
                running_stack(database, tmdb_url, **settings) as stack,
            ):
                if mode == "index on":
                    loaded = stack.manage("load_tmdb_ids", fake.export_url())
                    assert loaded.returncode == 0, loaded.stderr[-2000:]
                stack.start_cluster()
                time.sleep(3)  # the cluster is up before members arrive, as in production
                fake.stats.reset()
                elapsed, status = timed_session(stack, films, timeout=900)
                stats = fake.stats.snapshot()
                results[mode] = (elapsed, stats, status)
                print(
                    f"{mode}: {elapsed:.1f} s, {stats['total_requests']} TMDB requests "
                    f"({stats['total_requests'] / len(films):.2f} a film), 429s: "
                    f"{stats['responses_429']}; session {status['status']}, enriched "
                    f"{status['enriched_count']} of {status['total_movies']}"
                )
    finally:
        fake.stop()
    (off, _, off_status), (on, on_stats, on_status) = results["index off"], results["index on"]
    ratio = on / off
    print(
        f"index on / index off: {ratio:.2f}x the time (floor ≤ {MAX_SESSION_RATIO}x); "
        f"{on:.1f} s against {off:.1f} s"
    )
    return (
        ratio <= MAX_SESSION_RATIO
        and on_stats["responses_429"] == 0
        and on_status["status"] == off_status["status"] == "completed"
        and on_status["enriched_count"] == off_status["enriched_count"]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=619, help="synthetic films added")
    parser.add_argument("--only", choices=("matching", "session"), help="one part only")
    args = parser.parse_args()

    ok = True
    if args.only != "session":
        *_, ok = matching(args.synthetic)
    if args.only != "matching":
        ok &= session(args.synthetic)
    print("within the floors" if ok else "OUTSIDE the floors")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
