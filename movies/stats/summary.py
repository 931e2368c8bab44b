"""A year in review: the year's headline figures beside the year before."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from movies.stats.scope import Diary

WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def year_summary(year: int, diary: Diary, stats: Mapping[str, Any]) -> dict[str, Any]:
    """The year's summary, restating the figures of the sections in `stats` it shows, with what
    only the whole diary can tell: the films seen that year for the first time ever, and the
    entries of the year before."""
    new_films = sum(
        1 for movie_id in diary.seen if diary.first_seen.get(movie_id, date.max).year == year
    )
    cards = stats["cards"]
    top_genre = stats["genres"]["watched"][0] if stats["genres"]["watched"] else None
    top_director = stats["directors"]["watched"][0] if stats["directors"]["watched"] else None
    weekdays = diary.by_weekday
    favourite_day = WEEKDAY_NAMES[weekdays.index(max(weekdays))] if any(weekdays) else None
    previous = diary.per_year.get(year - 1, 0)
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
        "busiest_month": stats["milestones"]["busiest_month"],
        "previous_year_entries": previous,
        "change_from_previous": cards["diary_entries"] - previous if previous else None,
        "change_size": abs(cards["diary_entries"] - previous),
    }
