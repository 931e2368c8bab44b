"""The dashboard's reads: a session's rows in two queries, its statistics cached, its progress.

`movies.stats` does the arithmetic on plain rows; this module only fetches them and caches the
result. The cache key holds the session's `stats_version`, which every change to its films bumps,
so a stale entry is never read: it just stops being asked for and expires.
"""

from __future__ import annotations

import gc
import json
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from itertools import chain
from typing import Any
from uuid import UUID

from django.core.cache import cache
from django.db import connections
from django.db.models import (
    BooleanField,
    CharField,
    Count,
    Exists,
    ExpressionWrapper,
    FloatField,
    Func,
    OuterRef,
    Q,
    QuerySet,
    TextField,
    Value,
)
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone

from movies.json_lookups import JSONPluck
from movies.models import Movie, Viewing
from movies.stats import Films, Viewings, compute_stats, flat_credits, language_name
from sessions_app.models import UploadSession

# A finished session's statistics change only when its films do, which bumps the version.
CACHE_SECONDS_FINISHED = 24 * 60 * 60
# While TMDB data streams in, each version is short-lived: do not let them pile up.
CACHE_SECONDS_ENRICHING = 5 * 60


def _json_text(field: str | Func) -> Coalesce:
    return Coalesce(field, Value("[]"), output_field=TextField())


FILM_COLUMNS = (
    "id",  # 0
    "name",
    "year",
    "letterboxd_uri",
    # As text and float: Django's SQLite converters for dates and decimals run in Python, once
    # per value; date.fromisoformat and float() are much quicker.
    Cast("rating", FloatField()),
    "liked",  # 5
    Cast("marked_watched_on", CharField()),
    "enrichment_status",
    "tmdb_movie_id",
    "tmdb_movie__original_language",
    # JSON as text, "[]" for a film without TMDB data, so that joining them needs no Python.
    _json_text("tmdb_movie__genres"),  # 10
    _json_text("tmdb_movie__directors"),
    _json_text(JSONPluck("tmdb_movie__cast", "id")),
    _json_text(JSONPluck("tmdb_movie__cast", "name")),
    _json_text("tmdb_movie__countries"),
    "tmdb_movie__runtime",  # 15
    "tmdb_movie__budget",
    "tmdb_movie__revenue",
    "tmdb_movie__popularity",
    "tmdb_movie__vote_average",
    "tmdb_movie__vote_count",  # 20
    _json_text("tmdb_movie__languages"),
)
TMDB_ID = 8
LANGUAGE_AT = 9
# The JSON columns, in the order load_tables unpacks them.
JSON_AT = (10, 11, 12, 13, 14, 21)


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _raw_rows(queryset: QuerySet) -> list[tuple]:
    """The rows of a `values_list()` queryset, without Django's per-value converters.

    The ORM still writes the SQL; only the decoding is ours. On 10,000 films Django's converters
    (JSON, dates, decimals on SQLite) cost more than the query itself, and the dashboard has a
    300 ms budget with a cold cache.
    """
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


@contextmanager
def _no_gc_pauses():
    """Keep the cyclic garbage collector out of a burst of allocation that makes no cycles.

    Decoding 10,000 films' JSON allocates ~150,000 containers: enough to trigger several full
    collections that walk them all, for nothing (there are no cycles to find).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_tables(session_id: UUID, year: int | None = None) -> tuple[Films, Viewings]:
    """The films (with TMDB data) and every diary entry of a session, as columns: two queries.

    For a year, only the films with a diary entry that year are loaded; every viewing still is,
    since a film's first viewing ever tells whether it was new that year.
    """
    # A film the member excluded ("not a film") counts nowhere, nor do its diary entries.
    excluded = Movie.EnrichmentStatus.EXCLUDED
    movies = Movie.objects.filter(session_id=session_id).exclude(enrichment_status=excluded)
    if year is not None:
        movies = movies.filter(
            Exists(Viewing.objects.filter(movie=OuterRef("pk"), watched_on__year=year))
        )
    rows = _raw_rows(movies.order_by("id").values_list(*FILM_COLUMNS))
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(FILM_COLUMNS)
    # Every JSON value of every film in one document: one call into the C decoder instead of
    # 60,000 calls to json.loads, whose own overhead was most of the decoding time.
    texts = chain.from_iterable(zip(*(columns[i] for i in JSON_AT), strict=True))
    decoded = json.loads("[" + ",".join(texts) + "]")
    genres, directors, cast_ids, cast_names, countries, languages = (
        decoded[k :: len(JSON_AT)] for k in range(len(JSON_AT))
    )
    credits = {
        "genres": flat_credits(genres),
        "directors": flat_credits(
            [[d["id"] for d in ds] for ds in directors],
            [[d["name"] for d in ds] for ds in directors],
        ),
        # Plucked in SQL: ids and names of the top-billed, padded with nulls on SQLite.
        "actors": flat_credits(cast_ids, cast_names),
        "countries": flat_credits([[c["name"] for c in cs] for cs in countries]),
        "languages": flat_credits(
            [
                [name] if (name := language_name(code, spoken)) else []
                for code, spoken in zip(columns[LANGUAGE_AT], languages, strict=True)
            ]
        ),
    }
    films = Films(
        id=list(columns[0]),
        name=list(columns[1]),
        year=list(columns[2]),
        uri=list(columns[3]),
        rating=list(columns[4]),
        liked=list(map(bool, columns[5])),
        marked_watched_on=list(map(_date, columns[6])),
        status=list(columns[7]),
        has_tmdb=[tmdb_id is not None for tmdb_id in columns[TMDB_ID]],
        runtime=list(columns[15]),
        budget=list(columns[16]),
        revenue=list(columns[17]),
        popularity=list(columns[18]),
        vote_average=list(columns[19]),
        vote_count=list(columns[20]),
        credits=credits,
    )
    has_review = ExpressionWrapper(~Q(review=""), output_field=BooleanField())
    diary = _raw_rows(
        Viewing.objects.filter(session_id=session_id)
        .exclude(movie__enrichment_status=excluded)
        .order_by()
        .values_list("movie_id", Cast("watched_on", CharField()), "rewatch", has_review)
    )
    movie_ids, dates, rewatches, reviews = zip(*diary, strict=True) if diary else ((), (), (), ())
    viewings = Viewings(
        movie_id=list(movie_ids),
        watched_on=list(map(_date, dates)),
        rewatch=list(map(bool, rewatches)),
        has_review=list(map(bool, reviews)),
    )
    return films, viewings


def stats_cache_key(session: UploadSession, year: int | None) -> str:
    return f"dashboard-stats:{session.pk}:{session.stats_version}:{year or 'all'}"


def session_stats(session: UploadSession, year: int | None = None) -> dict[str, Any]:
    """The statistics of a session (for one diary year, or all time), from the cache if fresh."""
    key = stats_cache_key(session, year)
    stats = cache.get(key)
    if stats is None:
        with _no_gc_pauses():
            films, viewings = load_tables(session.pk, year)
            stats = compute_stats(films, viewings, year=year)
        timeout = CACHE_SECONDS_FINISHED if session.is_finished else CACHE_SECONDS_ENRICHING
        cache.set(key, stats, timeout)
    return stats


def warm_stats(session_id: UUID) -> None:
    """Compute a session's all-time statistics into the cache ahead of the first visit.

    For a worker to call when a session's films change (enrichment done, a match fixed): a
    10,000-film page then renders from the cache. Useful across processes only with a shared
    cache backend (database, file or Redis), not the default per-process memory.
    """
    session = UploadSession.objects.filter(pk=session_id).first()
    if session is not None:
        session_stats(session)


@dataclass(frozen=True)
class Progress:
    """How far TMDB enrichment of a session has gone, and how long it may still take."""

    status: str
    status_display: str
    total: int
    enriched: int
    failed: int
    not_found: int
    tv: int
    pending: int
    eta_seconds: int | None
    is_finished: bool

    @property
    def done(self) -> int:
        return self.total - self.pending

    @property
    def percent(self) -> int:
        # Floor, so that 100 % means every film is really done.
        return 100 * self.done // self.total if self.total else 100

    @property
    def eta_display(self) -> str:
        if self.eta_seconds is None:
            return "estimating…"
        if self.eta_seconds < 60:
            return "less than a minute"
        minutes = round(self.eta_seconds / 60)
        if minutes < 60:
            return f"about {minutes} minute{'s' if minutes != 1 else ''}"
        hours, minutes = divmod(minutes, 60)
        return f"about {hours} h {minutes:02d} min"


def session_progress(session: UploadSession, now=None) -> Progress:
    """Enrichment progress in one query: the films of the session counted by state."""
    counts = dict(
        Movie.objects.filter(session_id=session.pk)
        .order_by()
        .values_list("enrichment_status")
        .annotate(n=Count("id"))
    )
    state = Movie.EnrichmentStatus
    total = sum(counts.values())
    pending = counts.get(state.PENDING, 0)
    eta = None
    started = session.enriching_started_at
    if pending and started and session.status == UploadSession.Status.ENRICHING:
        elapsed = ((now or timezone.now()) - started).total_seconds()
        done = total - pending
        if done > 0 and elapsed > 0:
            eta = round(pending * elapsed / done)
    return Progress(
        status=session.status,
        status_display=session.get_status_display(),
        total=total,
        enriched=counts.get(state.ENRICHED, 0),
        failed=counts.get(state.FAILED, 0),
        not_found=counts.get(state.NOT_FOUND, 0),
        tv=counts.get("tv", 0),
        pending=pending,
        eta_seconds=eta,
        is_finished=session.is_finished,
    )
