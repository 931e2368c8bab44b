"""A worker process for the multi-process rate-limit test: it sets Django up on its own.

Kept apart from the test module so a spawned process can import it before Django is configured.
"""

from __future__ import annotations

import os
import threading
import time


def hammer(
    database_url: str,
    base_url: str,
    rps: float,
    seconds: float,
    threads: int,
    barrier,
    results,
) -> None:
    """Send requests from `threads` threads for `seconds`, through the database-wide limiter.

    Every thread opens its database and HTTP connections before `barrier` (shared by all
    threads of all processes), as a worker does once at start: the test is of the limiter in
    use, not of a machine starting 8 interpreters at once.
    """
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.db import connection

    from enrichment.rate_limit import DatabaseRateLimiter
    from enrichment.tmdb_client import TmdbClient

    limiter = DatabaseRateLimiter(rps)
    client = TmdbClient("test-key", base_url, limiter=limiter)
    errors: list[str] = []

    def loop() -> None:
        try:
            connection.ensure_connection()
            # Not an API request: the fake neither counts nor limits it.
            client.session.get(base_url.removesuffix("/3") + "/__config__", timeout=5)
            barrier.wait()
            stop_at = time.time() + seconds
            while time.time() < stop_at:
                client.search_movie("Alien", year=1979)
        except Exception as exc:  # reported to the test, which fails on it
            errors.append(repr(exc))
        finally:
            connection.close()

    workers = [threading.Thread(target=loop) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    results.put((os.getpid(), client.requests_made, limiter.late_reservations, errors))
