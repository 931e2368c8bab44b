"""From a film's Letterboxd name and year to its TMDB metadata, through the shared cache.

A film any session has already resolved costs no request: the search cache answers which TMDB
id (or "no match") a (normalised title, year) is, and the movie cache holds its metadata. Only
what is missing or older than six months is asked of TMDB: first, when a title index is loaded
(`enrichment.title_index`), the details of the one film whose original title the name is (one
request); then, when that leaves any doubt, the searches of `find_match`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from enrichment.id_export import index_key, index_match, pick_candidate
from enrichment.matching import Match
from enrichment.models import TmdbMovie, TmdbSearchResult, TmdbTitle
from enrichment.search_strategy import SearchFailed, find_match
from enrichment.titles import normalise_title
from enrichment.tmdb_client import (
    TmdbAuthError,
    TmdbClient,
    TmdbError,
    TmdbNotFound,
    TmdbUnavailable,
)

logger = logging.getLogger(__name__)

SearchKey = tuple[str, int]

# Well under SQLite's limit on query parameters.
_CHUNK = 500


def search_key(name: str, year: int | None) -> SearchKey:
    """The search cache's key: the normalised title, and the year or 0 when there is none."""
    normalised = normalise_title(name)
    if not normalised:
        # A title made only of punctuation ("…", "?") normalises to nothing; keep it apart.
        normalised = " ".join(name.casefold().split())
    return normalised[:500], int(year or 0)


def fetch_movie(tmdb_id: int, client: TmdbClient) -> TmdbMovie:
    """Ask TMDB for one film's details, credits and alternative titles (one request) and cache
    them."""
    movie = TmdbMovie.from_tmdb(client.movie_details(tmdb_id))
    TmdbMovie.upsert([movie])
    return movie


class _CachedDetails:
    """The details matching asks for, from the shared cache when it has them.

    A film cached before alternative titles were asked for costs their small request only.
    Remembers what it cost and what failed, for `resolve()`.
    """

    def __init__(self, client: TmdbClient) -> None:
        self.client = client
        self.cache_hits = 0
        self.errors: dict[int, TmdbError] = {}

    def __call__(self, tmdb_id: int) -> dict:
        movie = TmdbMovie.objects.fresh().filter(pk=tmdb_id).first()
        try:
            if movie is None:
                return fetch_movie(tmdb_id, self.client).as_details()
            if movie.alternative_titles is None:
                movie.alternative_titles = self.client.movie_alternative_titles(tmdb_id)
                movie.save(update_fields=["alternative_titles"])
                return movie.as_details()
        except TmdbAuthError:
            raise
        except TmdbError as exc:
            self.errors[tmdb_id] = exc
            raise SearchFailed(str(exc), transient=isinstance(exc, TmdbUnavailable)) from exc
        self.cache_hits += 1
        return movie.as_details()


def _from_index(name: str, year: int | None, client: TmdbClient) -> tuple[Match | None, int]:
    """(the match the title index settles with the details of one film, or None for the
    searches to decide; the requests it spent). No index loaded: (None, 0), and no request.

    The film fetched is cached whatever the outcome, so when the searches pick it after all
    its details cost nothing more: a doubt costs one request at most.
    """
    if year is None:
        return None, 0  # without a year, one title's films cannot be told apart
    tmdb_id = pick_candidate(TmdbTitle.objects.candidates(index_key(name)))
    if tmdb_id is None:
        return None, 0
    movie = TmdbMovie.objects.fresh().filter(pk=tmdb_id).first()
    if movie is not None:
        return index_match(name, year, movie.as_details()), 0
    try:
        body = client.movie_details(tmdb_id, release_dates=True)
    except TmdbAuthError:
        raise
    except TmdbError as exc:
        # Gone since the export, or TMDB failing: the searches will tell.
        logger.info("TMDB details of indexed film %s failed; searching: %s", tmdb_id, exc)
        return None, 1
    TmdbMovie.upsert([TmdbMovie.from_tmdb(body)])
    return index_match(name, year, body), 1


def _step(search):
    """A client search as a step of the plan: TMDB's errors skip the step, but an invalid key
    stops everything."""

    def run(query: str, params: dict) -> list[dict]:
        try:
            return search(query, **params)
        except TmdbAuthError:
            raise
        except TmdbError as exc:
            raise SearchFailed(str(exc), transient=isinstance(exc, TmdbUnavailable)) from exc

    return run


def resolve(name: str, year: int | None, client: TmdbClient) -> Match:
    """Match one exported film; when it is a film, its metadata is in the cache on return.

    Costs 0 requests when cached, else the searches and details requests the match takes
    (`Match.requests`), usually one of each. A search TMDB fails is skipped; a match left
    unsure by one comes back `failed` and is not cached, so it is asked again. An invalid key
    (`TmdbAuthError`) propagates, as do failures to fetch the matched film's details.
    """
    key = search_key(name, year)
    cached = TmdbSearchResult.objects.fresh().filter(normalised_title=key[0], year=key[1]).first()
    details = _CachedDetails(client)
    if cached is not None:
        match = cached.to_match()
    else:
        match, spent = _from_index(name, year, client)
        if match is not None:
            # Settled on the film's details, which the index step has just cached.
            match = replace(match, requests=spent)
            TmdbSearchResult.store(key, match)
            return match
        match = find_match(name, year, _step(client.search_movie), _step(client.search_tv), details)
        match = replace(match, requests=match.requests - details.cache_hits + spent)
        if not match.failure and not match.failed_steps:
            TmdbSearchResult.store(key, match)
    if match.failure:
        return match

    if not match.is_movie or TmdbMovie.objects.fresh().filter(pk=match.tmdb_id).exists():
        return match
    error = details.errors.get(match.tmdb_id)
    try:
        if error is not None:
            raise error  # the strategy already asked; asking again would double the cost
        match = replace(match, requests=match.requests + 1)
        fetch_movie(match.tmdb_id, client)
    except TmdbNotFound:
        # TMDB removed or merged the film since the search: forget the search, so the next
        # lookup searches afresh instead of trusting a dead id for six months.
        TmdbSearchResult.objects.filter(normalised_title=key[0], year=key[1]).delete()
        return replace(
            match,
            tmdb_id=None,
            media_type="",
            confidence=0.0,
            reason=f"TMDB no longer has film {match.tmdb_id}",
        )
    return match


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def resolve_cached(pairs: Iterable[tuple[str, int | None]]) -> dict[SearchKey, Match]:
    """The films of `pairs` (name, year) that the cache resolves alone, keyed by `search_key`.

    A few queries for a whole session. A film match is returned only when its fresh metadata
    is cached too, so the caller can link it without a request. Pairs left out need
    `resolve()` (and its requests).
    """
    keys = {search_key(name, year) for name, year in pairs}
    titles = sorted({title for title, _ in keys})
    found: dict[SearchKey, Match] = {}
    for chunk in _chunks(titles):
        for result in TmdbSearchResult.objects.fresh().filter(normalised_title__in=chunk):
            if result.key in keys:
                found[result.key] = result.to_match()

    movie_ids = sorted({match.tmdb_id for match in found.values() if match.is_movie})
    cached_movies: set[int] = set()
    for chunk in _chunks(movie_ids):
        cached_movies.update(
            TmdbMovie.objects.fresh().filter(pk__in=chunk).values_list("pk", flat=True)
        )
    # A search cached without its film's details: resolve() fetches them.
    return {
        key: match
        for key, match in found.items()
        if not match.is_movie or match.tmdb_id in cached_movies
    }
