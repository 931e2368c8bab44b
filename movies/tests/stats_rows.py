"""Films and diary entries as one dataclass per row, for the statistics' tests.

The dashboard loads its columns straight from SQL (`movies.session_stats.load_tables`); tests find
rows easier to write and read. `tables_from_rows` turns them into the same columns, so a test
states a handful of films and checks the figures. Pure Python, like `movies.stats`: the tests
that use it run without Django (`pytest -p no:django`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from movies.facets import DIMENSIONS, facets
from movies.facets import empty as empty_facets
from movies.stats import Credits, Films, Viewings, dashboard_stats


@dataclass(slots=True)
class TmdbRow:
    """The TMDB metadata of a film, as the shared cache holds it."""

    tmdb_id: int
    title: str = ""
    genres: list[str] = field(default_factory=list)
    directors: list[dict[str, Any]] = field(default_factory=list)  # [{"id", "name"}]
    # The top-billed cast as two parallel lists (ids and names), which is all the stats read.
    cast_ids: list[int | None] = field(default_factory=list)
    cast_names: list[str | None] = field(default_factory=list)
    runtime: int | None = None  # minutes
    budget: int | None = None  # USD
    revenue: int | None = None  # USD
    popularity: float | None = None
    vote_average: float | None = None  # 0–10
    vote_count: int | None = None
    countries: list[dict[str, str]] = field(default_factory=list)  # [{"code", "name"}]
    languages: list[dict[str, str]] = field(default_factory=list)  # [{"code", "name"}]
    original_language: str = ""


@dataclass(slots=True)
class FilmRow:
    """A film of the session, as the member logged it."""

    id: int
    name: str
    year: int | None = None
    uri: str = ""
    rating: float | None = None  # 0.5–5
    liked: bool = False
    marked_watched_on: date | None = None
    enrichment_status: str = "pending"
    tmdb: TmdbRow | None = None
    tags: list[str] = field(default_factory=list)
    poster: str = ""


@dataclass(slots=True)
class ViewingRow:
    """One diary entry."""

    movie_id: int
    watched_on: date | None = None
    rating: float | None = None
    rewatch: bool = False
    has_review: bool = False


def tables_from_rows(
    films: Sequence[FilmRow], viewings: Sequence[ViewingRow]
) -> tuple[Films, Viewings]:
    """The columns of one dataclass per film and per diary entry."""
    tmdbs = [film.tmdb for film in films]

    def column(name: str) -> list:
        return [getattr(t, name) if t is not None else None for t in tmdbs]

    per_film = [empty_facets() if t is None else _facets_of(t) for t in tmdbs]
    directors = {d["id"]: d["name"] for t in tmdbs if t is not None for d in t.directors}
    actors = {
        person: name
        for t in tmdbs
        if t is not None
        for person, name in zip(t.cast_ids, t.cast_names, strict=True)
    }
    credits = {dimension: Credits([f[dimension] for f in per_film]) for dimension in DIMENSIONS}
    table = Films(
        id=[f.id for f in films],
        name=[f.name for f in films],
        year=[f.year for f in films],
        uri=[f.uri for f in films],
        rating=[f.rating for f in films],
        liked=[f.liked for f in films],
        marked_watched_on=[f.marked_watched_on for f in films],
        status=[f.enrichment_status for f in films],
        has_tmdb=[t is not None for t in tmdbs],
        runtime=column("runtime"),
        budget=column("budget"),
        revenue=column("revenue"),
        popularity=column("popularity"),
        vote_average=column("vote_average"),
        vote_count=column("vote_count"),
        credits=credits,
        people_names=lambda _wanted: {"directors": directors, "actors": actors},
        tags=[f.tags for f in films],
        poster=[f.poster for f in films],
    )
    diary = Viewings(
        movie_id=[v.movie_id for v in viewings],
        watched_on=[v.watched_on for v in viewings],
        rewatch=[v.rewatch for v in viewings],
        has_review=[v.has_review for v in viewings],
    )
    return table, diary


def _facets_of(t: TmdbRow) -> dict[str, list]:
    return facets(
        genres=t.genres,
        directors=t.directors,
        cast=[{"id": i, "name": n} for i, n in zip(t.cast_ids, t.cast_names, strict=True)],
        countries=t.countries,
        languages=t.languages,
        original_language=t.original_language,
    )


def stats_from_rows(
    films: Sequence[FilmRow], viewings: Sequence[ViewingRow], year: int | None = None
) -> dict[str, Any]:
    """The dashboard's statistics of rows built by hand."""
    return dashboard_stats(*tables_from_rows(films, viewings), year=year)
