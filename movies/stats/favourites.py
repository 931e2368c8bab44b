"""The member's own top films: highest rated (all time, a year, the best of each year) and
most watched, as Letterboxd's profile and year pages show them.

Highest rated: the rating, then (between films rated the same) the one rewatched more, then
the one seen first (loved longest), then the lower id, so the order never depends on how the
films were loaded. Most watched: the films with more than one diary entry in scope, most
entries first, ties by the same rule.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from itertools import compress, repeat
from operator import is_not
from typing import Any

from movies.stats.columns import Films, Viewings
from movies.stats.figures import film_ref
from movies.stats.scope import Scope

# Letterboxd's year pages show a row of this many.
TOP_FILMS = 10
# A film without a date sorts after those with one.
_NO_DATE = date.max


def _top(candidates: list[int], key: Any, n: int) -> list[int]:
    return heapq.nsmallest(n, candidates, key=key)


def rank_highest_rated(
    ratings: Sequence[float | None],
    rewatches: Sequence[int],
    dates: Sequence[date | None],
    n: int = TOP_FILMS,
) -> list[int]:
    """The indexes of the n highest rated films: by rating, then more rewatches, then the
    earlier date (a film without one after those with), then the lower index. Unrated films
    are left out."""
    rated = list(compress(range(len(ratings)), map(is_not, ratings, repeat(None))))
    if not rated:
        return []
    # Only films rated at least the n-th best rating can be among the n: found in C first.
    floor = heapq.nlargest(n, (ratings[i] for i in rated))[-1]
    contenders = [i for i in rated if ratings[i] >= floor]
    return _top(contenders, lambda i: (-ratings[i], -rewatches[i], dates[i] or _NO_DATE, i), n)


def rank_most_watched(
    entries: Sequence[int], rewatches: Sequence[int], dates: Sequence[date | None], n: int
) -> list[int]:
    """The indexes of the n films with the most diary entries, more than one each; ties by
    more rewatches, then the earlier date, then the lower index."""
    seen = [i for i, times in enumerate(entries) if times > 1]
    return _top(seen, lambda i: (-entries[i], -rewatches[i], dates[i] or _NO_DATE, i), n)


def _first_dates(scope: Scope) -> list[date | None]:
    """Each film's first date in scope; for all time, its watched date when it has no entry."""
    films, diary = scope.films, scope.diary
    firsts = list(map(diary.first_in_scope.get, films.id))
    if diary.year is None:
        firsts = [f or m for f, m in zip(firsts, films.marked_watched_on, strict=True)]
    return firsts


def favourites(scope: Scope, n: int = TOP_FILMS) -> dict[str, Any]:
    """The scope's highest rated films and its most watched ones, as film references."""
    films, diary = scope.films, scope.diary
    rewatches = list(map(diary.rewatched.get, films.id, repeat(0)))
    entries = list(map(diary.seen.get, films.id, repeat(0)))
    dates = _first_dates(scope)
    best = rank_highest_rated(films.rating, rewatches, dates, n)
    most = rank_most_watched(entries, rewatches, dates, n)
    return {
        "highest_rated": [
            film_ref(films, i, rating=films.rating[i], rewatches=rewatches[i]) for i in best
        ],
        "most_watched": [
            film_ref(films, i, entries=entries[i], rewatches=rewatches[i]) for i in most
        ],
    }


def best_of_each_year(films: Films, viewings: Viewings) -> list[dict[str, Any]]:
    """For every diary year, newest first, the highest rated film seen that year (its first
    entry that year is its date; rewatches count that year's)."""
    rating_of = dict(zip(films.id, films.rating, strict=True))
    index = dict(zip(films.id, range(len(films.id)), strict=True))
    # Per year: film index -> [entries marked rewatch, first date that year].
    per_year: dict[int, dict[int, list]] = {}
    for movie_id, day, rewatch in zip(
        viewings.movie_id, viewings.watched_on, viewings.rewatch, strict=True
    ):
        if day is None or rating_of.get(movie_id) is None:
            continue
        seen = per_year.setdefault(day.year, {}).setdefault(index[movie_id], [0, day])
        seen[0] += rewatch
        if day < seen[1]:
            seen[1] = day
    best = []
    for year in sorted(per_year, reverse=True):
        seen = per_year[year]
        i = min(seen, key=lambda i: (-films.rating[i], -seen[i][0], seen[i][1], i))
        best.append({"year": year, "film": film_ref(films, i, rating=films.rating[i])})
    return best


def film_refs(stats: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """Every film reference in `stats` that the page shows with a poster, so its poster path
    can be added to each (one lookup for them all)."""
    yield from stats.get("highest_rated", ())
    yield from stats.get("most_watched", ())
    for entry in stats.get("best_of_each_year", ()):
        yield entry["film"]
