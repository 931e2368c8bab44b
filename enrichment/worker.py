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

import itertools
import logging
import math
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

from django.conf import settings
from django.db import DatabaseError, connections, transaction
from django.db.models import Count, F, Min
from django.utils import timezone

from enrichment import metrics
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


def write_matches(session_id, matches: dict[int, Match], source: str = "lookup") -> int:
    """Store matches, only on films still pending: a film someone else finished is left alone.

    `source`, for the metrics: "cache" when the shared cache settled them without a request."""
    if not matches:
        return 0
    written = update_rows(
        Movie,
        RESULT_COLUMNS,
        (_result_row(pk, match) for pk, match in matches.items()),
        where=("pk", "enrichment_status"),
    )
    metrics.count_settled(map(film_state, matches.values()), written, source)
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
    return write_matches(session_id, matches, source="cache")


# --- Claims ------------------------------------------------------------------------------------


def plan_chunks(
    session_id,
    chunk_size: int | None = None,
    *,
    max_chunks: int | None = None,
    lease: timedelta = QUEUED_LEASE,
    watchlist: bool | None = None,
) -> Iterator[str]:
    """Hand out the session's unclaimed pending films in chunks (at most `max_chunks`); yield
    each chunk's token. Its films are held for `lease`. The session's films come before the
    watchlist films its member asked for; `watchlist` takes only the one or the other."""
    chunk_size = chunk_size or settings.ENRICH_CHUNK_SIZE
    films = Movie.objects.filter(session_id=session_id)
    if watchlist is not None:
        films = films.filter(watchlist_only=watchlist)
    claimable = films.claimable
    wanted = claimable().order_by("watchlist_only", "pk").values_list("pk", flat=True)
    ids = list(wanted[: chunk_size * max_chunks] if max_chunks else wanted)
    for start in range(0, len(ids), chunk_size):
        token = uuid.uuid4()
        claimed = (
            claimable()
            .filter(pk__in=ids[start : start + chunk_size])
            .update(claim_token=token, claimed_until=timezone.now() + lease)
        )
        if claimed:
            yield str(token)


def claim_next_chunk(chunk_size: int | None = None) -> tuple[str, str] | None:
    """Claim a chunk of the session whose client has waited longest for one; return
    (session id, chunk token), or None when no film anywhere is waiting.

    Clients take turns, not sessions: one client's hundred uploads share one turn with a
    member's single upload. Two loops may pick the same session at once; claims are
    conditional, so they simply take different films.

    Watchlists come last: a watchlist film its member asked for is taken only when no
    session anywhere has a film of its own waiting, so that asking costs nobody a wait.
    """
    now = timezone.now()
    watchlist = False
    session = _longest_waiting(UploadSession.objects.enriching().with_claimable_films(now))
    if session is None:
        watchlist = True
        session = _longest_waiting(UploadSession.objects.with_watchlist_to_look_up(now))
    if session is None:
        return None
    client = (
        UploadSession.objects.filter(client_key=session.client_key)
        if session.client_key
        else (UploadSession.objects.filter(pk=session.pk))
    )
    client.update(turn_at=now)
    chunks = plan_chunks(
        session.pk, chunk_size, max_chunks=1, lease=running_lease(), watchlist=watchlist
    )
    token = next(chunks, None)
    return (str(session.pk), token) if token else None


def _longest_waiting(sessions) -> UploadSession | None:
    """The session whose client has waited longest for a turn."""
    return (
        sessions.order_by(F("turn_at").asc(nulls_first=True), "created_at")
        .only("pk", "client_key")
        .first()
    )


def take_chunk(session_id, token: str) -> list[Movie]:
    """Start work on a planned chunk: renew its lease and return its films still pending."""
    with transaction.atomic():
        movies = list(
            Movie.objects.select_for_update(skip_locked=True)
            .filter(session_id=session_id)
            .claimed_by(token)
            .only("pk", "name", "year", "enrichment_attempts")
        )
        Movie.objects.filter(pk__in=[m.pk for m in movies]).update(
            claimed_until=timezone.now() + running_lease()
        )
    return movies


class _LeaseKeeper:
    """Renews a running chunk's lease (and its loop's, through `also`) while it works."""

    def __init__(self, token: str, also: Callable[[], object] | None = None) -> None:
        self.token = token
        self.also = also
        self.renewed_at = time.monotonic()
        self._lock = threading.Lock()

    def maybe_renew(self) -> None:
        interval = settings.ENRICH_LEASE_SECONDS / 3
        with self._lock:
            if time.monotonic() - self.renewed_at < interval:
                return
            self.renewed_at = time.monotonic()
        Movie.objects.claimed_by(self.token).update(claimed_until=timezone.now() + running_lease())
        if self.also is not None:
            self.also()


# --- Resolving a chunk ---------------------------------------------------------------------------


def _resolve_one(movie: Movie, client: TmdbClient, lease: _LeaseKeeper) -> Match:
    try:
        lease.maybe_renew()
        return resolve(movie.name, movie.year, client)
    except TmdbAuthError:
        raise
    except TmdbUnavailable as exc:
        return Match.failed(f"TMDB unavailable: {exc.reason}", transient=True)
    except TmdbError as exc:
        return Match.failed(f"TMDB error: {exc}")
    except DatabaseError as exc:  # the database went away for a moment: try again later
        logger.warning("Enriching film %s: database error: %s", movie.pk, exc)
        return Match.failed(f"Database unavailable: {type(exc).__name__}", transient=True)
    except Exception as exc:  # one odd film must not sink its chunk
        logger.exception("Enriching film %s failed", movie.pk)
        return Match.failed(f"Unexpected error: {type(exc).__name__}: {exc}")


def _resolve_all(
    movies: list[Movie],
    client: TmdbClient,
    lease: _LeaseKeeper,
    on_film: Callable[[Movie, Match], object] | None = None,
) -> dict[int, Match]:
    """Resolve films with `ENRICH_THREADS` requests in flight (the work waits on TMDB, not CPU);
    `on_film` is called as each one is resolved, from whichever thread resolved it."""
    threads = min(settings.ENRICH_THREADS, len(movies))

    def resolve_one(movie: Movie) -> Match:
        match = _resolve_one(movie, client, lease)
        if on_film is not None:
            on_film(movie, match)
        return match

    if threads <= 1:
        return {movie.pk: resolve_one(movie) for movie in movies}

    def in_thread(movie: Movie) -> Match:
        try:
            return resolve_one(movie)
        finally:
            # Each pool thread opens its own connection; never leave one behind.
            connections.close_all()

    with ThreadPoolExecutor(max_workers=threads) as pool:
        return dict(zip([movie.pk for movie in movies], pool.map(in_thread, movies), strict=True))


def process_chunk(
    session_id,
    token: str,
    client: TmdbClient | None = None,
    renew_also: Callable[[], object] | None = None,
    on_film: Callable[[bool], object] | None = None,
) -> int:
    """Enrich one planned chunk; return how many films it settled. Raises EnrichmentStopped.

    A film whose lookup failed for a passing reason goes back to wait (see `defer_films`).
    `on_film` is told of each film looked up as it happens, and whether that settled it or it
    waits for another try (a progress bar)."""
    movies = take_chunk(session_id, token)
    if not movies:
        return 0
    own_client = client is None
    client = client or configured_client()
    try:
        matches = _resolve_all(
            movies,
            client,
            _LeaseKeeper(token, also=renew_also),
            (lambda movie, match: on_film(_settles(movie, match))) if on_film else None,
        )
    except TmdbAuthError as exc:
        # What was fetched before is in the shared cache: the retry costs nothing for it.
        message = f"TMDB refused the API key ({exc}). Fix TMDB_API_KEY, then retry."
        UploadSession.objects.filter(pk=session_id).stop(message)
        raise EnrichmentStopped(message) from exc
    finally:
        if own_client:
            client.close()
    attempts = {movie.pk: movie.enrichment_attempts + 1 for movie in movies}
    retry = {
        movie.pk: matches[movie.pk] for movie in movies if not _settles(movie, matches[movie.pk])
    }
    defer_films(retry, attempts)
    final = {pk: _final(match, attempts[pk]) for pk, match in matches.items() if pk not in retry}
    return write_matches(session_id, final)


def _settles(movie: Movie, match: Match) -> bool:
    """Whether this lookup is the film's last: a result, or a failure it is not tried after."""
    return not match.transient or movie.enrichment_attempts + 1 >= settings.ENRICH_RETRY_ATTEMPTS


def _final(match: Match, attempts: int) -> Match:
    if match.transient:
        return Match.failed(f"{match.failure} (after {attempts} tries)")
    return match


def retry_delay(attempt: int) -> timedelta:
    """How long a film waits before try number `attempt + 1`: the backoff, doubling."""
    return timedelta(seconds=settings.ENRICH_RETRY_BACKOFF * 2 ** max(attempt - 1, 0))


def defer_films(matches: dict[int, Match], attempts: dict[int, int]) -> int:
    """Put films whose lookup failed for a passing reason back to wait, each until its backoff
    has passed; they stay pending, so their session is not finished."""
    if not matches:
        return 0
    now = timezone.now()
    return update_rows(
        Movie,
        ["enrichment_attempts", "enrichment_error", "claim_token", "claimed_until"],
        (
            (
                attempts[pk],
                match.failure[:500],
                None,
                now + retry_delay(attempts[pk]),
                pk,
                State.PENDING.value,
            )
            for pk, match in matches.items()
        ),
        where=("pk", "enrichment_status"),
    )


# --- In the foreground -----------------------------------------------------------------------


def enrich_in_foreground(
    session_id, progress: Callable[[int, int, str], None] | None = None
) -> UploadSession:
    """Enrich a whole session in this process (no cluster): what `enrich_session` runs.

    `progress(done, total, note)` hears of every film looked up, and of each wait for films
    to be tried again after a passing failure (the note says how long and why).
    """
    sessions = UploadSession.objects.filter(pk=session_id)
    if not settings.TMDB_API_KEY:
        sessions.note_waiting_for_key()
        raise EnrichmentStopped(NO_KEY_MESSAGE)
    # The session's films, and the watchlist films its member asked for.
    films = Movie.objects.filter(session_id=session_id).exclude(
        enrichment_status=State.NOT_REQUESTED
    )
    total = films.count()
    looked_up = itertools.count(1)
    base = 0

    def report(done: int | None = None, note: str = "") -> None:
        if progress:
            progress(total - films.pending().count() if done is None else done, total, note)

    def one_more_film(settled: bool) -> None:
        # From the lookup threads: count, do not query. A film that waits for another try is
        # not done: the bar never goes back.
        if progress and settled:
            progress(min(base + next(looked_up), total), total, "")

    link_cached_films(session_id)
    report()
    client = configured_client()
    try:
        while True:
            tokens = list(plan_chunks(session_id))
            if not tokens:
                # Films backing off after a passing failure: wait for the first, try again.
                waiting = films.pending().aggregate(at=Min("claimed_until"), n=Count("pk"))
                if waiting["at"] is None:
                    break
                reason = films.pending().exclude(enrichment_error="").first()
                _wait_until(waiting["at"], waiting["n"], reason, report)
                continue
            for token in tokens:
                base, looked_up = total - films.pending().count(), itertools.count(1)
                process_chunk(session_id, token, client, on_film=one_more_film)
                report()
    finally:
        client.close()
    sessions.complete_finished()
    return UploadSession.objects.with_counts().get(pk=session_id)


def _wait_until(
    when: datetime, films: int, reason: Movie | None, report: Callable[..., None]
) -> None:
    """Sleep until `when`, saying every second how long is left and why."""
    why = f": {reason.enrichment_error}" if reason is not None else ""
    while (left := (when - timezone.now()).total_seconds()) > 0:
        report(note=f"{films} to try again in {math.ceil(left)} s{why}")
        time.sleep(min(left, 1.0))
