"""The enrichment workers, run for real: qcluster processes, a web server, a fake TMDB.

Slow (about a minute each); `make test` and CI run them, `make test-fast` does not. Their
promises: a SIGKILLed worker group loses nothing, two clusters share work without duplicating
it, and TMDB faults end every film enriched or failed with a reason.

They assert on outcomes only, never on how fast a (possibly busy) machine got there: the rate
limit's spacing has its own tests, on the slots the database hands out
(enrichment/tests/test_shared_rate_limit.py).
"""

from __future__ import annotations

import os
import time

import pytest

from fake_tmdb.catalogue import load
from fake_tmdb.server import DEFAULT_API_KEY, start_in_thread
from tests.e2e.harness import (
    Stack,
    fresh_database,
    running_stack,
    synthetic_films,
    wait_for,
    watched_export,
)

pytestmark = pytest.mark.slow

# The kill and fault runs use the engine of the suite's own run: SQLite under `make test`,
# PostgreSQL when CI runs the suite again with a postgres DATABASE_URL.
ENGINE = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"

MAX_RPS = 40
WORKER_SETTINGS = {
    "TMDB_API_KEY": DEFAULT_API_KEY,
    "TMDB_MAX_RPS": MAX_RPS,
    "Q_WORKERS": 2,
    "ENRICH_THREADS": 4,
    "ENRICH_CHUNK_SIZE": 10,
    # Short leases and redelivery so a killed worker's films come back within seconds.
    "ENRICH_LEASE_SECONDS": 4,
    "Q_TIMEOUT": 20,
    "Q_RETRY": 25,
    # A film whose lookup failed for a passing reason is tried again a second later.
    "ENRICH_RETRY_BACKOFF": 1,
}
# Where no worker is killed, leases and task timeouts long enough that a busy machine never
# lets one run out: a film searched twice would then be a real duplicate, not a slow chunk's.
UNKILLED_SETTINGS = {
    **WORKER_SETTINGS,
    "ENRICH_LEASE_SECONDS": 300,
    "Q_TIMEOUT": 600,
    "Q_RETRY": 660,
}
# Every kind of fault at least once, whatever the random draws: the nth request since the start.
FORCED_FAULTS = "3:hang,5:reset,8:503,13:429,21:500"


@pytest.fixture
def engine(request) -> str:
    """The database engine of the suite's own run, which must be there to make databases on."""
    if ENGINE == "postgresql":
        request.getfixturevalue("postgres_server")
    return ENGINE


@pytest.fixture
def fake_tmdb():
    server, _ = start_in_thread(synthetic=2000, max_rps=MAX_RPS)
    yield server
    server.stop()


def _expected_ids(films):
    from fake_tmdb.catalogue import SYNTHETIC_ID_BASE

    return {(name, year): SYNTHETIC_ID_BASE + int(name.rsplit(" ", 1)[1]) for name, year in films}


def _cluster_running(stack: Stack, index: int) -> bool:
    """Whether cluster `index` has logged django-q's "Q Cluster <name> running."."""
    return " running." in stack.log(f"cluster{index}")


def test_killing_the_worker_group_three_times_loses_no_work(fake_tmdb, engine):
    films = synthetic_films(300)
    with (
        fresh_database(engine) as database,
        running_stack(database, fake_tmdb.base_url, **WORKER_SETTINGS) as stack,
    ):
        session_id = stack.upload(watched_export(films))
        stack.start_cluster()

        for fraction in (0.2, 0.45, 0.7):
            target = fraction * len(films)
            deadline = time.monotonic() + 300
            while stack.status(session_id)["enriched_count"] < target:
                assert time.monotonic() < deadline, stack.log("cluster0")[-3000:]
                time.sleep(0.05)
            stack.kill_clusters()
            stack.start_cluster()

        status = stack.wait_until_finished(session_id, timeout=600)
        films_after = stack.movies(session_id)

    # Lost nothing: every film enriched, none failed, each matched to its own TMDB id. (A
    # details answer may be fetched twice: one whose worker died before storing it is lost with
    # the worker, and how many were in flight at a kill is the machine's timing, not the code's.)
    assert status["status"] == "completed"
    assert status["enriched_count"] == len(films)
    assert status["failed_count"] == 0
    expected = _expected_ids(films)
    assert {(f["name"], f["year"]): f["tmdb_id"] for f in films_after} == expected


def test_two_clusters_on_one_postgresql_share_a_session_without_duplicate_work(
    fake_tmdb, postgres_server
):
    films = synthetic_films(300, start=1001)
    # Loops for both clusters' workers, taking short turns: each turn's next goes to whichever
    # cluster's worker is free.
    settings = {**UNKILLED_SETTINGS, "ENRICH_LOOPS": 4, "ENRICH_TURN_SECONDS": 1}
    with (
        fresh_database("postgresql") as database,
        running_stack(database, fake_tmdb.base_url, **settings) as stack,
    ):
        stack.start_cluster()
        stack.start_cluster()
        # Both polling before the work arrives, so neither can have finished it alone.
        wait_for(lambda: _cluster_running(stack, 0) and _cluster_running(stack, 1), 120, "clusters")
        session_id = stack.upload(watched_export(films))
        status = stack.wait_until_finished(session_id, timeout=600)
        films_after = stack.movies(session_id)
        both_worked = "enrich_next" in stack.log("cluster0") and "enrich_next" in stack.log(
            "cluster1"
        )

    assert status["status"] == "completed"
    assert {(f["name"], f["year"]): f["tmdb_id"] for f in films_after} == _expected_ids(films)
    stats = fake_tmdb.stats.snapshot()
    assert stats["details_served_twice"] == 0
    # One search answered a film, none twice (a request TMDB answered 429 did no work, and
    # how many a busy machine bunches into one second is not the code's to promise).
    assert stats["served_by_endpoint"]["search/movie"] == len(films)
    assert both_worked


def test_tmdb_faults_end_every_film_enriched_or_failed_with_the_same_matches(fake_tmdb, engine):
    rows = [row for row in load().export_rows() if row.year is not None][:200]
    films = [(row.name, row.year) for row in rows]
    expected = {(row.name, row.year): row.expected_tmdb_id for row in rows}
    fake_tmdb.configure(
        {
            "seed": 4,  # the same random faults, by request number, on every run
            "faults_at": FORCED_FAULTS,
            "fault_rate_5xx": 0.05,
            "hang_rate": 0.01,
            "hang_seconds": 3.0,
            "reset_rate": 0.01,
            "burst_429": 0.002,
            "burst_seconds": 1.0,
        }
    )
    with (
        fresh_database(engine) as database,
        running_stack(
            database, fake_tmdb.base_url, **UNKILLED_SETTINGS, TMDB_READ_TIMEOUT=1.5
        ) as stack,
    ):
        session_id = stack.upload(watched_export(films))
        stack.start_cluster()
        status = stack.wait_until_finished(session_id, timeout=600)
        films_after = stack.movies(session_id)
        workers_up = stack.clusters_alive()

    assert status["status"] == "completed"
    assert workers_up
    stats = fake_tmdb.stats.snapshot()
    # The forced faults came (the films made many more than 21 requests).
    assert stats["responses_5xx"] >= 2 and stats["resets"] >= 1 and stats["hangs"] >= 1
    assert stats["responses_429"] >= 1
    for film in films_after:
        key = (film["name"], film["year"])
        if film["tmdb_enriched"]:
            assert film["tmdb_id"] == expected[key], key
    # A film with a Letterboxd duplicate (Leo 2023 twice) shares one expected id; compare sets.
    matched = {(f["name"], f["year"]) for f in films_after if f["tmdb_enriched"]}
    should_match = {key for key, tmdb_id in expected.items() if tmdb_id is not None}
    assert len(should_match - matched) <= status["failed_count"]
