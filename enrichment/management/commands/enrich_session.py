"""Enrich one session in the foreground, without the cluster.

    python manage.py enrich_session <session uuid> [--retry-failed]

Draws a live progress bar on a terminal (a line every two seconds otherwise). Exit code 0 when
the session ends completed with every film settled; 1 when it cannot go on or any film failed,
with the films and their reasons on stderr.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError

from enrichment import worker
from sessions_app.models import UploadSession

BAR_WIDTH = 30
# Films named in the list of failures; the rest are counted.
MAX_LISTED_FAILURES = 20
# A terminal's bar is redrawn at most this often (films can resolve hundreds a second).
REDRAW_SECONDS = 0.1
# Plain lines, for logs and pipes, at most this often.
LINE_SECONDS = 2.0


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
        self._on_terminal = self.stdout.isatty()
        self._lock = threading.Lock()  # films are reported from the lookup threads
        self._started = time.monotonic()
        self._last_drawn = -1.0
        self._drawn = False
        try:
            with self._quiet_log(options["verbosity"]):
                session = worker.enrich_in_foreground(session_uuid, progress=self._progress)
        except worker.EnrichmentStopped as exc:
            self._end_bar()
            raise CommandError(exc.message) from None
        except KeyboardInterrupt:
            self._end_bar()
            raise CommandError(
                "Stopped. The films not yet looked up stay queued; the workers, or this "
                "command again, take them up."
            ) from None
        self._end_bar()
        self._finish(session)

    @contextmanager
    def _quiet_log(self, verbosity: int):
        """On a terminal, the client's notes on each retried request would break the bar into
        pieces (the reasons are listed at the end): keep them for -v 2."""
        logger = logging.getLogger("enrichment")
        level = logger.level
        if self._on_terminal and verbosity < 2:
            logger.setLevel(logging.WARNING)
        try:
            yield
        finally:
            logger.setLevel(level)

    def _finish(self, session: UploadSession) -> None:
        progress = session.progress()
        summary = (
            f"{progress.enriched} of {progress.total} films enriched, "
            f"{progress.not_found} not found, {progress.tv} TV, {progress.failed} failed."
        )
        if progress.failed:
            self._list_failures(session)
        if session.status != UploadSession.Status.COMPLETED:
            raise CommandError(
                f"Session is {session.get_status_display().lower()}: {summary} "
                f"{session.error_message}".strip()
            )
        if progress.failed:
            raise CommandError(
                f"Session completed, but {progress.failed} film{'s' if progress.failed > 1 else ''}"
                f" failed: {summary} Once the cause is fixed, run this command again with "
                "--retry-failed."
            )
        self.stdout.write(self.style.SUCCESS(f"Session completed: {summary}"))

    def _list_failures(self, session: UploadSession) -> None:
        failed = session.films.failed().order_by("name", "year")
        listed = list(failed.values_list("name", "year", "enrichment_error")[:MAX_LISTED_FAILURES])
        self.stderr.write("Films that failed, and why:")
        for name, year, error in listed:
            film = f"{name} ({year})" if year else name
            self.stderr.write(f"  {film}: {error or 'no reason recorded'}")
        rest = failed.count() - len(listed)
        if rest > 0:
            self.stderr.write(f"  … and {rest} more (the admin lists them all).")

    def _progress(self, done: int, total: int, note: str = "") -> None:
        with self._lock:
            now = time.monotonic() - self._started
            spacing = REDRAW_SECONDS if self._on_terminal else LINE_SECONDS
            if done < total and not note and now - self._last_drawn < spacing:
                return
            self._last_drawn = now
            if self._on_terminal:
                self._bar(done, total, now, note)
            else:
                self.stdout.write(f"{done}/{total} films" + (f" · {note}" if note else ""))

    def _bar(self, done: int, total: int, elapsed: float, note: str) -> None:
        share = done / total if total else 1.0
        filled = int(BAR_WIDTH * share)
        bar = "█" * filled + "·" * (BAR_WIDTH - filled)
        text = f"\r[{bar}] {done}/{total} films · {int(elapsed)} s"
        if note:
            text += f" · {note}"
        # Clear what a longer line drawn before left behind.
        self.stdout.write(text + "\x1b[K", ending="")
        self.stdout.flush()
        self._drawn = True

    def _end_bar(self) -> None:
        if self._drawn:
            self.stdout.write("")
            self._drawn = False
