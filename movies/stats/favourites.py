"""The member's own top films: highest rated (all time or a year) and most watched, as
Letterboxd's profile and year pages show them.

Highest rated: the rating, then (between films rated the same) the one rewatched more, then
the one seen first (loved longest), then the lower id, so the order never depends on how the
films were loaded. Most watched: the films with more than one diary entry in scope, most
entries first, ties by the same rule.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from itertools import compress, repeat
from operator import eq
from typing import Any

from movies.stats.figures import film_ref
from movies.stats.scope import Scope

# Letterboxd's year pages show a row of this many.
TOP_FILMS = 10
# A film without a date sorts after those with one.
_NO_DATE = date.max


def rank_highest_rated(
    ratings: Sequence[float | None],
    rewatches: Sequence[int],
    dates: Sequence[date | None],
    n: int = TOP_FILMS,
) -> list[int]:
    """The indexes of the n highest rated films: by rating, then more rewatches, then the
    earlier date (a film without one after those with), then the lower index. Unrated films
    are left out."""
    rated = [i for i, rating in enumerate(ratings) if rating is not None]
    return heapq.nsmallest(
        n, rated, key=lambda i: (-ratings[i], -rewatches[i], dates[i] or _NO_DATE, i)
    )


def rank_most_watched(
    entries: Sequence[int], rewatches: Sequence[int], dates: Sequence[date | None], n: int
) -> list[int]:
    """The indexes of the n films with the most diary entries, more than one each; ties by
    more rewatches, then the earlier date, then the lower index."""
    seen = [i for i, times in enumerate(entries) if times > 1]
    return heapq.nsmallest(
        n, seen, key=lambda i: (-entries[i], -rewatches[i], dates[i] or _NO_DATE, i)
    )


def _at_least(values: Sequence[Any], n: int, low: Any) -> list[int]:
    """The indexes of the values that may be among the n largest (at least the n-th largest,
    and at least `low`), found in C: the rankings then tie-break a few films, not 10,000."""
    counts = Counter(values)
    counts.pop(None, None)
    # Ratings and entry counts take few distinct values: walk them down until n films.
    wanted, taken = [], 0
    for value in sorted(counts, reverse=True):
        if value < low or taken >= n:
            break
        wanted.append(value)
        taken += counts[value]
    indexes: list[int] = []
    for value in wanted:
        indexes += compress(range(len(values)), map(eq, values, repeat(value)))
    return sorted(indexes)


def favourites(scope: Scope, n: int = TOP_FILMS) -> dict[str, Any]:
    """The scope's highest rated films and its most watched ones, as film references."""
    films, diary = scope.films, scope.diary
    ids, marked = films.id, films.marked_watched_on
    entries = list(map(diary.seen.get, ids, repeat(0)))

    def ranked(rank: Callable[..., list[int]], values: list, low: Any) -> list[int]:
        # The few films that can rank, with their tie-breaks; then back to the films' indexes.
        few = _at_least(values, n, low)
        rewatches = [diary.rewatched.get(ids[i], 0) for i in few]
        firsts = [diary.first_in_scope.get(ids[i]) for i in few]
        if diary.year is None:  # all time: the watched date of a film without entries
            firsts = [f or marked[i] for f, i in zip(firsts, few, strict=True)]
        picked = rank([values[i] for i in few], rewatches, firsts, n)
        return [few[k] for k in picked]

    def ref(i: int, **figures: Any) -> dict[str, Any]:
        poster = films.poster[i] if films.poster else ""
        return film_ref(
            films, i, rewatches=diary.rewatched.get(ids[i], 0), poster=poster or "", **figures
        )

    best = ranked(rank_highest_rated, films.rating, 0)
    most = ranked(rank_most_watched, entries, 2)
    return {
        "highest_rated": [ref(i, rating=films.rating[i]) for i in best],
        "most_watched": [ref(i, entries=entries[i]) for i in most],
    }
