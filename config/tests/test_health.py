"""/health/, for load balancers: the database, the cache and the task queue."""

from __future__ import annotations

import re
import socket
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone
from django_q.brokers import get_broker
from django_q.brokers.redis_broker import Redis
from django_q.conf import Conf
from django_q.signing import SignedPackage

from conftest import require_service
from enrichment import monitoring

# The checks run in threads with database connections of their own: they see committed rows only.
pytestmark = pytest.mark.django_db(transaction=True)

QUEUE = "TaskQueue()"
REDIS_URL = "redis://127.0.0.1:6379/15"


def _task(waited: timedelta) -> str:
    """A task as django-q2's async_task packs it, queued `waited` ago."""
    return SignedPackage.dumps(
        {"id": uuid.uuid4().hex, "name": "t", "func": "math.floor", "args": (1.5,), "kwargs": {}}
        | {"started": timezone.now() - waited}
    )


def _waited(reason: str, tasks: int) -> int:
    """The seconds a failing queue check says its oldest task waited."""
    match = re.search(rf"the oldest of {tasks} queued tasks has waited (\d+) s", reason)
    assert match, reason
    return int(match[1])


def _health(client):
    return client.get("/health/", headers={"accept": "application/json"})


def test_health_is_ok_with_every_check_passing(client):
    response = _health(client)

    assert response.status_code == 200
    assert response.json() == {
        "Database(alias='default')": "OK",
        "Cache(alias='default')": "OK",
        QUEUE: "OK",
    }
    assert "no-cache" in response["Cache-Control"]


def test_health_is_ok_while_queued_tasks_are_younger_than_the_limit(client, settings):
    settings.HEALTH_MAX_QUEUE_AGE = 600
    get_broker().enqueue(_task(timedelta(seconds=500)))

    assert _health(client).status_code == 200


def test_health_fails_when_a_task_has_waited_too_long(client, settings):
    settings.HEALTH_MAX_QUEUE_AGE = 600
    broker = get_broker()
    broker.enqueue(_task(timedelta(seconds=900)))
    broker.enqueue(_task(timedelta(seconds=10)))

    response = _health(client)

    assert response.status_code == 500
    assert 900 <= _waited(response.json()[QUEUE], tasks=2) < 960
    assert response.json()["Database(alias='default')"] == "OK"


def test_a_task_a_worker_holds_is_not_waiting(client, settings):
    settings.HEALTH_MAX_QUEUE_AGE = 600
    broker = get_broker()
    broker.enqueue(_task(timedelta(seconds=900)))
    assert broker.dequeue()  # a worker's claim: locked until the retry time

    assert monitoring.queue_state().depth == 0
    assert _health(client).status_code == 200


def test_health_fails_when_the_broker_is_unreachable(client, monkeypatch):
    monkeypatch.setattr(Conf, "REDIS", "redis://127.0.0.1:1/0")  # nothing listens on port 1
    monkeypatch.setattr(monitoring, "get_broker", lambda: Redis(list_key="health-test"))

    response = _health(client)

    assert response.status_code == 500
    assert response.json()[QUEUE] == "Unavailable: task broker unreachable (ConnectionError)"


def test_health_fails_when_the_cache_is_unreachable(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }

    response = _health(client)

    assert response.status_code == 500
    assert response.json()["Cache(alias='default')"] != "OK"
    assert response.json()[QUEUE] == "OK"


def test_health_answers_html_to_a_browser(client):
    response = client.get("/health/", headers={"accept": "text/html"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


# On Redis, the broker of several machines: the same answers from its list.


@pytest.fixture
def redis_broker(monkeypatch):
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        require_service("Redis is not running on 127.0.0.1:6379")
    monkeypatch.setattr(Conf, "REDIS", REDIS_URL)
    broker = Redis(list_key=f"health-test-{uuid.uuid4().hex}")
    monkeypatch.setattr(monitoring, "get_broker", lambda: broker)
    yield broker
    broker.delete_queue()


def test_redis_queue_state_reads_the_oldest_task_at_the_head(redis_broker):
    redis_broker.enqueue(_task(timedelta(seconds=300)))
    redis_broker.enqueue(_task(timedelta(seconds=5)))

    state = monitoring.queue_state()

    assert state.depth == 2
    assert 300 <= state.oldest_age() < 360


def test_health_fails_on_redis_when_a_task_has_waited_too_long(client, settings, redis_broker):
    settings.HEALTH_MAX_QUEUE_AGE = 60
    assert _health(client).status_code == 200

    redis_broker.enqueue(_task(timedelta(seconds=120)))

    response = _health(client)
    assert response.status_code == 500
    assert 120 <= _waited(response.json()[QUEUE], tasks=1) < 180


def test_health_is_not_redirected_to_https_for_a_load_balancer_on_http(client, settings):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/").status_code == 301
    assert _health(client).status_code == 200
