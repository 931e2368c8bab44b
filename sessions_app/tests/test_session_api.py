from __future__ import annotations

import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from movies.models import Movie
from sessions_app.tests.export_factory import csv_bytes

pytestmark = pytest.mark.django_db

WATCHED = ["Date", "Name", "Year", "Letterboxd URI"]
CONTRACT_FIELDS = {
    "name", "year", "letterboxd_uri", "watched_date", "rating", "rewatch", "liked",
    "tmdb_id", "tmdb_enriched", "genres", "directors", "cast", "runtime", "budget",
    "revenue", "popularity", "vote_average", "countries", "languages",
}  # fmt: skip


@pytest.fixture
def session_id(client) -> str:
    rows = [["2024-01-01", f"Film {i}", "2000", f"https://boxd.it/f{i}"] for i in range(120)]
    upload = SimpleUploadedFile("watched.csv", csv_bytes(WATCHED, rows))
    return client.post("/api/upload/", {"file": upload}).json()["session_id"]


def test_status_reports_counts_and_progress(client, session_id):
    Movie.objects.filter(name__in=["Film 1", "Film 2"]).update(enrichment_status="enriched")
    Movie.objects.filter(name="Film 3").update(enrichment_status="failed")

    body = client.get(f"/api/session/{session_id}/status/").json()

    assert body["session_id"] == session_id
    assert body["total_movies"] == 120
    assert body["enriched_count"] == 2
    assert body["failed_count"] == 1
    assert body["progress_percent"] == 2.5
    assert body["status"] in {"enriching", "completed", "processing"}


def test_status_of_an_unknown_session_is_a_404_json(client):
    response = client.get(f"/api/session/{uuid.uuid4()}/status/")
    assert response.status_code == 404
    assert "error" in response.json()


def test_a_malformed_session_id_is_a_404(client):
    assert client.get("/api/session/not-a-uuid/status/").status_code == 404


def test_movies_are_paginated_with_links(client, session_id):
    body = client.get(f"/api/session/{session_id}/movies/?page=2&page_size=50").json()

    assert body["count"] == 120
    assert len(body["results"]) == 50
    assert body["next"].endswith(f"/api/session/{session_id}/movies/?page=3&page_size=50")
    assert body["previous"].endswith("?page=1&page_size=50")


def test_each_movie_carries_the_public_contract_fields(client, session_id):
    film = client.get(f"/api/session/{session_id}/movies/").json()["results"][0]

    assert set(film) >= CONTRACT_FIELDS
    assert film["letterboxd_uri"].startswith("https://boxd.it/")
    assert film["tmdb_enriched"] is False
    assert film["genres"] is None


@pytest.mark.parametrize("query", ["page=0", "page=abc", "page_size=0", "page_size=100000"])
def test_bad_pagination_is_a_400(client, session_id, query):
    response = client.get(f"/api/session/{session_id}/movies/?{query}")
    assert response.status_code == 400
    assert "error" in response.json()


def test_a_page_past_the_end_is_a_404(client, session_id):
    assert client.get(f"/api/session/{session_id}/movies/?page=99").status_code == 404


def test_movies_of_an_unknown_session_is_a_404(client):
    assert client.get(f"/api/session/{uuid.uuid4()}/movies/").status_code == 404
