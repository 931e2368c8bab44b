"""One TMDB rate limit for every thread, process and machine that shares the database.

A limiter per process would multiply the rate by the number of workers, so the schedule lives in
one `RateLimitSlot` row. Each request reserves the next free slot with one atomic statement,
`next_at = max(next_at, now) + interval`, then sleeps until its slot: requests leave evenly
spaced, with no burst after an idle spell (a GCRA with no burst allowance).

TMDB (and the fake server in tests) counts requests by when they arrive, not when they were
reserved, and a request that arrives late bunches with the punctual ones after it. So:

- a request that wakes more than `LATE_TOLERANCE` after its slot gives the slot up and
  reserves another instead of going out late;
- slots are spaced for `TMDB_MAX_RPS` plus that tolerance plus `TRANSIT_ALLOWANCE`, the spread
  in time from waking to arriving at TMDB (measured against the fake: 1–6 ms usually, ~30 ms for
  the first request of a process that is still busy starting), so that no one-second window
  can hold more than `TMDB_MAX_RPS` arrivals. At 40 req/s that spends 4%: 38.5 req/s.

The reservation must not run inside a transaction: on PostgreSQL the row lock would be held until
the outer transaction ends, queueing every other worker behind it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Protocol

from django.db import DEFAULT_DB_ALIAS, connections, transaction

logger = logging.getLogger(__name__)

# How late after its slot a request may still go out (sleep overshoot, thread scheduling).
# Later than that it re-reserves. Wakes measured within 2 ms of their slot.
LATE_TOLERANCE = 0.010
# The spread of the time from waking to arriving at the server, which no check can see.
TRANSIT_ALLOWANCE = 0.030
# A 429's Retry-After pauses everybody, but never for longer than this.
MAX_DEFER = 60.0
# Re-reserving after waking late is bounded so a starved machine still makes progress.
MAX_RESERVATIONS = 8


def spacing(rps: float, spread: float = LATE_TOLERANCE + TRANSIT_ALLOWANCE) -> float:
    """Seconds between two slots so that at most `rps` requests arrive in any one-second window.

    Slots `d` apart whose arrivals stray up to `spread` from them fall at most
    `ceil((1 + spread) / d)` to a window; `d = (1 + spread) / rps` keeps that at `rps`.
    """
    if rps <= 0:
        raise ValueError("rps must be positive")
    return (1.0 + spread) / rps


class RateLimiter(Protocol):
    def acquire(self) -> float:
        """Block until one request may be sent; return the seconds waited."""
        ...

    def defer(self, seconds: float) -> None:
        """Hold every request back for `seconds` from now (TMDB answered 429)."""
        ...


class NullRateLimiter:
    """No limit: for unit tests, where HTTP is mocked."""

    def acquire(self) -> float:
        return 0.0

    def defer(self, seconds: float) -> None:
        return None


class _SpacingLimiter:
    """The waiting half, shared by both limiters; subclasses reserve a slot."""

    def __init__(
        self,
        rps: float,
        tolerance: float = LATE_TOLERANCE,
        transit: float = TRANSIT_ALLOWANCE,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.rps = rps
        self.tolerance = tolerance
        self.interval = spacing(rps, tolerance + transit)
        self._sleep = sleep
        self.late_reservations = 0  # slots given up for waking late, for diagnostics

    def _clock(self) -> float:
        return time.time()

    def _reserve(self) -> float:
        """Reserve the next slot; return when it is, on `_clock()`."""
        raise NotImplementedError

    def acquire(self) -> float:
        start = self._clock()
        for _ in range(MAX_RESERVATIONS):
            slot = self._reserve()
            remaining = slot - self._clock()
            if remaining > 0:
                self._sleep(remaining)
            now = self._clock()
            if now - slot <= self.tolerance:
                return now - start
            self.late_reservations += 1
        logger.warning("rate limiter: woke late %d times in a row; sending", MAX_RESERVATIONS)
        return self._clock() - start


class LocalRateLimiter(_SpacingLimiter):
    """The same spacing for the threads of one process only: scripts and tests."""

    def __init__(self, rps: float, **kwargs) -> None:
        super().__init__(rps, **kwargs)
        self._lock = threading.Lock()
        self._next_at = 0.0

    def _clock(self) -> float:
        return time.monotonic()

    def _reserve(self) -> float:
        with self._lock:
            slot = max(self._next_at, time.monotonic())
            self._next_at = slot + self.interval
        return slot

    def defer(self, seconds: float) -> None:
        with self._lock:
            self._next_at = max(self._next_at, time.monotonic() + min(seconds, MAX_DEFER))


class _ClockOffset:
    """How far the database's clock is ahead of ours, measured NTP-style and kept a minute.

    A slot is a time on the database's clock. Turning it into "seconds from now" when the reply
    arrives would make each slot late by that reply's round trip, which varies by tens of
    milliseconds while workers queue for the row lock. A plain SELECT of the clock queues for
    nothing; the quickest of a few bounds the offset within half its round trip. An offset
    within that bound is indistinguishable from none (the same machine, or NTP), and taken as 0.
    """

    MAX_AGE = 60.0
    PROBES = 3

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._offset = 0.0
        self._measured_at = float("-inf")

    def value(self, cursor, db_now_sql: str) -> float:
        with self._lock:
            if time.monotonic() - self._measured_at < self.MAX_AGE:
                return self._offset
        samples = []
        for _ in range(self.PROBES):
            sent = time.time()
            cursor.execute(f"SELECT {db_now_sql}")
            db_now = float(cursor.fetchone()[0])
            received = time.time()
            samples.append((received - sent, db_now - (sent + received) / 2))
        round_trip, offset = min(samples)
        with self._lock:
            self._offset = offset if abs(offset) > round_trip / 2 else 0.0
            self._measured_at = time.monotonic()
            return self._offset


# The database's own clock, in Unix seconds: one clock for every machine that shares it.
_DB_NOW = {
    "postgresql": "extract(epoch from clock_timestamp())::float8",
    # SQLite's 'now' is fixed for the statement, to the millisecond.
    "sqlite": "((julianday('now') - 2440587.5) * 86400.0)",
}
_GREATEST = {"postgresql": "GREATEST", "sqlite": "MAX"}


class DatabaseRateLimiter(_SpacingLimiter):
    """The spacing limiter on a `RateLimitSlot` row, shared by everything on one database.

    One `UPDATE … RETURNING` reserves a slot, timed by the database's clock, so machines whose
    clocks disagree still share one schedule. PostgreSQL serialises it on the row lock, SQLite
    on its single writer; other databases take a locked read-modify-write.
    """

    def __init__(self, rps: float, name: str = "tmdb", using: str = DEFAULT_DB_ALIAS, **kwargs):
        super().__init__(rps, **kwargs)
        self.name = name
        self.using = using
        self._offset = _ClockOffset()

    def _reserve(self) -> float:
        connection = connections[self.using]
        if connection.in_atomic_block:
            raise RuntimeError(
                "DatabaseRateLimiter.acquire() inside a transaction would hold the limiter's "
                "row lock until it commits; call it outside transaction.atomic()."
            )
        for _ in range(2):
            if connection.vendor in _DB_NOW:
                slot = self._reserve_in_one_statement(connection)
            else:
                slot = self._reserve_portably()
            if slot is not None:
                return slot
            self._create_row()
        raise RuntimeError(f"rate-limit slot {self.name!r} could not be created")

    def _reserve_in_one_statement(self, connection) -> float | None:
        """The reserved slot on our clock, or None when the row does not exist yet."""
        from enrichment.models import RateLimitSlot

        table = connection.ops.quote_name(RateLimitSlot._meta.db_table)
        now, greatest = _DB_NOW[connection.vendor], _GREATEST[connection.vendor]
        with connection.cursor() as cursor:
            # SQLite's clock is this machine's; a database server's may be another machine's.
            offset = 0.0 if connection.vendor == "sqlite" else self._offset.value(cursor, now)
            cursor.execute(
                f"UPDATE {table} SET next_at = {greatest}(next_at, {now}) + %s "  # noqa: S608
                "WHERE name = %s RETURNING next_at - %s",
                [self.interval, self.name, self.interval],
            )
            row = cursor.fetchone()
        return None if row is None else float(row[0]) - offset

    def _reserve_portably(self) -> float | None:
        from enrichment.models import RateLimitSlot

        with transaction.atomic(using=self.using):
            slot = (
                RateLimitSlot.objects.using(self.using)
                .select_for_update()
                .filter(name=self.name)
                .first()
            )
            if slot is None:
                return None
            start = max(slot.next_at, time.time())
            slot.next_at = start + self.interval
            slot.save(update_fields=["next_at"], using=self.using)
        return start

    def _create_row(self) -> None:
        from enrichment.models import RateLimitSlot

        RateLimitSlot.objects.using(self.using).bulk_create(
            [RateLimitSlot(name=self.name, next_at=0.0)], ignore_conflicts=True
        )

    def defer(self, seconds: float) -> None:
        from enrichment.models import RateLimitSlot

        pause = min(max(seconds, 0.0), MAX_DEFER)
        connection = connections[self.using]
        if connection.vendor not in _DB_NOW:
            RateLimitSlot.objects.using(self.using).filter(
                name=self.name, next_at__lt=time.time() + pause
            ).update(next_at=time.time() + pause)
            return
        table = connection.ops.quote_name(RateLimitSlot._meta.db_table)
        now, greatest = _DB_NOW[connection.vendor], _GREATEST[connection.vendor]
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET next_at = {greatest}(next_at, {now} + %s) "  # noqa: S608
                "WHERE name = %s",
                [pause, self.name],
            )


def default_limiter() -> DatabaseRateLimiter:
    from django.conf import settings

    return DatabaseRateLimiter(settings.TMDB_MAX_RPS)
