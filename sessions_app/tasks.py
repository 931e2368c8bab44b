"""Scheduled upkeep of upload sessions."""

from __future__ import annotations

import logging

from sessions_app.models import UploadSession

logger = logging.getLogger(__name__)


def delete_expired_sessions() -> int:
    """Delete sessions past their expiry with their films and viewings (the TMDB cache stays)."""
    deleted, per_model = UploadSession.objects.expired().delete()
    sessions = per_model.get("sessions_app.UploadSession", 0)
    if sessions:
        logger.info("Deleted %d expired sessions (%d rows in all)", sessions, deleted)
    return sessions
