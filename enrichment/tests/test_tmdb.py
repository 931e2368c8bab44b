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
