"""The database-wide limiter: the slots the database hands out, to threads and to processes."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from itertools import pairwise

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from enrichment import rate_limit
from enrichment.models import RateLimitSlot
from enrichment.rate_limit import spacing
from enrichment.shared_rate_limit import DatabaseRateLimiter
from enrichment.tests.hammer import hammer

# Slots are Unix times near 1.7e9, where a float's step is about 2.4e-7 s; SQLite's clock
# moves in whole milliseconds.
FLOAT_STEP = 1e-6
DB_CLOCK_STEP = 0.002


def _recording(limiter: DatabaseRateLimiter) -> list[float]:
    """The slots `limiter` reserves from now on, in order."""
    slots: list[float] = []
    reserve = limiter._reserve

    def recording_reserve() -> float:
        slot = reserve()
        slots.append(slot)
        return slot

    limiter._reserve = recording_reserve
    return slots


def _no_sleep(seconds: float) -> None:
    """Reserve without waiting for the slot: the tests read the slots, not the clock."""


def test_the_database_limiter_spaces_slots_like_the_local_one():
    assert DatabaseRateLimiter(40).interval == pytest.approx(spacing(40))


@pytest.mark.django_db(transaction=True)
def test_the_database_limiter_creates_its_row_and_reserves_evenly_spaced_slots():
    limiter = DatabaseRateLimiter(100, name="spaced")
    slots = _recording(limiter)

    before = time.time()
    for _ in range(6):
        limiter.acquire()
    after = time.time()

    assert len(slots) == 6 + limiter.late_reservations
    assert before - DB_CLOCK_STEP <= slots[0] <= after
    gaps = [b - a for a, b in pairwise(slots)]
    assert all(gap >= limiter.interval - FLOAT_STEP for gap in gaps), gaps
    next_at = RateLimitSlot.objects.get(name="spaced").next_at
    assert next_at == pytest.approx(slots[-1] + limiter.interval, abs=FLOAT_STEP)


@pytest.mark.django_db(transaction=True)
def test_the_database_limiter_reserves_with_one_statement():
    limiter = DatabaseRateLimiter(1000, name="cheap", sleep=_no_sleep)
    limiter.acquire()
    late_before = limiter.late_reservations

    with CaptureQueriesContext(connection) as queries:
        limiter.acquire()

    # One UPDATE per reservation. A busy machine may wake past a slot and reserve another
    # (counted in late_reservations); each of those is one statement too.
    reservations = 1 + limiter.late_reservations - late_before
    assert len(queries) == reservations
    assert all(q["sql"].lstrip().upper().startswith("UPDATE") for q in queries)


@pytest.mark.django_db(transaction=True)
def test_defer_holds_every_request_back_for_the_pause():
    limiter = DatabaseRateLimiter(1000, name="deferred", sleep=_no_sleep)
    slots = _recording(limiter)
    limiter.acquire()

    before = time.time()
    limiter.defer(0.3)
    after = time.time()
    next_at = RateLimitSlot.objects.get(name="deferred").next_at
    limiter.acquire()

    assert before + 0.3 - DB_CLOCK_STEP <= next_at <= after + 0.3 + DB_CLOCK_STEP
    assert slots[-1] >= next_at - FLOAT_STEP  # the next request waits out the pause


@pytest.mark.django_db(transaction=True)
def test_defer_never_pauses_longer_than_the_cap():
    limiter = DatabaseRateLimiter(1000, name="capped", sleep=_no_sleep)
    limiter.acquire()

    before = time.time()
    limiter.defer(3600)
    after = time.time()

    next_at = RateLimitSlot.objects.get(name="capped").next_at
    cap = rate_limit.MAX_DEFER
    assert before + cap - DB_CLOCK_STEP <= next_at <= after + cap + DB_CLOCK_STEP


@pytest.mark.django_db(transaction=True)
def test_the_database_limiter_refuses_to_run_inside_a_transaction():
    limiter = DatabaseRateLimiter(1000, name="atomic")
    with transaction.atomic(), pytest.raises(RuntimeError, match="outside transaction"):
        limiter.acquire()


def _database_url_for_processes(tmp_path) -> str:
    """A database the spawned processes can share: the test database, or a file for SQLite."""
    if connection.vendor == "postgresql":
        s = connection.settings_dict
        host, port = s["HOST"] or "127.0.0.1", s["PORT"] or 5432
        password = f":{s['PASSWORD']}" if s["PASSWORD"] else ""
        return f"postgres://{s['USER']}{password}@{host}:{port}/{s['NAME']}"
    # pytest-django's SQLite test database lives in memory: give the processes a file.
    path = tmp_path / "limiter.sqlite3"
    with connection.schema_editor(collect_sql=True) as editor:
        editor.create_model(RateLimitSlot)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    for statement in editor.collected_sql:
        db.execute(statement)
    db.commit()
    db.close()
    return f"sqlite:///{path}"


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_eight_processes_sharing_the_database_get_slots_spaced_for_the_rate(tmp_path):
    rps, processes, threads, requests_each = 100, 8, 3, 5
    database_url = _database_url_for_processes(tmp_path)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes * threads)
    results = context.Queue()
    workers = [
        context.Process(
            target=hammer,
            args=(database_url, rps, requests_each, threads, barrier, results),
        )
        for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    # Generous: eight interpreters start Django on a machine that may be busy.
    reports = [results.get(timeout=180) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)

    errors = [error for *_, process_errors in reports for error in process_errors]
    assert errors == []
    late = sum(late for _, _, late, _ in reports)
    slots = sorted(slot for _, process_slots, _, _ in reports for slot in process_slots)
    # Every request reserved a slot of the one schedule, plus those given up for waking late.
    assert len(slots) == processes * threads * requests_each + late
    interval = spacing(rps)
    gaps = [b - a for a, b in pairwise(slots)]
    assert min(gaps) >= interval - FLOAT_STEP
    # So no one-second window holds more than `rps` slots, even with each request's spread.
    assert all(b - a > 1.0 for a, b in zip(slots, slots[rps:], strict=False))
