"""What an operator watches: the task queue, read the same way on the ORM broker and on Redis.

The health endpoint, the Prometheus scrape and the admin's Enrichment page all read the queue
through `queue_state()`, so they never disagree about it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import connections
from django.utils import timezone
from django_q.brokers import Broker, get_broker
from django_q.brokers.orm import ORM
from django_q.brokers.redis_broker import Redis
from django_q.conf import Conf
from django_q.models import OrmQ
from django_q.signing import SignedPackage
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable


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
