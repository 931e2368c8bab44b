"""The dashboard's statistics, section by section, in the order the page shows them."""

from __future__ import annotations

from typing import Any

from movies.stats.columns import Films, Viewings
from movies.stats.favourites import favourites
from movies.stats.headline import cards, coverage, diary_years
from movies.stats.milestones import milestones
from movies.stats.money import money
from movies.stats.months import months_and_weekdays
from movies.stats.obscurity import obscurity
from movies.stats.rankings import rankings
from movies.stats.ratings import rating_distribution
from movies.stats.release import release_years
from movies.stats.runtime import minutes_watched, runtimes
from movies.stats.scope import scope_of
from movies.stats.summary import year_summary
from movies.stats.tags import tag_stats
from movies.stats.tally import tally_credits
from movies.stats.versus_tmdb import versus_tmdb


def dashboard_stats(films: Films, viewings: Viewings, year: int | None = None) -> dict[str, Any]:
    """All the dashboard's statistics, for every film or for the diary entries of one year."""
    # What several sections read is worked out once: the scope, the tallies, the hours.
    scope = scope_of(films, viewings, year)
    films, diary = scope.films, scope.diary
    tallies = tally_credits(films, scope.is_rated)
    minutes = minutes_watched(films, scope.watches)
    ranked = rankings(films, tallies, len(scope.rated_values))
    ratings = rating_distribution(scope.rated_values)
    released = release_years(films)
    calendar = months_and_weekdays(diary)
    versus = versus_tmdb(films)
    runtime = runtimes(films, minutes)
    spent = money(films)
    popularity = obscurity(films)
    tags = tag_stats(films.tags, films.rating) if films.tags else tag_stats([], [])
    stats = {
        **diary_years(diary),
        "cards": cards(scope, minutes, tallies),
        "coverage": coverage(films),
        **ranked.stats,
        **ratings.stats,
        **released.stats,
        **calendar.stats,
        **versus.stats,
        **runtime.stats,
        **spent.stats,
        **popularity.stats,
        "milestones": milestones(scope),
        **favourites(scope),
        "tags": {name: value for name, value in tags.items() if name != "charts"},
        "charts": {
            **ratings.charts,
            **released.charts,
            **calendar.charts,
            **ranked.charts,
            **versus.charts,
            **runtime.charts,
            **spent.charts,
            **popularity.charts,
            **tags["charts"],
        },
    }
    if year is not None:
        stats["summary"] = year_summary(year, diary, stats)
    return stats
