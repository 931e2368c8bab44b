"""A session's films and diary entries as columns: one list per field, index i the same row.

Why columns: a heavy member has 10,000 films and 100,000 cast credits. Walking them row by row in
Python costs several hundred milliseconds; counting whole columns with `Counter`, `sorted`, `sum`
and `map`, which run in C, costs a fraction of that.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any


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
    credits: dict[str, Credits]  # by movies.facets.DIMENSIONS
    # 100,000 cast credits need their ids counted, but only the few people the charts show need
    # a name: asked for once, at the end, for them alone.
    people_names: PeopleNames | None = None
    # Each film's tags (from its diary entries and reviews); empty: none loaded.
    tags: list[list[str]] = field(default_factory=list)
    # TMDB's poster path of each film ("" for none); empty: none loaded.
    poster: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.id)


@dataclass(slots=True)
class Viewings:
    """A session's diary entries as columns."""

    movie_id: list[int]
    watched_on: list[date | None]
    rewatch: list[bool]
    has_review: list[bool]


def pick(values: list, indexes: list[int]) -> list:
    """The values at `indexes`, in that order."""
    return [values[i] for i in indexes]


def subset(films: Films, keep: list[int]) -> Films:
    """The films at `keep`."""
    columns = {
        name: pick(getattr(films, name), keep)
        for name in Films.__dataclass_fields__
        if name not in ("credits", "people_names", "tags", "poster")
    }
    credits = {
        dimension: Credits(pick(credit.keys, keep)) for dimension, credit in films.credits.items()
    }
    tags = pick(films.tags, keep) if films.tags else []
    poster = pick(films.poster, keep) if films.poster else []
    return Films(
        **columns, credits=credits, people_names=films.people_names, tags=tags, poster=poster
    )
