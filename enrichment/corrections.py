"""A member fixes a match: another candidate, a pasted TMDB film, or "not a film".

A correction belongs to its session only. It links the film to the shared `TmdbMovie` cache
(fetching the movie once if no one has yet) but never writes the shared search cache: one
member's choice must not change what another member's "Leo (2023)" matches.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django_q.tasks import async_task

from enrichment.lookup import fetch_movie, search_key
from enrichment.models import TmdbMovie, TmdbSearchResult
from enrichment.tmdb_client import TmdbAuthError, TmdbClient, TmdbError, TmdbNotFound
from enrichment.worker import finish_if_done
from movies.models import Movie
from sessions_app.models import UploadSession

State = Movie.EnrichmentStatus
# Matches under this confidence are worth a look; the matcher's own floor is lower.
LOW_CONFIDENCE = 0.9


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


def needs_checking(session_id) -> Q:
    """Films of a session worth a member's look: not found, TV, or a doubtful match."""
    doubtful = Q(enrichment_status=State.ENRICHED, match_confidence__lt=LOW_CONFIDENCE)
    return Q(session_id=session_id, matched_by_member=False) & (
        Q(enrichment_status__in=[State.NOT_FOUND, State.TV]) | doubtful
    )


def candidates_for(movies: list[Movie]) -> dict[int, list[ShownCandidate]]:
    """The candidates the search considered for each film, from the cache: no TMDB request.

    Three queries whatever the number of films: the search rows, then the cached films among
    the candidates (for their directors).
    """
    keys = {movie.pk: search_key(movie.name, movie.year) for movie in movies}
    titles = {title for title, _ in keys.values()}
    results = {
        result.key: result
        for result in TmdbSearchResult.objects.filter(normalised_title__in=titles)
    }
    raw = {pk: results[key].candidates if key in results else [] for pk, key in keys.items()}
    movie_ids = {c["tmdb_id"] for cands in raw.values() for c in cands if _is_movie(c)}
    directors = dict(TmdbMovie.objects.filter(pk__in=movie_ids).values_list("pk", "directors"))
    return {
        pk: [
            ShownCandidate(
                tmdb_id=c["tmdb_id"],
                title=c.get("title", ""),
                original_title=c.get("original_title", ""),
                year=_year(c.get("release_date", "")),
                media_type=c.get("media_type", "movie"),
                directors=tuple(d["name"] for d in directors.get(c["tmdb_id"], []) if _is_movie(c)),
            )
            for c in cands
        ]
        for pk, cands in raw.items()
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
        client = client or TmdbClient.from_settings()
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
    UploadSession(pk=session_id).bump_stats_version()
    finish_if_done(session_id)  # the last pending film may just have been settled by hand
    # The dashboard redraws right after a fix: have the new statistics ready in the cache.
    transaction.on_commit(
        lambda: async_task("enrichment.tasks.warm_stats", str(session_id), group="enrichment")
    )


def _is_movie(candidate: dict) -> bool:
    return candidate.get("media_type", "movie") == "movie"


def _year(release_date: str) -> int | None:
    return int(release_date[:4]) if release_date[:4].isdigit() else None
