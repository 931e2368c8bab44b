"""A member fixes a match: another candidate, a film found by searching TMDB, a pasted TMDB film,
or leaving the film out of their statistics.

A correction belongs to its session only. It links the film to the shared `TmdbMovie` cache
(fetching the movie once if no one has yet) but never writes the shared search cache: one
member's choice must not change what another member's "Leo (2023)" matches.

Every TMDB request made here runs while a member waits on a web page, so it goes through the
bounded web client (`enrichment.tmdb.web_client`): a few seconds, then a clear message.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import transaction
from django_q.tasks import async_task

from enrichment.lookup import fetch_movie, search_key
from enrichment.matching import SHORT_MINUTES, Candidate
from enrichment.models import TmdbMovie, TmdbSearchResult
from enrichment.tmdb import web_client
from enrichment.tmdb_client import TmdbAuthError, TmdbClient, TmdbError, TmdbNotFound
from movies.models import Movie
from sessions_app.models import UploadSession
from sessions_app.queue import ENRICHMENT_GROUP

State = Movie.EnrichmentStatus
UNREACHABLE = (
    "TMDB could not be reached or did not answer in time; nothing was changed. "
    "Try again in a minute."
)

TMDB_SITE = "https://www.themoviedb.org"
SEARCH_RESULTS_SHOWN = 10


class CorrectionError(Exception):
    """The correction cannot be made; `message` says why, for the member."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ShownCandidate:
    """A TMDB film or series as a candidate card shows it."""

    tmdb_id: int
    title: str
    original_title: str
    year: int | None
    media_type: str
    directors: tuple[str, ...] = ()
    runtime: int | None = None  # minutes, when known
    poster_path: str = ""
    kind: str = ""  # "short", "TV film", "TV series"; "" for a feature or unknown

    @property
    def is_movie(self) -> bool:
        return self.media_type == "movie"

    @property
    def tmdb_url(self) -> str:
        return f"{TMDB_SITE}/{'movie' if self.is_movie else 'tv'}/{int(self.tmdb_id)}"


@dataclass(frozen=True)
class Considered:
    """What matching weighed for one film: its candidates, best first, and why it decided."""

    candidates: list[ShownCandidate]
    reason: str = ""


def _shown(candidates: Iterable[Candidate]) -> list[ShownCandidate]:
    """Candidate cards, with directors and runtime where the cache knows them (one query)."""
    candidates = list(candidates)
    ids = {c.tmdb_id for c in candidates if c.media_type == "movie"}
    cached = {
        pk: (directors, runtime, poster)
        for pk, directors, runtime, poster in TmdbMovie.objects.filter(pk__in=ids).values_list(
            "pk", "directors", "runtime", "poster_path"
        )
    }
    shown = []
    for c in candidates:
        directors, runtime, poster = (
            cached.get(c.tmdb_id, ([], None, "")) if c.media_type == "movie" else ([], None, "")
        )
        runtime = c.runtime or runtime
        if c.media_type == "tv":
            kind = "TV series"
        elif runtime is not None and runtime <= SHORT_MINUTES:
            kind = "short"
        else:
            kind = "TV film" if c.tv_movie else ""
        shown.append(
            ShownCandidate(
                tmdb_id=c.tmdb_id,
                title=c.title,
                original_title=c.original_title,
                year=c.year,
                media_type=c.media_type,
                directors=tuple(d.get("name") or "" for d in directors or []),
                runtime=runtime,
                poster_path=c.poster_path or poster or "",
                kind=kind,
            )
        )
    return shown


def considered_for(movies: list[Movie]) -> dict[int, Considered]:
    """What the search considered for each film, from the cache: no TMDB request.

    Three queries whatever the number of films: the search rows, then the cached films among
    the candidates (for their directors and runtimes).
    """
    keys = {movie.pk: search_key(movie.name, movie.year) for movie in movies}
    titles = {title for title, _ in keys.values()}
    results = {
        result.key: result
        for result in TmdbSearchResult.objects.filter(normalised_title__in=titles)
    }
    matches = {key: result.to_match() for key, result in results.items()}
    every = [c for match in matches.values() for c in match.candidates]
    cards = {(card.media_type, card.tmdb_id): card for card in _shown(every)}
    considered = {}
    for pk, key in keys.items():
        match = matches.get(key)
        if match is None:
            considered[pk] = Considered([])
            continue
        shown = [cards[c.key] for c in match.candidates]
        considered[pk] = Considered(shown, match.reason)
    return considered


def candidates_for(movies: list[Movie]) -> dict[int, list[ShownCandidate]]:
    """The candidates the search considered for each film (see `considered_for`)."""
    return {pk: c.candidates for pk, c in considered_for(movies).items()}


def search_tmdb(query: str, year: int | None = None) -> list[ShownCandidate]:
    """Films TMDB's search finds for `query` (and `year`, any release that year), best known
    first: one request, bounded to a few seconds. Raises CorrectionError with the reason."""
    try:
        client = web_client()
    except TmdbAuthError as exc:
        raise CorrectionError("TMDB cannot be searched: TMDB_API_KEY is not set.") from exc
    try:
        with _tmdb_errors_for_the_member():
            results = client.search_movie(query, year=year)
    finally:
        client.close()
    candidates = [Candidate.from_search_result(item) for item in results if item.get("id")]
    candidates.sort(key=lambda c: c.weight, reverse=True)
    return _shown(candidates[:SEARCH_RESULTS_SHOWN])


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
    """ "Leave it out of my statistics": a real film TMDB lacks, a home video, anything the
    member does not want counted. It stays in the films table, marked as left out."""
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
        client = client or web_client()
    except TmdbAuthError as exc:
        raise CorrectionError("Films cannot be looked up: TMDB_API_KEY is not set.") from exc
    try:
        with _tmdb_errors_for_the_member(not_found=f"TMDB has no film with id {tmdb_id}."):
            return fetch_movie(tmdb_id, client)
    finally:
        if own_client:
            client.close()


@contextmanager
def _tmdb_errors_for_the_member(not_found: str | None = None) -> Iterator[None]:
    """TMDB's refusals as a CorrectionError that tells the member what happened; `not_found`
    words a 404 when the caller asked for one film."""
    try:
        yield
    except TmdbNotFound as exc:
        if not_found is None:
            raise CorrectionError(UNREACHABLE) from exc
        raise CorrectionError(not_found) from exc
    except TmdbAuthError as exc:
        raise CorrectionError("TMDB refused our API key; try again later.") from exc
    except TmdbError as exc:
        raise CorrectionError(UNREACHABLE) from exc


def _changed(session_id) -> None:
    sessions = UploadSession.objects.filter(pk=session_id)
    sessions.bump_stats_version()
    sessions.complete_finished()  # the last pending film may just have been settled by hand
    # The dashboard redraws right after a fix: have the new statistics ready in the cache.
    transaction.on_commit(
        lambda: async_task("enrichment.tasks.warm_stats", str(session_id), group=ENRICHMENT_GROUP)
    )
