"""Matching quality over the fake catalogue: right, wrong and unmatched films, TMDB requests a
film, a calibration table, and how well the check page aims.

Each part runs the real path on a fresh database and an empty TMDB cache: every row of the
catalogue's Letterboxd export becomes a film of one session, `enrichment.lookup.resolve()` matches
it over HTTP against a local fake TMDB (its catalogue faults on, so the searches the catalogue
marks as failing answer their error every time, after the client's retries), the worker writes
the match, and the check page's own query (`needs_checking()`) says what a member would see.

The held-out part (`fake_tmdb/_held_out.py`) runs first and is reported on its own: it is never
used to tune matching, so its figures say whether the matcher generalises. Then the whole
catalogue (tuning part and held-out part together).

    .venv/bin/python bench/matching_bench.py [--part held-out|tuning|all] [--rps 40]

Definitions, per export row:
- right: the expected film or series is linked; for a row TMDB cannot resolve, nothing is
  linked; for a row whose search keeps failing, the film is marked failed.
- wrong: a film or series other than the expected one is linked.
- unmatched: nothing is linked although a film was expected.
- the check page's recall: the share of wrong and unlinked films (not found, failed) it lists;
  its size: how many films it lists, against max(10, 3 × the real problems), the real problems
  being the films the statistics get wrong or lack (wrong, not found, failed, series only).

Floors on the held-out part: at least 99.5 % right, none wrong, at most 2.1 TMDB requests a
film, a recall of 100 % and a size within its bound. Exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIN_RIGHT = 0.995
MAX_WRONG = 0
MAX_REQUESTS_PER_FILM = 2.1
MIN_RECALL = 1.0

# The confidence bands of the calibration table; the check page lists the last two.
BANDS = (
    ("sure, 0.95–1.00", 0.95, 1.01, False),
    ("sure, 0.90–0.95", 0.90, 0.95, False),
    ("doubtful, 0.75–0.90", 0.75, 0.90, True),
)


@dataclass
class Outcome:
    name: str
    year: int | None
    expected: str
    got: str
    confidence: float
    verdict: str  # "right" | "wrong" | "unmatched"
    state: str  # the film's enrichment state after the worker wrote it
    listed: bool = False
    reason: str = ""
    requests: int = 0  # TMDB requests its lookup made, retries included
    part: str = ""


@dataclass
class Report:
    part: str
    outcomes: list[Outcome] = field(default_factory=list)
    requests: int = 0
    seconds: float = 0.0

    def count(self, verdict: str) -> int:
        return sum(o.verdict == verdict for o in self.outcomes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("held-out", "tuning", "all"), default=None)
    parser.add_argument("--rps", type=float, default=40.0, help="TMDB_MAX_RPS for the run")
    parser.add_argument("--verbose", action="store_true", help="list every row not right")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
        os.environ["TMDB_MAX_RPS"] = str(args.rps)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        os.environ.setdefault("LOG_LEVEL", "ERROR")
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        parts = [args.part] if args.part else ["held-out", "all"]
        ok = True
        for part in parts:
            report = run(part, args.rps)
            ok &= show(report, floors=part == "held-out", verbose=args.verbose)
        print("PASS" if ok else "FAIL")
        return 0 if ok else 1


def _expected(row) -> str:
    if row.expect_failed:
        return "failed"
    if row.expected_tmdb_id is None:
        return "none"
    return f"{row.expected_media_type}/{row.expected_tmdb_id}"


def synthetic_rows(count: int) -> list:
    """Export rows of the fake's synthetic films (each the only film of its title)."""
    from fake_tmdb.catalogue import ExportRow, synthetic_film

    films = (synthetic_film(n) for n in range(1, count + 1))
    return [
        ExportRow(f.title, f.year, f.tmdb_id, "movie", f.tmdb_id, "movie", part="synthetic")
        for f in films
    ]


def run(part: str, rps: float, synthetic: int = 0) -> Report:
    """Match the export rows of `part` ("all": both parts), then `synthetic` synthetic films."""
    from enrichment.lookup import resolve
    from enrichment.models import TmdbMovie, TmdbSearchResult
    from enrichment.shared_rate_limit import DatabaseRateLimiter
    from enrichment.tmdb_client import TmdbClient
    from enrichment.worker import write_matches
    from fake_tmdb.catalogue import load
    from fake_tmdb.server import start_in_thread
    from movies.models import Movie
    from sessions_app.models import UploadSession

    TmdbSearchResult.objects.all().delete()
    TmdbMovie.objects.all().delete()
    rows = load().export_rows(None if part == "all" else part) + synthetic_rows(synthetic)
    session = UploadSession.objects.create(
        status=UploadSession.Status.ENRICHING, total_movies=len(rows)
    )
    films = Movie.objects.bulk_create(
        Movie(session=session, name=row.name, year=row.year, letterboxd_uri=f"bench:{i}")
        for i, row in enumerate(rows)
    )

    server, base_url = start_in_thread(
        max_rps=rps, api_key="bench-key", catalogue_faults=True, synthetic=synthetic
    )
    report = Report(part)
    try:
        # Backoff is the client's to wait; the fake answers the same whatever the pause.
        client = TmdbClient(
            "bench-key", base_url, limiter=DatabaseRateLimiter(rps), sleep=lambda s: None
        )
        started = time.perf_counter()
        matches, spent = {}, {}
        for film, row in zip(films, rows, strict=True):
            before = client.requests_made
            matches[film.pk] = resolve(row.name, row.year, client)
            spent[film.pk] = client.requests_made - before
        report.seconds = time.perf_counter() - started
        report.requests = client.requests_made
        seen = server.stats.snapshot()["total_requests"]
        assert seen == client.requests_made, (seen, client.requests_made)
    finally:
        server.stop()

    write_matches(session.pk, matches)
    listed = set(session.films.needs_checking().values_list("pk", flat=True))
    states = dict(session.films.values_list("pk", "enrichment_status"))
    for film, row in zip(films, rows, strict=True):
        match = matches[film.pk]
        linked = f"{match.media_type}/{match.tmdb_id}" if match.confident else ""
        expected = _expected(row)
        if expected == "failed":
            verdict = "right" if match.failure else ("wrong" if linked else "unmatched")
        elif expected == "none":
            verdict = "wrong" if linked else "right"
        elif linked == expected:
            verdict = "right"
        else:
            verdict = "wrong" if linked else "unmatched"
        report.outcomes.append(
            Outcome(
                name=row.name,
                year=row.year,
                expected=expected,
                got=linked or ("failed" if match.failure else "none"),
                confidence=match.confidence if match.confident else 0.0,
                verdict=verdict,
                state=states[film.pk],
                listed=film.pk in listed,
                reason=match.failure or match.reason,
                requests=spent[film.pk],
                part=row.part,
            )
        )
    return report


def show(report: Report, floors: bool, verbose: bool) -> bool:
    outcomes = report.outcomes
    n = len(outcomes)
    right, wrong, unmatched = (report.count(v) for v in ("right", "wrong", "unmatched"))
    per_film = report.requests / n
    title = {"held-out": "HELD-OUT PART (never tuned on)", "all": "WHOLE CATALOGUE"}
    print(f"\n== {title.get(report.part, report.part.upper())}: {n} films ==")
    print(
        f"right {right} ({right / n:.1%}) · wrong {wrong} · unmatched {unmatched}"
        + (f"   [floors: ≥ {MIN_RIGHT:.1%} right, {MAX_WRONG} wrong]" if floors else "")
    )
    print(
        f"TMDB requests: {report.requests}, {per_film:.3f} a film"
        + (f" [floor ≤ {MAX_REQUESTS_PER_FILM}]" if floors else "")
        + f", in {report.seconds:.1f} s"
    )

    print("calibration (films linked, by the confidence of their match):")
    print(f"  {'band':<24}{'films':>7}{'right':>7}{'share':>8}  on the check page")
    for label, low, high, listed in BANDS:
        band = [
            o for o in outcomes if o.got not in ("none", "failed") and low <= o.confidence < high
        ]
        good = sum(o.verdict == "right" for o in band)
        share = f"{good / len(band):.1%}" if band else "–"
        where = "listed" if listed else "not listed"
        print(f"  {label:<24}{len(band):>7}{good:>7}{share:>8}  {where}")
    none = [o for o in outcomes if o.got in ("none", "failed")]
    good = sum(o.verdict == "right" for o in none)
    share = f"{good / len(none):.1%}" if none else "–"
    print(f"  {'no film linked':<24}{len(none):>7}{good:>7}{share:>8}  listed")

    problems = [o for o in outcomes if o.verdict == "wrong" or o.got in ("none", "failed")]
    found = sum(o.listed for o in problems)
    recall = found / len(problems) if problems else 1.0
    real = len(problems) + sum(o.state == "tv" and o.verdict != "wrong" for o in outcomes)
    size = sum(o.listed for o in outcomes)
    bound = max(10, 3 * real)
    sure_listed = sum(o.listed and o.verdict == "right" and o.state == "enriched" for o in outcomes)
    print(
        f"check page: recall {recall:.0%} ({found} of {len(problems)} wrong or unlinked films "
        f"listed); size {size} films (bound max(10, 3 × {real} real problems) = {bound}); "
        f"{sure_listed} of them rightly linked but doubtful"
    )
    missed = [o for o in problems if not o.listed]
    for o in missed:
        print(f"  NOT LISTED: {o.name} ({o.year}) expected {o.expected}, got {o.got}")

    if verbose:
        for o in outcomes:
            if o.verdict != "right":
                print(
                    f"  {o.verdict}: {o.name} ({o.year}) expected {o.expected}, got {o.got} "
                    f"at {o.confidence:.2f}: {o.reason}"
                )

    if report.part == "all" or not floors:
        wrong_unlisted = [o for o in outcomes if o.verdict == "wrong" and not o.listed]
        return not wrong_unlisted and recall >= MIN_RECALL
    met = (
        right / n >= MIN_RIGHT
        and wrong <= MAX_WRONG
        and per_film <= MAX_REQUESTS_PER_FILM
        and recall >= MIN_RECALL
        and size <= bound
    )
    print("floors met on the held-out part" if met else "FLOORS MISSED on the held-out part")
    return met


if __name__ == "__main__":
    sys.exit(main())
