"""The choices of the films table's filters."""

from __future__ import annotations

from itertools import chain, repeat
from operator import is_not
from typing import Any

from movies.stats.columns import Films
from movies.stats.tally import Tally, name_people

# A session can have thousands of directors: the filter offers the most watched.
FILTER_DIRECTORS = 300


def film_filters(films: Films) -> dict[str, Any]:
    """Every genre and decade of the films, and the most watched directors."""
    is_rated = list(map(is_not, films.rating, repeat(None)))
    credits = films.credits["directors"]
    directors = Tally(credits, films.rating, is_rated, False).most_watched(FILTER_DIRECTORS)
    name_people(films.people_names, {"directors": directors})
    return {
        "genres": sorted(set(chain.from_iterable(films.credits["genres"].keys))),
        "directors": directors,
        "decades": sorted({y // 10 * 10 for y in films.year if y}),
    }
