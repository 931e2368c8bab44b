"""The client the app builds from its settings."""

from __future__ import annotations

from enrichment.tests.factories import READ_TOKEN
from enrichment.tmdb import configured_client


def test_the_configured_client_reads_key_url_and_timeouts(settings):
    settings.TMDB_API_KEY = READ_TOKEN
    settings.TMDB_API_URL = "http://127.0.0.1:9999/3/"
    settings.TMDB_CONNECT_TIMEOUT = 1.5
    settings.TMDB_READ_TIMEOUT = 4.0
    settings.TMDB_MAX_RPS = 12
    client = configured_client()
    assert client.base_url == "http://127.0.0.1:9999/3"
    assert client.timeout == (1.5, 4.0)
    assert client.session.headers["Authorization"] == f"Bearer {READ_TOKEN}"
    assert client.limiter.rps == 12


def test_the_web_client_is_bounded_to_a_few_seconds(settings, monkeypatch):
    from enrichment import tmdb
    from enrichment.rate_limit import LocalRateLimiter

    # The shared limiter would need the database outside a transaction; its shape is the point.
    monkeypatch.setattr(
        tmdb, "default_limiter", lambda max_wait=None: LocalRateLimiter(40, max_wait=max_wait)
    )
    settings.TMDB_API_KEY = READ_TOKEN

    client = tmdb.web_client()

    connect, read = client.timeout
    assert connect + read + client.limiter.max_wait <= 6
    assert client.max_retries == 0
    assert client.max_rate_limit_wait == 0
