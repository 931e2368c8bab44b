"""From a film's Letterboxd name and year to its TMDB metadata, through the shared cache.

A film any session has already resolved costs no request: the search cache answers which TMDB
id (or "no match") a (normalised title, year) is, and the movie cache holds its metadata. Only
what is missing or older than six months is asked of TMDB.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone

from enrichment.matching import Match
from enrichment.models import TmdbMovie, TmdbSearchResult
from enrichment.search_strategy import find_match
from enrichment.titles import normalise_title
from enrichment.tmdb_client import TmdbClient, TmdbNotFound

SearchKey = tuple[str, int]

# Enough for a member to pick another film later (issue #6) without bloating every row.
MAX_STORED_CANDIDATES = 20
# Well under SQLite's limit on query parameters.
_CHUNK = 500


def search_key(name: str, year: int | None) -> SearchKey:
    """The search cache's key: the normalised title, and the year or 0 when there is none."""
    normalised = normalise_title(name)
    if not normalised:
        # A title made only of punctuation ("…", "?") normalises to nothing; keep it apart.
        normalised = " ".join(name.casefold().split())
    return normalised[:500], int(year or 0)


@dataclass(frozen=True)
class Resolution:
    """What TMDB knows of one exported film, and how many requests finding it out cost."""

    tmdb_id: int | None  # a film's or, with media_type "tv", a series' id; None: no match
    media_type: str  # "movie" | "tv" | ""
    confidence: float
    reason: str
    candidates: list[dict[str, Any]] = field(default_factory=list)
    tmdb_movie: TmdbMovie | None = None  # set for every film match
    requests: int = 0

    @property
    def is_movie(self) -> bool:
        return self.tmdb_movie is not None

    @property
    def is_tv(self) -> bool:
        return self.tmdb_id is not None and self.media_type == TmdbSearchResult.MediaType.TV

    @property
    def matched(self) -> bool:
        return self.is_movie or self.is_tv

    @classmethod
    def from_cache(
        cls, result: TmdbSearchResult, movie: TmdbMovie | None, requests: int = 0
    ) -> Resolution:
        return cls(
            tmdb_id=result.tmdb_id,
            media_type=result.media_type,
            confidence=result.confidence,
            reason=result.reason,
            candidates=list(result.candidates),
            tmdb_movie=movie,
            requests=requests,
        )


def _stored_candidates(match: Match) -> list[dict[str, Any]]:
    return [dataclasses.asdict(c) for c in match.candidates[:MAX_STORED_CANDIDATES]]


def store_search_result(key: SearchKey, match: Match, requests: int) -> TmdbSearchResult:
    """Record what a search found (or that it found nothing sure), overwriting an older row."""
    confident = match.confident
    row = TmdbSearchResult(
        normalised_title=key[0],
        year=key[1],
        tmdb_id=match.tmdb_id if confident else None,
        media_type=match.media_type if confident else TmdbSearchResult.MediaType.NONE,
        confidence=match.confidence,
        reason=match.reason[:300],
        candidates=_stored_candidates(match),
        requests=requests,
        fetched_at=timezone.now(),
    )
    # An upsert, not get-then-save: two workers resolving one title at once must both succeed.
    TmdbSearchResult.objects.bulk_create(
        [row],
        update_conflicts=True,
        unique_fields=["normalised_title", "year"],
        update_fields=[
            "tmdb_id",
            "media_type",
            "confidence",
            "reason",
            "candidates",
            "requests",
            "fetched_at",
        ],
    )
    return row


def fetch_movie(tmdb_id: int, client: TmdbClient) -> TmdbMovie:
    """Ask TMDB for one film's details and credits (one request) and cache them."""
    movie = TmdbMovie.from_tmdb(client.movie_details(tmdb_id))
    TmdbMovie.upsert([movie])
    return movie


def resolve(name: str, year: int | None, client: TmdbClient) -> Resolution:
    """Match one exported film and return its TMDB metadata, from the cache when it can.

    Costs 0 requests when cached, else the searches the match takes plus one details request.
    TMDB errors (`TmdbAuthError`, `TmdbUnavailable`, …) propagate; nothing half-done is stored
    except a search result, which is correct on its own.
    """
    key = search_key(name, year)
    requests = 0
    result = TmdbSearchResult.objects.fresh().filter(normalised_title=key[0], year=key[1]).first()
    if result is None:
        match, requests = find_match(
            name,
            year,
            lambda query, params: client.search_movie(query, **params),
            lambda query, params: client.search_tv(query, **params),
        )
        result = store_search_result(key, match, requests)

    if not result.is_movie:
        return Resolution.from_cache(result, None, requests)

    movie = TmdbMovie.objects.fresh().filter(pk=result.tmdb_id).first()
    if movie is None:
        requests += 1
        try:
            movie = fetch_movie(result.tmdb_id, client)
        except TmdbNotFound:
            # TMDB removed or merged the film since the search: forget the search, so the next
            # lookup searches afresh instead of trusting a dead id for six months.
            TmdbSearchResult.objects.filter(normalised_title=key[0], year=key[1]).delete()
            return Resolution(
                tmdb_id=None,
                media_type=TmdbSearchResult.MediaType.NONE,
                confidence=0.0,
                reason=f"TMDB no longer has film {result.tmdb_id}",
                candidates=list(result.candidates),
                requests=requests,
            )
    return Resolution.from_cache(result, movie, requests)


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def resolve_cached(pairs: Iterable[tuple[str, int | None]]) -> dict[SearchKey, TmdbSearchResult]:
    """The films of `pairs` (name, year) that the cache resolves alone, keyed by `search_key`.

    A few queries for a whole session. Every returned result is fresh, and a film match comes
    with its fresh `TmdbMovie` in `result.tmdb_movie`, so the caller can link it without a
    request. Pairs left out need `resolve()` (and its requests).
    """
    keys = {search_key(name, year) for name, year in pairs}
    titles = sorted({title for title, _ in keys})
    results: dict[SearchKey, TmdbSearchResult] = {}
    for chunk in _chunks(titles):
        for result in TmdbSearchResult.objects.fresh().filter(normalised_title__in=chunk):
            if result.key in keys:
                results[result.key] = result

    movie_ids = sorted({r.tmdb_id for r in results.values() if r.is_movie})
    movies: dict[int, TmdbMovie] = {}
    for chunk in _chunks(movie_ids):
        # Only the keys: linking a film needs to know the row is there, not its metadata.
        movies.update(TmdbMovie.objects.fresh().only("pk").in_bulk(chunk))

    resolved: dict[SearchKey, TmdbSearchResult] = {}
    for key, result in results.items():
        if result.is_movie:
            result.tmdb_movie = movies.get(result.tmdb_id)
            if result.tmdb_movie is None:
                continue  # the search is cached, the film's details are not: resolve() it
        resolved[key] = result
    return resolved
