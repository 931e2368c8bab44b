"""The shared TMDB cache: what any session learned from TMDB, every other session reuses.

Nothing here belongs to a session. TMDB's terms forbid keeping its data longer than six months,
so rows older than `MAX_AGE` count as absent (`fresh()`), and a daily job refreshes or drops them
(`enrichment.tasks_cache`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from dataclasses import fields as dataclass_fields
from datetime import date, datetime, timedelta
from typing import Any

from django.db import models
from django.utils import timezone

from enrichment.id_export import title_hash
from enrichment.matching import Candidate, Match
from movies import facets as facets_module
from movies import images, search_text

# TMDB's terms: no cached data older than six months.
MAX_AGE = timedelta(days=180)
TOP_CAST = 10
# Enough for a member to pick another film later, without bloating every row.
MAX_STORED_CANDIDATES = 20


def fresh_since(now: datetime | None = None) -> datetime:
    """The oldest `fetched_at` still usable."""
    return (now or timezone.now()) - MAX_AGE


def _positive_or_none(value: Any) -> int | None:
    # TMDB writes 0 for "unknown" budgets, revenues and runtimes; 0 would poison averages.
    try:
        number = int(value or 0)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _billing(person: dict[str, Any]) -> int:
    order = person.get("order")
    return order if isinstance(order, int) else 1 << 30


def _alternative_titles(details: dict[str, Any]) -> list[str] | None:
    """The titles of an appended `alternative_titles`, or None when it was not asked for."""
    block = details.get("alternative_titles")
    if not isinstance(block, dict):
        return None
    return [t["title"] for t in block.get("titles") or [] if isinstance(t, dict) and t.get("title")]


def _parse_date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class TmdbMovieQuerySet(models.QuerySet):
    def fresh(self, now: datetime | None = None) -> TmdbMovieQuerySet:
        return self.filter(fetched_at__gte=fresh_since(now))

    def stale(self, now: datetime | None = None) -> TmdbMovieQuerySet:
        return self.filter(fetched_at__lt=fresh_since(now))


class TmdbMovie(models.Model):
    """One TMDB film, with the normalised metadata the statistics need."""

    tmdb_id = models.PositiveIntegerField(primary_key=True, verbose_name="TMDB id")
    title = models.TextField()
    original_title = models.TextField(blank=True)
    original_language = models.CharField(max_length=16, blank=True)
    release_date = models.DateField(null=True, blank=True)
    genres = models.JSONField(default=list, blank=True, help_text="Names, in TMDB's order.")
    # "profile_path": TMDB's path of the person's headshot, "" for none (or older rows).
    directors = models.JSONField(
        default=list, blank=True, help_text='[{"id", "name", "profile_path"}]'
    )
    cast = models.JSONField(
        default=list,
        blank=True,
        help_text='Top-billed 10: [{"id", "name", "character", "order", "profile_path"}]',
    )
    runtime = models.PositiveIntegerField(null=True, blank=True, help_text="Minutes.")
    budget = models.BigIntegerField(null=True, blank=True, help_text="USD; null when unknown.")
    revenue = models.BigIntegerField(null=True, blank=True, help_text="USD; null when unknown.")
    popularity = models.FloatField(default=0.0)
    vote_average = models.FloatField(default=0.0)
    vote_count = models.PositiveIntegerField(default=0)
    countries = models.JSONField(default=list, blank=True, help_text='[{"code", "name"}]')
    languages = models.JSONField(default=list, blank=True, help_text='[{"code", "name"}]')
    # Derived from the fields above by `save()` and `from_tmdb()`: see `movies.facets`. JSON
    # kept as plain text: the dashboard reads it for every film, and PostgreSQL would spend
    # longer printing jsonb than the rest of the query takes.
    facets = models.TextField(
        default=facets_module.EMPTY_JSON,
        editable=False,
        help_text="The keys the statistics count, per dimension, as JSON (derived).",
    )
    # Derived like `facets`, by `derive()`: the folded texts the films table searches (titles:
    # TMDB's, the original and the alternative ones), and its director and actor filters look
    # in (see `movies.search_text`).
    search_titles = models.TextField(blank=True, editable=False)
    search_directors = models.TextField(blank=True, editable=False)
    search_cast = models.TextField(blank=True, editable=False)
    imdb_id = models.CharField(max_length=16, blank=True)
    # TMDB's path of the poster ("/abc.jpg"), checked by `movies.images`; "" for none.
    poster_path = models.CharField(max_length=200, blank=True)
    # The titles TMDB's search also answers to ("Three Colours: Blue", "Avengers Assemble"),
    # which matching compares too. Null: not asked for yet (cached before they were).
    alternative_titles = models.JSONField(
        null=True, blank=True, help_text="Titles, as TMDB lists them."
    )
    fetched_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = TmdbMovieQuerySet.as_manager()

    # Every field but the key, for upserts.
    UPSERT_FIELDS = (
        "title",
        "original_title",
        "original_language",
        "release_date",
        "genres",
        "directors",
        "cast",
        "runtime",
        "budget",
        "revenue",
        "popularity",
        "vote_average",
        "vote_count",
        "countries",
        "languages",
        "facets",
        "search_titles",
        "search_directors",
        "search_cast",
        "imdb_id",
        "poster_path",
        "alternative_titles",
        "fetched_at",
    )

    class Meta:
        verbose_name = "TMDB movie"
        ordering = ["title"]

    def __str__(self) -> str:
        year = f" ({self.release_date.year})" if self.release_date else ""
        return f"{self.title}{year} · tmdb {self.tmdb_id}"

    # What `derive()` writes, from the other fields.
    DERIVED_FIELDS = ("facets", "search_titles", "search_directors", "search_cast")

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.derive()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, *self.DERIVED_FIELDS}
        super().save(*args, **kwargs)

    def derive(self) -> None:
        """Fill the derived fields from the others; every write of a row goes through here."""
        self.facets = self.derive_facets()
        titles = [self.title, self.original_title, *(self.alternative_titles or [])]
        self.search_titles = search_text.search_text(titles)
        self.search_directors = search_text.search_text(d.get("name") for d in self.directors)
        self.search_cast = search_text.search_text(p.get("name") for p in self.cast)

    def derive_facets(self) -> str:
        return facets_module.encode(
            facets_module.facets(
                genres=self.genres,
                directors=self.directors,
                cast=self.cast,
                countries=self.countries,
                languages=self.languages,
                original_language=self.original_language,
            )
        )

    @classmethod
    def from_tmdb(cls, details: dict[str, Any], fetched_at: datetime | None = None) -> TmdbMovie:
        """An unsaved row from a `/movie/{id}?append_to_response=credits,alternative_titles`
        payload."""
        credits = details.get("credits") or {}
        crew = credits.get("crew") or []
        directors: list[dict[str, Any]] = []
        seen_directors: set[int] = set()
        for person in crew:
            # One person can be credited as Director twice (e.g. with a different department).
            if person.get("job") == "Director" and person.get("id") not in seen_directors:
                seen_directors.add(person.get("id"))
                directors.append(
                    {
                        "id": person.get("id"),
                        "name": person.get("name") or "",
                        "profile_path": images.clean_path(person.get("profile_path")),
                    }
                )
        cast = [
            {
                "id": p.get("id"),
                "name": p.get("name") or "",
                "character": p.get("character") or "",
                "order": p.get("order"),
                "profile_path": images.clean_path(p.get("profile_path")),
            }
            for p in sorted(credits.get("cast") or [], key=_billing)[:TOP_CAST]
        ]
        movie = cls(
            tmdb_id=int(details["id"]),
            title=details.get("title") or details.get("original_title") or "",
            original_title=details.get("original_title") or "",
            original_language=(details.get("original_language") or "")[:16],
            release_date=_parse_date(details.get("release_date")),
            genres=[g["name"] for g in details.get("genres") or [] if g.get("name")],
            directors=directors,
            cast=cast,
            runtime=_positive_or_none(details.get("runtime")),
            budget=_positive_or_none(details.get("budget")),
            revenue=_positive_or_none(details.get("revenue")),
            popularity=float(details.get("popularity") or 0.0),
            vote_average=float(details.get("vote_average") or 0.0),
            vote_count=int(details.get("vote_count") or 0),
            countries=[
                {"code": c.get("iso_3166_1") or "", "name": c.get("name") or ""}
                for c in details.get("production_countries") or []
            ],
            languages=[
                {
                    "code": lang.get("iso_639_1") or "",
                    "name": lang.get("english_name") or lang.get("name") or "",
                }
                for lang in details.get("spoken_languages") or []
            ],
            imdb_id=(details.get("imdb_id") or "")[:16],
            poster_path=images.clean_path(details.get("poster_path")),
            alternative_titles=_alternative_titles(details),
            fetched_at=fetched_at or timezone.now(),
        )
        movie.derive()
        return movie

    @classmethod
    def upsert(cls, movies: Iterable[TmdbMovie]) -> None:
        """Insert or overwrite by TMDB id, in one statement; safe when workers race on a film."""
        by_id = {movie.tmdb_id: movie for movie in movies}  # one row per id in a statement
        for movie in by_id.values():
            movie.derive()  # bulk_create skips save(): keep them in step
        if by_id:
            cls.objects.bulk_create(
                list(by_id.values()),
                update_conflicts=True,
                unique_fields=["tmdb_id"],
                update_fields=list(cls.UPSERT_FIELDS),
            )

    @property
    def year(self) -> int | None:
        return self.release_date.year if self.release_date else None

    def as_details(self) -> dict[str, Any]:
        """What matching reads of a /movie/{id} answer, from this row: no request."""
        return {
            "id": self.tmdb_id,
            "title": self.title,
            "original_title": self.original_title,
            "release_date": self.release_date.isoformat() if self.release_date else "",
            "runtime": self.runtime,
            "genres": [{"name": name} for name in self.genres],
            "poster_path": self.poster_path,
            "alternative_titles": {"titles": [{"title": t} for t in self.alternative_titles or []]},
        }

    @property
    def director_names(self) -> list[str]:
        return [d["name"] for d in self.directors]

    @property
    def cast_names(self) -> list[str]:
        return [p["name"] for p in self.cast]

    @property
    def country_names(self) -> list[str]:
        return [c["name"] for c in self.countries]

    @property
    def language_names(self) -> list[str]:
        return [lang["name"] for lang in self.languages]


class TmdbSearchResultQuerySet(models.QuerySet):
    def fresh(self, now: datetime | None = None) -> TmdbSearchResultQuerySet:
        return self.filter(fetched_at__gte=fresh_since(now))

    def stale(self, now: datetime | None = None) -> TmdbSearchResultQuerySet:
        return self.filter(fetched_at__lt=fresh_since(now))


class TmdbSearchResult(models.Model):
    """What TMDB's search said for a (normalised title, year): a film, a series, or no match.

    Keyed on the normalised title so "The Thing" and "Thing", "Alien³" and "Alien 3" share a row.
    `year` is 0 when the export had none: NULLs are distinct in a PostgreSQL unique constraint,
    so a nullable year would let the same key be stored twice.
    """

    class MediaType(models.TextChoices):
        MOVIE = "movie", "Film"
        TV = "tv", "TV series"
        NONE = "", "No confident match"

    normalised_title = models.CharField(max_length=500)
    year = models.PositiveSmallIntegerField(default=0, help_text="0 when the export had no year.")
    tmdb_id = models.PositiveIntegerField(
        null=True, blank=True, verbose_name="TMDB id", help_text="Empty: no confident match."
    )
    media_type = models.CharField(max_length=8, choices=MediaType, blank=True)
    confidence = models.FloatField(default=0.0)
    reason = models.CharField(max_length=300, blank=True)
    # The candidates weighed, best first, so a member can pick another without a request.
    candidates = models.JSONField(default=list, blank=True)
    requests = models.PositiveSmallIntegerField(default=0, help_text="TMDB requests it took.")
    fetched_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = TmdbSearchResultQuerySet.as_manager()

    class Meta:
        verbose_name = "TMDB search result"
        constraints = [
            models.UniqueConstraint(
                fields=["normalised_title", "year"], name="tmdb_search_unique_title_year"
            ),
        ]

    def __str__(self) -> str:
        year = f" ({self.year})" if self.year else ""
        target = f"{self.media_type}/{self.tmdb_id}" if self.tmdb_id else "no match"
        return f"{self.normalised_title}{year} → {target}"

    @property
    def key(self) -> tuple[str, int]:
        return (self.normalised_title, self.year)

    @classmethod
    def store(cls, key: tuple[str, int], match: Match) -> None:
        """Record what a search found (or that it found nothing sure), overwriting an older row.

        An upsert, not get-then-save: two workers resolving one title at once must both succeed.
        """
        row = cls(
            normalised_title=key[0],
            year=key[1],
            tmdb_id=match.tmdb_id if match.confident else None,
            media_type=match.media_type if match.confident else cls.MediaType.NONE,
            confidence=match.confidence,
            reason=match.reason[:300],
            candidates=[asdict(c) for c in match.candidates[:MAX_STORED_CANDIDATES]],
            requests=match.requests,
            fetched_at=timezone.now(),
        )
        cls.objects.bulk_create(
            [row],
            update_conflicts=True,
            unique_fields=["normalised_title", "year"],
            update_fields=[
                "tmdb_id",
                "media_type",
                "confidence",
                "reason",
                "candidates",
                "requests",
                "fetched_at",
            ],
        )

    def to_match(self) -> Match:
        """The stored match; it cost no request to know."""
        fields = {f.name for f in dataclass_fields(Candidate)}
        candidates = tuple(
            Candidate(
                **{k: tuple(v) if isinstance(v, list) else v for k, v in c.items() if k in fields}
            )
            for c in self.candidates
        )
        return Match(self.tmdb_id, self.media_type, self.confidence, self.reason, candidates)


class RateLimitSlot(models.Model):
    """The next free request slot of a rate limit shared by every worker on this database."""

    name = models.CharField(max_length=50, primary_key=True)
    # Unix time in seconds; a float is precise to well under a microsecond for this era.
    next_at = models.FloatField(default=0.0)

    class Meta:
        verbose_name = "rate-limit slot"

    def __str__(self) -> str:
        return f"{self.name}: next at {self.next_at:.3f}"


class EnrichmentLoopQuerySet(models.QuerySet):
    def free(self, now: datetime | None = None) -> EnrichmentLoopQuerySet:
        return self.filter(models.Q(held_until__isnull=True) | models.Q(held_until__lt=now))


class EnrichmentLoop(models.Model):
    """One of the `ENRICH_LOOPS` places an enrichment loop may run in.

    A loop is a django-q2 task that enriches one chunk of films, then queues itself again: so
    the queue holds a few loops, never thousands of chunks, and whatever else is queued (a new
    session's start) waits one chunk at most. A loop holds its place with a token and a lease;
    a killed loop's place frees itself when the lease runs out.
    """

    number = models.PositiveSmallIntegerField(primary_key=True)
    token = models.UUIDField(null=True, blank=True)
    held_until = models.DateTimeField(null=True, blank=True)

    objects = EnrichmentLoopQuerySet.as_manager()

    class Meta:
        verbose_name = "enrichment loop"
        ordering = ["number"]

    def __str__(self) -> str:
        return (
            f"loop {self.number}: held until {self.held_until}"
            if self.token
            else (f"loop {self.number}: free")
        )


class TmdbTitleQuerySet(models.QuerySet):
    def current(self) -> TmdbTitleQuerySet:
        """The rows of the index in use; none when no index was ever loaded."""
        in_use = TmdbTitleIndex.objects.filter(pk=TmdbTitleIndex.ONE).values("generation")[:1]
        return self.filter(generation=models.Subquery(in_use))

    def candidates(self, normalised_title: str) -> list[tuple[int, float]]:
        """(TMDB id, popularity) of every film of the index in use with this original title
        (normalised: `id_export.index_key`), in one query."""
        if not normalised_title:
            return []
        rows = self.current().filter(title_hash=title_hash(normalised_title))
        return list(rows.values_list("tmdb_id", "popularity"))


class TmdbTitle(models.Model):
    """One film of TMDB's daily ID export: the title index matching looks in first.

    Rows belong to a load (`generation`); only the generation `TmdbTitleIndex` names is in
    use, so a day's export is loaded beside the last one and swapped in at once. The title is
    kept as a 64-bit hash of its normalised form (`id_export.title_hash`): a million rows
    and their B-tree stay small, and load fast.
    """

    generation = models.PositiveIntegerField()
    title_hash = models.BigIntegerField(help_text="Of the normalised original title.")
    tmdb_id = models.PositiveIntegerField(verbose_name="TMDB id")
    popularity = models.FloatField(default=0.0)

    objects = TmdbTitleQuerySet.as_manager()

    class Meta:
        verbose_name = "TMDB title"
        indexes = [
            models.Index(fields=["generation", "title_hash"], name="tmdb_title_lookup"),
        ]

    def __str__(self) -> str:
        return f"TMDB film {self.tmdb_id} (generation {self.generation})"


class TmdbTitleIndex(models.Model):
    """The one row saying which generation of `TmdbTitle` rows is the index in use.

    Flipping `generation` swaps a new day's index in, in one statement; `next_generation`
    hands each load a generation of its own, so two loads at once never mix their rows.
    """

    ONE = 1

    id = models.PositiveSmallIntegerField(primary_key=True, default=ONE)
    generation = models.PositiveIntegerField(default=0, help_text="0: no index loaded.")
    next_generation = models.PositiveIntegerField(default=1)
    source = models.CharField(max_length=500, blank=True, help_text="The file or URL loaded.")
    entries = models.PositiveIntegerField(default=0)
    loaded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "TMDB title index"

    def __str__(self) -> str:
        if not self.generation:
            return "no title index loaded"
        return f"{self.entries} titles from {self.source}, loaded {self.loaded_at:%Y-%m-%d %H:%M}"
