"""Watch-next benchmark: does the taste model predict held-out ratings better than "your average"?

For a member's rated films with TMDB data, it holds out 20 % of them (several random splits),
fits `movies.watch_next.TasteModel` on the rest, predicts the held-out ratings and prints the
mean absolute error and root mean square error of the model and of the naive baseline (the
member's average rating over the films it was fitted on). Exits 1 when the model does not beat
the baseline on both.

By default it runs on a synthetic export with planted taste (directors, actors, genres, decades
and countries the member likes or not, plus noise, rounded to half stars). With `--ratings
FILE.csv` (a real Letterboxd ratings.csv or diary.csv) it uses the member's rated films the
fake TMDB catalogue knows (`fake_tmdb/`), matched by title and year, as their TMDB data:

    .venv/bin/python bench/watch_next_bench.py [--splits 10] [--ratings path/to/ratings.csv ...]
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from movies.watch_next import MIN_RATED, Features, TasteModel  # noqa: E402

HOLD_OUT = 0.2
GENRES = [
    "Drama",
    "Comedy",
    "Thriller",
    "Horror",
    "Romance",
    "Action",
    "Animation",
    "Documentary",
    "Crime",
    "Science Fiction",
    "Fantasy",
    "Mystery",
    "War",
    "Western",
]
COUNTRIES = [
    "United States of America",
    "United Kingdom",
    "France",
    "Japan",
    "South Korea",
    "Germany",
    "Italy",
    "India",
    "Sweden",
    "Mexico",
]


def synthetic_member(n_films: int, seed: int) -> list[tuple[Features, float]]:
    """A member with planted taste: each director, actor, genre, decade and country has a
    hidden liking; a film's rating is their sum around the member's mean, plus noise, rounded
    to half stars. People recur as in a real history (a skewed draw over a large pool)."""
    rng = random.Random(seed)
    directors = [(10_000 + i, f"Director {i}") for i in range(n_films // 3)]
    actors = [(20_000 + i, f"Actor {i}") for i in range(n_films * 2)]
    liking = {
        "directors": {d: rng.gauss(0, 0.6) for d, _ in directors},
        "actors": {a: rng.gauss(0, 0.25) for a, _ in actors},
        "genres": {g: rng.gauss(0, 0.35) for g in GENRES},
        "decade": {d: rng.gauss(0, 0.25) for d in range(1920, 2030, 10)},
        "countries": {c: rng.gauss(0, 0.3) for c in COUNTRIES},
    }

    def skewed(pool: list) -> tuple[int, str]:
        return pool[int(len(pool) * rng.random() ** 2.2)]

    member_mean = 3.3
    films = []
    for _ in range(n_films):
        cast: dict[int, str] = {}
        while len(cast) < 8:
            person = skewed(actors)
            cast[person[0]] = person[1]
        features = Features(
            directors=(skewed(directors),),
            actors=tuple(cast.items()),
            genres=tuple(rng.sample(GENRES, rng.randint(1, 3))),
            countries=(rng.choice(COUNTRIES),),
            decade=rng.randrange(1920, 2030, 10),
        )
        taste = sum(
            sum(liking[group].get(key, 0.0) for key in keys) / len(keys)
            for group in liking
            if (keys := features.keys(group))
        )
        true = member_mean + taste + rng.gauss(0, 0.55)
        films.append((features, min(5.0, max(0.5, round(true * 2) / 2))))
    return films


def member_from_export(path: Path) -> tuple[list[tuple[Features, float]], int]:
    """A real member's rated films the fake catalogue knows, with its TMDB data; and how many
    rated films the file had."""
    from fake_tmdb.catalogue import load

    catalogue = load()
    by_title: dict[tuple[str, int], object] = {}
    for film in catalogue.films:
        for name, year in ((film.title, film.year), (film.letterboxd_name, film.letterboxd_year)):
            if name and year:
                by_title.setdefault((name.casefold(), year), film)
    latest: dict[tuple[str, int], float] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            rating, year = (row.get("Rating") or "").strip(), (row.get("Year") or "").strip()
            if not rating or not year.isdigit():
                continue
            latest[(row["Name"].strip().casefold(), int(year))] = float(rating)
    rated = []
    for key, rating in latest.items():
        film = by_title.get(key)
        if film is None:
            continue
        rated.append(
            (
                Features(
                    directors=tuple((p.id, p.name) for p in film.directors),
                    actors=tuple((c.person.id, c.person.name) for c in film.cast),
                    genres=tuple(film.genres),
                    countries=tuple(film.countries),
                    decade=film.year // 10 * 10 if film.year else None,
                ),
                rating,
            )
        )
    return rated, len(latest)


def errors(truth: Sequence[float], guess: Sequence[float]) -> tuple[float, float]:
    diffs = [g - t for t, g in zip(truth, guess, strict=True)]
    mae = sum(abs(d) for d in diffs) / len(diffs)
    rmse = math.sqrt(sum(d * d for d in diffs) / len(diffs))
    return mae, rmse


def evaluate(rated: list[tuple[Features, float]], splits: int, seed: int) -> dict[str, float]:
    """Mean MAE and RMSE of the model and of the average over `splits` random 80/20 splits."""
    model_mae, model_rmse, base_mae, base_rmse, fit_s = [], [], [], [], []
    for split in range(splits):
        order = list(range(len(rated)))
        random.Random(seed * 1000 + split).shuffle(order)
        cut = max(1, round(len(order) * HOLD_OUT))
        held, kept = [rated[i] for i in order[:cut]], [rated[i] for i in order[cut:]]
        started = time.perf_counter()
        model = TasteModel.fit(kept)
        fit_s.append(time.perf_counter() - started)
        truth = [rating for _, rating in held]
        mae, rmse = errors(truth, [model.predict(features).rating for features, _ in held])
        model_mae.append(mae)
        model_rmse.append(rmse)
        mae, rmse = errors(truth, [model.average] * len(held))
        base_mae.append(mae)
        base_rmse.append(rmse)
    return {
        "model_mae": statistics.mean(model_mae),
        "model_rmse": statistics.mean(model_rmse),
        "base_mae": statistics.mean(base_mae),
        "base_rmse": statistics.mean(base_rmse),
        "model_beats_in": sum(m < b for m, b in zip(model_mae, base_mae, strict=True)),
        "fit_ms": statistics.median(fit_s) * 1000,
    }


def report(label: str, rated: list, result: dict[str, float], splits: int) -> bool:
    beats = result["model_mae"] < result["base_mae"] and result["model_rmse"] < result["base_rmse"]
    print(
        f"{label}: {len(rated)} rated films, {splits} splits holding out {HOLD_OUT:.0%}"
        f" (fit in {result['fit_ms']:.0f} ms)\n"
        f"  model   MAE {result['model_mae']:.3f}  RMSE {result['model_rmse']:.3f}\n"
        f"  average MAE {result['base_mae']:.3f}  RMSE {result['base_rmse']:.3f}\n"
        f"  model better by {1 - result['model_mae'] / result['base_mae']:.1%} (MAE),"
        f" {1 - result['model_rmse'] / result['base_rmse']:.1%} (RMSE); lower MAE in"
        f" {result['model_beats_in']} of {splits} splits -> {'beats' if beats else 'DOES NOT beat'}"
        " the baseline"
    )
    return beats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", type=int, default=10)
    parser.add_argument(
        "--films", type=int, default=800, help="rated films of the synthetic member"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--ratings", type=Path, nargs="*", default=[], help="real exports' CSVs")
    args = parser.parse_args()

    ok = True
    if not args.ratings:
        for n in (args.films, args.films // 4):
            rated = synthetic_member(n, args.seed)
            ok &= report(
                f"synthetic member ({n} films)",
                rated,
                evaluate(rated, args.splits, args.seed),
                args.splits,
            )
    for path in args.ratings:
        rated, total = member_from_export(path)
        label = f"{path.parent.name}/{path.name} ({total} rated, {len(rated)} in the catalogue)"
        if len(rated) < 2 * 4:
            print(f"{label}: too few to hold any out; skipped")
            continue
        beats = report(label, rated, evaluate(rated, args.splits, args.seed), args.splits)
        if len(rated) < MIN_RATED:
            # The app ranks nothing for such a member; the figures are shown, not judged.
            print(f"  (fewer than the {MIN_RATED} rated films the app needs before it ranks)")
        else:
            ok &= beats
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
