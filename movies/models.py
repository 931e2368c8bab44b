from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import models
from django.utils import timezone

from movies import search_text

# Matches under this confidence are doubtful: linked, but worth a member's look. It is the
# matcher's own line between sure and doubtful (`enrichment.matching.SURE`).
LOW_CONFIDENCE = 0.9


def _doubtful() -> models.Q:
    return models.Q(
        enrichment_status=Movie.EnrichmentStatus.ENRICHED, match_confidence__lt=LOW_CONFIDENCE
    )


def _needs_checking() -> models.Q:
    state = Movie.EnrichmentStatus
    unmatched = models.Q(enrichment_status__in=[state.NOT_FOUND, state.FAILED, state.TV])
    return models.Q(matched_by_member=False) & (unmatched | _doubtful())


def _checking_filters() -> dict[str, models.Q]:
    """Each reason a film needs a look, as a filter for one count."""
    state = Movie.EnrichmentStatus
    mine = models.Q(matched_by_member=False)
    return {
        "not_found": mine & models.Q(enrichment_status=state.NOT_FOUND),
        "failed": mine & models.Q(enrichment_status=state.FAILED),
        "tv": mine & models.Q(enrichment_status=state.TV),
        "unsure": mine & _doubtful(),
    }


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


@dataclass(frozen=True)
class CheckCounts:
    """How many films need a member's look, by why."""

    not_found: int = 0
    failed: int = 0
    tv: int = 0
    unsure: int = 0

    @property
    def total(self) -> int:
        return self.not_found + self.failed + self.tv + self.unsure

    def __bool__(self) -> bool:
        return self.total > 0

    def in_words(self) -> str:
        """ "3 films we could not find and 2 we are unsure of": the first part names films."""
        parts: list[tuple[int, str]] = [
            (self.not_found, "we could not find"),
            (self.failed, "we could not look up (TMDB did not answer)"),
            (self.tv, "TMDB knows only as a TV series"),
            (self.unsure, "we are unsure of"),
        ]
        words = []
        for n, why in parts:
            if not n:
                continue
            if words:
                words.append(f"{n:,} {why}")
            else:
                words.append(f"{_count(n, 'film', 'films')} {why}")
        if not words:
            return "No film needs a look"
        if len(words) == 1:
            return words[0]
        return ", ".join(words[:-1]) + " and " + words[-1]


def derived_names(name: str) -> tuple[str, str]:
    """`Movie.search_name` and `Movie.sort_name` for a film called `name`; the import writes
    them with its raw inserts, `save()` for every other way a film is stored."""
    return search_text.film_name_keys(name)


@dataclass
class StatusCounts:
    """A session's films counted for its progress (see `MovieQuerySet.count_by_status`)."""

    by_status: dict[str, int] = field(default_factory=dict)
    unwatched: int = 0
    retrying: int = 0
    retry_at: datetime | None = None


class MovieQuerySet(models.QuerySet):
    """Films by where they are in enrichment. Each filter is spelled once, here."""

    def for_session(self, session) -> MovieQuerySet:
        return self.filter(session=session)

    def films(self) -> MovieQuerySet:
        """The member's films: every stored film but those only on the watchlist, which have
        a section of their own and count nowhere else (nor in the progress of enrichment)."""
        return self.filter(watchlist_only=False)

    def watchlist(self) -> MovieQuerySet:
        """The films on the watchlist, those watched since included."""
        return self.filter(on_watchlist=True)

    def watchlist_only(self) -> MovieQuerySet:
        return self.filter(watchlist_only=True)

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
        """Films worth a member's look: not found, failed, TV only, or a doubtful match (two
        films of one title and year, a partial title) they have not settled themselves.

        A sure match is never among them, however its year differs from TMDB's."""
        return self.filter(_needs_checking())

    def most_doubtful_first(self) -> MovieQuerySet:
        """Films with nothing linked first (not found, failed, TV only), then the doubtful
        matches from the least to the most confident."""
        state = Movie.EnrichmentStatus
        rank = models.Case(
            models.When(enrichment_status=state.NOT_FOUND, then=0),
            models.When(enrichment_status=state.FAILED, then=1),
            models.When(enrichment_status=state.TV, then=2),
            default=3,
        )
        return self.order_by(rank, models.F("match_confidence").asc(nulls_first=True), "name", "pk")

    def check_counts(self) -> CheckCounts:
        """How many films need a look, by why, in one query."""
        counts = self.aggregate(
            **{name: models.Count("pk", filter=q) for name, q in _checking_filters().items()}
        )
        return CheckCounts(**counts)

    def summary(self) -> dict:
        """What the dashboard says beside its statistics, in one query: which films need
        checking and why (`check`, a CheckCounts; `to_check`, their number), and how many the
        member liked without ever marking them watched."""
        filters = _checking_filters()
        counts = self.aggregate(
            **{name: models.Count("pk", filter=q) for name, q in filters.items()},
            liked_unwatched=models.Count("pk", filter=models.Q(watched=False, liked=True)),
        )
        liked_unwatched = counts.pop("liked_unwatched")
        check = CheckCounts(**counts)
        return {"check": check, "to_check": check.total, "liked_unwatched": liked_unwatched}

    def count_by_status(self) -> StatusCounts:
        """How many films are in each enrichment state, how many are not watched (liked or
        listed only), and how many wait for another try after a passing failure, in one
        query."""
        waiting = models.Q(enrichment_status=Movie.EnrichmentStatus.PENDING) & models.Q(
            enrichment_attempts__gt=0
        )
        rows = (
            self.order_by()
            .annotate(waiting=models.ExpressionWrapper(waiting, models.BooleanField()))
            .values("enrichment_status", "watched", "waiting")
            .annotate(n=models.Count("id"), next_try=models.Min("claimed_until"))
            .values_list("enrichment_status", "watched", "waiting", "n", "next_try")
        )
        counts = StatusCounts()
        for status, watched, is_waiting, n, next_try in rows:
            counts.by_status[status] = counts.by_status.get(status, 0) + n
            counts.unwatched += 0 if watched else n
            if is_waiting:
                counts.retrying += n
                if next_try and (counts.retry_at is None or next_try < counts.retry_at):
                    counts.retry_at = next_try
        return counts

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
        EXCLUDED = "excluded", "Left out by you"
        # A film only on the watchlist, until the member asks for their watchlist to be
        # looked up (it costs TMDB requests): no worker takes it.
        NOT_REQUESTED = "not_requested", "Not looked up"

    session = models.ForeignKey(
        "sessions_app.UploadSession", on_delete=models.CASCADE, related_name="movies"
    )
    name = models.TextField()
    # Derived from `name` (see `movies.search_text`) when the film is stored: what the films
    # table searches and sorts by, without accents, punctuation or a leading "The".
    search_name = models.TextField(blank=True, editable=False)
    sort_name = models.TextField(blank=True, editable=False)
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
    # On the member's watchlist.csv, and since when. A film both watched and listed is one film.
    on_watchlist = models.BooleanField(default=False)
    watchlist_added_on = models.DateField(null=True, blank=True)
    # Only on the watchlist: not watched, liked or reviewed. Such a film is kept for the
    # watchlist section and its ranking; no statistic, progress or films table shows it, and
    # it is looked up on TMDB only when the member asks, after every watched film in the queue.
    watchlist_only = models.BooleanField(default=False)

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
            # The films table's first order.
            models.Index(fields=["session", "sort_name"], name="movie_session_sort_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.year})" if self.year else self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.search_name, self.sort_name = derived_names(self.name)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "search_name", "sort_name"}
        super().save(*args, **kwargs)

    @property
    def tmdb_url(self) -> str | None:
        """The film's page on TMDB, once it is matched to one."""
        if self.tmdb_movie_id is None or self.enrichment_status != self.EnrichmentStatus.ENRICHED:
            return None
        return f"https://www.themoviedb.org/movie/{int(self.tmdb_movie_id)}"

    @property
    def is_doubtful(self) -> bool:
        """Linked to a film, but with doubt: the check page lists it until the member decides."""
        return (
            self.enrichment_status == self.EnrichmentStatus.ENRICHED
            and not self.matched_by_member
            and self.match_confidence is not None
            and self.match_confidence < LOW_CONFIDENCE
        )

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
