"""Milestones and habits: first and latest film, the 100th, streaks, busiest times, rewatches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from movies.stats.figures import TOP, film_ref
from movies.stats.months import MONTHS
from movies.stats.scope import Scope

MILESTONES = (50, 100, 250, 500, 1000, 2000, 5000, 10000)


def milestones(scope: Scope) -> dict[str, Any]:
    """First and latest film, the n-th films (by first date), streaks and busiest times, and the
    most rewatched films."""
    films, diary = scope.films, scope.diary
    firsts = list(map(diary.first_in_scope.get, films.id))
    lasts = list(map(diary.last_in_scope.get, films.id))
    if diary.year is None:
        # A film marked watched without a diary entry still has its watched date.
        marked = films.marked_watched_on
        firsts = [f or m for f, m in zip(firsts, marked, strict=True)]
        lasts = [last or m for last, m in zip(lasts, marked, strict=True)]
    # (date, index) pairs: the films come ordered by id, so ties fall to the lower id.
    chronology = sorted((d, i) for i, d in enumerate(firsts) if d)
    latest = max(((d, i) for i, d in enumerate(lasts) if d), default=None)
    # Rewatches as the tile counts them: diary entries Letterboxd marks as rewatches (a film
    # logged 8 times, the first time new, has 7), not its viewings.
    rewatches = map(diary.rewatched.get, films.id)
    rewatched = sorted((-n, films.name[i], i) for i, n in enumerate(rewatches) if n)[:TOP]
    first = chronology[0] if chronology else None
    return {
        "first": {"film": film_ref(films, first[1]), "date": first[0]} if first else None,
        "latest": {"film": film_ref(films, latest[1]), "date": latest[0]} if latest else None,
        "nth": [
            {"n": n, "film": film_ref(films, chronology[n - 1][1]), "date": chronology[n - 1][0]}
            for n in MILESTONES
            if n <= len(chronology)
        ],
        "longest_streak": _longest_streak(diary.by_day),
        "busiest_day": _busiest_day(diary.by_day),
        "busiest_month": _busiest_month(diary.by_month),
        "most_rewatched": [{**film_ref(films, i), "count": -n} for n, _, i in rewatched],
    }


def _busiest_day(by_day: Counter[date]) -> dict[str, Any] | None:
    if not by_day:
        return None
    # The most entries; the earliest day of those.
    day, count = min(by_day.items(), key=lambda kv: (-kv[1], kv[0]))
    return {"date": day, "count": count}


def _busiest_month(by_month: Counter[tuple[int, int]]) -> dict[str, Any] | None:
    if not by_month:
        return None
    (year, month), count = min(by_month.items(), key=lambda kv: (-kv[1], kv[0]))
    return {"year": year, "month": month, "label": f"{MONTHS[month - 1]} {year}", "count": count}


def _longest_streak(days: Iterable[date]) -> dict[str, Any] | None:
    """The longest run of consecutive days with a diary entry (the first, of equal runs)."""
    ordered = sorted(set(days))
    if not ordered:
        return None
    best_start = best_end = start = previous = ordered[0]
    for day in ordered[1:]:
        if day - previous != timedelta(days=1):
            start = day
        previous = day
        if (day - start) > (best_end - best_start):
            best_start, best_end = start, day
    return {"days": (best_end - best_start).days + 1, "start": best_start, "end": best_end}
