from __future__ import annotations

from datetime import datetime

from django.db import models
from django.utils import timezone

# Matches under this confidence are worth a member's look; the matcher's own floor is lower.
LOW_CONFIDENCE = 0.9


def _needs_checking() -> models.Q:
    state = Movie.EnrichmentStatus
    doubtful = models.Q(enrichment_status=state.ENRICHED, match_confidence__lt=LOW_CONFIDENCE)
    return models.Q(matched_by_member=False) & (
        models.Q(enrichment_status__in=[state.NOT_FOUND, state.TV]) | doubtful
    )


class MovieQuerySet(models.QuerySet):
    """Films by where they are in enrichment. Each filter is spelled once, here."""

    def for_session(self, session) -> MovieQuerySet:
        return self.filter(session=session)

    def pending(self) -> MovieQuerySet:
        return self.filter(enrichment_status=Movie.EnrichmentStatus.PENDING)

    def enriched(self) -> MovieQuerySet:
        return self.filter(enrichment_status=Movie.EnrichmentStatus.ENRICHED)

    def failed(self) -> MovieQuerySet:
        return self.filter(enrichment_status=Movie.EnrichmentStatus.FAILED)

    def excluded(self) -> MovieQuerySet:
        return self.filter(enrichment_status=Movie.EnrichmentStatus.EXCLUDED)

    def counted(self) -> MovieQuerySet:
        """The films the statistics count: the watched ones, but those the member left out."""
        return self.filter(watched=True).exclude(enrichment_status=Movie.EnrichmentStatus.EXCLUDED)

    def not_counted(self) -> MovieQuerySet:
        return self.filter(
            models.Q(watched=False) | models.Q(enrichment_status=Movie.EnrichmentStatus.EXCLUDED)
        )

    def claimable(self, now: datetime | None = None) -> MovieQuerySet:
        """Pending films no worker holds: never claimed, or their lease ran out."""
        now = now or timezone.now()
        return self.pending().filter(
            models.Q(claimed_until__isnull=True) | models.Q(claimed_until__lt=now)
        )

    def claimed_by(self, token) -> MovieQuerySet:
        """The films of one chunk that still wait for their result."""
        return self.pending().filter(claim_token=token)

    def release_claims(self) -> int:
        """Let any worker take these pending films again."""
        return self.pending().update(claim_token=None, claimed_until=None)

    def needs_checking(self) -> MovieQuerySet:
        """Films worth a member's look: not found, TV, or a doubtful match they have not kept."""
        return self.filter(_needs_checking())

    def summary(self) -> dict[str, int]:
        """What the dashboard says beside its statistics, in one query: how many films need
        checking, and how many the member liked without ever marking them watched."""
        return self.aggregate(
            to_check=models.Count("pk", filter=_needs_checking()),
            liked_unwatched=models.Count("pk", filter=models.Q(watched=False, liked=True)),
        )

    def count_by_status(self) -> tuple[dict[str, int], int]:
        """How many films are in each enrichment state, and how many are not watched (liked or
        listed only), in one query."""
        rows = (
            self.order_by()
            .values_list("enrichment_status", "watched")
            .annotate(n=models.Count("id"))
            .values_list("enrichment_status", "watched", "n")
        )
        by_status: dict[str, int] = {}
        unwatched = 0
        for status, watched, n in rows:
            by_status[status] = by_status.get(status, 0) + n
            unwatched += 0 if watched else n
        return by_status, unwatched

    def with_tmdb(self) -> MovieQuerySet:
        """Join the linked TMDB metadata, which `to_dict()` reads."""
        return self.select_related("tmdb_movie")


class Movie(models.Model):
    """A film of one session, as the member logged it on Letterboxd."""

    class EnrichmentStatus(models.TextChoices):
        PENDING = "pending", "Pending"
        ENRICHED = "enriched", "Enriched"
        NOT_FOUND = "not_found", "Not found on TMDB"
        TV = "tv", "TV series"
        FAILED = "failed", "Failed"
        EXCLUDED = "excluded", "Excluded by you"

    session = models.ForeignKey(
        "sessions_app.UploadSession", on_delete=models.CASCADE, related_name="movies"
    )
    name = models.TextField()
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    # The film's own URI (from watched/ratings/likes), not a diary entry's.
    letterboxd_uri = models.CharField(max_length=500)
    marked_watched_on = models.DateField(null=True, blank=True)
    first_watched_on = models.DateField(null=True, blank=True)
    last_watched_on = models.DateField(null=True, blank=True)
    rating = models.DecimalField(max_digits=2, decimal_places=1, null=True, blank=True)
    liked = models.BooleanField(default=False)
    # As Letterboxd counts it: in watched.csv (or, without one, logged, rated or reviewed with a
    # date). A film only liked is kept and shown, but no statistic counts it.
    watched = models.BooleanField(default=True)
    viewing_count = models.PositiveIntegerField(default=0)
    rewatch_count = models.PositiveIntegerField(default=0)
    review_count = models.PositiveIntegerField(default=0)
    tags = models.JSONField(default=list, blank=True)

    enrichment_status = models.CharField(
        max_length=16, choices=EnrichmentStatus, default=EnrichmentStatus.PENDING
    )
    enrichment_error = models.CharField(max_length=500, blank=True)
    # Lookups that failed for a passing reason (TMDB down, a timeout): each waits longer before
    # the next, and after ENRICH_RETRY_ATTEMPTS the film is failed for good.
    enrichment_attempts = models.PositiveSmallIntegerField(default=0)
    # The shared TMDB cache row, not a copy of it: many sessions' films point at one row.
    tmdb_movie = models.ForeignKey(
        "enrichment.TmdbMovie",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="movies",
    )
    match_confidence = models.FloatField(null=True, blank=True)
    # The member picked this match (or excluded the film) themselves: workers leave it alone.
    matched_by_member = models.BooleanField(default=False)
    # Letterboxd lists some miniseries among films: recorded as TV, never forced onto a film.
    tmdb_tv_id = models.PositiveIntegerField(null=True, blank=True, verbose_name="TMDB TV id")
    # A worker's lease on this film (see enrichment.worker): which chunk holds it, and until when.
    claim_token = models.UUIDField(null=True, blank=True, editable=False)
    claimed_until = models.DateTimeField(null=True, blank=True, editable=False)

    objects = MovieQuerySet.as_manager()

    class Meta:
        ordering = ["name", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "letterboxd_uri"], name="movie_unique_uri_per_session"
            ),
        ]
        indexes = [
            # Serves "pending films of a session" and the per-state counts.
            models.Index(fields=["session", "enrichment_status"], name="movie_session_state_idx"),
            models.Index(fields=["claim_token"], name="movie_claim_token_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.year})" if self.year else self.name

    def to_dict(self) -> dict:
        """The public shape of a film in the movies API. Field names are a contract.

        The TMDB fields come from the linked cache row (null until enriched); list a page with
        `Movie.objects.with_tmdb()` so that costs no query per film.
        """
        tmdb = self.tmdb_movie
        return {
            "name": self.name,
            "year": self.year,
            "letterboxd_uri": self.letterboxd_uri,
            "watched_date": self.last_watched_on.isoformat() if self.last_watched_on else None,
            "rating": float(self.rating) if self.rating is not None else None,
            "rewatch": self.rewatch_count > 0,
            "liked": self.liked,
            "watched": self.watched,
            "tmdb_id": tmdb.tmdb_id if tmdb else None,
            "tmdb_enriched": self.enrichment_status == self.EnrichmentStatus.ENRICHED,
            "genres": list(tmdb.genres) if tmdb else None,
            "directors": tmdb.director_names if tmdb else None,
            "cast": tmdb.cast_names if tmdb else None,
            "runtime": tmdb.runtime if tmdb else None,
            "budget": tmdb.budget if tmdb else None,
            "revenue": tmdb.revenue if tmdb else None,
            "popularity": tmdb.popularity if tmdb else None,
            "vote_average": tmdb.vote_average if tmdb else None,
            "countries": tmdb.country_names if tmdb else None,
            "languages": tmdb.language_names if tmdb else None,
        }


class Viewing(models.Model):
    """One diary entry: a film seen on a day (reviews.csv text attached when it has one)."""

    session = models.ForeignKey(
        "sessions_app.UploadSession", on_delete=models.CASCADE, related_name="viewings"
    )
    movie = models.ForeignKey(Movie, on_delete=models.CASCADE, related_name="viewings")
    letterboxd_uri = models.CharField(max_length=500, blank=True)
    watched_on = models.DateField(null=True, blank=True)
    logged_on = models.DateField(null=True, blank=True)
    rating = models.DecimalField(max_digits=2, decimal_places=1, null=True, blank=True)
    rewatch = models.BooleanField(default=False)
    tags = models.JSONField(default=list, blank=True)
    review = models.TextField(blank=True)

    class Meta:
        ordering = ["watched_on", "id"]
        indexes = [
            models.Index(fields=["session", "watched_on"], name="viewing_session_date_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.movie_id} on {self.watched_on}"
