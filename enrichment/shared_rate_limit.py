"""One TMDB rate limit for every thread, process and machine that shares the database.

A limiter per process would multiply the rate by the number of workers, so the schedule lives in
one `RateLimitSlot` row. Each request reserves the next free slot with one atomic statement,
`next_at = max(next_at, now) + interval`, then sleeps until its slot; the spacing and the waiting
are `enrichment.rate_limit`'s.

The reservation must not run inside a transaction: on PostgreSQL the row lock would be held until
the outer transaction ends, queueing every other worker behind it.
"""

from __future__ import annotations

import threading
import time

from django.db import DEFAULT_DB_ALIAS, connections

from enrichment.models import RateLimitSlot
from enrichment.rate_limit import MAX_DEFER, _SpacingLimiter


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
    on its single writer. Those are the two databases the project supports.
    """

    def __init__(self, rps: float, name: str = "tmdb", using: str = DEFAULT_DB_ALIAS, **kwargs):
        super().__init__(rps, **kwargs)
        self.name = name
        self.using = using
        self._offset = _ClockOffset()

    def _sql(self, connection) -> tuple[str, str, str]:
        """The slot table's quoted name and this database's `now` and `greatest` spellings."""
        if connection.vendor not in _DB_NOW:
            raise RuntimeError(
                f"DatabaseRateLimiter supports SQLite and PostgreSQL, not {connection.vendor}"
            )
        table = connection.ops.quote_name(RateLimitSlot._meta.db_table)
        return table, _DB_NOW[connection.vendor], _GREATEST[connection.vendor]

    def _reserve(self) -> float:
        connection = connections[self.using]
        if connection.in_atomic_block:
            raise RuntimeError(
                "DatabaseRateLimiter.acquire() inside a transaction would hold the limiter's "
                "row lock until it commits; call it outside transaction.atomic()."
            )
        for _ in range(2):
            slot = self._reserve_in_one_statement(connection)
            if slot is not None:
                return slot
            self._create_row()
        raise RuntimeError(f"rate-limit slot {self.name!r} could not be created")

    def _reserve_in_one_statement(self, connection) -> float | None:
        """The reserved slot on our clock, or None when the row does not exist yet."""
        table, now, greatest = self._sql(connection)
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

    def _create_row(self) -> None:
        RateLimitSlot.objects.using(self.using).bulk_create(
            [RateLimitSlot(name=self.name, next_at=0.0)], ignore_conflicts=True
        )

    def defer(self, seconds: float) -> None:
        pause = min(max(seconds, 0.0), MAX_DEFER)
        connection = connections[self.using]
        table, now, greatest = self._sql(connection)
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET next_at = {greatest}(next_at, {now} + %s) "  # noqa: S608
                "WHERE name = %s",
                [pause, self.name],
            )
