"""What an operator watches: the task queue (read the same way on the ORM broker and on Redis),
the sessions, the shared TMDB cache and the requests spent on it.

The health endpoint, the Prometheus scrape and the admin's Enrichment page all read these here,
so they never disagree.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import DatabaseError, connections
from django.db.models import Count, Sum
from django.db.models.functions import TruncMinute
from django.utils import timezone
from django_q.brokers import Broker, get_broker
from django_q.brokers.orm import ORM
from django_q.brokers.redis_broker import Redis
from django_q.conf import Conf
from django_q.models import OrmQ
from django_q.signing import SignedPackage
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable
from prometheus_client.core import GaugeMetricFamily, Metric

from enrichment.models import TmdbMovie, TmdbSearchResult
from movies.models import Movie
from sessions_app.models import UploadSession


@dataclass(frozen=True)
class QueueState:
    depth: int  # tasks waiting for a worker (not those a worker holds)
    oldest_queued_at: datetime | None  # when the longest-waiting of them was queued

    def oldest_age(self, now: datetime | None = None) -> float | None:
        """Seconds the longest-waiting task has waited; None when nothing waits."""
        if self.oldest_queued_at is None:
            return None
        return max(((now or timezone.now()) - self.oldest_queued_at).total_seconds(), 0.0)


def _queued_at(payload: str | bytes, fallback: datetime | None = None) -> datetime | None:
    # django-q2 stamps `started` on a task when it queues it (`async_task`).
    try:
        task = SignedPackage.loads(payload)
    except Exception:  # a payload signed with another key, or not django-q2's: no age to read
        return fallback
    started = task.get("started") if isinstance(task, dict) else None
    return started if isinstance(started, datetime) else fallback


def queue_state(broker: Broker | None = None) -> QueueState:
    """The queue's depth and its oldest waiting task. Raises what the broker raises when it
    cannot be reached (a database error, redis.ConnectionError)."""
    broker = broker or get_broker()
    if isinstance(broker, ORM):
        # A waiting row's lock is when it was queued, or when a dead worker's claim ran out;
        # a worker's claim moves it into the future.
        waiting = OrmQ.objects.using(Conf.ORM).filter(key=broker.list_key, lock__lte=timezone.now())
        oldest = waiting.order_by("pk").values_list("payload", "lock").first()
        return QueueState(
            depth=waiting.count(),
            oldest_queued_at=_queued_at(oldest[0], oldest[1]) if oldest else None,
        )
    depth = int(broker.queue_size() or 0)
    if isinstance(broker, Redis) and depth:
        # A list: tasks are pushed on the right and taken from the left.
        head = broker.connection.lindex(broker.list_key, 0)
        return QueueState(depth=depth, oldest_queued_at=_queued_at(head) if head else None)
    return QueueState(depth=depth, oldest_queued_at=None)


@dataclasses.dataclass
class TaskQueue(HealthCheck):
    """The broker answers, and no task has waited longer than `HEALTH_MAX_QUEUE_AGE` seconds:
    past that the workers are gone, stuck, or too few for the work."""

    def run(self) -> None:
        try:
            state = queue_state()
        except Exception as exc:
            # The message is public: say which service, never the error's details.
            raise ServiceUnavailable(f"task broker unreachable ({type(exc).__name__})") from exc
        finally:
            # Checks run in a pool thread, which has a database connection of its own.
            connections.close_all()
        age = state.oldest_age()
        limit = settings.HEALTH_MAX_QUEUE_AGE
        if age is not None and age > limit:
            raise ServiceUnavailable(
                f"the oldest of {state.depth} queued tasks has waited {age:.0f} s "
                f"(more than {limit} s): are the workers running?"
            )


def sessions_by_status() -> dict[str, int]:
    """Every status, with 0 for those no session is in."""
    counts = dict(
        UploadSession.objects.order_by().values_list("status").annotate(count=Count("pk"))
    )
    return {status.value: counts.get(status.value, 0) for status in UploadSession.Status}


def cached_films() -> int:
    """Films in the shared TMDB cache still fresh enough to use."""
    return TmdbMovie.objects.fresh().count()


def failure_reasons(limit: int = 10) -> list[tuple[str, int]]:
    """The commonest reasons films failed, with how many films each, most first."""
    rows = (
        Movie.objects.filter(enrichment_status=Movie.EnrichmentStatus.FAILED)
        .order_by()
        .values("enrichment_error")
        .annotate(count=Count("pk"))
        .order_by("-count", "enrichment_error")[:limit]
    )
    return [(row["enrichment_error"] or "(no reason recorded)", row["count"]) for row in rows]


def tmdb_requests_per_second(
    minutes: int = 10, now: datetime | None = None
) -> list[tuple[datetime, float]]:
    """TMDB requests a second in each of the last `minutes` whole minutes, oldest first, from
    the lookups stored in the cache (`TmdbSearchResult.requests`): every node's, but not the
    retries, the 429s, nor the cache's daily refresh."""
    end = (now or timezone.now()).replace(second=0, microsecond=0)
    start = end - timedelta(minutes=minutes)
    spent = dict(
        TmdbSearchResult.objects.filter(fetched_at__gte=start, fetched_at__lt=end)
        .annotate(minute=TruncMinute("fetched_at"))
        .order_by()
        .values_list("minute")
        .annotate(requests=Sum("requests"))
    )
    minutes_seen = [start + timedelta(minutes=n) for n in range(minutes)]
    return [(minute, (spent.get(minute) or 0) / 60) for minute in minutes_seen]


class ScrapeCollector:
    """Gauges read when Prometheus scrapes: the queue, the sessions and the TMDB cache, as every
    node sees them (so query them with max(), not sum())."""

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("letterboxd_queue_up", "1 when the task broker answered.")
        try:
            state = queue_state()
        except Exception:
            up.add_metric([], 0)
        else:
            up.add_metric([], 1)
            yield GaugeMetricFamily(
                "letterboxd_queue_depth", "Tasks waiting for a worker.", value=state.depth
            )
            yield GaugeMetricFamily(
                "letterboxd_queue_oldest_age_seconds",
                "Seconds the longest-waiting task has waited; 0 when none waits.",
                value=state.oldest_age() or 0.0,
            )
        yield up
        try:
            by_status = sessions_by_status()
            films = cached_films()
        except DatabaseError:
            return  # /health/ says the database is down; the scrape still has the rest
        sessions = GaugeMetricFamily(
            "letterboxd_sessions", "Upload sessions, by status.", labels=["status"]
        )
        for status, count in by_status.items():
            sessions.add_metric([status], count)
        yield sessions
        yield GaugeMetricFamily(
            "letterboxd_tmdb_cache_films",
            "Films in the shared TMDB cache, fresh enough to use.",
            value=films,
        )
