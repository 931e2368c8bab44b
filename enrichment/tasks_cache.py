"""The daily job that keeps the shared TMDB cache within TMDB's six months.

TMDB's terms forbid keeping its data longer than six months. Lookups already ignore rows past
`MAX_AGE`; this job acts `MARGIN` before that, so a missed run or two never lets a row outlive it:

- search results are dropped: redoing a search when a film comes up again is cheap;
- films no session links any more are dropped;
- films a live session still links are refreshed from TMDB, oldest first, within a time budget;
  those TMDB no longer has are dropped, those it cannot serve today are tried again tomorrow;
- whatever is past `MAX_AGE` all the same (TMDB down for days, no key) is dropped.

A dropped row's films are never left "enriched" without data: TMDB's missing films become "not
found" (to match again from the check page), the overdue ones "failed" (a retry fetches them).

Safe to run twice or to kill half way: every step is a delete or an upsert on the TMDB id.
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from enrichment.models import MAX_AGE, TmdbMovie, TmdbSearchResult
from enrichment.tmdb import configured_client
from enrichment.tmdb_client import TmdbAuthError, TmdbClient, TmdbNotFound, TmdbUnavailable
from movies.models import Movie
from sessions_app.models import UploadSession

logger = logging.getLogger(__name__)

MARGIN = timedelta(days=10)
GONE = "TMDB no longer has the film this was matched to."
EXPIRED = "Its TMDB data reached six months and could not be refreshed; try again."
TIME_BUDGET = 420.0  # seconds; the schedule's task timeout is 540
MAX_REFRESH = 5000  # films refreshed in one run (about 2 minutes at 40 requests a second)
_UPSERT_BATCH = 100


@dataclass
class CacheRefreshReport:
    searches_dropped: int = 0
    films_dropped: int = 0
    films_refreshed: int = 0
    films_gone: int = 0
    films_failed: int = 0
    films_left: int = 0  # due but not reached within the time budget

    def __str__(self) -> str:
        return ", ".join(f"{name.replace('_', ' ')}: {n}" for name, n in asdict(self).items())


def refresh_tmdb_cache(
    client: TmdbClient | None = None,
    now: datetime | None = None,
    time_budget: float = TIME_BUDGET,
    max_refresh: int = MAX_REFRESH,
) -> str:
    """Refresh or drop cached TMDB rows before they turn six months old; return a summary."""
    now = now or timezone.now()
    due_before = now - MAX_AGE + MARGIN
    report = CacheRefreshReport()

    report.searches_dropped, _ = TmdbSearchResult.objects.filter(fetched_at__lt=due_before).delete()
    unlinked = TmdbMovie.objects.filter(fetched_at__lt=due_before, movies__isnull=True)
    report.films_dropped, _ = TmdbMovie.objects.filter(pk__in=unlinked.values("pk")).delete()

    due = list(
        TmdbMovie.objects.filter(fetched_at__lt=due_before)
        .order_by("fetched_at")
        .values_list("pk", flat=True)[:max_refresh]
    )
    if due:
        try:
            client = client or configured_client()
        except TmdbAuthError as exc:
            logger.warning("TMDB cache: cannot refresh %d films: %s", len(due), exc)
            client = None
    if due and client is not None:
        _refresh(due, client, report, time.monotonic() + time_budget)

    # Past six months despite everything: TMDB's terms come before our statistics. Their films
    # say why their data went, and a retry fetches it afresh.
    stale = TmdbMovie.objects.stale(now)
    _release_films(stale.values("pk"), Movie.EnrichmentStatus.FAILED, EXPIRED)
    overdue, _ = stale.delete()
    report.films_dropped += overdue
    logger.info("TMDB cache: %s", report)
    return str(report)


def _refresh(
    due: list[int], client: TmdbClient, report: CacheRefreshReport, deadline: float
) -> None:
    batch: list[TmdbMovie] = []
    gone: list[int] = []
    try:
        for done, tmdb_id in enumerate(due):
            if time.monotonic() > deadline:
                report.films_left = len(due) - done
                break
            try:
                batch.append(TmdbMovie.from_tmdb(client.movie_details(tmdb_id)))
            except TmdbNotFound:
                gone.append(tmdb_id)
            except TmdbUnavailable as exc:
                report.films_failed += 1
                logger.info("TMDB cache: film %s not refreshed: %s", tmdb_id, exc.reason)
            if len(batch) >= _UPSERT_BATCH:
                TmdbMovie.upsert(batch)
                report.films_refreshed += len(batch)
                batch = []
    finally:
        # A bad key (TmdbAuthError) still saves what was refreshed before it, then fails the task.
        TmdbMovie.upsert(batch)
        report.films_refreshed += len(batch)
        _release_films(gone, Movie.EnrichmentStatus.NOT_FOUND, GONE)
        report.films_gone, _ = TmdbMovie.objects.filter(pk__in=gone).delete()


def _release_films(tmdb_ids, status: str, reason: str) -> None:
    """Unlink the films matched to TMDB rows about to be dropped, saying why, so that none is
    left "enriched" without data; their sessions' statistics are computed again."""
    # A film the member excluded stays excluded (the foreign key unlinks it on delete).
    films = Movie.objects.filter(tmdb_movie_id__in=tmdb_ids).exclude(
        enrichment_status=Movie.EnrichmentStatus.EXCLUDED
    )
    sessions = set(films.values_list("session_id", flat=True).distinct())
    # A member's own pick is gone with the row: the film is theirs to check again.
    films.update(
        tmdb_movie=None, enrichment_status=status, enrichment_error=reason, matched_by_member=False
    )
    UploadSession.objects.filter(pk__in=sessions).bump_stats_version()
