"""The top of the dashboard: the year picker, the headline cards and how much TMDB knows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from movies.stats.columns import Films
from movies.stats.figures import average, rounded
from movies.stats.scope import Diary, Scope
from movies.stats.tally import Tally


def diary_years(diary: Diary) -> dict[str, Any]:
    """The year shown (None for all time), and every year of the diary with its entries."""
    years = sorted(diary.per_year, reverse=True)
    return {
        "year": diary.year,
        "years": years,
        "viewings_per_year": [{"year": y, "count": diary.per_year[y]} for y in years],
    }


def cards(scope: Scope, minutes: int, tallies: Mapping[str, Tally]) -> dict[str, Any]:
    """The headline numbers: films, hours, diary entries, ratings, people and places."""
    films, diary, rated_values = scope.films, scope.diary, scope.rated_values
    rated = len(rated_values)
    return {
        "films": len(films),
        "hours": round(minutes / 60),
        "diary_entries": diary.entries,
        "rewatches": diary.rewatches,
        "reviews": diary.reviews,
        "likes": sum(films.liked),
        "rated": rated,
        "average_rating": rounded(average(sum(rated_values), rated)),
        "directors": len(tallies["directors"]),
        "countries": len(tallies["countries"]),
        "languages": len(tallies["languages"]),
    }


def coverage(films: Films) -> dict[str, Any]:
    """How many of the films have TMDB data, and the enrichment status of each."""
    return {
        "films": len(films),
        "with_tmdb": sum(films.has_tmdb),
        "statuses": dict(Counter(films.status)),
    }
