"""Statistics equivalence: the dashboard's figures for a 10,000-film session, as canonical JSON.

Builds the session of `bench/dashboard_bench.py` (same builder, same seed) in a fresh database,
computes its statistics through the dashboard's own entry points (`session_stats` for all time,
for every diary year and for a year without entries; `session_film_filters`, both in
`movies.session_stats`), and writes them as canonical JSON (sorted keys, dates as text). A
refactoring of the statistics must leave this file byte-for-byte the same:

    .venv/bin/python bench/stats_equivalence.py /tmp/before.json          # on the old code
    .venv/bin/python bench/stats_equivalence.py /tmp/after.json --compare /tmp/before.json

With `--compare` it exits 1 when the two files differ, naming the first sections that do.
`--watchlist N` adds N films only on the watchlist, looked up on TMDB, and lists a tenth of the
films too: the file must not change, since the watchlist counts in no statistic.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from child import run_child  # noqa: E402

from tests.e2e.harness import fresh_database  # noqa: E402


def canonical(value: object) -> str:
    """One text per value: key order and date types cannot make two equal results differ."""
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False, indent=1) + "\n"


def compute(out: Path, n_films: int, n_viewings: int, watchlist: int) -> dict:
    """Inside a child process whose DATABASE_URL is a fresh database."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    # Every figure computed, none read back from an earlier run's cache.
    os.environ["CACHE_URL"] = "dummycache://"
    import django

    django.setup()
    from django.core.management import call_command

    from movies.session_stats import session_film_filters, session_stats
    from movies.tests.factories import make_big_session

    call_command("migrate", verbosity=0)
    session = make_big_session(n_films, n_viewings, seed=1, watchlist=watchlist)
    all_time = session_stats(session)
    years = all_time["years"]
    # One year before the diary starts, so the empty-year path is compared too.
    empty_year = min(years) - 1 if years else 1999
    result = {
        "all_time": all_time,
        "years": {str(year): session_stats(session, year) for year in [*years, empty_year]},
        "film_filters": session_film_filters(session),
    }
    out.write_text(canonical(result), encoding="utf-8")
    return {"films": all_time["cards"]["films"], "years": years, "empty_year": empty_year}


def _sections(result: dict) -> dict[str, object]:
    """A result by section ("all_time.cards", "years.2019.genres", "film_filters.genres"…)."""
    flat: dict[str, object] = {}
    for scope, value in result.items():
        groups = value.items() if scope == "years" else [(None, value)]
        for year, stats in groups:
            prefix = scope if year is None else f"{scope}.{year}"
            flat.update({f"{prefix}.{name}": section for name, section in stats.items()})
    return flat


def compare(path: Path, other: Path) -> bool:
    mine, theirs = path.read_bytes(), other.read_bytes()
    if mine == theirs:
        print(f"identical: {path} and {other} ({len(mine):,} bytes)")
        return True
    print(f"DIFFERENT: {path} ({len(mine):,} bytes) and {other} ({len(theirs):,} bytes)")
    a, b = _sections(json.loads(mine)), _sections(json.loads(theirs))
    differing = sorted(name for name in {*a, *b} if a.get(name) != b.get(name))
    for name in differing[:20]:
        print(f"  differs: {name}")
    if len(differing) > 20:
        print(f"  … and {len(differing) - 20} more sections")
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where to write the statistics (JSON)")
    parser.add_argument("--compare", type=Path, metavar="OTHER.json", help="a file to compare to")
    parser.add_argument("--films", type=int, default=10_000)
    parser.add_argument("--viewings", type=int, default=14_000)
    parser.add_argument(
        "--watchlist",
        type=int,
        default=0,
        help="add this many enriched films only on the watchlist: no figure may change",
    )
    parser.add_argument("--engine", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    out = args.out.resolve()

    if args.child:
        print(json.dumps(compute(out, args.films, args.viewings, args.watchlist)))
        return 0

    child_args = [str(out), "--films", str(args.films), "--viewings", str(args.viewings)]
    child_args += ["--watchlist", str(args.watchlist)]
    with fresh_database(args.engine) as url:
        summary = run_child(__file__, child_args, url)
    if summary is None:
        return 2
    print(
        f"{args.engine}: {summary['films']} films; all time, {len(summary['years'])} diary years "
        f"({min(summary['years'], default='-')}–{max(summary['years'], default='-')}) and empty "
        f"year {summary['empty_year']}, film filters -> {out}"
    )
    if args.compare is not None:
        return 0 if compare(out, args.compare.resolve()) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
