"""The TMDB client as the app configures it: the key, URL and timeouts from settings, and the
rate limit every worker on the database shares.

Two shapes: the workers' client waits and retries as long as it must (`configured_client`);
a web request's answers within a few seconds or gives up (`web_client`)."""

from __future__ import annotations

from django.conf import settings

from enrichment.metrics import count_slot_given_up, count_tmdb_response
from enrichment.rate_limit import RateLimiter
from enrichment.shared_rate_limit import DatabaseRateLimiter
from enrichment.tmdb_client import TmdbClient


def default_limiter(max_wait: float | None = None) -> DatabaseRateLimiter:
    """The one TMDB rate limit of every worker on the database, at `TMDB_MAX_RPS`.

    `max_wait`: give up (SlotTooFar) rather than wait longer than this for a slot."""
    return DatabaseRateLimiter(
        settings.TMDB_MAX_RPS, max_wait=max_wait, on_late=count_slot_given_up
    )


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
        on_response=count_tmdb_response,
    )


# A member waits on a web request: a few seconds at most, then a clear message. No retries, no
# waiting out a 429, no queueing behind the workers' requests for longer than this.
WEB_CONNECT_TIMEOUT = 2.0
WEB_READ_TIMEOUT = 3.0
WEB_MAX_SLOT_WAIT = 1.0


def web_client() -> TmdbClient:
    """A client for a request a member waits on: under the same shared rate limit, but bounded
    to about WEB_CONNECT_TIMEOUT + WEB_READ_TIMEOUT + WEB_MAX_SLOT_WAIT seconds a request.

    Raises TmdbAuthError when no key is set.
    """
    return TmdbClient(
        settings.TMDB_API_KEY,
        settings.TMDB_API_URL,
        limiter=default_limiter(max_wait=WEB_MAX_SLOT_WAIT),
        connect_timeout=min(settings.TMDB_CONNECT_TIMEOUT, WEB_CONNECT_TIMEOUT),
        read_timeout=min(settings.TMDB_READ_TIMEOUT, WEB_READ_TIMEOUT),
        max_retries=0,
        max_rate_limit_wait=0.0,
        on_response=count_tmdb_response,
    )
