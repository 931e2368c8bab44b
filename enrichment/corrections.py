"""A member fixes a match: another candidate, a pasted TMDB film, or "not a film".

A correction belongs to its session only. It links the film to the shared `TmdbMovie` cache
(fetching the movie once if no one has yet) but never writes the shared search cache: one
member's choice must not change what another member's "Leo (2023)" matches.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django_q.tasks import async_task

from enrichment.lookup import fetch_movie, search_key
from enrichment.models import TmdbMovie, TmdbSearchResult
from enrichment.tmdb import configured_client
from enrichment.tmdb_client import TmdbAuthError, TmdbClient, TmdbError, TmdbNotFound
from movies.models import Movie
from sessions_app.models import UploadSession
from sessions_app.queue import ENRICHMENT_GROUP

State = Movie.EnrichmentStatus


class CorrectionError(Exception):
    """The correction cannot be made; `message` says why, for the member."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ShownCandidate:
    tmdb_id: int
    title: str
    original_title: str
    year: int | None
    media_type: str
    directors: tuple[str, ...] = ()

    @property
    def is_movie(self) -> bool:
        return self.media_type == "movie"


def candidates_for(movies: list[Movie]) -> dict[int, list[ShownCandidate]]:
    """The candidates the search considered for each film, from the cache: no TMDB request.

    Three queries whatever the number of films: the search rows, then the cached films among
    the candidates (for their directors).
    """
    keys = {movie.pk: search_key(movie.name, movie.year) for movie in movies}
    titles = {title for title, _ in keys.values()}
    matches = {
        result.key: result.to_match()
        for result in TmdbSearchResult.objects.filter(normalised_title__in=titles)
    }
    considered = {pk: matches[key].candidates if key in matches else () for pk, key in keys.items()}
    movie_ids = {c.tmdb_id for cs in considered.values() for c in cs if c.media_type == "movie"}
    directors = dict(TmdbMovie.objects.filter(pk__in=movie_ids).values_list("pk", "directors"))
    return {
        pk: [
            ShownCandidate(
                tmdb_id=c.tmdb_id,
                title=c.title,
                original_title=c.original_title,
                year=c.year,
                media_type=c.media_type,
                directors=tuple(
                    d["name"] for d in directors.get(c.tmdb_id, []) if c.media_type == "movie"
                ),
            )
            for c in cands
        ]
        for pk, cands in considered.items()
    }


def choose_movie(movie: Movie, tmdb_id: int, client: TmdbClient | None = None) -> TmdbMovie:
    """Link `movie` to TMDB film `tmdb_id`: one request when no session has it, else none."""
    tmdb_movie = TmdbMovie.objects.fresh().filter(pk=tmdb_id).first()
    if tmdb_movie is None:
        tmdb_movie = _fetch(tmdb_id, client)
    Movie.objects.filter(pk=movie.pk).update(
        tmdb_movie=tmdb_movie,
        tmdb_tv_id=None,
        enrichment_status=State.ENRICHED,
        enrichment_error="",
        match_confidence=1.0,
        matched_by_member=True,
        claim_token=None,
        claimed_until=None,
    )
    _changed(movie.session_id)
    return tmdb_movie


def exclude(movie: Movie) -> None:
    """ "Not a film": keep it in the films table, out of every statistic."""
    Movie.objects.filter(pk=movie.pk).update(
        tmdb_movie=None,
        tmdb_tv_id=None,
        enrichment_status=State.EXCLUDED,
        enrichment_error="",
        match_confidence=None,
        matched_by_member=True,
        claim_token=None,
        claimed_until=None,
    )
    _changed(movie.session_id)


def _fetch(tmdb_id: int, client: TmdbClient | None) -> TmdbMovie:
    own_client = client is None
    try:
        client = client or configured_client()
    except TmdbAuthError as exc:
        raise CorrectionError("Films cannot be looked up: TMDB_API_KEY is not set.") from exc
    try:
        return fetch_movie(tmdb_id, client)
    except TmdbNotFound as exc:
        raise CorrectionError(f"TMDB has no film with id {tmdb_id}.") from exc
    except TmdbAuthError as exc:
        raise CorrectionError("TMDB refused our API key; try again later.") from exc
    except TmdbError as exc:
        raise CorrectionError("TMDB could not be reached; try again in a minute.") from exc
    finally:
        if own_client:
            client.close()


def _changed(session_id) -> None:
    sessions = UploadSession.objects.filter(pk=session_id)
    sessions.bump_stats_version()
    sessions.complete_finished()  # the last pending film may just have been settled by hand
    # The dashboard redraws right after a fix: have the new statistics ready in the cache.
    transaction.on_commit(
        lambda: async_task("enrichment.tasks.warm_stats", str(session_id), group=ENRICHMENT_GROUP)
    )
