"""Counting the films of each genre, person, country and language, and ranking them."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Mapping
from itertools import chain, compress, repeat
from operator import not_
from typing import Any

from movies.facets import DIMENSIONS, PEOPLE
from movies.stats.columns import Credits, Films, PeopleNames
from movies.stats.figures import average, rounded


class Tally:
    """Films and ratings per key of one dimension (a genre, a person, a country…).

    Ties go to the key with more rated films, then to the lower key (a name, or a TMDB id for
    people): a fixed order that needs no names, so only the winners' names are ever looked up.
    Rows of people leave "name" None until `name_people` fills it in.
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
                "average": rounded(average(sums[key], rated[key])),
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


def tally_credits(films: Films, is_rated: list[bool]) -> dict[str, Tally]:
    """A tally of every dimension (genres, directors, actors, countries, languages)."""
    return {
        dimension: Tally(films.credits[dimension], films.rating, is_rated, dimension not in PEOPLE)
        for dimension in DIMENSIONS
    }


def name_people(people_names: PeopleNames | None, rows: Mapping[str, list[dict]]) -> None:
    """Fill in the names of the people in `rows` (by dimension), asking for them all at once."""
    wanted = {dimension: {row["id"] for row in group} for dimension, group in rows.items()}
    names = people_names(wanted) if people_names is not None else {}
    for dimension, group in rows.items():
        known = names.get(dimension, {})
        for row in group:
            row["name"] = known.get(row["id"]) or ""
