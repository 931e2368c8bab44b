"""Fixtures of the enrichment tests: a fake TMDB on localhost and the settings pointing at it."""

from __future__ import annotations

import pytest

from enrichment import tasks
from fake_tmdb.server import DEFAULT_API_KEY, start_in_thread


@pytest.fixture(scope="module")
def fake_tmdb():
    server, base_url = start_in_thread()
    yield server, base_url
    server.stop()


@pytest.fixture
def tmdb(fake_tmdb, settings, requests_made, monkeypatch):
    from enrichment import tmdb as configured
    from enrichment.rate_limit import LocalRateLimiter

    # The database limiter refuses to run inside the test's transaction; the cross-process
    # limiter has its own tests.
    monkeypatch.setattr(
        configured,
        "default_limiter",
        lambda max_wait=None: LocalRateLimiter(1000, max_wait=max_wait),
    )
    server, base_url = fake_tmdb
    settings.TMDB_API_URL = base_url
    settings.TMDB_API_KEY = DEFAULT_API_KEY
    settings.TMDB_MAX_RPS = 1000
    settings.ENRICH_THREADS = 1
    server.reset_state()
    return server


@pytest.fixture
def requests_made(fake_tmdb):
    server, _ = fake_tmdb

    def count() -> int:
        return server.stats.snapshot()["total_requests"]

    return count


@pytest.fixture
def queued(monkeypatch):
    calls = []
    monkeypatch.setattr(tasks, "async_task", lambda *args, **kwargs: calls.append(args))
    return calls
