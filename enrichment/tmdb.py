"""The TMDB client as the app configures it: the key, URL and timeouts from settings, and the
rate limit every worker on the database shares."""

from __future__ import annotations

from django.conf import settings

from enrichment.rate_limit import RateLimiter
from enrichment.shared_rate_limit import DatabaseRateLimiter
from enrichment.tmdb_client import TmdbClient


def default_limiter() -> DatabaseRateLimiter:
    """The one TMDB rate limit of every worker on the database, at `TMDB_MAX_RPS`."""
    return DatabaseRateLimiter(settings.TMDB_MAX_RPS)


def configured_client(limiter: RateLimiter | None = None) -> TmdbClient:
    """A client on settings' key, URL and timeouts, under the database-wide rate limit.

    Raises TmdbAuthError when no key is set.
    """
    return TmdbClient(
        settings.TMDB_API_KEY,
        settings.TMDB_API_URL,
        limiter=limiter if limiter is not None else default_limiter(),
        connect_timeout=settings.TMDB_CONNECT_TIMEOUT,
        read_timeout=settings.TMDB_READ_TIMEOUT,
    )
