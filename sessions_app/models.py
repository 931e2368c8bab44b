from __future__ import annotations

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone


def _default_expiry():
    return timezone.now() + timedelta(days=settings.SESSION_LIFETIME_DAYS)


class UploadSessionQuerySet(models.QuerySet):
    def expired(self, now=None) -> UploadSessionQuerySet:
        return self.filter(expires_at__lte=now or timezone.now())

    def with_counts(self) -> UploadSessionQuerySet:
        """Annotate enriched/failed counts, derived from the films so they never drift."""
        from movies.models import Movie

        state = Movie.EnrichmentStatus
        return self.annotate(
            enriched_count=models.Count(
                "movies", filter=models.Q(movies__enrichment_status=state.ENRICHED)
            ),
            failed_count=models.Count(
                "movies", filter=models.Q(movies__enrichment_status=state.FAILED)
            ),
        )


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

    objects = UploadSessionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status"], name="session_status_idx"),
            models.Index(fields=["expires_at"], name="session_expires_idx"),
        ]

    def __str__(self) -> str:
        who = self.username or "anonymous"
        return f"{who} · {self.created_at:%Y-%m-%d %H:%M} · {self.get_status_display()}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("sessions_app:detail", args=[self.id])

    @property
    def username(self) -> str:
        return self.upload_metadata.get("username", "")

    @property
    def warnings(self) -> list[str]:
        return self.upload_metadata.get("warnings", [])

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.COMPLETED, self.Status.FAILED)

    def bump_stats_version(self) -> None:
        UploadSession.objects.filter(pk=self.pk).update(stats_version=models.F("stats_version") + 1)
