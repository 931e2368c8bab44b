"""/metrics: django-prometheus's metrics and ours, for allowed addresses only."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
import responses
from django.db import OperationalError
from django.utils import timezone
from django_q.brokers import get_broker
from django_q.signing import SignedPackage
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from enrichment import metrics, monitoring
from enrichment.models import MAX_AGE
from enrichment.tests.factories import API_KEY, BASE_URL, details, make_tmdb_movie
from enrichment.tmdb import configured_client
from sessions_app.models import UploadSession

pytestmark = pytest.mark.django_db


def _scrape(client, **extra) -> dict[tuple[str, tuple], float]:
    response = client.get("/metrics", **extra)
    assert response.status_code == 200
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.content.decode())
        for sample in family.samples
    }


def _queue(waited: timedelta) -> None:
    get_broker().enqueue(
        SignedPackage.dumps({"id": uuid.uuid4().hex, "started": timezone.now() - waited})
    )


def test_metrics_show_sessions_queue_and_cache_as_they_are_now(client):
    UploadSession.objects.create(status=UploadSession.Status.COMPLETED)
    UploadSession.objects.create(status=UploadSession.Status.COMPLETED)
    UploadSession.objects.create(status=UploadSession.Status.ENRICHING)
    make_tmdb_movie(1)
    make_tmdb_movie(2)
    make_tmdb_movie(3, fetched_at=timezone.now() - MAX_AGE - timedelta(days=1))  # too old
    _queue(timedelta(seconds=90))
    _queue(timedelta(seconds=5))

    samples = _scrape(client)

    assert samples[("letterboxd_sessions", (("status", "completed"),))] == 2
    assert samples[("letterboxd_sessions", (("status", "enriching"),))] == 1
    assert samples[("letterboxd_sessions", (("status", "failed"),))] == 0
    assert samples[("letterboxd_tmdb_cache_films", ())] == 2
    assert samples[("letterboxd_queue_up", ())] == 1
    assert samples[("letterboxd_queue_depth", ())] == 2
    assert 90 <= samples[("letterboxd_queue_oldest_age_seconds", ())] < 150


def test_metrics_include_django_prometheus_request_counts(client):
    client.get("/")

    samples = _scrape(client)

    assert any(name == "django_http_requests_total_by_method_total" for name, _ in samples)
    assert samples[("letterboxd_queue_oldest_age_seconds", ())] == 0


def test_metrics_say_when_the_broker_does_not_answer(client, monkeypatch):
    def unreachable():
        raise ConnectionError("no broker")

    monkeypatch.setattr(monitoring, "get_broker", unreachable)

    samples = _scrape(client)

    assert samples[("letterboxd_queue_up", ())] == 0
    assert ("letterboxd_queue_depth", ()) not in samples


def test_metrics_are_a_404_to_an_address_not_allowed(client, settings):
    settings.METRICS_ALLOWED_IPS = ["127.0.0.1", "::1"]

    response = client.get("/metrics", REMOTE_ADDR="203.0.113.9")

    assert response.status_code == 404
    assert b"letterboxd_" not in response.content


def test_metrics_allow_a_network(client, settings):
    settings.METRICS_ALLOWED_IPS = ["10.0.0.0/8"]

    assert client.get("/metrics", REMOTE_ADDR="10.1.2.3").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 404


def test_metrics_behind_our_proxy_go_by_the_forwarded_address(client, settings):
    settings.BEHIND_PROXY = True

    forged_then_real = {"HTTP_X_FORWARDED_FOR": "127.0.0.1, 198.51.100.7"}
    assert client.get("/metrics", **forged_then_real).status_code == 404
    assert client.get("/metrics", HTTP_X_FORWARDED_FOR="127.0.0.1").status_code == 200


def _count(outcome: str) -> float:
    return REGISTRY.get_sample_value("letterboxd_tmdb_requests_total", {"outcome": outcome})


@responses.activate
def test_the_configured_client_counts_each_request_and_each_429(settings, monkeypatch):
    from enrichment import tmdb
    from enrichment.rate_limit import LocalRateLimiter

    monkeypatch.setattr(tmdb, "default_limiter", lambda max_wait=None: LocalRateLimiter(1000))
    settings.TMDB_API_KEY = API_KEY
    settings.TMDB_API_URL = BASE_URL
    url = f"{BASE_URL}/movie/438631"
    responses.get(url, status=429, headers={"Retry-After": "0"})
    responses.get(url, json=details(438631))
    before = {outcome: _count(outcome) for outcome in metrics.OUTCOMES}

    client = configured_client()
    client.movie_details(438631)

    after = {outcome: _count(outcome) for outcome in metrics.OUTCOMES}
    changed = {k: after[k] - before[k] for k in after if after[k] != before[k]}
    assert changed == {"rate_limited": 1, "ok": 1}


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (200, "ok"),
        (429, "rate_limited"),
        (404, "not_found"),
        (401, "client_error"),
        (503, "server_error"),
        (None, "network_error"),
    ],
)
def test_tmdb_outcomes_are_few(status, outcome):
    assert metrics.tmdb_outcome(status) == outcome


def _settled(state: str, source: str) -> float:
    labels = {"state": state, "source": source}
    return REGISTRY.get_sample_value("letterboxd_films_settled_total", labels) or 0.0


def test_settled_films_are_counted_by_state_and_source():
    before = (_settled("enriched", "cache"), _settled("not_found", "cache"))

    metrics.count_settled(["enriched", "enriched", "not_found"], written=3, source="cache")

    assert _settled("enriched", "cache") - before[0] == 2
    assert _settled("not_found", "cache") - before[1] == 1


def test_settled_films_another_worker_raced_for_are_counted_once_as_raced():
    before = (_settled("raced", "lookup"), _settled("enriched", "lookup"))

    metrics.count_settled(["enriched", "enriched", "enriched"], written=1, source="lookup")

    assert _settled("raced", "lookup") - before[0] == 1
    assert _settled("enriched", "lookup") == before[1]


def test_metrics_still_answer_when_the_database_does_not(client, monkeypatch):
    def database_down():
        raise OperationalError("unable to open database file")

    monkeypatch.setattr(monitoring, "sessions_by_status", database_down)

    samples = _scrape(client)

    assert samples[("letterboxd_queue_up", ())] == 1
    assert not any(name == "letterboxd_sessions" for name, _ in samples)
