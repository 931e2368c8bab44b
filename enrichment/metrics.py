"""Prometheus counters of enrichment, counted where things happen (see the README's "Watching it
run"). What is read at scrape time instead (the queue, the cache) is in `monitoring`.

No Django here: `tmdb` hands `count_tmdb_response` to the pure TMDB client as a callback.
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterable

from prometheus_client import Counter

TMDB_RESPONSES = Counter(
    "letterboxd_tmdb_requests",
    "Requests sent to TMDB, by what came back (rate_limited: a 429).",
    ["outcome"],
)
FILMS_SETTLED = Counter(
    "letterboxd_films_settled",
    "Films whose enrichment ended, by state, and by source: the shared cache (no request) or "
    "a lookup. 'raced': another worker settled some of a batch first, so whose is unknown.",
    ["state", "source"],
)

TMDB_SLOTS_GIVEN_UP = Counter(
    "letterboxd_tmdb_slots_given_up",
    "TMDB request slots a worker gave up for waking too late to use them (a busy machine): "
    "each is a fraction of TMDB's rate left unused.",
)

OUTCOMES = ("ok", "rate_limited", "not_found", "client_error", "server_error", "network_error")
for _outcome in OUTCOMES:  # every series exists from the start, at 0, so rate() sees the first
    TMDB_RESPONSES.labels(_outcome)


def tmdb_outcome(status: int | None) -> str:
    """A few outcomes rather than every status code: a label's values must stay few."""
    if status is None:
        return "network_error"
    if status == 200:
        return "ok"
    if status == 429:
        return "rate_limited"
    if status == 404:
        return "not_found"
    return "server_error" if status >= 500 else "client_error"


def count_tmdb_response(status: int | None) -> None:
    """One request answered with `status` (None: no answer: a timeout or a connection error)."""
    TMDB_RESPONSES.labels(tmdb_outcome(status)).inc()


def count_settled(states: Iterable[str], written: int, source: str) -> None:
    """`written` of the films with `states` were stored as settled."""
    tally = Tally(states)
    if written == sum(tally.values()):
        for state, count in tally.items():
            FILMS_SETTLED.labels(str(state), source).inc(count)
    elif written:
        FILMS_SETTLED.labels("raced", source).inc(written)


def count_slot_given_up() -> None:
    TMDB_SLOTS_GIVEN_UP.inc()
