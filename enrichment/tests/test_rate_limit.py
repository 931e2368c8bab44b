from __future__ import annotations

import math
import multiprocessing
import threading
import time

import pytest
from django.db import connection, transaction

from enrichment import rate_limit
from enrichment.models import RateLimitSlot
from enrichment.rate_limit import (
    DatabaseRateLimiter,
    LocalRateLimiter,
    NullRateLimiter,
    spacing,
)
from enrichment.tests.hammer import hammer


def test_slots_are_spaced_so_late_requests_still_fit_the_rate():
    d = spacing(40, spread=0.04)
    assert d == pytest.approx(1.04 / 40)
    # Slots d apart, each arriving up to 40 ms off, put at most 40 in any one-second window.
    assert math.ceil((1 + 0.04) / d) == 40
    assert DatabaseRateLimiter(40).interval == pytest.approx(1.04 / 40)


def test_spacing_refuses_a_rate_of_zero():
    with pytest.raises(ValueError, match="positive"):
        spacing(0)


def test_the_null_limiter_never_waits():
    limiter = NullRateLimiter()
    assert limiter.acquire() == 0.0
    limiter.defer(10)
    assert limiter.acquire() == 0.0


def test_the_local_limiter_spaces_requests_from_many_threads():
    limiter = LocalRateLimiter(200)
    stamps: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        for _ in range(5):
            limiter.acquire()
            with lock:
                stamps.append(time.monotonic())

    threads = [threading.Thread(target=take) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stamps.sort()
    elapsed = stamps[-1] - stamps[0]
    assert elapsed >= 29 * limiter.interval * 0.95


def test_the_local_limiter_starts_with_no_burst_after_idling():
    limiter = LocalRateLimiter(10)
    time.sleep(0.05)
    start = time.monotonic()
    limiter.acquire()
    limiter.acquire()
    assert time.monotonic() - start >= limiter.interval * 0.9


def test_a_limiter_that_wakes_late_gives_its_slot_up_and_reserves_again():
    oversleeps = [0.2]  # the first wait overruns by far more than the tolerance

    def sleep(seconds: float) -> None:
        time.sleep(seconds + (oversleeps.pop() if oversleeps else 0.0))

    limiter = LocalRateLimiter(20, sleep=sleep)
    limiter.acquire()  # takes the free slot at once
    limiter.acquire()  # waits, wakes late, re-reserves, waits again on time
    assert limiter.late_reservations == 1


def test_a_limiter_that_always_wakes_late_still_sends_in_the_end(caplog):
    limiter = LocalRateLimiter(1000, sleep=lambda s: time.sleep(s + 0.03))
    limiter._reserve = lambda: 0.001  # every slot lies ahead, and every wait overruns
    limiter.acquire()
    assert limiter.late_reservations == rate_limit.MAX_RESERVATIONS
    assert "woke late" in caplog.text


@pytest.mark.django_db(transaction=True)
def test_the_database_limiter_creates_its_row_and_reserves_evenly_spaced_slots():
    limiter = DatabaseRateLimiter(100, name="spaced")
    start = time.monotonic()
    for _ in range(6):
        limiter.acquire()
    elapsed = time.monotonic() - start
    assert elapsed >= 5 * limiter.interval * 0.9
    slot = RateLimitSlot.objects.get(name="spaced")
    assert slot.next_at == pytest.approx(time.time(), abs=0.5)


@pytest.mark.django_db(transaction=True)
def test_the_database_limiter_reserves_with_one_statement(django_assert_num_queries):
    limiter = DatabaseRateLimiter(1000, name="cheap")
    limiter.acquire()
    with django_assert_num_queries(1):
        limiter.acquire()


@pytest.mark.django_db(transaction=True)
def test_defer_holds_every_request_back():
    limiter = DatabaseRateLimiter(1000, name="deferred")
    limiter.acquire()
    limiter.defer(0.3)
    start = time.monotonic()
    limiter.acquire()
    assert time.monotonic() - start >= 0.25


@pytest.mark.django_db(transaction=True)
def test_defer_never_pauses_longer_than_the_cap():
    limiter = DatabaseRateLimiter(1000, name="capped")
    limiter.acquire()
    limiter.defer(3600)
    next_at = RateLimitSlot.objects.get(name="capped").next_at
    assert next_at <= time.time() + rate_limit.MAX_DEFER + 1


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
    import sqlite3

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
def test_eight_processes_together_never_exceed_the_rate_the_server_allows(tmp_path):
    from fake_tmdb.server import start_in_thread

    rps, processes, threads, seconds = 20, 8, 3, 4.0
    server, base_url = start_in_thread(max_rps=rps, api_key="test-key")
    try:
        database_url = _database_url_for_processes(tmp_path)
        context = multiprocessing.get_context("spawn")
        barrier = context.Barrier(processes * threads)
        results = context.Queue()
        workers = [
            context.Process(
                target=hammer,
                args=(database_url, base_url, rps, seconds, threads, barrier, results),
            )
            for _ in range(processes)
        ]
        for worker in workers:
            worker.start()
        reports = [results.get(timeout=60) for _ in workers]
        for worker in workers:
            worker.join(timeout=10)
        stats = server.stats.snapshot()
    finally:
        server.stop()

    errors = [error for *_, process_errors in reports for error in process_errors]
    assert errors == []
    sent = sum(made for _, made, _, _ in reports)
    print(f"{sent} requests, server stats {stats}")
    assert stats["max_requests_in_1s"] <= rps
    assert stats["responses_429"] == 0
    # And the limit is used, not merely respected.
    assert sent >= 0.8 * rps * seconds
