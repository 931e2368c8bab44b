"""django-q2 tasks of enrichment. They take ids, not objects, and are safe to run twice."""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.db.models import Min
from django.utils import timezone
from django_q.tasks import async_task

from enrichment import loops, worker
from movies.models import Movie
from movies.session_stats import session_film_filters, session_stats
from movies.watchlist import watchlist_section
from sessions_app.models import UploadSession
from sessions_app.queue import ENRICHMENT_GROUP

logger = logging.getLogger(__name__)

# A loop with no film to take waits this long at most for one coming out of its backoff.
LOOP_MAX_WAIT = 15.0


def _enriching(session_id: str) -> UploadSession | None:
    return UploadSession.objects.enriching().filter(pk=session_id).first()


def start_enrichment(session_id: str) -> int:
    """Move a stored session to `enriching`, settle at once what the cache knows, then make
    sure loops are running for the rest; return how many loops this started."""
    if not _begin(session_id):
        return 0
    return start_loops()


def _begin(session_id: str) -> bool:
    """Start a stored session's enrichment: move it to `enriching` and link every film the
    shared cache knows. True when films are left for the loops."""
    sessions = UploadSession.objects.filter(pk=session_id)
    sessions.begin_enriching()
    session = _enriching(session_id)
    if session is None:
        return False
    if not settings.TMDB_API_KEY:
        sessions.note_waiting_for_key()
        return False
    sessions.clear_waiting_for_key()
    worker.link_cached_films(session_id)
    if session.complete_if_finished():
        warm_stats(session_id)
        return False
    return True


def look_up_watchlist(session_id: str) -> int:
    """A member asked for their watchlist: link what the shared cache knows at once, then
    make sure loops run for the rest (which they take after every session's own films)."""
    if not settings.TMDB_API_KEY:
        return 0  # the films wait, pending; the sweep starts loops once a key is set
    if worker.link_cached_films(session_id):
        warm_stats(session_id)
    return start_loops()


def start_loops() -> int:
    """Queue a loop in every free place; return how many."""
    taken = loops.take_free()
    for number, token in taken:
        async_task("enrichment.tasks.enrich_next", number, token, group=ENRICHMENT_GROUP)
    return len(taken)


def turn_seconds() -> float:
    """How long a loop works before queueing its next turn (so that other queued tasks get a
    worker, and a loop moves to an idle machine): ENRICH_TURN_SECONDS, well inside the task
    timeout."""
    return min(settings.ENRICH_TURN_SECONDS, settings.Q_CLUSTER["timeout"] / 4)


def enrich_next(number: int, token: str) -> int:
    """A turn of an enrichment loop: chunk after chunk, each of the client who has waited
    longest, for `turn_seconds()`; then it queues its next turn. Between chunks it also starts
    sessions whose start task still waits in the queue, so a new member's cached films appear
    within one chunk however busy the queue is. Stops, giving its place up, when no film is
    waiting. Returns how many films it settled."""
    deadline = time.monotonic() + turn_seconds()
    settled = 0
    while loops.renew(number, token):  # False: another loop holds this place now
        for waiting in UploadSession.objects.filter(status=UploadSession.Status.PROCESSING)[:20]:
            _begin(str(waiting.pk))
        claimed = worker.claim_next_chunk()
        if claimed is None:
            wait = _soonest_retry_in()
            if wait is None:
                loops.release(number, token)
                return settled
            # Films back off after a passing failure; wait for the first rather than leave
            # it to the minute's sweep.
            time.sleep(wait)
        else:
            settled += _enrich_chunk(*claimed, renew=lambda: loops.renew(number, token))
        if time.monotonic() > deadline:
            async_task("enrichment.tasks.enrich_next", number, token, group=ENRICHMENT_GROUP)
            return settled
    return settled


def _enrich_chunk(session_id: str, chunk: str, renew) -> int:
    try:
        settled = worker.process_chunk(session_id, chunk, renew_also=renew)
    except worker.EnrichmentStopped:
        return 0
    if UploadSession(pk=session_id).complete_if_finished():
        warm_stats(session_id)
    return settled


def _soonest_retry_in() -> float | None:
    """Seconds until the first film waiting out a backoff may be tried again, if that is soon."""
    now = timezone.now()
    soonest = (
        Movie.objects.pending()
        .filter(
            # A completed session's pending films are the watchlist films its member asked for.
            session__status__in=[UploadSession.Status.ENRICHING, UploadSession.Status.COMPLETED],
            claim_token__isnull=True,
            claimed_until__gt=now,
        )
        .aggregate(at=Min("claimed_until"))["at"]
    )
    if soonest is None:
        return None
    wait = (soonest - now).total_seconds()
    return wait if wait <= LOOP_MAX_WAIT else None


def warm_stats(session_id: str) -> None:
    """Compute a session's all-time statistics (and its films table's filter choices) into the
    shared cache before anyone asks: a 10,000-film dashboard then renders in milliseconds.

    Queued when a session completes and after a member fixes a match.
    """
    session = UploadSession.objects.filter(pk=session_id).first()
    if session is not None:
        session_stats(session)
        session_film_filters(session)
        if session.has_watchlist:
            watchlist_section(session)


def resume_stalled_sessions() -> int:
    """Scheduled every minute: start loops for films whose loop died or whose backoff passed.

    Also completes sessions whose last chunk finished without noticing, reopens a completed
    session that still holds pending films, starts stored sessions whose start was lost, and
    resumes sessions that waited for a TMDB key once one is set. Returns the loops it started.
    """
    UploadSession.objects.reopen_completed_with_pending_films()
    UploadSession.objects.complete_finished()
    if not settings.TMDB_API_KEY:
        return 0
    # A stored session whose start was lost (its worker died first) is started here.
    waiting = UploadSession.objects.filter(status=UploadSession.Status.PROCESSING)
    for session_id in waiting.values_list("pk", flat=True):
        async_task("enrichment.tasks.start_enrichment", str(session_id), group=ENRICHMENT_GROUP)
    # Films whose loop died, or whose backoff has passed, wait for a loop: start any missing.
    if UploadSession.objects.with_loop_work().exists():
        return start_loops()
    return 0
