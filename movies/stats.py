"""Every statistic of the dashboard, computed from plain data: no Django, no database.

`compute_stats(films, viewings, year=None)` takes the films and the diary entries as columns
(`Films`, `Viewings`: one list per field) and returns a plain dict of numbers, strings and lists
(JSON-ready, so it can be cached and handed to `json_script`): headline cards, the series behind
each chart (`charts`), the tables beside them, milestones and habits, and, for a year, the year's
own summary.

Why columns: a heavy member has 10,000 films and 100,000 cast credits. Walking them row by row in
Python costs several hundred milliseconds; counting whole columns with `Counter`, `sorted`, `sum`
and `map`, which run in C, costs a fraction of that. The many-valued TMDB fields (genres,
directors, cast, countries, language) come as `Credits`: each film's keys in that dimension
(`movies.facets`), people by TMDB id. People are named last, and only those shown, through
`Films.people_names`. (The tests build the columns from one dataclass per film:
`movies/tests/stats_rows.py`.)

A year scopes everything to the diary entries dated in that year: the films are those with at
least one viewing that year, and per-viewing figures (hours, rewatches, months) count only that
year's viewings. All-time figures also count films that were marked watched without a diary
entry, once each.
"""

from __future__ import annotations

import heapq
import statistics
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from itertools import chain, compress, repeat
from operator import is_not, itemgetter, not_
from typing import Any

from movies.facets import DIMENSIONS, PEOPLE

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


@dataclass(slots=True)
class Credits:
    """One many-valued field of the films: `keys[i]` lists what film i counts under. Keys are
    names for genres, countries and languages, and TMDB ids for people (two people can share a
    name): see `Films.people_names`."""

    keys: list[list[Any]] = field(default_factory=list)


# Names for a few people by dimension: {"actors": {ids}} -> {"actors": {id: name}}.
PeopleNames = Callable[[Mapping[str, Collection[int]]], Mapping[str, Mapping[int, str]]]


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
    # 100,000 cast credits need their ids counted, but only the few people the charts show need
    # a name: asked for once, at the end, for them alone.
    people_names: PeopleNames | None = None

    def __len__(self) -> int:
        return len(self.id)


@dataclass(slots=True)
class Viewings:
    """A session's diary entries as columns."""

    movie_id: list[int]
    watched_on: list[date | None]
    rewatch: list[bool]
    has_review: list[bool]


def _pick(values: list, indexes: list[int]) -> list:
    return [values[i] for i in indexes]


def _subset(films: Films, keep: list[int]) -> Films:
    """The films at `keep`."""
    columns = {
        name: _pick(getattr(films, name), keep)
        for name in Films.__dataclass_fields__
        if name not in ("credits", "people_names")
    }
    credits = {
        dimension: Credits(_pick(credit.keys, keep)) for dimension, credit in films.credits.items()
    }
    return Films(**columns, credits=credits, people_names=films.people_names)


class _Tally:
    """Films and ratings per key of one dimension (a genre, a person, a country…).

    Ties go to the key with more rated films, then to the lower key (a name, or a TMDB id for
    people): a fixed order that needs no names, so only the winners' names are ever looked up.
    Rows of people leave "name" None until `_name_people` fills it in.
    """

    def __init__(
        self,
        credits: Credits,
        ratings: list[float | None],
        is_rated: list[bool],
        keys_are_names: bool = True,
    ) -> None:
        self.keys_are_names = keys_are_names
        # The keys of the rated films, and each one's rating alongside, all built in C.
        rated_films = list(compress(credits.keys, is_rated))
        self.rated_keys = list(chain.from_iterable(rated_films))
        self.rated_values = list(
            chain.from_iterable(map(repeat, compress(ratings, is_rated), map(len, rated_films)))
        )
        self.rated = Counter(self.rated_keys)
        self.rated.pop(None, None)
        # Every film's keys: the rated ones already counted, plus the unrated films'.
        self.counts = self.rated.copy()
        self.counts.update(chain.from_iterable(compress(credits.keys, map(not_, is_rated))))
        self.counts.pop(None, None)

    def __len__(self) -> int:
        return len(self.counts)

    def _sums(self, wanted: set) -> dict[Any, float]:
        sums = dict.fromkeys(wanted, 0.0)
        for key, rating in zip(self.rated_keys, self.rated_values, strict=True):
            if key in sums:
                sums[key] += rating
        return sums

    def _most_watched_keys(self, n: int) -> list:
        counts, rated = self.counts, self.rated
        if not counts:
            return []
        # Tens of thousands of actors: find the n-th count first, then sort only what reaches it.
        floor = heapq.nlargest(n, counts.values())[-1]
        return sorted(
            (key for key, times in counts.items() if times >= floor),
            key=lambda key: (-counts[key], -rated[key], key),
        )[:n]

    def _rows(self, keys: list, sums: dict[Any, float]) -> list[dict[str, Any]]:
        counts, rated, named = self.counts, self.rated, self.keys_are_names
        return [
            {
                "id": key,
                "name": key if named else None,
                "count": counts[key],
                "rated": rated[key],
                "average": _round(_mean(sums[key], rated[key])),
            }
            for key in keys
        ]

    def rankings(self, n: int, min_rated: int) -> tuple[list[dict], list[dict]]:
        """The n most watched keys, and the n highest rated among those rated `min_rated` times."""
        watched = self._most_watched_keys(n)
        rated = self.rated
        eligible = [key for key, times in rated.items() if times >= min_rated]
        sums = self._sums({*eligible, *watched})
        best = heapq.nsmallest(
            n, eligible, key=lambda key: (-sums[key] / rated[key], -rated[key], key)
        )
        return self._rows(watched, sums), self._rows(best, sums)

    def most_watched(self, n: int) -> list[dict[str, Any]]:
        """The n most watched keys with their counts (no averages: those need the sums)."""
        named, counts = self.keys_are_names, self.counts
        return [
            {"id": key, "name": key if named else None, "count": counts[key]}
            for key in self._most_watched_keys(n)
        ]


def _name_people(people_names: PeopleNames | None, rows: Mapping[str, list[dict]]) -> None:
    """Fill in the names of the people in `rows` (by dimension), asking for them all at once."""
    wanted = {dimension: {row["id"] for row in group} for dimension, group in rows.items()}
    names = people_names(wanted) if people_names is not None else {}
    for dimension, group in rows.items():
        known = names.get(dimension, {})
        for row in group:
            row["name"] = known.get(row["id"]) or ""


def _top(n: int, values: list, smallest: bool = False) -> list[int]:
    """The indexes of the n largest (or smallest) values, leaving out None and 0 (TMDB's
    "unknown"); ties go to the lower index, which is the lower id (films come ordered by id)."""
    pick = heapq.nsmallest if smallest else heapq.nlargest
    # compress() keeps the indexes of the values that are set, in C.
    return pick(n, compress(range(len(values)), values), key=values.__getitem__)


_first = itemgetter(0)
_second = itemgetter(1)


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
    # Per-day counts first (in C); years, months and weekdays then come from a few thousand
    # distinct days instead of every entry.
    every_day = Counter(viewings.watched_on)
    every_day.pop(None, None)
    per_year: Counter[int] = Counter()
    for day, times in every_day.items():
        per_year[day.year] += times
    dated = [(m, d) for m, d in zip(viewings.movie_id, viewings.watched_on, strict=True) if d]
    in_order = sorted(dated, key=_second)
    # A dict keeps the last value given for a key: fed in reverse, each film's first date.
    first_seen = dict(reversed(in_order))
    if year is None:
        scoped_ids, rewatch, review = viewings.movie_id, viewings.rewatch, viewings.has_review
        by_day = every_day
    else:
        keep = [i for i, d in enumerate(viewings.watched_on) if d and d.year == year]
        scoped_ids = _pick(viewings.movie_id, keep)
        rewatch, review = _pick(viewings.rewatch, keep), _pick(viewings.has_review, keep)
        by_day = Counter({day: times for day, times in every_day.items() if day.year == year})
        in_order = [(m, d) for m, d in in_order if d.year == year]
    diary_entries, rewatches, reviews = len(scoped_ids), sum(rewatch), sum(review)
    seen = Counter(scoped_ids)
    by_month: Counter[tuple[int, int]] = Counter()
    by_weekday = [0] * 7
    for day, times in by_day.items():
        by_month[(day.year, day.month)] += times
        by_weekday[day.weekday()] += times
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
    # (date, index) pairs: the films come ordered by id, so ties fall to the lower id.
    chronology = sorted((d, i) for i, d in enumerate(firsts) if d)
    latest = max(((d, i) for i, d in enumerate(lasts) if d), default=None)
    rewatched = sorted((-w, names[i], i) for i, w in enumerate(watches) if w and w > 1)[:TOP]

    # TMDB's single-valued fields.
    minutes = sum([r * (w or 1) for r, w in zip(films.runtime, watches, strict=True) if r])
    runtime_values = list(filter(None, films.runtime))
    longest, shortest = _top(5, films.runtime), _top(5, films.runtime, smallest=True)
    budget_values = list(filter(None, films.budget))
    biggest_budgets = _top(TOP, films.budget)
    revenue_values = list(filter(None, films.revenue))
    box_office = _top(TOP, films.revenue)
    popularity_values = list(filter(None, films.popularity))
    most_popular = _top(TOP, films.popularity)
    least_popular = _top(TOP, films.popularity, smallest=True)
    differences = [
        (r * 2 - va, i)
        for i, (r, va, votes) in enumerate(
            zip(rating, films.vote_average, films.vote_count, strict=True)
        )
        if r is not None and va and (votes or 0) >= MIN_TMDB_VOTES
    ]
    above = [d for d in heapq.nlargest(TOP, differences, key=_first) if d[0] > 0]
    below = [d for d in heapq.nsmallest(TOP, differences, key=_first) if d[0] < 0]
    runtime_buckets = _histogram(runtime_values, RUNTIME_BOUNDS)
    popularity_buckets = _histogram(popularity_values, POPULARITY_BOUNDS)

    # --- Genres, people, countries, languages. ------------------------------------------------
    is_rated = list(map(is_not, rating, repeat(None)))
    tallies = {
        dimension: _Tally(films.credits[dimension], rating, is_rated, dimension not in PEOPLE)
        for dimension in DIMENSIONS
    }
    min_genre = 3
    min_person = 3 if rated >= 200 else 2
    genres_watched, genres_rated = tallies["genres"].rankings(TOP_PLACES, min_genre)
    directors_watched, directors_rated = tallies["directors"].rankings(TOP, min_person)
    actors_watched, actors_rated = tallies["actors"].rankings(TOP, min_person)
    countries_watched = tallies["countries"].rankings(TOP_PLACES, min_genre)[0]
    languages_watched = tallies["languages"].rankings(TOP_PLACES, min_genre)[0]
    _name_people(
        films.people_names,
        {
            "directors": [*directors_watched, *directors_rated],
            "actors": [*actors_watched, *actors_rated],
        },
    )

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
            "labels": [label(i) for i in box_office],
            "values": [films.revenue[i] for i in box_office],
            "budgets": [films.budget[i] or 0 for i in box_office],
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
            "mean_difference": _round(_mean(sum(map(_first, differences)), len(differences) * 2)),
            "min_votes": MIN_TMDB_VOTES,
        },
        "runtime": {
            "films": len(runtime_values),
            "minutes": minutes,
            "average": _round(_mean(sum(runtime_values), len(runtime_values)), 0),
            "longest": [ref_with(i, runtime=films.runtime[i]) for i in longest],
            "shortest": [ref_with(i, runtime=films.runtime[i]) for i in shortest],
            "buckets": [
                {"label": lab, "count": c}
                for lab, c in zip(RUNTIME_LABELS, runtime_buckets, strict=True)
            ],
        },
        "money": {
            "budget_total": sum(budget_values),
            "budget_films": len(budget_values),
            "revenue_total": sum(revenue_values),
            "revenue_films": len(revenue_values),
            "box_office": [
                ref_with(i, revenue=films.revenue[i], budget=films.budget[i]) for i in box_office
            ],
            "biggest_budgets": [ref_with(i, budget=films.budget[i]) for i in biggest_budgets],
        },
        "obscurity": {
            "films": len(popularity_values),
            "median": _round(
                statistics.median(popularity_values) if popularity_values else None, 1
            ),
            "most_popular": [
                ref_with(i, popularity=round(films.popularity[i], 1)) for i in most_popular
            ],
            "least_popular": [
                ref_with(i, popularity=round(films.popularity[i], 1)) for i in least_popular
            ],
            "buckets": [
                {"label": lab, "count": c}
                for lab, c in zip(POPULARITY_LABELS, popularity_buckets, strict=True)
            ],
        },
        "milestones": _milestones(chronology, latest, by_day, by_month, rewatched, ref),
        "charts": charts,
    }
    if year is not None:
        result["summary"] = _year_summary(year, result, first_seen, seen, per_year)
    return result


def film_filters(films: Films) -> dict[str, Any]:
    """The choices of the films table's filters: every genre and decade, and the most watched
    directors (a session can have thousands)."""
    is_rated = list(map(is_not, films.rating, repeat(None)))
    credits = films.credits["directors"]
    directors = _Tally(credits, films.rating, is_rated, False).most_watched(FILTER_DIRECTORS)
    _name_people(films.people_names, {"directors": directors})
    return {
        "genres": sorted(set(chain.from_iterable(films.credits["genres"].keys))),
        "directors": directors,
        "decades": sorted({y // 10 * 10 for y in films.year if y}),
    }


def _milestones(
    chronology: list[tuple[date, int]],
    latest: tuple[date, int] | None,
    by_day: Counter[date],
    by_month: Counter[tuple[int, int]],
    rewatched: list[tuple[int, str, int]],
    ref,
) -> dict[str, Any]:
    """First and latest film, the n-th films (by first date), streaks and busiest times."""
    nth = [
        {"n": n, "film": ref(chronology[n - 1][1]), "date": chronology[n - 1][0]}
        for n in MILESTONES
        if n <= len(chronology)
    ]
    first = chronology[0] if chronology else None
    busiest_day = min(by_day.items(), key=lambda kv: (-kv[1], kv[0])) if by_day else None
    busiest_month = min(by_month.items(), key=lambda kv: (-kv[1], kv[0])) if by_month else None
    return {
        "first": {"film": ref(first[1]), "date": first[0]} if first else None,
        "latest": {"film": ref(latest[1]), "date": latest[0]} if latest else None,
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
