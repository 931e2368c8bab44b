"""The most watched and the highest rated genres, directors, actors, countries and languages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from movies.stats.columns import Films
from movies.stats.figures import TOP, Section, series
from movies.stats.tally import Tally, name_people

# Genres, countries and languages are few: a longer list than people get.
TOP_PLACES = 12
# A genre (country, language) is "highest rated" only over this many rated films.
MIN_RATED_GENRE = 3


def min_rated_person(rated: int) -> int:
    """How many rated films make a person "highest rated": more for a member who rates a lot."""
    return 3 if rated >= 200 else 2


def rankings(films: Films, tallies: Mapping[str, Tally], rated: int) -> Section:
    """Each dimension's top lists, people named (in one lookup), and their bar charts."""
    min_person = min_rated_person(rated)
    genres_watched, genres_rated = tallies["genres"].rankings(TOP_PLACES, MIN_RATED_GENRE)
    directors_watched, directors_rated = tallies["directors"].rankings(TOP, min_person)
    actors_watched, actors_rated = tallies["actors"].rankings(TOP, min_person)
    countries_watched = tallies["countries"].rankings(TOP_PLACES, MIN_RATED_GENRE)[0]
    languages_watched = tallies["languages"].rankings(TOP_PLACES, MIN_RATED_GENRE)[0]
    name_people(
        films.people_names,
        {
            "directors": [*directors_watched, *directors_rated],
            "actors": [*actors_watched, *actors_rated],
        },
    )
    return Section(
        stats={
            "min_rated": {"genres": MIN_RATED_GENRE, "people": min_person},
            "genres": {"watched": genres_watched, "rated": genres_rated},
            "directors": {"watched": directors_watched, "rated": directors_rated},
            "actors": {"watched": actors_watched, "rated": actors_rated},
            "countries": countries_watched,
            "languages": languages_watched,
        },
        charts={
            "genres_watched": _bars(genres_watched, "count"),
            "genres_rated": _bars(genres_rated, "average"),
            "directors_watched": _bars(directors_watched, "count"),
            "directors_rated": _bars(directors_rated, "average"),
            "actors_watched": _bars(actors_watched, "count"),
            "actors_rated": _bars(actors_rated, "average"),
            "countries": _bars(countries_watched, "count"),
            "languages": _bars(languages_watched, "count"),
        },
    )


def _bars(rows: list[dict[str, Any]], value: str) -> dict[str, list]:
    return series([row["name"] for row in rows], [row[value] for row in rows])
