"""Spacing TMDB requests evenly: the limiters' arithmetic and waiting, with no database.

A limiter hands each request a slot, `next = max(next, now) + interval`, and the request sleeps
until its slot: requests leave evenly spaced, with no burst after an idle spell (a GCRA with no
burst allowance). `LocalRateLimiter` keeps the schedule in memory for the threads of one process;
`enrichment.shared_rate_limit.DatabaseRateLimiter` keeps it in one database row for every worker.

TMDB (and the fake server in tests) counts requests by when they arrive, not when they were
reserved, and a request that arrives late bunches with the punctual ones after it. So:

- a request that wakes more than `LATE_TOLERANCE` after its slot gives the slot up and
  reserves another instead of going out late;
- slots are spaced for `TMDB_MAX_RPS` plus that tolerance plus `TRANSIT_ALLOWANCE`, the spread
  in time from waking to arriving at TMDB (measured against the fake: 1–6 ms usually, ~30 ms for
  the first request of a process that is still busy starting), so that no one-second window
  can hold more than `TMDB_MAX_RPS` arrivals. At 40 req/s that spends 4%: 38.5 req/s.

This module imports no Django, so scripts and pure tests can use it as it is.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Protocol

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


class SlotTooFar(Exception):
    """The next free slot is further off than the caller may wait (`max_wait`): a web request
    gives up rather than hold its thread behind every worker's requests or a 429 pause."""


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
        max_wait: float | None = None,
        on_late: Callable[[], object] | None = None,
    ) -> None:
        self.rps = rps
        self.tolerance = tolerance
        self.interval = spacing(rps, tolerance + transit)
        self._sleep = sleep
        # None: wait as long as it takes (workers). A web request sets a few seconds at most;
        # the slot it gives up stays spent, which only makes the schedule more cautious.
        self.max_wait = max_wait
        self.late_reservations = 0  # slots given up for waking late, for diagnostics
        self._late_lock = threading.Lock()  # `+= 1` from many threads could lose counts
        # Told of each slot given up (a metric: slots wasted are TMDB's rate not used).
        self._on_late = on_late

    def _clock(self) -> float:
        return time.time()

    def _reserve(self) -> float:
        """Reserve the next slot; return when it is, on `_clock()`."""
        raise NotImplementedError

    def acquire(self) -> float:
        start = self._clock()
        for attempt in range(1, MAX_RESERVATIONS + 1):
            slot = self._reserve()
            remaining = slot - self._clock()
            if self.max_wait is not None and remaining > self.max_wait:
                raise SlotTooFar(f"the next TMDB request slot is {remaining:.1f} s away")
            if remaining > 0:
                self._sleep(remaining)
            now = self._clock()
            if now - slot <= self.tolerance:
                return now - start
            if attempt == MAX_RESERVATIONS:
                # The last slot is used, late as it is, so it is not counted as given up:
                # every request's slots are always one used plus `late_reservations` more.
                logger.warning("rate limiter: woke late %d times in a row; sending", attempt)
                return now - start
            with self._late_lock:
                self.late_reservations += 1
            if self._on_late is not None:
                self._on_late()
        raise AssertionError("unreachable: the last attempt always returns")


class LocalRateLimiter(_SpacingLimiter):
    """The same spacing for the threads of one process only: scripts and tests.

    `clock` and `sleep` are injectable so tests can run the schedule on a clock of their own.
    """

    def __init__(
        self,
        rps: float,
        tolerance: float = LATE_TOLERANCE,
        transit: float = TRANSIT_ALLOWANCE,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        max_wait: float | None = None,
        on_late: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(rps, tolerance, transit, sleep, max_wait, on_late)
        self._now = clock
        self._lock = threading.Lock()
        self._next_at = float("-inf")

    def _clock(self) -> float:
        return self._now()

    def _reserve(self) -> float:
        with self._lock:
            slot = max(self._next_at, self._now())
            self._next_at = slot + self.interval
        return slot

    def defer(self, seconds: float) -> None:
        with self._lock:
            self._next_at = max(self._next_at, self._now() + min(seconds, MAX_DEFER))
