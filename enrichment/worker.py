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
from datetime import timedelta

from django.conf import settings
from django.db import connections, transaction
from django.utils import timezone

from enrichment.lookup import resolve, resolve_cached, search_key
from enrichment.matching import Match
from enrichment.tmdb import configured_client
from enrichment.tmdb_client import TmdbAuthError, TmdbClient, TmdbError, TmdbUnavailable
from movies.bulk_sql import update_rows
from movies.models import Movie
from sessions_app.models import NO_KEY_MESSAGE, UploadSession

logger = logging.getLogger(__name__)

State = Movie.EnrichmentStatus
# While queued, a planned chunk holds its films this long before a sweep may plan them again.
QUEUED_LEASE = timedelta(minutes=15)
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


# --- Results ---------------------------------------------------------------------------------


def film_state(match: Match) -> str:
    """The enrichment state a film takes from its match."""
    if match.failure:
        return State.FAILED
    if match.is_movie:
        return State.ENRICHED
    if match.is_tv:
        return State.TV
    return State.NOT_FOUND


def _result_row(pk: int, match: Match) -> tuple:
    """Values for `RESULT_COLUMNS`, then the film's key and the state it must still be in."""
    return (
        film_state(match),
        "" if match.tmdb_id else match.reason[:500],  # why no film: not found, or failed
        match.tmdb_id if match.is_movie else None,
        match.tmdb_id if match.is_tv else None,
        match.confidence or None,
        None,
        None,
        pk,
        State.PENDING.value,
    )


def write_matches(session_id, matches: dict[int, Match]) -> int:
    """Store matches, only on films still pending: a film someone else finished is left alone."""
    if not matches:
        return 0
    written = update_rows(
        Movie,
        RESULT_COLUMNS,
        (_result_row(pk, match) for pk, match in matches.items()),
        where=("pk", "enrichment_status"),
    )
    if written:
        UploadSession.objects.filter(pk=session_id).bump_stats_version()
    return written


# --- The cache first -------------------------------------------------------------------------


def link_cached_films(session_id) -> int:
    """Resolve every pending film the shared cache already knows, without a request."""
    pending = list(
        Movie.objects.filter(session_id=session_id).pending().values_list("pk", "name", "year")
    )
    if not pending:
        return 0
    cached = resolve_cached((name, year) for _, name, year in pending)
    matches = {}
    for pk, name, year in pending:
        match = cached.get(search_key(name, year))
        if match is not None:
            matches[pk] = match
    return write_matches(session_id, matches)


# --- Claims ------------------------------------------------------------------------------------


def plan_chunks(session_id, chunk_size: int | None = None) -> Iterator[str]:
    """Hand out the session's unclaimed pending films in chunks; yield each chunk's token."""
    chunk_size = chunk_size or settings.ENRICH_CHUNK_SIZE
    claimable = Movie.objects.filter(session_id=session_id).claimable
    ids = list(claimable().order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), chunk_size):
        token = uuid.uuid4()
        claimed = (
            claimable()
            .filter(pk__in=ids[start : start + chunk_size])
            .update(claim_token=token, claimed_until=timezone.now() + QUEUED_LEASE)
        )
        if claimed:
            yield str(token)


def take_chunk(session_id, token: str) -> list[Movie]:
    """Start work on a planned chunk: renew its lease and return its films still pending."""
    with transaction.atomic():
        movies = list(
            Movie.objects.select_for_update(skip_locked=True)
            .filter(session_id=session_id)
            .claimed_by(token)
            .only("pk", "name", "year")
        )
        Movie.objects.filter(pk__in=[m.pk for m in movies]).update(
            claimed_until=timezone.now() + running_lease()
        )
    return movies


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
        Movie.objects.claimed_by(self.token).update(claimed_until=timezone.now() + running_lease())


# --- Resolving a chunk ---------------------------------------------------------------------------


def _resolve_one(movie: Movie, client: TmdbClient, lease: _LeaseKeeper) -> Match:
    try:
        lease.maybe_renew()
        return resolve(movie.name, movie.year, client)
    except TmdbAuthError:
        raise
    except TmdbUnavailable as exc:
        return Match.failed(f"TMDB unavailable: {exc.reason}")
    except TmdbError as exc:
        return Match.failed(f"TMDB error: {exc}")
    except Exception as exc:  # one odd film must not sink its chunk
        logger.exception("Enriching film %s failed", movie.pk)
        return Match.failed(f"Unexpected error: {type(exc).__name__}: {exc}")


def _resolve_all(movies: list[Movie], client: TmdbClient, lease: _LeaseKeeper) -> dict[int, Match]:
    """Resolve films with `ENRICH_THREADS` requests in flight (the work waits on TMDB, not CPU)."""
    threads = min(settings.ENRICH_THREADS, len(movies))
    if threads <= 1:
        return {movie.pk: _resolve_one(movie, client, lease) for movie in movies}

    def in_thread(movie: Movie) -> Match:
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
    client = client or configured_client()
    try:
        matches = _resolve_all(movies, client, _LeaseKeeper(token))
    except TmdbAuthError as exc:
        # What was fetched before is in the shared cache: the retry costs nothing for it.
        message = f"TMDB refused the API key ({exc}). Fix TMDB_API_KEY, then retry."
        UploadSession.objects.filter(pk=session_id).stop(message)
        raise EnrichmentStopped(message) from exc
    finally:
        if own_client:
            client.close()
    return write_matches(session_id, matches)


# --- In the foreground -----------------------------------------------------------------------


def enrich_in_foreground(
    session_id, progress: Callable[[int, int], None] | None = None
) -> UploadSession:
    """Enrich a whole session in this process (no cluster): what `enrich_session` runs."""
    sessions = UploadSession.objects.filter(pk=session_id)
    if not settings.TMDB_API_KEY:
        sessions.note_waiting_for_key()
        raise EnrichmentStopped(NO_KEY_MESSAGE)
    films = Movie.objects.filter(session_id=session_id)
    total = films.count()

    def report() -> None:
        if progress:
            progress(total - films.pending().count(), total)

    link_cached_films(session_id)
    report()
    client = configured_client()
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
    sessions.complete_finished()
    return UploadSession.objects.with_counts().get(pk=session_id)
