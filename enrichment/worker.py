"""Enriching a session's films: claiming work, resolving films, writing results.

Used by the django-q2 tasks (`enrichment.tasks`) and by `manage.py enrich_session` alike.

Work is claimed with a lease: planning a chunk stamps its pending films with a fresh token and a
`claimed_until` time in one conditional UPDATE, so two planners (two clusters, a sweep racing an
upload) can never hand one film to two chunks. A running chunk keeps its lease alive; a killed
worker's lease runs out and the sweep plans those films again. Results are written with
conditional updates on pending films only, and every TMDB answer is in the shared cache before
it is written, so a redelivered chunk costs no request for what was already fetched.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import connections, transaction
from django.db.models import Q
from django.utils import timezone

from enrichment.lookup import Resolution, resolve, resolve_cached, search_key
from enrichment.models import TmdbSearchResult
from enrichment.tmdb_client import TmdbAuthError, TmdbClient, TmdbError, TmdbUnavailable
from movies.bulk_sql import update_rows
from movies.models import Movie
from sessions_app.models import UploadSession

logger = logging.getLogger(__name__)

State = Movie.EnrichmentStatus
# While queued, a planned chunk holds its films this long before a sweep may plan them again.
QUEUED_LEASE = timedelta(minutes=15)
NO_KEY_MESSAGE = (
    "Enrichment needs a TMDB API key: set TMDB_API_KEY and it resumes on its own "
    "(or run `manage.py enrich_session <id>`)."
)
RESULT_COLUMNS = [
    "enrichment_status",
    "enrichment_error",
    "tmdb_movie",
    "tmdb_tv_id",
    "match_confidence",
    "claim_token",
    "claimed_until",
]


class EnrichmentStopped(Exception):
    """The whole session's enrichment cannot go on (an invalid key); `message` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def running_lease() -> timedelta:
    return timedelta(seconds=settings.ENRICH_LEASE_SECONDS)


# --- Outcomes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    status: str
    tmdb_movie_id: int | None = None
    tmdb_tv_id: int | None = None
    confidence: float | None = None
    error: str = ""

    @classmethod
    def from_resolution(cls, resolution: Resolution) -> Outcome:
        if resolution.is_movie:
            return cls(
                State.ENRICHED, tmdb_movie_id=resolution.tmdb_id, confidence=resolution.confidence
            )
        if resolution.is_tv:
            return cls(State.TV, tmdb_tv_id=resolution.tmdb_id, confidence=resolution.confidence)
        return cls(
            State.NOT_FOUND, confidence=resolution.confidence or None, error=resolution.reason[:500]
        )

    @classmethod
    def from_search_result(cls, result: TmdbSearchResult) -> Outcome:
        return cls.from_resolution(
            Resolution.from_cache(result, getattr(result, "tmdb_movie", None))
        )

    def as_row(self, pk: int) -> tuple:
        """Values for `RESULT_COLUMNS`, then the film's key and the state it must still be in."""
        return (
            self.status,
            self.error,
            self.tmdb_movie_id,
            self.tmdb_tv_id,
            self.confidence,
            None,
            None,
            pk,
            State.PENDING.value,
        )


def write_outcomes(session_id, outcomes: dict[int, Outcome]) -> int:
    """Store outcomes, only on films still pending: a film someone else finished is left alone."""
    if not outcomes:
        return 0
    written = update_rows(
        Movie,
        RESULT_COLUMNS,
        (outcome.as_row(pk) for pk, outcome in outcomes.items()),
        where=("pk", "enrichment_status"),
    )
    if written:
        UploadSession(pk=session_id).bump_stats_version()
    return written


# --- The cache first -------------------------------------------------------------------------


def link_cached_films(session_id) -> int:
    """Resolve every pending film the shared cache already knows, without a request."""
    pending = list(
        Movie.objects.filter(session_id=session_id, enrichment_status=State.PENDING).values_list(
            "pk", "name", "year"
        )
    )
    if not pending:
        return 0
    cached = resolve_cached((name, year) for _, name, year in pending)
    outcomes = {}
    for pk, name, year in pending:
        result = cached.get(search_key(name, year))
        if result is not None:
            outcomes[pk] = Outcome.from_search_result(result)
    return write_outcomes(session_id, outcomes)


# --- Claims ------------------------------------------------------------------------------------


def _claimable(session_id) -> Q:
    return Q(session_id=session_id, enrichment_status=State.PENDING) & (
        Q(claimed_until__isnull=True) | Q(claimed_until__lt=timezone.now())
    )


def plan_chunks(session_id, chunk_size: int | None = None) -> Iterator[str]:
    """Hand out the session's unclaimed pending films in chunks; yield each chunk's token."""
    chunk_size = chunk_size or settings.ENRICH_CHUNK_SIZE
    ids = list(
        Movie.objects.filter(_claimable(session_id)).order_by("pk").values_list("pk", flat=True)
    )
    for start in range(0, len(ids), chunk_size):
        token = uuid.uuid4()
        claimed = Movie.objects.filter(
            _claimable(session_id), pk__in=ids[start : start + chunk_size]
        ).update(claim_token=token, claimed_until=timezone.now() + QUEUED_LEASE)
        if claimed:
            yield str(token)


def take_chunk(session_id, token: str) -> list[Movie]:
    """Start work on a planned chunk: renew its lease and return its films still pending."""
    with transaction.atomic():
        movies = list(
            Movie.objects.select_for_update(skip_locked=True)
            .filter(session_id=session_id, claim_token=token, enrichment_status=State.PENDING)
            .only("pk", "name", "year")
        )
        Movie.objects.filter(pk__in=[m.pk for m in movies]).update(
            claimed_until=timezone.now() + running_lease()
        )
    return movies


def release_claims(session_id) -> None:
    Movie.objects.filter(session_id=session_id, enrichment_status=State.PENDING).update(
        claim_token=None, claimed_until=None
    )


class _LeaseKeeper:
    """Renews a running chunk's lease from time to time while it works."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.renewed_at = time.monotonic()
        self._lock = threading.Lock()

    def maybe_renew(self) -> None:
        interval = settings.ENRICH_LEASE_SECONDS / 3
        with self._lock:
            if time.monotonic() - self.renewed_at < interval:
                return
            self.renewed_at = time.monotonic()
        Movie.objects.filter(claim_token=self.token, enrichment_status=State.PENDING).update(
            claimed_until=timezone.now() + running_lease()
        )


# --- Resolving a chunk ---------------------------------------------------------------------------


def _resolve_one(movie: Movie, client: TmdbClient, lease: _LeaseKeeper) -> Outcome:
    try:
        lease.maybe_renew()
        return Outcome.from_resolution(resolve(movie.name, movie.year, client))
    except TmdbAuthError:
        raise
    except TmdbUnavailable as exc:
        return Outcome(State.FAILED, error=f"TMDB unavailable: {exc.reason}"[:500])
    except TmdbError as exc:
        return Outcome(State.FAILED, error=f"TMDB error: {exc}"[:500])
    except Exception as exc:  # one odd film must not sink its chunk
        logger.exception("Enriching film %s failed", movie.pk)
        return Outcome(State.FAILED, error=f"Unexpected error: {type(exc).__name__}: {exc}"[:500])


def _resolve_all(
    movies: list[Movie], client: TmdbClient, lease: _LeaseKeeper
) -> dict[int, Outcome]:
    """Resolve films with `ENRICH_THREADS` requests in flight (the work waits on TMDB, not CPU)."""
    threads = min(settings.ENRICH_THREADS, len(movies))
    if threads <= 1:
        return {movie.pk: _resolve_one(movie, client, lease) for movie in movies}

    def in_thread(movie: Movie) -> Outcome:
        try:
            return _resolve_one(movie, client, lease)
        finally:
            # Each pool thread opens its own connection; never leave one behind.
            connections.close_all()

    with ThreadPoolExecutor(max_workers=threads) as pool:
        return dict(zip([movie.pk for movie in movies], pool.map(in_thread, movies), strict=True))


def process_chunk(session_id, token: str, client: TmdbClient | None = None) -> int:
    """Enrich one planned chunk; return how many films it wrote. Raises EnrichmentStopped."""
    movies = take_chunk(session_id, token)
    if not movies:
        return 0
    own_client = client is None
    client = client or TmdbClient.from_settings()
    try:
        outcomes = _resolve_all(movies, client, _LeaseKeeper(token))
    except TmdbAuthError as exc:
        # What was fetched before is in the shared cache: the retry costs nothing for it.
        message = f"TMDB refused the API key ({exc}). Fix TMDB_API_KEY, then retry."
        stop_session(session_id, message)
        raise EnrichmentStopped(message) from exc
    finally:
        if own_client:
            client.close()
    return write_outcomes(session_id, outcomes)


# --- Session state -------------------------------------------------------------------------


def stop_session(session_id, message: str) -> None:
    """Fail the session with `message`; its pending films stay pending for a retry."""
    UploadSession.objects.filter(pk=session_id, status=UploadSession.Status.ENRICHING).update(
        status=UploadSession.Status.FAILED, failed_at=timezone.now(), error_message=message
    )
    release_claims(session_id)


def finish_if_done(session_id) -> bool:
    """Complete the session once no film is pending; True if this call completed it.

    Safe to call any number of times: only one caller sees True.
    """
    if Movie.objects.filter(session_id=session_id, enrichment_status=State.PENDING).exists():
        return False
    return bool(
        UploadSession.objects.filter(pk=session_id, status=UploadSession.Status.ENRICHING).update(
            status=UploadSession.Status.COMPLETED, completed_at=timezone.now(), error_message=""
        )
    )


def note_missing_key(session_id) -> None:
    UploadSession.objects.filter(pk=session_id).exclude(error_message=NO_KEY_MESSAGE).update(
        error_message=NO_KEY_MESSAGE
    )


def reopen_for_retry(session_id, *, failed_films: bool = True) -> int:
    """Put failed films back to pending and the session back to enriching. Returns films reset."""
    reset = 0
    if failed_films:
        reset = Movie.objects.filter(session_id=session_id, enrichment_status=State.FAILED).update(
            enrichment_status=State.PENDING,
            enrichment_error="",
            claim_token=None,
            claimed_until=None,
        )
    UploadSession.objects.filter(pk=session_id).exclude(
        status=UploadSession.Status.ENRICHING
    ).update(status=UploadSession.Status.ENRICHING, enriching_started_at=timezone.now())
    UploadSession.objects.filter(pk=session_id).update(error_message="")
    if reset:
        UploadSession(pk=session_id).bump_stats_version()
    return reset


# --- In the foreground -----------------------------------------------------------------------


def enrich_in_foreground(
    session_id, progress: Callable[[int, int], None] | None = None
) -> UploadSession:
    """Enrich a whole session in this process (no cluster): what `enrich_session` runs."""
    if not settings.TMDB_API_KEY:
        note_missing_key(session_id)
        raise EnrichmentStopped(NO_KEY_MESSAGE)
    total = Movie.objects.filter(session_id=session_id).count()

    def report() -> None:
        if progress:
            pending = Movie.objects.filter(session_id=session_id, enrichment_status=State.PENDING)
            progress(total - pending.count(), total)

    link_cached_films(session_id)
    report()
    client = TmdbClient.from_settings()
    try:
        while True:
            tokens = list(plan_chunks(session_id))
            if not tokens:
                break
            for token in tokens:
                process_chunk(session_id, token, client)
                report()
    finally:
        client.close()
    finish_if_done(session_id)
    return UploadSession.objects.with_counts().get(pk=session_id)
