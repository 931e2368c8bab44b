"""The TMDB API client: every request to TMDB goes through here.

One pooled `requests.Session` per client, shared by the threads of a process; every attempt waits
for the shared rate limiter first. Errors are sorted by what the caller should do about them:

- `TmdbNotFound` (404): the film is not on TMDB; never retried.
- `TmdbAuthError` (401): the key is wrong or suspended; stop the whole enrichment, because every
  other film would fail the same way.
- `TmdbUnavailable`: TMDB kept failing (5xx, timeouts, resets) after `max_retries` retries, or
  kept answering 429 for longer than `max_rate_limit_wait`, or the rate limiter's next slot
  was further off than it may wait; fail this film (or this web request), with `reason`.
- `TmdbError`: anything else TMDB refused (another 4xx, a body that is not JSON).

A 429 is TMDB asking us to slow down, not a failure: it pauses every worker (through the
limiter) for `Retry-After` and the request is tried again.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from enrichment.rate_limit import NullRateLimiter, RateLimiter, SlotTooFar

logger = logging.getLogger(__name__)

MAX_RETRIES = 3  # after the first attempt, for 5xx, timeouts and connection errors
BACKOFF_BASE = 0.5  # seconds: 0.5, 1, 2 (each plus up to as much again of jitter)
DEFAULT_RETRY_AFTER = 1.0  # a 429 without Retry-After
MAX_RETRY_AFTER = 30.0  # a single wait, whatever the header says
MAX_RATE_LIMIT_WAIT = 120.0  # all 429 waits of one request together
POOL_SIZE = 32  # connections kept per process; more threads than this would queue for one


class TmdbError(Exception):
    """TMDB refused the request in a way retrying will not change."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class TmdbNotFound(TmdbError):
    pass


class TmdbAuthError(TmdbError):
    """The API key or token is invalid or suspended: no request can succeed."""


class TmdbUnavailable(TmdbError):
    """TMDB could not be reached or kept failing; `reason` says how, for the film's record."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason, status)
        self.reason = reason


def is_read_access_token(credential: str) -> bool:
    """A v4 read-access token is a JWT: "eyJ…" in three dot-separated parts."""
    return credential.startswith("eyJ") and credential.count(".") == 2


def _status_message(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.reason or ""
    if isinstance(body, dict):
        return str(body.get("status_message") or response.reason or "")
    return response.reason or ""


def _retry_after(response: requests.Response) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), if it has one."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


class TmdbClient:
    def __init__(
        self,
        credential: str,
        base_url: str = "https://api.themoviedb.org/3",
        *,
        limiter: RateLimiter | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 10.0,
        pool_size: int = POOL_SIZE,
        sleep: Callable[[float], None] = time.sleep,
        language: str = "en-US",
        max_retries: int = MAX_RETRIES,
        max_rate_limit_wait: float = MAX_RATE_LIMIT_WAIT,
        on_response: Callable[[int | None], object] | None = None,
    ) -> None:
        """`on_response` hears of every request sent: the status TMDB answered, or None when
        no answer came (a timeout, a connection error). It is how the app counts requests
        (`enrichment.metrics`) without this module knowing of it."""
        if not credential:
            raise TmdbAuthError("TMDB_API_KEY is not set: no film can be enriched.")
        self.base_url = base_url.rstrip("/")
        self.limiter = limiter or NullRateLimiter()
        self.timeout = (connect_timeout, read_timeout)
        self.max_retries = max_retries
        self.max_rate_limit_wait = max_rate_limit_wait
        self.language = language
        self._sleep = sleep
        self._on_response = on_response or (lambda status: None)
        self._counter_lock = threading.Lock()
        self.requests_made = 0

        self.session = requests.Session()
        # Retries are ours (they must go through the limiter), so urllib3 makes none.
        adapter = HTTPAdapter(pool_connections=1, pool_maxsize=pool_size, max_retries=0)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        self.session.headers["Accept"] = "application/json"
        self._auth_params: dict[str, str] = {}
        if is_read_access_token(credential):
            self.session.headers["Authorization"] = f"Bearer {credential}"
        else:
            self._auth_params["api_key"] = credential

    def close(self) -> None:
        self.session.close()

    # The endpoints

    def search_movie(self, title: str, year: int | None = None, **params: Any) -> list[dict]:
        """`results` of /search/movie; `year` matches any of the film's release dates."""
        query = {"query": title, "include_adult": "false", "language": self.language, "page": 1}
        if year is not None:
            query["year"] = year
        query.update(params)
        return self.get("/search/movie", query).get("results") or []

    def search_tv(self, title: str, **params: Any) -> list[dict]:
        query = {"query": title, "include_adult": "false", "language": self.language, "page": 1}
        query.update(params)
        return self.get("/search/tv", query).get("results") or []

    def movie_details(self, tmdb_id: int, *, release_dates: bool = False) -> dict:
        """Details, credits and alternative titles of one film, in one request; with every
        release date too when `release_dates` (to check a year without a search)."""
        append = "credits,alternative_titles" + (",release_dates" if release_dates else "")
        params = {"append_to_response": append, "language": self.language}
        return self.get(f"/movie/{int(tmdb_id)}", params)

    def movie_alternative_titles(self, tmdb_id: int) -> list[str]:
        """Only a film's alternative titles: for a film cached before they were asked for."""
        body = self.get(f"/movie/{int(tmdb_id)}/alternative_titles")
        return [t["title"] for t in body.get("titles") or [] if t.get("title")]

    def tv_details(self, tmdb_id: int) -> dict:
        return self.get(f"/tv/{int(tmdb_id)}", {"language": self.language})

    # The request loop

    def _count(self) -> None:
        with self._counter_lock:
            self.requests_made += 1

    def _send(self, url: str, query: dict[str, Any]) -> requests.Response:
        try:
            response = self.session.get(url, params=query, timeout=self.timeout)
        except requests.RequestException:
            self._on_response(None)
            raise
        self._on_response(response.status_code)
        return response

    def _backoff(self, retry: int) -> float:
        base = BACKOFF_BASE * 2 ** (retry - 1)
        return base + random.uniform(0, base)

    def get(self, path: str, params: dict[str, Any] | None = None) -> dict:
        """GET a TMDB path and return its JSON body, retrying what is worth retrying."""
        url = f"{self.base_url}{path}"
        query = {**(params or {}), **self._auth_params}
        retries = 0
        rate_limited_for = 0.0
        while True:
            try:
                self.limiter.acquire()
            except SlotTooFar as exc:
                raise TmdbUnavailable(f"too many TMDB requests queued ({exc})") from exc
            self._count()
            failure: str
            status: int | None = None
            try:
                response = self._send(url, query)
            except requests.Timeout as exc:
                failure = f"timed out ({type(exc).__name__})"
            except requests.ConnectionError as exc:
                failure = f"connection failed ({type(exc).__name__})"
            except requests.RequestException as exc:  # e.g. ChunkedEncodingError mid-body
                failure = f"request failed ({type(exc).__name__})"
            else:
                status = response.status_code
                if status == 200:
                    try:
                        return response.json()
                    except ValueError as exc:
                        raise TmdbError(f"TMDB sent a body that is not JSON for {path}") from exc
                if status == 429:
                    wait = _retry_after(response)
                    wait = DEFAULT_RETRY_AFTER if wait is None else min(wait, MAX_RETRY_AFTER)
                    if rate_limited_for + wait > self.max_rate_limit_wait:
                        raise TmdbUnavailable(
                            f"TMDB kept answering 429 for {rate_limited_for:.0f} s", status
                        )
                    rate_limited_for += wait
                    logger.warning("TMDB 429 on %s: everyone waits %.1f s", path, wait)
                    self.limiter.defer(wait)
                    self._sleep(wait)
                    continue
                message = _status_message(response)
                if status == 404:
                    raise TmdbNotFound(f"not on TMDB: {path} ({message})", status)
                if status == 401:
                    raise TmdbAuthError(
                        f"TMDB rejected the API key or token (401: {message}). "
                        "Check TMDB_API_KEY; enrichment stops until it is fixed.",
                        status,
                    )
                if status < 500:
                    raise TmdbError(f"TMDB answered {status} for {path}: {message}", status)
                failure = f"TMDB answered {status}: {message}"
            if retries >= self.max_retries:
                raise TmdbUnavailable(f"{failure}, after {retries + 1} attempts", status)
            retries += 1
            delay = self._backoff(retries)
            logger.info("TMDB %s on %s; retry %d in %.1f s", failure, path, retries, delay)
            self._sleep(delay)
