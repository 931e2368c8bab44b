"""The multi-node topology (deploy/cluster.py) on PostgreSQL and Redis: nginx in front of two web
nodes, three worker nodes; one of each killed with SIGKILL mid-run, a fourth worker node added.

Slow (a minute or two). Its promises are outcomes, not speeds: every film enriched once, TMDB's
rate held across nodes, every upload and poll answered through the surviving web node.
"""

from __future__ import annotations

import threading
import time

import pytest
import requests

from fake_tmdb.catalogue import SYNTHETIC_ID_BASE
from fake_tmdb.server import DEFAULT_API_KEY, start_in_thread
from tests.e2e.harness import (
    fresh_database,
    fresh_redis,
    running_cluster,
    synthetic_films,
    wait_for,
    watched_export,
)

pytestmark = pytest.mark.slow

# What django-q logs as a worker node starts a turn of an enrichment loop.
ENRICH_TASK = "'enrichment.tasks.enrich_next'"

MAX_RPS = 40
Q_WORKERS, ENRICH_THREADS = 2, 4
SETTINGS = {
    "TMDB_API_KEY": DEFAULT_API_KEY,
    "TMDB_MAX_RPS": MAX_RPS,
    "Q_WORKERS": Q_WORKERS,
    "ENRICH_THREADS": ENRICH_THREADS,
    "ENRICH_CHUNK_SIZE": 10,
    # Four loops over all the nodes, so that turns go round every node's workers.
    "ENRICH_LOOPS": 4,
    # Short leases, task timeouts and turns: a killed node's films come back within seconds,
    # and a new node gets a loop's next turn soon.
    "ENRICH_LEASE_SECONDS": 4,
    "ENRICH_TURN_SECONDS": 1,
    "Q_TIMEOUT": 20,
    "Q_RETRY": 25,
    "ENRICH_RETRY_BACKOFF": 1,
    "WEB_CONCURRENCY": 2,
}


class Poller(threading.Thread):
    """A member's progress bar: polls each session's status through nginx, recording every
    answer that was not a 200."""

    def __init__(self, base_url: str, session_ids: list[str]) -> None:
        super().__init__(daemon=True)
        self.base_url, self.session_ids = base_url, session_ids
        self.polls, self.errors = 0, []
        self.done = threading.Event()

    def run(self) -> None:
        with requests.Session() as http:
            while not self.done.is_set():
                for session_id in list(self.session_ids):
                    url = f"{self.base_url}/api/session/{session_id}/status/"
                    try:
                        status = http.get(url, timeout=30).status_code
                    except requests.RequestException as exc:
                        status = type(exc).__name__
                    self.polls += 1
                    if status != 200:
                        self.errors.append(status)
                time.sleep(0.05)


def _status(cluster, session_id: str) -> dict:
    response = requests.get(f"{cluster.base_url}/api/session/{session_id}/status/", timeout=30)
    response.raise_for_status()
    return response.json()


def _upload(cluster, films) -> str:
    response = requests.post(
        cluster.base_url + "/api/upload/",
        files=[("file", (name, body)) for name, body in watched_export(films).items()],
        timeout=60,
    )
    assert response.status_code == 201, response.text[:500]
    return response.json()["session_id"]


def _tmdb_ids(cluster, session_id: str) -> dict[tuple[str, int], int]:
    url = f"{cluster.base_url}/api/session/{session_id}/movies/?page_size=500"
    films = {}
    while url:
        body = requests.get(url, timeout=30).json()
        films.update({(f["name"], f["year"]): f["tmdb_id"] for f in body["results"]})
        url = body["next"]
    return films


@pytest.fixture
def fake_tmdb():
    server, _ = start_in_thread(synthetic=3000, max_rps=MAX_RPS)
    yield server
    server.stop()


def test_a_killed_web_node_and_worker_node_lose_nothing_and_a_new_node_takes_work(
    fake_tmdb, postgres_server, redis_server, nginx_installed
):
    batches = [synthetic_films(200, start=1), synthetic_films(200, start=201)]
    late_batch = synthetic_films(300, start=401)
    with (
        fresh_database("postgresql") as database,
        fresh_redis() as redis_url,
        running_cluster(database, redis_url, fake_tmdb.base_url, **SETTINGS) as cluster,
    ):
        cluster.start(web=2, workers=3)
        workers = ["worker-1", "worker-2", "worker-3"]
        wait_for(lambda: all(map(cluster.worker_running, workers)), 120, "the worker nodes")
        session_ids = [_upload(cluster, films) for films in batches]
        poller = Poller(cluster.base_url, session_ids)
        poller.start()

        total = sum(map(len, batches))
        deadline = time.monotonic() + 300
        while sum(_status(cluster, s)["enriched_count"] for s in session_ids) < total // 4:
            assert time.monotonic() < deadline, cluster.log("worker-1")[-3000:]
            time.sleep(0.1)
        cluster.kill("worker-2")
        cluster.kill("web-1")
        polls_at_kill = poller.polls

        # A fourth node joins; through the surviving web node, a new upload and the polls go on.
        cluster.start_worker(4)
        session_ids.append(_upload(cluster, late_batch))
        poller.session_ids = session_ids
        wait_for(lambda: ENRICH_TASK in cluster.log("worker-4"), 300, "worker-4 to take a turn")

        statuses = {}
        deadline = time.monotonic() + 600
        while len(statuses) < len(session_ids):
            assert time.monotonic() < deadline, [_status(cluster, s) for s in session_ids]
            for session_id in session_ids:
                status = _status(cluster, session_id)
                if status["status"] in ("completed", "failed"):
                    statuses[session_id] = status
            time.sleep(0.25)
        poller.done.set()
        poller.join(timeout=60)
        films_after = {}
        for session_id in session_ids:
            films_after.update(_tmdb_ids(cluster, session_id))
        survivors_alive = all(
            cluster.nodes[name].alive for name in ("web-2", "worker-1", "worker-3", "worker-4")
        )

    assert survivors_alive
    assert poller.errors == []
    assert poller.polls > polls_at_kill  # polls went on after the kill
    for films, session_id in zip([*batches, late_batch], session_ids, strict=True):
        status = statuses[session_id]
        assert (status["status"], status["enriched_count"], status["failed_count"]) == (
            "completed",
            len(films),
            0,
        )
    expected = {
        (name, year): SYNTHETIC_ID_BASE + int(name.rsplit(" ", 1)[1])
        for name, year in [*batches[0], *batches[1], *late_batch]
    }
    assert films_after == expected

    stats = fake_tmdb.stats.snapshot()
    # Fetched once, but for those in flight on the killed worker node when it died: its
    # processes' threads, one request each.
    assert stats["details_served_twice"] <= Q_WORKERS * ENRICH_THREADS
    # One schedule for every node: over any ten seconds, no more than ten seconds' worth of the
    # rate (and a second's slack for the spread of arrivals around their slots). Nodes that each
    # kept their own schedule would send three or four times that.
    assert stats["max_requests_in_10s"] <= 11 * MAX_RPS
