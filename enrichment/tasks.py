"""django-q2 tasks of enrichment. They take ids, not objects, and are safe to run twice."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django_q.tasks import async_task

from enrichment import worker
from movies.models import Movie
from sessions_app.models import UploadSession

logger = logging.getLogger(__name__)

TASK_GROUP = "enrichment"


def enqueue_enrichment(session_id) -> None:
    """Start enriching a session once the current transaction (its import) has committed."""
    transaction.on_commit(
        lambda: async_task("enrichment.tasks.start_enrichment", str(session_id), group=TASK_GROUP)
    )


def start_enrichment(session_id: str) -> int:
    """Resolve what the cache knows at once, then queue chunks of the rest; return chunks queued."""
    if not UploadSession.objects.filter(
        pk=session_id, status=UploadSession.Status.ENRICHING
    ).exists():
        return 0
    if not settings.TMDB_API_KEY:
        worker.note_missing_key(session_id)
        return 0
    UploadSession.objects.filter(pk=session_id, error_message=worker.NO_KEY_MESSAGE).update(
        error_message=""
    )
    worker.link_cached_films(session_id)
    queued = 0
    for token in worker.plan_chunks(session_id):
        async_task("enrichment.tasks.enrich_chunk", session_id, token, group=TASK_GROUP)
        queued += 1
    if not queued and worker.finish_if_done(session_id):
        warm_stats(session_id)
    return queued


def enrich_chunk(session_id: str, token: str) -> int:
    """Enrich one planned chunk of films, then complete the session if it was the last."""
    if not UploadSession.objects.filter(
        pk=session_id, status=UploadSession.Status.ENRICHING
    ).exists():
        return 0
    try:
        written = worker.process_chunk(session_id, token)
    except worker.EnrichmentStopped:
        return 0
    if worker.finish_if_done(session_id):
        warm_stats(session_id)
    return written


def warm_stats(session_id) -> None:
    """Compute a just-finished session's statistics into the shared cache before anyone asks:
    a 10,000-film dashboard then renders in milliseconds on its first visit."""
    from movies.dashboard import warm_stats as compute_into_cache

    compute_into_cache(session_id)


def retry_failed(session_id) -> int:
    """Put a session's failed films back in the queue (the dashboard's and admin's retry)."""
    reset = worker.reopen_for_retry(session_id)
    async_task("enrichment.tasks.start_enrichment", str(session_id), group=TASK_GROUP)
    return reset


def resume_stalled_sessions() -> int:
    """Scheduled every minute: re-plan films whose worker died or whose chunk was lost.

    Also completes sessions whose last chunk finished without noticing, and resumes sessions
    that waited for a TMDB key once one is set.
    """
    now = timezone.now()
    pending = Movie.objects.filter(
        session=OuterRef("pk"), enrichment_status=Movie.EnrichmentStatus.PENDING
    )
    UploadSession.objects.filter(status=UploadSession.Status.ENRICHING).exclude(
        Exists(pending)
    ).update(status=UploadSession.Status.COMPLETED, completed_at=now, error_message="")
    if not settings.TMDB_API_KEY:
        return 0
    claimable = Movie.objects.filter(
        session=OuterRef("pk"), enrichment_status=Movie.EnrichmentStatus.PENDING
    ).filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
    stalled = UploadSession.objects.filter(status=UploadSession.Status.ENRICHING).filter(
        Exists(claimable)
    )
    resumed = 0
    for session_id in stalled.values_list("pk", flat=True):
        async_task("enrichment.tasks.start_enrichment", str(session_id), group=TASK_GROUP)
        resumed += 1
    return resumed
