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
LOOK_UP_WATCHLIST = "enrichment.tasks.look_up_watchlist"


def queue_enrichment(session_id: UUID | str) -> None:
    """Start enriching a session once the current transaction (its import, its retry) commits."""
    transaction.on_commit(
        lambda: async_task(START_ENRICHMENT, str(session_id), group=ENRICHMENT_GROUP)
    )


def retry_failed_films(session: UploadSession, *, force: bool = False) -> int:
    """Put a finished session's failed films back in the queue; return how many (the
    dashboard's, the API's and the admin's "try again").

    A session still enriching is left alone: a hundred clicks queue one retry, not a hundred.
    An admin repairing a session may `force` it.
    """
    reset = session.reopen(only_if_finished=not force)
    if reset is None:
        return 0
    queue_enrichment(session.pk)
    return reset


def look_up_watchlist(session: UploadSession) -> int:
    """The member asked for their watchlist to be looked up on TMDB: queue its films (behind
    every session's own) and make sure loops run; return how many films were queued."""
    queued = session.ask_for_watchlist()
    if queued:
        transaction.on_commit(
            lambda: async_task(LOOK_UP_WATCHLIST, str(session.pk), group=ENRICHMENT_GROUP)
        )
    return queued
