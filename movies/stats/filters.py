"""The choices of the films table's filters."""

from __future__ import annotations

from itertools import chain, repeat
from operator import is_not
from typing import Any

from movies.stats.columns import Films, Viewings
from movies.stats.tally import Tally, name_people

# A session can have thousands of directors and tens of thousands of actors: the suggestions
# offer the most watched (any other name can still be typed).
FILTER_PEOPLE = 300


def film_filters(films: Films, viewings: Viewings | None = None) -> dict[str, Any]:
    """Every genre and decade of the films, the years of the diary, and the most watched
    directors and actors (as suggestions for the text filters)."""
    is_rated = list(map(is_not, films.rating, repeat(None)))
    people = {
        dimension: Tally(films.credits[dimension], films.rating, is_rated, False).most_watched(
            FILTER_PEOPLE
        )
        for dimension in ("directors", "actors")
    }
    name_people(films.people_names, people)
    years = {day.year for day in viewings.watched_on if day} if viewings else set()
    return {
        "genres": sorted(set(chain.from_iterable(films.credits["genres"].keys))),
        "directors": people["directors"],
        "actors": people["actors"],
        "decades": sorted({y // 10 * 10 for y in films.year if y}),
        "years": sorted(years, reverse=True),
    }
