"""A worker process for the multi-process rate-limit test: it sets Django up on its own.

Kept apart from the test module so a spawned process can import it before Django is configured.
"""

from __future__ import annotations

import os
import threading


def hammer(
    database_url: str,
    rps: float,
    requests_each: int,
    threads: int,
    barrier,
    results,
) -> None:
    """Acquire `requests_each` times from each of `threads` threads through the database-wide
    limiter; report every slot the database handed out.

    Every thread opens its database connection before `barrier` (shared by all threads of all
    processes), as a worker does once at start: the test is of the limiter in use, not of a
    machine starting 8 interpreters at once.
    """
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.db import connection

    from enrichment.shared_rate_limit import DatabaseRateLimiter

    limiter = DatabaseRateLimiter(rps)
    reserve = limiter._reserve
    slots: list[float] = []
    errors: list[str] = []

    def recording_reserve() -> float:
        slot = reserve()
        slots.append(slot)
        return slot

    limiter._reserve = recording_reserve

    def loop() -> None:
        try:
            connection.ensure_connection()
            barrier.wait()
            for _ in range(requests_each):
                limiter.acquire()
        except Exception as exc:  # reported to the test, which fails on it
            errors.append(repr(exc))
        finally:
            connection.close()

    workers = [threading.Thread(target=loop) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    results.put((os.getpid(), slots, limiter.late_reservations, errors))
