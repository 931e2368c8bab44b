"""Queueing a session's enrichment (after its import, and for a retry).

Enrichment's tasks are queued by dotted name: they live in `enrichment`, which builds on this
app, never the reverse.
"""

from __future__ import annotations

from uuid import UUID

from django.db import transaction
from django_q.tasks import async_task

from sessions_app.models import UploadSession

ENRICHMENT_GROUP = "enrichment"
START_ENRICHMENT = "enrichment.tasks.start_enrichment"


def queue_enrichment(session_id: UUID | str) -> None:
    """Start enriching a session once the current transaction (its import, its retry) commits."""
    transaction.on_commit(
        lambda: async_task(START_ENRICHMENT, str(session_id), group=ENRICHMENT_GROUP)
    )


def retry_failed_films(session: UploadSession) -> int:
    """Put a session's failed films back in the queue; return how many (the dashboard's and the
    admin's "try again")."""
    reset = session.reopen()
    queue_enrichment(session.pk)
    return reset
