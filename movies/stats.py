"""Every statistic of the dashboard, computed from plain data: no Django, no database.

`compute_stats(films, viewings, year=None)` takes the films and the diary entries as columns
(`Films`, `Viewings`: one list per field) and returns a plain dict of numbers, strings and lists
(JSON-ready, so it can be cached and handed to `json_script`): headline cards, the series behind
each chart (`charts`), the tables beside them, milestones and habits, and, for a year, the year's
own summary.

Why columns: a heavy member has 10,000 films and 100,000 cast credits. Walking them row by row in
Python costs several hundred milliseconds; counting whole columns with `Counter`, `sorted`, `sum`
and `map`, which run in C, costs a fraction of that. The many-valued TMDB fields (genres,
directors, cast, countries, language) come flattened as `Credits`: one entry per (film, value).
`tables_from_rows()` builds the columns from one dataclass per film, for tests and small callers.

A year scopes everything to the diary entries dated in that year: the films are those with at
least one viewing that year, and per-viewing figures (hours, rewatches, months) count only that
year's viewings. All-time figures also count films that were marked watched without a diary
entry, once each.
"""

from __future__ import annotations

import statistics
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from itertools import chain, compress, repeat
from operator import is_not
from typing import Any

RATING_STEPS = [x / 2 for x in range(1, 11)]  # 0.5 … 5.0
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MILESTONES = (50, 100, 250, 500, 1000, 2000, 5000, 10000)
TOP = 10
TOP_PLACES = 12
# A TMDB vote average on fewer votes than this says little; leave such films out of the
# "you versus TMDB" comparison.
MIN_TMDB_VOTES = 50
# Histogram buckets: lower bounds and their labels.
RUNTIME_BOUNDS = [0, 60, 90, 120, 150, 180]
RUNTIME_LABELS = ["< 60", "60–89", "90–119", "120–149", "150–179", "180+"]
POPULARITY_BOUNDS = [0, 1, 5, 10, 25, 50]
POPULARITY_LABELS = ["< 1", "1–5", "5–10", "10–25", "25–50", "50+"]
FILTER_DIRECTORS = 300
DIMENSIONS = ("genres", "directors", "actors", "countries", "languages")

# Names for TMDB's `original_language` codes that a film's own spoken languages may not name.
LANGUAGE_NAMES = {
    "ar": "Arabic",
    "bn": "Bengali",
    "cn": "Cantonese",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "hu": "Hungarian",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "ml": "Malayalam",
    "nl": "Dutch",
    "no": "Norwegian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sv": "Swedish",
    "ta": "Tamil",
    "te": "Telugu",
    "th": "Thai",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "xx": "No language",
    "zh": "Mandarin",
}


@dataclass(slots=True)
class Credits:
    """One many-valued field of the films, flattened: entry j says film `film[j]` (an index
    into `Films`) has the value `key[j]`, called `name[j]`. Keys are names for genres, countries
    and languages, TMDB ids for people (two people can share a name). A None key is skipped."""

    film: list[int] = field(default_factory=list)
    key: list[Any] = field(default_factory=list)
    name: list[str | None] = field(default_factory=list)


@dataclass(slots=True)
class Films:
    """A session's films as columns; index i of every list is the same film. Ordered by id, so
    that ties in top lists come out the same however the films were loaded."""

    id: list[int]
    name: list[str]
    year: list[int | None]
    uri: list[str]
    rating: list[float | None]  # 0.5–5
    liked: list[bool]
    marked_watched_on: list[date | None]
    status: list[str]
    has_tmdb: list[bool]
    runtime: list[int | None]  # minutes
    budget: list[int | None]  # USD
    revenue: list[int | None]  # USD
    popularity: list[float | None]
    vote_average: list[float | None]  # 0–10
    vote_count: list[int | None]
    credits: dict[str, Credits]  # by DIMENSIONS

    def __len__(self) -> int:
        return len(self.id)


@dataclass(slots=True)
class Viewings:
    """A session's diary entries as columns."""

    movie_id: list[int]
    watched_on: list[date | None]
    rewatch: list[bool]
    has_review: list[bool]


@dataclass(slots=True)
class TmdbRow:
    """The TMDB metadata of a film, as the shared cache holds it."""

    tmdb_id: int
    title: str = ""
    genres: list[str] = field(default_factory=list)
    directors: list[dict[str, Any]] = field(default_factory=list)  # [{"id", "name"}]
    # The top-billed cast as two parallel lists (ids and names), which is all the stats read.
    cast_ids: list[int | None] = field(default_factory=list)
    cast_names: list[str | None] = field(default_factory=list)
    runtime: int | None = None  # minutes
    budget: int | None = None  # USD
    revenue: int | None = None  # USD
    popularity: float | None = None
    vote_average: float | None = None  # 0–10
    vote_count: int | None = None
    countries: list[dict[str, str]] = field(default_factory=list)  # [{"code", "name"}]
    languages: list[dict[str, str]] = field(default_factory=list)  # [{"code", "name"}]
    original_language: str = ""


@dataclass(slots=True)
class FilmRow:
    """A film of the session, as the member logged it."""

    id: int
    name: str
    year: int | None = None
    uri: str = ""
    rating: float | None = None  # 0.5–5
    liked: bool = False
    marked_watched_on: date | None = None
    enrichment_status: str = "pending"
    tmdb: TmdbRow | None = None


@dataclass(slots=True)
class ViewingRow:
    """One diary entry."""

    movie_id: int
    watched_on: date | None = None
    rating: float | None = None
    rewatch: bool = False
    has_review: bool = False


def language_name(code: str, languages: Sequence[dict[str, str]]) -> str | None:
    """The name of a film's original language, from its spoken languages when they name it."""
    if not code:
        return None
    for language in languages:
        if language.get("code") == code and language.get("name"):
            return language["name"]
    return LANGUAGE_NAMES.get(code, code.upper())


def flat_credits(values_per_film: Sequence[Sequence[Any]], names_per_film=None) -> Credits:
    """Credits from one list of values per film (and names alike, when they differ)."""
    keys = list(chain.from_iterable(values_per_film))
    films = list(
        chain.from_iterable(map(repeat, range(len(values_per_film)), map(len, values_per_film)))
    )
    names = keys if names_per_film is None else list(chain.from_iterable(names_per_film))
    return Credits(films, keys, names)


def tables_from_rows(
    films: Sequence[FilmRow], viewings: Sequence[ViewingRow]
) -> tuple[Films, Viewings]:
    """The columns of one dataclass per film and per diary entry."""
    tmdbs = [film.tmdb for film in films]

    def column(name: str) -> list:
        return [getattr(t, name) if t is not None else None for t in tmdbs]

    def many(name: str) -> list[list]:
        return [getattr(t, name) if t is not None else [] for t in tmdbs]

    directors = many("directors")
    countries = [[c["name"] for c in cs] for cs in many("countries")]
    languages = [
        [n] if t is not None and (n := language_name(t.original_language, t.languages)) else []
        for t in tmdbs
    ]
    credits = {
        "genres": flat_credits(many("genres")),
        "directors": flat_credits(
            [[d["id"] for d in ds] for ds in directors],
            [[d["name"] for d in ds] for ds in directors],
        ),
        "actors": flat_credits(many("cast_ids"), many("cast_names")),
        "countries": flat_credits(countries),
        "languages": flat_credits(languages),
    }
    table = Films(
        id=[f.id for f in films],
        name=[f.name for f in films],
        year=[f.year for f in films],
        uri=[f.uri for f in films],
        rating=[f.rating for f in films],
        liked=[f.liked for f in films],
        marked_watched_on=[f.marked_watched_on for f in films],
        status=[f.enrichment_status for f in films],
        has_tmdb=[t is not None for t in tmdbs],
        runtime=column("runtime"),
        budget=column("budget"),
        revenue=column("revenue"),
        popularity=column("popularity"),
        vote_average=column("vote_average"),
        vote_count=column("vote_count"),
        credits=credits,
    )
    diary = Viewings(
        movie_id=[v.movie_id for v in viewings],
        watched_on=[v.watched_on for v in viewings],
        rewatch=[v.rewatch for v in viewings],
        has_review=[v.has_review for v in viewings],
    )
    return table, diary


def stats_from_rows(
    films: Sequence[FilmRow], viewings: Sequence[ViewingRow], year: int | None = None
) -> dict[str, Any]:
    return compute_stats(*tables_from_rows(films, viewings), year=year)


def _pick(values: list, indexes: list[int]) -> list:
    return [values[i] for i in indexes]


def _subset(films: Films, keep: list[int]) -> Films:
    """The films at `keep`, their credits renumbered."""
    renumber = {old: new for new, old in enumerate(keep)}
    credits = {}
    for dimension, credit in films.credits.items():
        kept = [j for j, f in enumerate(credit.film) if f in renumber]
        credits[dimension] = Credits(
            [renumber[credit.film[j]] for j in kept],
            _pick(credit.key, kept),
            _pick(credit.name, kept),
        )
    columns = {
        name: _pick(getattr(films, name), keep)
        for name in Films.__dataclass_fields__
        if name != "credits"
    }
    return Films(**columns, credits=credits)


class _Tally:
    """Films and ratings per key of one dimension (a genre, a person, a country…)."""

    def __init__(self, credits: Credits, ratings: list[float | None]) -> None:
        self.keys = credits.key
        self.counts = Counter(credits.key)
        self.counts.pop(None, None)
        self.credit_ratings = list(map(ratings.__getitem__, credits.film))
        # The keys of rated films, selected in C: compress() keeps those whose rating is not None.
        self.rated = Counter(compress(credits.key, map(is_not, self.credit_ratings, repeat(None))))
        self.rated.pop(None, None)
        self.names = dict(zip(credits.key, credits.name, strict=True))

    def __len__(self) -> int:
        return len(self.counts)

    def _sums(self, wanted: set) -> dict[Any, float]:
        sums = dict.fromkeys(wanted, 0.0)
        for key, rating in zip(self.keys, self.credit_ratings, strict=True):
            if rating is not None and key in wanted:
                sums[key] += rating
        return sums

    def _most_watched_keys(self, n: int) -> list:
        counts, names = self.counts, self.names
        if not counts:
            return []
        # Tens of thousands of actors: find the n-th count first, then sort only what reaches it.
        values = sorted(counts.values(), reverse=True)
        floor = values[min(n, len(values)) - 1]
        return sorted(
            (key for key, times in counts.items() if times >= floor),
            key=lambda key: (-counts[key], str(names.get(key) or ""), key),
        )[:n]

    def _rows(self, keys: list, sums: dict[Any, float]) -> list[dict[str, Any]]:
        names, counts, rated = self.names, self.counts, self.rated
        return [
            {
                "id": key,
                "name": names.get(key) or "",
                "count": counts[key],
                "rated": rated.get(key, 0),
                "average": _round(_mean(sums[key], rated.get(key, 0))),
            }
            for key in keys
        ]

    def rankings(self, n: int, min_rated: int) -> tuple[list[dict], list[dict]]:
        """The n most watched keys, and the n highest rated among those rated `min_rated` times."""
        watched = self._most_watched_keys(n)
        rated, names = self.rated, self.names
        eligible = {key for key, times in rated.items() if times >= min_rated}
        sums = self._sums(eligible | set(watched))
        best = sorted(
            eligible,
            key=lambda key: (-sums[key] / rated[key], -rated[key], str(names.get(key) or ""), key),
        )[:n]
        return self._rows(watched, sums), self._rows(best, sums)

    def most_watched(self, n: int) -> list[dict[str, Any]]:
        """The n most watched keys with their counts (no averages: those need the sums)."""
        names, counts = self.names, self.counts
        return [
            {"id": key, "name": names.get(key) or "", "count": counts[key]}
            for key in self._most_watched_keys(n)
        ]


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _mean(total: float, count: int) -> float | None:
    return total / count if count else None


def _histogram(values: Iterable[float], bounds: list[float]) -> list[int]:
    counts = Counter(map(partial(bisect_right, bounds), values))
    return [counts[i] for i in range(1, len(bounds) + 1)]


def _series(labels: Sequence[Any], values: Sequence[Any]) -> dict[str, list]:
    return {"labels": [str(label) for label in labels], "values": list(values)}


def _longest_streak(days: Iterable[date]) -> dict[str, Any] | None:
    ordered = sorted(set(days))
    if not ordered:
        return None
    best_start = best_end = start = previous = ordered[0]
    for day in ordered[1:]:
        if day - previous != timedelta(days=1):
            start = day
        previous = day
        if (day - start) > (best_end - best_start):
            best_start, best_end = start, day
    return {"days": (best_end - best_start).days + 1, "start": best_start, "end": best_end}


def _continuous_months(counts: Counter, year: int | None) -> tuple[list[str], list[int]]:
    if year is not None:
        return [f"{MONTHS[m - 1]}" for m in range(1, 13)], [counts[(year, m)] for m in range(1, 13)]
    if not counts:
        return [], []
    (y, m), last = min(counts), max(counts)
    labels, values = [], []
    while (y, m) <= last:
        labels.append(f"{y}-{m:02d}")
        values.append(counts[(y, m)])
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return labels, values


def _continuous(counts: Counter, step: int = 1) -> tuple[list[int], list[int]]:
    if not counts:
        return [], []
    keys = list(range(min(counts), max(counts) + 1, step))
    return keys, [counts[k] for k in keys]


def compute_stats(films: Films, viewings: Viewings, year: int | None = None) -> dict[str, Any]:
    """All the dashboard's statistics, for every film or for the diary entries of one year."""
    # --- The diary. ---------------------------------------------------------------------------
    dated = [(m, d) for m, d in zip(viewings.movie_id, viewings.watched_on, strict=True) if d]
    per_year = Counter([d.year for _, d in dated])
    in_order = sorted(dated)
    # A dict keeps the last value given for a key: fed in reverse, each film's first date.
    first_seen = dict(reversed(in_order))
    if year is None:
        scoped_ids, rewatch, review = viewings.movie_id, viewings.rewatch, viewings.has_review
        scoped_dated = dated
    else:
        keep = [i for i, d in enumerate(viewings.watched_on) if d and d.year == year]
        scoped_ids = _pick(viewings.movie_id, keep)
        rewatch, review = _pick(viewings.rewatch, keep), _pick(viewings.has_review, keep)
        scoped_dated = [(m, d) for m, d in dated if d.year == year]
    diary_entries, rewatches, reviews = len(scoped_ids), sum(rewatch), sum(review)
    seen = Counter(scoped_ids)
    days = [d for _, d in scoped_dated]
    by_day = Counter(days)
    by_month = Counter([(d.year, d.month) for d in days])
    weekday_counts = Counter([d.weekday() for d in days])
    by_weekday = [weekday_counts[i] for i in range(7)]
    if year is not None:
        in_order = sorted(scoped_dated)
    first_in_scope = dict(reversed(in_order))
    last_in_scope = dict(in_order)

    # --- The films. ---------------------------------------------------------------------------
    if year is not None:
        films = _subset(films, [i for i, movie_id in enumerate(films.id) if movie_id in seen])
    n = len(films)
    ids, names, rating = films.id, films.name, films.rating

    def ref(i: int) -> dict[str, Any]:
        return {"id": ids[i], "name": names[i], "year": films.year[i], "uri": films.uri[i]}

    def label(i: int) -> str:
        return f"{names[i]} ({films.year[i]})" if films.year[i] else names[i]

    def ref_with(i: int, **extra: Any) -> dict[str, Any]:
        return {**ref(i), **extra}

    rated_values = [r for r in rating if r is not None]
    rated = len(rated_values)
    ratings = Counter(rated_values)
    release_years = Counter([y for y in films.year if y])
    watches = list(map(seen.get, ids))  # None: no diary entry in scope
    firsts = list(map(first_in_scope.get, ids))
    lasts = list(map(last_in_scope.get, ids))
    if year is None:
        # A film marked watched without a diary entry still has its watched date.
        marked = films.marked_watched_on
        firsts = [f or m for f, m in zip(firsts, marked, strict=True)]
        lasts = [last or m for last, m in zip(lasts, marked, strict=True)]
    chronology = sorted((d, ids[i], i) for i, d in enumerate(firsts) if d)
    latest = max(((d, ids[i], i) for i, d in enumerate(lasts) if d), default=None)
    rewatched = sorted((-w, names[i], i) for i, w in enumerate(watches) if w and w > 1)[:TOP]

    # TMDB's single-valued fields: sorted (value, index) lists give every top list at once. Ties
    # fall to the films' order, which is why callers pass them ordered by id.
    minutes = sum([r * (w or 1) for r, w in zip(films.runtime, watches, strict=True) if r])
    runtimes = sorted((r, i) for i, r in enumerate(films.runtime) if r)
    budgets = sorted(((b, i) for i, b in enumerate(films.budget) if b), reverse=True)
    revenues = sorted(((v, i) for i, v in enumerate(films.revenue) if v), reverse=True)
    popularity = sorted((p, i) for i, p in enumerate(films.popularity) if p)
    differences = sorted(
        (r * 2 - va, i)
        for i, (r, va, votes) in enumerate(
            zip(rating, films.vote_average, films.vote_count, strict=True)
        )
        if r is not None and va and (votes or 0) >= MIN_TMDB_VOTES
    )
    above = [d for d in differences[: -TOP - 1 : -1] if d[0] > 0]
    below = [d for d in differences[:TOP] if d[0] < 0]
    runtime_buckets = _histogram([r for r, _ in runtimes], RUNTIME_BOUNDS)
    popularity_buckets = _histogram([p for p, _ in popularity], POPULARITY_BOUNDS)

    # --- Genres, people, countries, languages. ------------------------------------------------
    tallies = {dimension: _Tally(films.credits[dimension], rating) for dimension in DIMENSIONS}
    min_genre = 3
    min_person = 3 if rated >= 200 else 2
    genres_watched, genres_rated = tallies["genres"].rankings(TOP_PLACES, min_genre)
    directors_watched, directors_rated = tallies["directors"].rankings(TOP, min_person)
    actors_watched, actors_rated = tallies["actors"].rankings(TOP, min_person)
    countries_watched = tallies["countries"].rankings(TOP_PLACES, min_genre)[0]
    languages_watched = tallies["languages"].rankings(TOP_PLACES, min_genre)[0]

    release_labels, release_values = _continuous(release_years)
    decade_counts: Counter[int] = Counter()
    for release_year, times in release_years.items():
        decade_counts[release_year // 10 * 10] += times
    decade_labels, decade_values = _continuous(decade_counts, step=10)
    month_labels, month_values = _continuous_months(by_month, year)
    versus = [*above, *reversed(below)]

    def people_series(rows: list[dict], value: str) -> dict[str, list]:
        return _series([row["name"] for row in rows], [row[value] for row in rows])

    charts = {
        "ratings": _series([f"{r:g}" for r in RATING_STEPS], [ratings[r] for r in RATING_STEPS]),
        "release_years": _series(release_labels, release_values),
        "decades": _series([f"{d}s" for d in decade_labels], decade_values),
        "months": _series(month_labels, month_values),
        "weekdays": _series(WEEKDAYS, by_weekday),
        "genres_watched": people_series(genres_watched, "count"),
        "genres_rated": people_series(genres_rated, "average"),
        "directors_watched": people_series(directors_watched, "count"),
        "directors_rated": people_series(directors_rated, "average"),
        "actors_watched": people_series(actors_watched, "count"),
        "actors_rated": people_series(actors_rated, "average"),
        "countries": people_series(countries_watched, "count"),
        "languages": people_series(languages_watched, "count"),
        "rating_vs_tmdb": _series(
            [label(i) for _, i in versus], [round(d / 2, 2) for d, _ in versus]
        ),
        "runtimes": _series(RUNTIME_LABELS, runtime_buckets),
        "box_office": {
            "labels": [label(i) for _, i in revenues[:TOP]],
            "values": [v for v, _ in revenues[:TOP]],
            "budgets": [films.budget[i] or 0 for _, i in revenues[:TOP]],
        },
        "popularity": _series(POPULARITY_LABELS, popularity_buckets),
    }

    def versus_row(d: tuple[float, int]) -> dict[str, Any]:
        i = d[1]
        return ref_with(
            i,
            rating=rating[i],
            tmdb=round(films.vote_average[i] / 2, 2),
            difference=round(d[0] / 2, 2),
        )

    years = sorted(per_year, reverse=True)
    result: dict[str, Any] = {
        "year": year,
        "years": years,
        "viewings_per_year": [{"year": y, "count": per_year[y]} for y in years],
        "cards": {
            "films": n,
            "hours": round(minutes / 60),
            "diary_entries": diary_entries,
            "rewatches": rewatches,
            "reviews": reviews,
            "likes": sum(films.liked),
            "rated": rated,
            "average_rating": _round(_mean(sum(rated_values), rated)),
            "directors": len(tallies["directors"]),
            "countries": len(tallies["countries"]),
            "languages": len(tallies["languages"]),
        },
        "coverage": {
            "films": n,
            "with_tmdb": sum(films.has_tmdb),
            "statuses": dict(Counter(films.status)),
        },
        "min_rated": {"genres": min_genre, "people": min_person},
        "genres": {"watched": genres_watched, "rated": genres_rated},
        "directors": {"watched": directors_watched, "rated": directors_rated},
        "actors": {"watched": actors_watched, "rated": actors_rated},
        "countries": countries_watched,
        "languages": languages_watched,
        "ratings": [{"rating": r, "count": ratings[r]} for r in RATING_STEPS],
        "release_years": [
            {"year": y, "count": c}
            for y, c in zip(release_labels, release_values, strict=True)
            if c
        ],
        "decades": [
            {"decade": d, "count": c} for d, c in zip(decade_labels, decade_values, strict=True)
        ],
        "months": [
            {"month": m, "count": c} for m, c in zip(month_labels, month_values, strict=True) if c
        ],
        "weekdays": [{"day": d, "count": c} for d, c in zip(WEEKDAYS, by_weekday, strict=True)],
        "rating_vs_tmdb": {
            "above": [versus_row(d) for d in above],
            "below": [versus_row(d) for d in below],
            "compared": len(differences),
            "mean_difference": _round(
                statistics.fmean(d for d, _ in differences) / 2 if differences else None
            ),
            "min_votes": MIN_TMDB_VOTES,
        },
        "runtime": {
            "films": len(runtimes),
            "minutes": minutes,
            "average": _round(statistics.fmean(r for r, _ in runtimes) if runtimes else None, 0),
            "longest": [ref_with(i, runtime=r) for r, i in runtimes[:-6:-1]],
            "shortest": [ref_with(i, runtime=r) for r, i in runtimes[:5]],
            "buckets": [
                {"label": lab, "count": c}
                for lab, c in zip(RUNTIME_LABELS, runtime_buckets, strict=True)
            ],
        },
        "money": {
            "budget_total": sum(b for b, _ in budgets),
            "budget_films": len(budgets),
            "revenue_total": sum(v for v, _ in revenues),
            "revenue_films": len(revenues),
            "box_office": [
                ref_with(i, revenue=v, budget=films.budget[i]) for v, i in revenues[:TOP]
            ],
            "biggest_budgets": [ref_with(i, budget=b) for b, i in budgets[:TOP]],
        },
        "obscurity": {
            "films": len(popularity),
            "median": _round(
                statistics.median([p for p, _ in popularity]) if popularity else None, 1
            ),
            "most_popular": [
                ref_with(i, popularity=round(p, 1)) for p, i in popularity[: -TOP - 1 : -1]
            ],
            "least_popular": [ref_with(i, popularity=round(p, 1)) for p, i in popularity[:TOP]],
            "buckets": [
                {"label": lab, "count": c}
                for lab, c in zip(POPULARITY_LABELS, popularity_buckets, strict=True)
            ],
        },
        "milestones": _milestones(chronology, latest, by_day, by_month, rewatched, ref),
        "charts": charts,
    }
    if year is None:
        result["filters"] = {
            "genres": sorted(tallies["genres"].counts),
            "directors": tallies["directors"].most_watched(FILTER_DIRECTORS),
        }
    else:
        result["summary"] = _year_summary(year, result, first_seen, seen, per_year)
    return result


def _milestones(
    chronology: list[tuple[date, int, int]],
    latest: tuple[date, int, int] | None,
    by_day: Counter[date],
    by_month: Counter[tuple[int, int]],
    rewatched: list[tuple[int, str, int]],
    ref,
) -> dict[str, Any]:
    """First and latest film, the n-th films (by first date), streaks and busiest times."""
    nth = [
        {"n": n, "film": ref(chronology[n - 1][2]), "date": chronology[n - 1][0]}
        for n in MILESTONES
        if n <= len(chronology)
    ]
    first = chronology[0] if chronology else None
    busiest_day = min(by_day.items(), key=lambda kv: (-kv[1], kv[0])) if by_day else None
    busiest_month = min(by_month.items(), key=lambda kv: (-kv[1], kv[0])) if by_month else None
    return {
        "first": {"film": ref(first[2]), "date": first[0]} if first else None,
        "latest": {"film": ref(latest[2]), "date": latest[0]} if latest else None,
        "nth": nth,
        "longest_streak": _longest_streak(by_day),
        "busiest_day": {"date": busiest_day[0], "count": busiest_day[1]} if busiest_day else None,
        "busiest_month": (
            {
                "year": busiest_month[0][0],
                "month": busiest_month[0][1],
                "label": f"{MONTHS[busiest_month[0][1] - 1]} {busiest_month[0][0]}",
                "count": busiest_month[1],
            }
            if busiest_month
            else None
        ),
        "most_rewatched": [{**ref(i), "count": -w} for w, _, i in rewatched],
    }


def _year_summary(
    year: int,
    result: dict[str, Any],
    first_seen: dict[int, date],
    seen_in_scope: dict[int, int],
    per_year: Counter[int],
) -> dict[str, Any]:
    new_films = sum(
        1 for movie_id in seen_in_scope if first_seen.get(movie_id, date.max).year == year
    )
    cards = result["cards"]
    top_genre = result["genres"]["watched"][0] if result["genres"]["watched"] else None
    top_director = result["directors"]["watched"][0] if result["directors"]["watched"] else None
    weekdays = result["charts"]["weekdays"]["values"]
    favourite_day = WEEKDAY_NAMES[weekdays.index(max(weekdays))] if any(weekdays) else None
    previous = per_year.get(year - 1, 0)
    return {
        "year": year,
        "films": cards["films"],
        "new_films": new_films,
        "diary_entries": cards["diary_entries"],
        "rewatches": cards["rewatches"],
        "hours": cards["hours"],
        "average_rating": cards["average_rating"],
        "top_genre": top_genre["name"] if top_genre else None,
        "top_director": top_director["name"] if top_director else None,
        "favourite_weekday": favourite_day,
        "busiest_month": result["milestones"]["busiest_month"],
        "previous_year_entries": previous,
        "change_from_previous": cards["diary_entries"] - previous if previous else None,
        "change_size": abs(cards["diary_entries"] - previous),
    }
