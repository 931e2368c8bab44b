"""The limiters' arithmetic and waiting, on a clock the test moves: no database, no real time."""

from __future__ import annotations

import math
import subprocess
import sys
import threading
from itertools import pairwise
from pathlib import Path

import pytest

from enrichment import rate_limit
from enrichment.rate_limit import LocalRateLimiter, NullRateLimiter, spacing

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class FakeClock:
    """Time that passes only when the limiter sleeps, each sleep overrunning by the next of
    `overruns` (a loaded machine waking a thread late)."""

    def __init__(self, overruns: list[float] | None = None) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self.overruns = list(overruns or [])

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds + (self.overruns.pop(0) if self.overruns else 0.0)


def _limiter(rps: float, clock: FakeClock) -> LocalRateLimiter:
    return LocalRateLimiter(rps, clock=clock, sleep=clock.sleep)


def test_slots_are_spaced_so_late_requests_still_fit_the_rate():
    d = spacing(40, spread=0.04)
    assert d == pytest.approx(1.04 / 40)
    # Slots d apart, each arriving up to 40 ms off, put at most 40 in any one-second window.
    assert math.ceil((1 + 0.04) / d) == 40
    spread = rate_limit.LATE_TOLERANCE + rate_limit.TRANSIT_ALLOWANCE
    assert LocalRateLimiter(40).interval == pytest.approx((1 + spread) / 40)


def test_spacing_refuses_a_rate_of_zero():
    with pytest.raises(ValueError, match="positive"):
        spacing(0)


def test_the_null_limiter_never_waits():
    limiter = NullRateLimiter()
    assert limiter.acquire() == 0.0
    limiter.defer(10)
    assert limiter.acquire() == 0.0


def test_the_local_limiter_waits_one_interval_between_requests():
    clock = FakeClock()
    limiter = _limiter(10, clock)

    waits = [limiter.acquire() for _ in range(4)]

    assert waits == [0.0, *[pytest.approx(limiter.interval)] * 3]
    assert clock.sleeps == [pytest.approx(limiter.interval)] * 3


def test_the_local_limiter_starts_with_no_burst_after_idling():
    clock = FakeClock()
    limiter = _limiter(10, clock)
    limiter.acquire()
    clock.now += 60  # idle for a minute

    assert limiter.acquire() == 0.0  # the first after the pause goes at once...
    assert limiter.acquire() == pytest.approx(limiter.interval)  # ...the next is spaced, no burst


def test_the_local_limiter_hands_threads_slots_at_least_an_interval_apart():
    limiter = LocalRateLimiter(500)
    slots: list[float] = []
    reserve = limiter._reserve

    def recording_reserve() -> float:
        slot = reserve()
        slots.append(slot)  # list.append is atomic: the threads share it safely
        return slot

    limiter._reserve = recording_reserve

    def take() -> None:
        for _ in range(5):
            limiter.acquire()

    threads = [threading.Thread(target=take) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # However the threads were scheduled: one slot per request, plus any given up for waking late.
    assert len(slots) == 30 + limiter.late_reservations
    slots.sort()
    gaps = [b - a for a, b in pairwise(slots)]
    assert min(gaps) >= limiter.interval - 1e-9  # a float's step at monotonic times


def test_a_limiter_that_wakes_late_gives_its_slot_up_and_reserves_again():
    clock = FakeClock(overruns=[0.2])  # the first wait overruns by far more than the tolerance
    limiter = _limiter(20, clock)

    limiter.acquire()  # takes the free slot at once
    waited = limiter.acquire()  # waits, wakes late, re-reserves the slot that is now free

    assert limiter.late_reservations == 1
    assert clock.sleeps == [pytest.approx(limiter.interval)]
    assert waited == pytest.approx(limiter.interval + 0.2)


def test_a_limiter_that_always_wakes_late_still_sends_in_the_end(caplog):
    clock = FakeClock(overruns=[0.03] * rate_limit.MAX_RESERVATIONS)
    limiter = _limiter(1000, clock)
    reserved = []

    def reserve():  # every slot lies ahead, and every wait overruns
        reserved.append(clock.now + 0.001)
        return reserved[-1]

    limiter._reserve = reserve

    limiter.acquire()

    # The last slot goes out late rather than never; the ones before it were given up.
    assert len(reserved) == rate_limit.MAX_RESERVATIONS
    assert limiter.late_reservations == rate_limit.MAX_RESERVATIONS - 1
    assert len(reserved) == 1 + limiter.late_reservations  # what the shared-limiter tests count

    assert len(clock.sleeps) == rate_limit.MAX_RESERVATIONS
    assert "woke late" in caplog.text


def test_each_slot_given_up_is_told_to_the_callback():
    clock = FakeClock(overruns=[0.2])  # the first wait overruns by far more than the tolerance
    given_up = []
    limiter = LocalRateLimiter(
        20, clock=clock, sleep=clock.sleep, on_late=lambda: given_up.append(clock.now)
    )

    limiter.acquire()  # the free slot, at once
    limiter.acquire()  # wakes late, gives the slot up, takes the one now free
    limiter.acquire()  # in time

    assert given_up == [pytest.approx(1000.0 + limiter.interval + 0.2)]
    assert limiter.late_reservations == 1


def test_defer_holds_the_next_request_back_for_the_pause():
    clock = FakeClock()
    limiter = _limiter(1000, clock)
    limiter.acquire()

    limiter.defer(3.0)

    assert limiter.acquire() == pytest.approx(3.0)


def test_defer_never_pauses_longer_than_the_cap():
    clock = FakeClock()
    limiter = _limiter(1000, clock)
    limiter.acquire()

    limiter.defer(3600)

    assert limiter.acquire() == pytest.approx(rate_limit.MAX_DEFER)


def test_the_limiter_module_imports_no_django():
    probe = (
        "import sys, enrichment.rate_limit; "
        "sys.exit(any(m.split('.')[0] == 'django' for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT_ROOT, check=False)
    assert done.returncode == 0


def test_a_limiter_with_a_longest_wait_refuses_a_slot_further_off():
    clock = FakeClock()
    limiter = LocalRateLimiter(40, clock=clock, sleep=clock.sleep, max_wait=1.0)
    limiter.defer(30)  # a 429 paused everyone

    with pytest.raises(rate_limit.SlotTooFar):
        limiter.acquire()
    assert clock.sleeps == []  # it did not wait at all


def test_a_limiter_with_a_longest_wait_waits_up_to_it():
    clock = FakeClock()
    limiter = LocalRateLimiter(2, clock=clock, sleep=clock.sleep, max_wait=1.0)

    limiter.acquire()
    waited = limiter.acquire()

    assert waited == pytest.approx(limiter.interval)
