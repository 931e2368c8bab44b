"""Enrich one session in the foreground, without the cluster.

    python manage.py enrich_session <session uuid> [--retry-failed]

Draws a progress bar on a terminal and plain lines otherwise. Exit code 0 when the session
ends completed, 1 with the reason otherwise.
"""

from __future__ import annotations

import sys
import time
import uuid

from django.core.management.base import BaseCommand, CommandError

from enrichment import worker
from sessions_app.models import UploadSession

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Enrich one upload session with TMDB metadata, in the foreground."

    def add_arguments(self, parser) -> None:
        parser.add_argument("session_id", help="the session's UUID (from its /s/<id>/ URL)")
        parser.add_argument(
            "--retry-failed", action="store_true", help="put failed films back and retry them"
        )

    def handle(self, *args, session_id: str, retry_failed: bool, **options) -> None:
        try:
            session_uuid = uuid.UUID(session_id)
        except ValueError:
            raise CommandError(f"{session_id!r} is not a session id (a UUID).") from None
        session = UploadSession.objects.filter(pk=session_uuid).first()
        if session is None:
            raise CommandError(f"No session {session_uuid}: it may have expired or been deleted.")
        if session.status == UploadSession.Status.UPLOADING:
            raise CommandError(f"Session {session_uuid} is still being imported; try again soon.")

        session.reopen(failed_films=retry_failed)
        progress = self._bar if self.stdout.isatty() else self._line
        self._last_line = 0.0
        try:
            session = worker.enrich_in_foreground(session_uuid, progress=progress)
        except worker.EnrichmentStopped as exc:
            self._end_bar()
            raise CommandError(exc.message) from None
        self._end_bar()
        summary = (
            f"{session.enriched_count} of {session.total_movies} films enriched, "
            f"{session.failed_count} failed."
        )
        if session.status == UploadSession.Status.COMPLETED:
            self.stdout.write(self.style.SUCCESS(f"Session completed: {summary}"))
            return
        raise CommandError(
            f"Session is {session.get_status_display().lower()}: {summary} "
            f"{session.error_message}".strip()
        )

    def _bar(self, done: int, total: int) -> None:
        share = done / total if total else 1.0
        filled = int(BAR_WIDTH * share)
        bar = "█" * filled + "·" * (BAR_WIDTH - filled)
        self.stdout.write(f"\r[{bar}] {done}/{total} films", ending="")
        self.stdout.flush()
        self._drawn = True

    def _line(self, done: int, total: int) -> None:
        # Plain lines for logs and pipes, at most one every two seconds (and the last).
        now = time.monotonic()
        if done < total and now - self._last_line < 2:
            return
        self._last_line = now
        self.stdout.write(f"{done}/{total} films")

    def _end_bar(self) -> None:
        if getattr(self, "_drawn", False):
            self.stdout.write("")
            sys.stdout.flush()
