"""A session's statistics: its rows loaded in two queries, computed by `movies.stats`, cached.

`movies.stats` does the arithmetic on plain rows; this module only fetches them and caches the
result. The cache key holds the session's `stats_version`, which every change to its films bumps,
so a stale entry is never read: it just stops being asked for and expires.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Collection, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from operator import itemgetter
from typing import Any, Protocol
from uuid import UUID

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import (
    BooleanField,
    DateField,
    Exists,
    Expression,
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

from movies import facets, share_image
from movies.models import Movie, Viewing
from movies.stats import Credits, Films, Viewings, dashboard_stats, film_filters


class SessionLike(Protocol):
    """What caching a session's statistics reads of it (an `UploadSession`)."""

    pk: Any
    stats_version: int
    is_finished: bool


# A finished session's statistics change only when its films do, which bumps the version.
CACHE_SECONDS_FINISHED = 24 * 60 * 60
# While TMDB data streams in, each version is short-lived: do not let them pile up.
CACHE_SECONDS_ENRICHING = 5 * 60


class RawDate(Func):
    """A date column for `_raw_rows`: as text on SQLite, whose driver would hand Django's slow
    converter a string anyway (`_dates` parses it); as is elsewhere, where the driver builds dates
    in C."""

    template = "%(expressions)s"
    output_field = DateField()

    def as_sqlite(self, compiler, connection, **extra):
        return super().as_sql(compiler, connection, template="CAST(%(expressions)s AS text)")


# The films query, column by column: the name `load_tables` reads each by, and what it selects.
FILM_COLUMNS: dict[str, str | Expression] = {
    "id": "id",
    "name": "name",
    "year": "year",
    "uri": "letterboxd_uri",
    # A float, and dates as RawDate: Django's converters for decimals (and dates on SQLite)
    # run in Python, once per value.
    "rating": Cast("rating", FloatField()),
    "liked": "liked",
    "marked_watched_on": RawDate("marked_watched_on"),
    "status": "enrichment_status",
    "tmdb_id": "tmdb_movie_id",
    "runtime": "tmdb_movie__runtime",
    "budget": "tmdb_movie__budget",
    "revenue": "tmdb_movie__revenue",
    "popularity": "tmdb_movie__popularity",
    "vote_average": "tmdb_movie__vote_average",
    "vote_count": "tmdb_movie__vote_count",
    # JSON text; empty facets for a film without TMDB data.
    "facets": Coalesce("tmdb_movie__facets", Value(facets.EMPTY_JSON), output_field=TextField()),
    # JSON text too: decoded in one call, like the facets.
    "tags": Cast("tags", TextField()),
    # For the few films shown with one; read here rather than by a query of its own.
    "poster": "tmdb_movie__poster_path",
}
# The diary query, likewise.
VIEWING_COLUMNS: dict[str, str | Expression] = {
    "movie_id": "movie_id",
    "watched_on": RawDate("watched_on"),
    "rewatch": "rewatch",
    "has_review": ExpressionWrapper(~Q(review=""), output_field=BooleanField()),
}
# Where the names of the people counted by id are kept, in each film's TMDB row.
PEOPLE_NAMES = {"directors": "tmdb_movie__directors", "actors": "tmdb_movie__cast"}


# Rows are sorted by film id, in Python (see `load_tables`).
_by_id = itemgetter(list(FILM_COLUMNS).index("id"))


def _dates(values: Sequence[Any]) -> list[date | None]:
    """A column of RawDate values as dates: kept as the driver built them, or parsed from text
    (SQLite) by date.fromisoformat, in C when none is missing."""
    first = next((value for value in values if value is not None), None)
    if not isinstance(first, str):
        return list(values)
    if None not in values:
        return list(map(date.fromisoformat, values))
    return [date.fromisoformat(value) if value else None for value in values]


def _columns(names: Collection[str], rows: Sequence[tuple]) -> dict[str, Sequence[Any]]:
    """Raw rows as one column per name, transposed in C.

    `names` are in the order given to `values_list()`, which is the order of the SELECT since
    Django 5.2 (before, expressions came after plain fields).
    """
    if not rows:
        return dict.fromkeys(names, ())
    return dict(zip(names, zip(*rows, strict=True), strict=True))


def _json_column(texts: Sequence[str | None]) -> list:
    """A column of JSON texts decoded in one call into the C decoder."""
    return json.loads("[" + ",".join(text or "[]" for text in texts) + "]")


def _first_films(per_film: list[list[int]], person_ids: Collection[int]) -> dict[int, int]:
    """The index of the first film each person is counted in."""
    first: dict[int, int] = {}
    remaining = set(person_ids)
    for i, keys in enumerate(per_film):
        # One test in C per film; the people a chart shows are frequent, so found early.
        if remaining.isdisjoint(keys):
            continue
        for person in remaining.intersection(keys):
            first[person] = i
        remaining.difference_update(keys)
        if not remaining:
            break
    return first


class PeopleNames:
    """Names for a few of the people counted in `credits`, from one TMDB row each: one query.

    People have no table of their own: each film's TMDB row names its directors and cast. For
    the few a chart shows, the first film they were counted in says where to read theirs. The
    same rows give their headshots, kept in `profiles` for `with_faces`.
    """

    def __init__(
        self, session_id: UUID, credits: Mapping[str, Credits], tmdb_ids: Sequence[int | None]
    ) -> None:
        self.session_id, self.credits, self.tmdb_ids = session_id, credits, tmdb_ids
        self.profiles: dict[str, dict[int, str]] = {}

    def __call__(self, wanted: Mapping[str, Collection[int]]) -> dict[str, dict[int, str]]:
        # For each dimension: the TMDB rows to read, and the people to find in them.
        rows_of: dict[str, set[int | None]] = {}
        for dimension, person_ids in wanted.items():
            first = _first_films(self.credits[dimension].keys, person_ids)
            rows_of[dimension] = {self.tmdb_ids[i] for i in first.values()}
        every_row = set().union(*rows_of.values())
        columns = [Cast(field, TextField()) for field in PEOPLE_NAMES.values()]
        # Read through the session's own films, as every other TMDB field here is.
        films = Movie.objects.filter(session_id=self.session_id, tmdb_movie_id__in=every_row)
        rows = _raw_rows(films.values_list("tmdb_movie_id", *columns))
        names: dict[str, dict[int, str]] = {dimension: {} for dimension in wanted}
        for dimension in wanted:
            self.profiles.setdefault(dimension, {})
        for tmdb_id, *texts in rows:
            for dimension, text in zip(PEOPLE_NAMES, texts, strict=True):
                # Decoded only where needed: a director's film need not have its cast read.
                if tmdb_id not in rows_of.get(dimension, ()):
                    continue
                found, person_ids = names[dimension], wanted[dimension]
                for person in json.loads(text):
                    if person.get("id") in person_ids:
                        found.setdefault(person["id"], person.get("name") or "")
                        self.profiles[dimension].setdefault(
                            person["id"], person.get("profile_path") or ""
                        )
        return names


def _raw_rows(queryset: QuerySet) -> list[tuple]:
    """The rows of a `values_list()` queryset, without Django's per-value converters.

    The ORM still writes the SQL; only the decoding is ours. On 10,000 films Django's converters
    (JSON, dates, decimals on SQLite) cost more than the query itself, and the dashboard has a
    300 ms budget with a cold cache.
    """
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:  # a filter such as `pk__in=[]`: nothing to ask
        return []
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
    # A film the member excluded ("not a film") counts nowhere, nor do its diary entries; nor
    # does a film that is only liked or listed.
    of_session = Movie.objects.filter(session_id=session_id)
    movies = of_session.counted()
    if year is not None:
        movies = movies.filter(
            Exists(Viewing.objects.filter(movie=OuterRef("pk"), watched_on__year=year))
        )
    # Sorted here rather than in SQL: PostgreSQL would sort these wide rows on disk.
    query = movies.order_by().values_list(*FILM_COLUMNS.values())
    columns = _columns(FILM_COLUMNS, sorted(_raw_rows(query), key=_by_id))
    per_film = facets.columns(columns["facets"])
    tmdb_ids = columns["tmdb_id"]
    credits = {dimension: Credits(keys) for dimension, keys in per_film.items()}
    films = Films(
        id=list(columns["id"]),
        name=list(columns["name"]),
        year=list(columns["year"]),
        uri=list(columns["uri"]),
        rating=list(columns["rating"]),
        liked=list(map(bool, columns["liked"])),
        marked_watched_on=_dates(columns["marked_watched_on"]),
        status=list(columns["status"]),
        has_tmdb=[tmdb_id is not None for tmdb_id in tmdb_ids],
        runtime=list(columns["runtime"]),
        budget=list(columns["budget"]),
        revenue=list(columns["revenue"]),
        popularity=list(columns["popularity"]),
        vote_average=list(columns["vote_average"]),
        vote_count=list(columns["vote_count"]),
        credits=credits,
        people_names=PeopleNames(session_id, credits, tmdb_ids),
        tags=_json_column(columns["tags"]),
        poster=list(columns["poster"]),
    )
    diary = _raw_rows(
        Viewing.objects.filter(session_id=session_id)
        # The few films not counted, looked up once, rather than a join on every entry's film.
        .exclude(movie_id__in=of_session.not_counted().values("pk"))
        .order_by()
        .values_list(*VIEWING_COLUMNS.values())
    )
    entries = _columns(VIEWING_COLUMNS, diary)
    viewings = Viewings(
        movie_id=list(entries["movie_id"]),
        watched_on=_dates(entries["watched_on"]),
        rewatch=list(map(bool, entries["rewatch"])),
        has_review=list(map(bool, entries["has_review"])),
    )
    return films, viewings


def stats_cache_key(session: SessionLike, year: int | None) -> str:
    return f"dashboard-stats:{session.pk}:{session.stats_version}:{year or 'all'}"


def _cached(session: SessionLike, key: str, compute: Callable[[], Any]) -> Any:
    value = cache.get(key)
    if value is None:
        with _no_gc_pauses():
            value = compute()
        timeout = CACHE_SECONDS_FINISHED if session.is_finished else CACHE_SECONDS_ENRICHING
        cache.set(key, value, timeout)
    return value


def with_faces(stats: dict[str, Any], people: Any) -> None:
    """Add the headshots of the ranked directors and actors, read with their names."""
    profiles = getattr(people, "profiles", {})
    for dimension in ("directors", "actors"):
        known = profiles.get(dimension, {})
        for group in stats[dimension].values():
            for row in group:
                row["profile_path"] = known.get(row["id"], "")


def compute_stats(session_id: UUID, year: int | None = None) -> dict[str, Any]:
    """The statistics of a session, with the headshots the page shows."""
    films, viewings = load_tables(session_id, year)
    stats = dashboard_stats(films, viewings, year=year)
    with_faces(stats, films.people_names)
    return stats


def session_stats(session: SessionLike, year: int | None = None) -> dict[str, Any]:
    """The statistics of a session (for one diary year, or all time), from the cache if fresh."""
    # The tables are loaded inside the call so that they are freed when it returns, before the
    # collector is back on: otherwise it would walk their ~200,000 objects.
    return _cached(session, stats_cache_key(session, year), lambda: compute_stats(session.pk, year))


def session_summary(session: SessionLike) -> dict[str, Any]:
    """What the dashboard says beside the statistics (`MovieQuerySet.summary`: films to check,
    liked but unwatched), counted once per version of the session's films."""
    key = f"session-summary:{session.pk}:{session.stats_version}"
    films = Movie.objects.filter(session_id=session.pk).films()
    return _cached(session, key, films.summary)


def session_film_filters(session: SessionLike) -> dict[str, Any]:
    """The choices of a session's films-table filters (see `movies.stats.film_filters`)."""
    key = f"film-filters:{session.pk}:{session.stats_version}"
    return _cached(session, key, lambda: film_filters(*load_tables(session.pk)))


def share_image_png(session: SessionLike, shape: str, year: int | None, owner: str) -> bytes:
    """The share image (`movies.share_image`) of a session's statistics, for all time or a
    year: drawn once per version of its films, then served from the cache."""
    key = f"share-image:{session.pk}:{session.stats_version}:{year or 'all'}:{shape}:{owner}"
    return _cached(
        session,
        key,
        lambda: share_image.render(
            share_image.card_from_stats(session_stats(session, year), owner=owner, year=year),
            shape,
        ),
    )


def letterboxd_favourites(session_id: UUID, uris: Sequence[str]) -> list[dict[str, Any]]:
    """The profile's favourite films among the session's, in the profile's order, as the
    page's film references (with rating and poster): one query. A favourite the export lists
    nowhere else is left out."""
    if not uris:
        return []
    rows = Movie.objects.filter(session_id=session_id, letterboxd_uri__in=uris).values_list(
        "pk", "name", "year", "letterboxd_uri", "rating", "tmdb_movie__poster_path"
    )
    by_uri = {
        uri: {
            "id": pk,
            "name": name,
            "year": year,
            "uri": uri,
            "rating": float(rating) if rating is not None else None,
            "poster": poster or "",
        }
        for pk, name, year, uri, rating, poster in rows
    }
    return [by_uri[uri] for uri in uris if uri in by_uri]
