from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import models, transaction
from django.db.models import Case, Exists, F, OuterRef, Value, When
from django.urls import reverse
from django.utils import timezone

from movies.models import LOW_CONFIDENCE, Movie, MovieQuerySet
from sessions_app.progress import Pace, Progress

NO_KEY_MESSAGE = (
    "Enrichment needs a TMDB API key: set TMDB_API_KEY and it resumes on its own "
    "(or run `manage.py enrich_session <id>`)."
)


# How long the pace of a session's enrichment is remembered between polls.
PACE_CACHE_SECONDS = 10 * 60


def _default_expiry():
    return timezone.now() + timedelta(days=settings.SESSION_LIFETIME_DAYS)


class UploadSessionQuerySet(models.QuerySet):
    """Sessions by where they are in their life, and the transitions between states.

    Every transition is one conditional UPDATE on the sessions it applies to, so two workers,
    the sweep and a member's retry can race on a session and at most one of them moves it.
    They return how many sessions moved.
    """

    def expired(self, now: datetime | None = None) -> UploadSessionQuerySet:
        return self.filter(expires_at__lte=now or timezone.now())

    def enriching(self) -> UploadSessionQuerySet:
        return self.filter(status=UploadSession.Status.ENRICHING)

    def waiting_or_enriching(self) -> UploadSessionQuerySet:
        """Sessions whose films are stored and wait for, or undergo, enrichment."""
        return self.filter(
            status__in=[UploadSession.Status.PROCESSING, UploadSession.Status.ENRICHING]
        )

    def with_pending_films(self) -> UploadSessionQuerySet:
        """Sessions with films still to look up; a watchlist the member asked for does not
        hold its session back from completing."""
        return self.filter(Exists(Movie.objects.films().pending().filter(session=OuterRef("pk"))))

    def with_claimable_films(
        self, now: datetime | None = None, *, watchlist: bool = False
    ) -> UploadSessionQuerySet:
        """Sessions with films a loop may take now: their films, or (`watchlist`) the
        watchlist films their member asked for."""
        claimable = Movie.objects.claimable(now).filter(watchlist_only=watchlist)
        return self.filter(Exists(claimable.filter(session=OuterRef("pk"))))

    def with_watchlist_to_look_up(self, now: datetime | None = None) -> UploadSessionQuerySet:
        """Sessions whose asked-for watchlist films a loop may take: those of a session still
        enriching its films, or completed (a failed session waits for its retry)."""
        return self.filter(
            status__in=[UploadSession.Status.ENRICHING, UploadSession.Status.COMPLETED]
        ).with_claimable_films(now, watchlist=True)

    def with_loop_work(self, now: datetime | None = None) -> UploadSessionQuerySet:
        """Sessions with anything a loop may take now."""
        return self.enriching().with_claimable_films(now) | self.with_watchlist_to_look_up(now)

    def upload_wait(self, client_key: str, now: datetime | None = None) -> int:
        """Seconds the client must wait before its next upload is taken; 0 when it may go on.

        The sessions themselves are the log: at most UPLOAD_RATE_PER_MINUTE uploads in any
        minute and UPLOAD_RATE_PER_HOUR in any hour per client, across every web process and
        machine that shares the database.
        """
        if not client_key:
            return 0
        now = now or timezone.now()
        waits = []
        for window, limit in (
            (timedelta(minutes=1), settings.UPLOAD_RATE_PER_MINUTE),
            (timedelta(hours=1), settings.UPLOAD_RATE_PER_HOUR),
        ):
            recent = list(
                self.filter(client_key=client_key, created_at__gt=now - window)
                .order_by("-created_at")
                .values_list("created_at", flat=True)[:limit]
            )
            if limit and len(recent) >= limit:
                # Free again once the oldest of the last `limit` uploads leaves the window.
                waits.append((recent[-1] + window - now).total_seconds())
        return max(1, round(max(waits))) if waits else 0

    def with_counts(self) -> UploadSessionQuerySet:
        """Annotate enriched, not found, doubtful and failed counts, derived from the films so
        they never drift."""
        state = Movie.EnrichmentStatus

        def count(**where: Any) -> models.Count:
            return models.Count("movies", filter=models.Q(**where))

        return self.annotate(
            enriched_count=count(movies__enrichment_status=state.ENRICHED),
            not_found_count=count(movies__enrichment_status=state.NOT_FOUND),
            doubtful_count=count(
                movies__enrichment_status=state.ENRICHED,
                movies__match_confidence__lt=LOW_CONFIDENCE,
                movies__matched_by_member=False,
            ),
            failed_count=count(movies__enrichment_status=state.FAILED),
        )

    # --- Transitions --------------------------------------------------------------------------

    def begin_enriching(self) -> int:
        """processing → enriching: a worker has picked the sessions up."""
        return self.filter(status=UploadSession.Status.PROCESSING).update(
            status=UploadSession.Status.ENRICHING, enriching_started_at=timezone.now()
        )

    def complete_finished(self) -> int:
        """enriching → completed, for the sessions no film of which is pending any more.

        The check and the change are one statement. On PostgreSQL the sessions' rows are
        locked first, so that a `reopen()` in flight (which locks the row before it puts
        films back to pending) commits before the statement looks for pending films.
        """
        candidates = self.enriching()
        with transaction.atomic(using=self.db):
            list(candidates.select_for_update().values_list("pk", flat=True))
            pending = Movie.objects.films().pending()
            return (
                candidates.exclude(Exists(pending.filter(session=OuterRef("pk"))))
                .order_by()
                .update(
                    status=UploadSession.Status.COMPLETED,
                    completed_at=timezone.now(),
                    error_message="",
                )
            )

    def reopen_completed_with_pending_films(self) -> int:
        """completed → enriching, for sessions that still hold pending films (a repair: no
        session should end that way, but a film put back by hand must not wait forever)."""
        return (
            self.filter(status=UploadSession.Status.COMPLETED)
            .with_pending_films()
            .order_by()
            .update(status=UploadSession.Status.ENRICHING, enriching_started_at=timezone.now())
        )

    def stop(self, message: str) -> int:
        """enriching → failed with `message`: the enrichment cannot go on (TMDB refused the key).
        Pending films stay pending, released for a retry."""
        stopped = self.enriching().update(
            status=UploadSession.Status.FAILED, failed_at=timezone.now(), error_message=message
        )
        Movie.objects.filter(session__in=self.values("pk")).release_claims()
        return stopped

    def note_waiting_for_key(self) -> int:
        """Say on the progress card that enrichment waits for a TMDB key."""
        return self.exclude(error_message=NO_KEY_MESSAGE).update(error_message=NO_KEY_MESSAGE)

    def clear_waiting_for_key(self) -> int:
        return self.filter(error_message=NO_KEY_MESSAGE).update(error_message="")

    def bump_stats_version(self) -> int:
        """Mark the sessions' cached statistics stale: their films changed."""
        return self.update(stats_version=models.F("stats_version") + 1)


class UploadSession(models.Model):
    """One uploaded export. Its UUID is the only key to it: never list sessions publicly."""

    class Status(models.TextChoices):
        UPLOADING = "uploading", "Uploading"
        PROCESSING = "processing", "Processing"
        ENRICHING = "enriching", "Enriching"
        COMPLETED = "completed", "Completed"
        FAILED = "failed", "Failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    status = models.CharField(max_length=16, choices=Status, default=Status.UPLOADING)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(default=_default_expiry)
    processing_started_at = models.DateTimeField(null=True, blank=True)
    enriching_started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    upload_metadata = models.JSONField(default=dict, blank=True)
    total_movies = models.PositiveIntegerField(default=0)
    error_message = models.TextField(blank=True)
    # Bumped by every change to the session's films, so cached statistics know they are stale.
    stats_version = models.PositiveIntegerField(default=0)
    # Who uploaded it, as a keyed hash of their address (see sessions_app.http.client_key): what
    # upload limits and fair enrichment count by, without keeping the address.
    client_key = models.CharField(max_length=64, blank=True, editable=False)
    # When its client last had a chunk of films enriched: workers serve the longest-waiting.
    turn_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The read-only share link's key, apart from the id (which can delete and fix): who holds
    # it sees the statistics and nothing else. Null while the owner does not share.
    share_token = models.CharField(
        max_length=32, unique=True, null=True, blank=True, editable=False
    )

    objects = UploadSessionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status"], name="session_status_idx"),
            models.Index(fields=["expires_at"], name="session_expires_idx"),
            models.Index(fields=["client_key", "created_at"], name="session_client_idx"),
        ]

    def __str__(self) -> str:
        who = self.username or "anonymous"
        return f"{who} · {self.created_at:%Y-%m-%d %H:%M} · {self.get_status_display()}"

    def get_absolute_url(self) -> str:
        return reverse("sessions_app:detail", args=[self.id])

    def get_share_url(self) -> str | None:
        """The read-only link, while the owner shares."""
        if not self.share_token:
            return None
        return reverse("sessions_app:share", args=[self.share_token])

    def share(self) -> str:
        """Make a new share link (the old one, if any, stops working); return its token."""
        # 128 random bits, as the session id has: a link cannot be guessed.
        self.share_token = secrets.token_urlsafe(16)
        self.save(update_fields=["share_token"])
        return self.share_token

    def stop_sharing(self) -> None:
        self.share_token = None
        self.save(update_fields=["share_token"])

    @property
    def username(self) -> str:
        return self.upload_metadata.get("username", "")

    @property
    def lists_summary(self) -> dict:
        """The member's lists as the upload summed them up (`letterboxd.lists`); {} when the
        upload had none, or was stored before lists were read."""
        summary = self.upload_metadata.get("lists")
        return summary if isinstance(summary, dict) and summary.get("count") else {}

    @property
    def favourite_uris(self) -> list[str]:
        """The film URIs of the profile's favourite films (profile.csv), in its order."""
        uris = self.upload_metadata.get("favourites") or []
        return [uri for uri in uris if isinstance(uri, str)]

    @property
    def has_watchlist(self) -> bool:
        """Whether the upload had a watchlist with films in it: only then is there a
        watchlist section to load."""
        return bool(self.upload_metadata.get("rows_read", {}).get("watchlist"))

    @property
    def warnings(self) -> list[str]:
        """The notes on the export, as sentences for the member."""
        return [warning["message"] for warning in self.warning_details]

    @property
    def warning_details(self) -> list[dict[str, Any]]:
        """The notes as the API gives them: `{"file", "line", "message"}` each, at most 100."""
        stored = self.upload_metadata.get("warnings", [])
        # Sessions stored before warnings had a file and line kept plain sentences.
        return [
            w if isinstance(w, dict) else {"file": "", "line": None, "message": str(w)}
            for w in stored
        ]

    @property
    def warning_count(self) -> int:
        """How many problems the parser met in all (a note can stand for many of them)."""
        return self.upload_metadata.get("warning_count", len(self.warning_details))

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.COMPLETED, self.Status.FAILED)

    @property
    def films(self) -> MovieQuerySet:
        """The member's films (not those only on the watchlist)."""
        return Movie.objects.filter(session_id=self.pk).films()

    @property
    def watchlist(self) -> MovieQuerySet:
        return Movie.objects.filter(session_id=self.pk).watchlist()

    def progress(self, now: datetime | None = None) -> Progress:
        """Enrichment progress, counted from the films in one query."""
        elapsed = None
        if self.status == self.Status.ENRICHING and self.enriching_started_at:
            elapsed = ((now or timezone.now()) - self.enriching_started_at).total_seconds()
        counts = self.films.count_by_status()
        return Progress.from_counts(
            counts.by_status,
            unwatched=counts.unwatched,
            retrying=counts.retrying,
            retry_at=counts.retry_at,
            status=self.status,
            status_display=self.get_status_display(),
            is_finished=self.is_finished,
            elapsed_seconds=elapsed,
        )

    def live_progress(self, now: float) -> Progress:
        """`progress()` as the progress card shows it: with a steady estimate of the time left
        and a word when nothing moves. The pace between polls is kept in the cache (not the
        database: a poll writes nothing), shared by every page that polls the session."""
        progress = self.progress(datetime.fromtimestamp(now, tz=UTC))
        key = f"progress-pace:{self.pk}"
        if self.status != self.Status.ENRICHING:
            return progress
        pace = (cache.get(key) or Pace()).advance(
            now=now, done=progress.done, pending=progress.pending
        )
        cache.set(key, pace, PACE_CACHE_SECONDS)
        return progress.with_pace(pace, now)

    def to_dict(self, *, detail: bool = False, progress: Progress | None = None) -> dict[str, Any]:
        """The session as the JSON API shows it (field names are a public contract): its
        status and counts (`progress`, or counted now), and with `detail` its timestamps and
        what the upload held."""
        progress = progress or self.progress()
        body: dict[str, Any] = {
            "session_id": str(self.pk),
            "status": self.status,
            "total_movies": self.total_movies,
            "enriched_count": progress.enriched,
            "failed_count": progress.failed,
            "progress_percent": (
                round(100 * progress.done / progress.total, 1) if progress.total else 100.0
            ),
            "warnings": self.warning_details,
            "warning_count": self.warning_count,
        }
        if detail:
            body.update(
                counts={
                    "enriched": progress.enriched,
                    "not_found": progress.not_found,
                    "tv": progress.tv,
                    "failed": progress.failed,
                    "pending": progress.pending,
                    "excluded": progress.excluded,
                },
                error_message=self.error_message,
                created_at=self.created_at,
                expires_at=self.expires_at,
                processing_started_at=self.processing_started_at,
                enriching_started_at=self.enriching_started_at,
                completed_at=self.completed_at,
                failed_at=self.failed_at,
                metadata=self.upload_metadata,
            )
        return body

    def _this(self) -> UploadSessionQuerySet:
        return UploadSession.objects.filter(pk=self.pk)

    def complete_if_finished(self) -> bool:
        """Complete the session if no film is pending; True only for the call that did."""
        return bool(self._this().complete_finished())

    def stop(self, message: str) -> bool:
        return bool(self._this().stop(message))

    def reopen(self, *, failed_films: bool = True, only_if_finished: bool = False) -> int | None:
        """Back to enriching, with the failed films pending again; return how many were reset,
        or None when `only_if_finished` and the session was not finished (a retry is already
        under way: one at a time).

        The session's row is locked first, so a concurrent `complete_finished()` either ends
        before the films are reset (and this reopens the session) or sees them pending.
        """
        sessions = self._this()
        if only_if_finished:
            sessions = sessions.filter(status__in=[self.Status.COMPLETED, self.Status.FAILED])
        with transaction.atomic():
            # The UPDATE takes the row's lock, held until the films are reset and this commits.
            reopened = sessions.update(
                status=self.Status.ENRICHING,
                enriching_started_at=Case(
                    When(status=self.Status.ENRICHING, then=F("enriching_started_at")),
                    default=Value(timezone.now()),
                ),
                error_message="",
            )
            if not reopened:
                return None
            reset = 0
            if failed_films:
                # A watchlist film the member asked for is tried again with the films.
                reset = (
                    Movie.objects.filter(session_id=self.pk)
                    .failed()
                    .update(
                        enrichment_status=Movie.EnrichmentStatus.PENDING,
                        enrichment_error="",
                        enrichment_attempts=0,
                        claim_token=None,
                        claimed_until=None,
                    )
                )
            if reset:
                self.bump_stats_version()
        return reset

    def bump_stats_version(self) -> None:
        self._this().bump_stats_version()

    def ask_for_watchlist(self) -> int:
        """Put the films only on the watchlist in the queue for TMDB; return how many. They
        are taken after every session's own films (see `enrichment.worker.claim_next_chunk`)
        and never hold the session back from completing."""
        queued = (
            self.watchlist.watchlist_only()
            .filter(enrichment_status=Movie.EnrichmentStatus.NOT_REQUESTED)
            .update(enrichment_status=Movie.EnrichmentStatus.PENDING)
        )
        if queued:
            self.bump_stats_version()  # the watchlist section, cached by version, says so
        return queued
