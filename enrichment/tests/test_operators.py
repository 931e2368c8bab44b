"""The admin's Enrichment page, for staff only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import User

from enrichment import monitoring
from enrichment.tests.factories import make_search_result, make_tmdb_movie
from movies.models import Movie
from movies.tests.factories import make_film, make_session
from sessions_app.models import UploadSession

pytestmark = pytest.mark.django_db

URL = "/admin/enrichment/overview/"
FAILED = Movie.EnrichmentStatus.FAILED


@pytest.fixture
def failures():
    session = make_session(status=UploadSession.Status.ENRICHING)
    for _ in range(3):
        make_film(session, enrichment_status=FAILED, enrichment_error="timed out (ReadTimeout)")
    make_film(session, enrichment_status=FAILED, enrichment_error="<script>alert(1)</script>")
    make_film(session)  # pending: no failure
    return session


def test_staff_see_queue_sessions_failures_and_cache(admin_client, failures):
    make_session(status=UploadSession.Status.COMPLETED)
    make_tmdb_movie(1)

    response = admin_client.get(URL)

    assert response.status_code == 200
    assert response.context["sessions"] == [
        ("Uploading", 0),
        ("Processing", 0),
        ("Enriching", 1),
        ("Completed", 1),
        ("Failed", 0),
    ]
    assert response.context["failures"] == [
        ("timed out (ReadTimeout)", 3),
        ("<script>alert(1)</script>", 1),
    ]
    assert response.context["cached_films"] == 1
    assert response.context["queue"].depth == 0
    html = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html


def test_anonymous_visitors_are_sent_to_the_admin_login(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")


def test_members_who_are_not_staff_are_sent_to_the_admin_login(client):
    client.force_login(User.objects.create_user("member", password="x"))

    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_admin_index_links_to_the_page(admin_client):
    response = admin_client.get("/admin/")

    assert response.status_code == 200
    assert f'href="{URL}"' in response.content.decode()


def test_the_page_says_when_the_broker_does_not_answer(admin_client, monkeypatch):
    def unreachable():
        raise ConnectionError("no broker")

    monkeypatch.setattr(monitoring, "get_broker", unreachable)

    response = admin_client.get(URL)

    assert response.status_code == 200
    assert "The task broker did not answer (ConnectionError)." in response.content.decode()


def test_tmdb_requests_a_second_are_counted_per_minute_from_stored_lookups():
    now = datetime(2026, 12, 1, 21, 30, 20, tzinfo=UTC)
    make_search_result("a", fetched_at=now - timedelta(minutes=2, seconds=30), requests=90)
    make_search_result("b", fetched_at=now - timedelta(minutes=3), requests=30)
    make_search_result("c", fetched_at=now - timedelta(minutes=1), requests=6)
    make_search_result("d", fetched_at=now, requests=600)  # the minute under way: not whole
    make_search_result("e", fetched_at=now - timedelta(minutes=30), requests=600)  # too old

    rates = monitoring.tmdb_requests_per_second(minutes=3, now=now)

    assert rates == [
        (datetime(2026, 12, 1, 21, 27, tzinfo=UTC), 2.0),
        (datetime(2026, 12, 1, 21, 28, tzinfo=UTC), 0.0),
        (datetime(2026, 12, 1, 21, 29, tzinfo=UTC), 0.1),
    ]
