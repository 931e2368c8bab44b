"""What every section of the dashboard counts: the diary entries in scope and their films.

A year scopes everything to the diary entries dated in that year: the films are those with at
least one viewing that year, and per-viewing figures (hours, rewatches, months) count only that
year's viewings. All time also counts the films marked watched without a diary entry, once each.
Built once per page, then handed to each section.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import compress, repeat
from operator import is_not, itemgetter

from movies.stats.columns import Films, Viewings, pick, subset

_second = itemgetter(1)


@dataclass(frozen=True, slots=True)
class Diary:
    """The diary entries in scope, counted, and the few all-time figures a year still needs."""

    year: int | None  # None: all time
    per_year: Counter[int]  # entries of every year, whatever the scope: the year picker
    first_seen: dict[int, date]  # each film's first diary date ever: new films of a year
    entries: int
    rewatches: int
    reviews: int
    seen: Counter[int]  # entries by film id
    rewatched: Counter[int]  # entries marked as rewatches, by film id
    by_day: Counter[date]
    by_month: Counter[tuple[int, int]]  # by (year, month)
    by_weekday: list[int]  # Monday first
    first_in_scope: dict[int, date]  # by film id
    last_in_scope: dict[int, date]


@dataclass(frozen=True, slots=True)
class Scope:
    """The diary in scope, its films, and what several sections read of each film."""

    diary: Diary
    films: Films  # all of them, or a year's: those with an entry that year
    watches: list[int | None]  # per film: its entries in scope, None for none
    rated_values: list[float]  # the films' ratings, unrated ones left out
    is_rated: list[bool]  # per film


def diary_in_scope(viewings: Viewings, year: int | None) -> Diary:
    """The diary entries of all time, or of one year, counted by film, day, month and weekday."""
    # Per-day counts first (in C); years, months and weekdays then come from a few thousand
    # distinct days instead of every entry.
    every_day = Counter(viewings.watched_on)
    every_day.pop(None, None)
    per_year: Counter[int] = Counter()
    for day, times in every_day.items():
        per_year[day.year] += times
    dated = [(m, d) for m, d in zip(viewings.movie_id, viewings.watched_on, strict=True) if d]
    in_order = sorted(dated, key=_second)
    # A dict keeps the last value given for a key: fed in reverse, each film's first date.
    first_seen = dict(reversed(in_order))
    if year is None:
        scoped_ids, rewatch, review = viewings.movie_id, viewings.rewatch, viewings.has_review
        by_day = every_day
        first_in_scope = first_seen
    else:
        keep = [i for i, d in enumerate(viewings.watched_on) if d and d.year == year]
        scoped_ids = pick(viewings.movie_id, keep)
        rewatch, review = pick(viewings.rewatch, keep), pick(viewings.has_review, keep)
        by_day = Counter({day: times for day, times in every_day.items() if day.year == year})
        in_order = [(m, d) for m, d in in_order if d.year == year]
        first_in_scope = dict(reversed(in_order))
    by_month: Counter[tuple[int, int]] = Counter()
    by_weekday = [0] * 7
    for day, times in by_day.items():
        by_month[(day.year, day.month)] += times
        by_weekday[day.weekday()] += times
    return Diary(
        year=year,
        per_year=per_year,
        first_seen=first_seen,
        entries=len(scoped_ids),
        rewatches=sum(rewatch),
        reviews=sum(review),
        seen=Counter(scoped_ids),
        rewatched=Counter(compress(scoped_ids, rewatch)),
        by_day=by_day,
        by_month=by_month,
        by_weekday=by_weekday,
        first_in_scope=first_in_scope,
        last_in_scope=dict(in_order),
    )


def scope_of(films: Films, viewings: Viewings, year: int | None = None) -> Scope:
    """The films and diary entries the dashboard counts, for all time or for one year."""
    diary = diary_in_scope(viewings, year)
    if year is not None:
        seen = diary.seen
        films = subset(films, [i for i, movie_id in enumerate(films.id) if movie_id in seen])
    return Scope(
        diary=diary,
        films=films,
        watches=list(map(diary.seen.get, films.id)),
        rated_values=[r for r in films.rating if r is not None],
        is_rated=list(map(is_not, films.rating, repeat(None))),
    )
