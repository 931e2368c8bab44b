"""django-q2 tasks of enrichment. They take ids, not objects, and are safe to run twice."""

from __future__ import annotations

import logging

from django.conf import settings
from django_q.tasks import async_task

from enrichment import worker
from movies.session_stats import session_film_filters, session_stats
from sessions_app.models import UploadSession
from sessions_app.queue import ENRICHMENT_GROUP

logger = logging.getLogger(__name__)


def _enriching(session_id: str) -> UploadSession | None:
    return UploadSession.objects.enriching().filter(pk=session_id).first()


def start_enrichment(session_id: str) -> int:
    """Move a stored session to `enriching`, resolve what the cache knows at once, then queue
    chunks of the rest; return how many chunks were queued."""
    sessions = UploadSession.objects.filter(pk=session_id)
    sessions.begin_enriching()
    session = _enriching(session_id)
    if session is None:
        return 0
    if not settings.TMDB_API_KEY:
        sessions.note_waiting_for_key()
        return 0
    sessions.clear_waiting_for_key()
    worker.link_cached_films(session_id)
    queued = 0
    for token in worker.plan_chunks(session_id):
        async_task("enrichment.tasks.enrich_chunk", session_id, token, group=ENRICHMENT_GROUP)
        queued += 1
    if not queued and session.complete_if_finished():
        warm_stats(session_id)
    return queued


def enrich_chunk(session_id: str, token: str) -> int:
    """Enrich one planned chunk of films, then complete the session if it was the last."""
    session = _enriching(session_id)
    if session is None:
        return 0
    try:
        written = worker.process_chunk(session_id, token)
    except worker.EnrichmentStopped:
        return 0
    if session.complete_if_finished():
        warm_stats(session_id)
    return written


def warm_stats(session_id: str) -> None:
    """Compute a session's all-time statistics (and its films table's filter choices) into the
    shared cache before anyone asks: a 10,000-film dashboard then renders in milliseconds.

    Queued when a session completes and after a member fixes a match.
    """
    session = UploadSession.objects.filter(pk=session_id).first()
    if session is not None:
        session_stats(session)
        session_film_filters(session)


def resume_stalled_sessions() -> int:
    """Scheduled every minute: re-plan films whose worker died or whose chunk was lost.

    Also completes sessions whose last chunk finished without noticing, reopens a completed
    session that still holds pending films, and resumes sessions that waited for a TMDB key
    once one is set. Returns how many sessions it queued.
    """
    UploadSession.objects.reopen_completed_with_pending_films()
    UploadSession.objects.complete_finished()
    if not settings.TMDB_API_KEY:
        return 0
    # A stored session whose start was lost (its worker died first) is picked up too.
    stalled = UploadSession.objects.waiting_or_enriching().with_claimable_films()
    resumed = 0
    for session_id in stalled.values_list("pk", flat=True):
        async_task("enrichment.tasks.start_enrichment", str(session_id), group=ENRICHMENT_GROUP)
        resumed += 1
    return resumed
