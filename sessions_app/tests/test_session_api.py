from __future__ import annotations

import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from enrichment.tasks import start_enrichment
from movies.models import Movie
from sessions_app import queue
from sessions_app.models import UploadSession
from sessions_app.tests.export_factory import csv_bytes, make_export_zip

pytestmark = pytest.mark.django_db

WATCHED = ["Date", "Name", "Year", "Letterboxd URI"]
CONTRACT_FIELDS = {
    "name", "year", "letterboxd_uri", "watched_date", "rating", "rewatch", "liked",
    "tmdb_id", "tmdb_enriched", "genres", "directors", "cast", "runtime", "budget",
    "revenue", "popularity", "vote_average", "countries", "languages",
}  # fmt: skip


@pytest.fixture
def queued(monkeypatch) -> list[tuple]:
    """The tasks queued, instead of queueing them."""
    calls: list[tuple] = []
    monkeypatch.setattr(queue, "async_task", lambda *args, **kwargs: calls.append(args))
    return calls


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


def test_an_upload_answers_processing_until_a_worker_picks_the_session_up(
    client, queued, django_capture_on_commit_callbacks
):
    rows = [["2024-01-01", "Parasite", "2019", "https://boxd.it/hTha"]]
    upload = SimpleUploadedFile("watched.csv", csv_bytes(WATCHED, rows))

    with django_capture_on_commit_callbacks(execute=True):
        body = client.post("/api/upload/", {"file": upload}).json()

    assert body["status"] == "processing"
    assert client.get(f"/api/session/{body['session_id']}/status/").json()["status"] == (
        "processing"
    )
    assert queued == [("enrichment.tasks.start_enrichment", body["session_id"])]
    start_enrichment(body["session_id"])
    assert client.get(f"/api/session/{body['session_id']}/").json()["status"] == "enriching"


def test_session_details_carry_counts_timestamps_and_the_upload_metadata(client, session_id):
    Movie.objects.filter(name="Film 1").update(enrichment_status="not_found")

    body = client.get(f"/api/session/{session_id}/").json()

    assert body["session_id"] == session_id
    assert body["total_movies"] == 120
    assert body["counts"]["not_found"] == 1
    assert body["counts"]["pending"] == 119
    assert body["created_at"] and body["expires_at"]
    assert body["completed_at"] is None
    assert body["metadata"]["files"] == ["watched.csv"]
    assert body["metadata"]["rows_read"] == {"watched": 120}


@pytest.mark.parametrize("suffix", ["", "/status", "/movies"])
def test_every_get_answers_without_its_trailing_slash(client, session_id, suffix):
    with_slash = client.get(f"/api/session/{session_id}{suffix}/")
    without = client.get(f"/api/session/{session_id}{suffix}")

    assert without.status_code == with_slash.status_code == 200
    assert without.json().keys() == with_slash.json().keys()


def test_a_post_to_the_slashless_upload_path_is_not_redirected(client):
    rows = [["2024-01-01", "Parasite", "2019", "https://boxd.it/hTha"]]
    upload = SimpleUploadedFile("watched.csv", csv_bytes(WATCHED, rows))
    response = client.post("/api/upload", {"file": upload})
    assert response.status_code == 201


@pytest.mark.parametrize(
    "path", ["/api/session/not-a-uuid/", "/api/session/not-a-uuid/status", "/api/nothing-here/"]
)
def test_a_path_that_names_nothing_is_a_json_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"]


def test_another_sessions_id_is_a_json_404_everywhere(client):
    other = uuid.uuid4()
    for response in (
        client.get(f"/api/session/{other}/"),
        client.get(f"/api/session/{other}/movies"),
        client.post(f"/api/session/{other}/retry/"),
    ):
        assert response.status_code == 404
        assert "error" in response.json()


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/upload/"),
        ("post", "/api/session/{id}/"),
        ("delete", "/api/session/{id}/status/"),
        ("get", "/api/session/{id}/retry"),
    ],
)
def test_a_wrong_method_is_a_json_405_that_names_the_right_one(client, session_id, method, path):
    response = getattr(client, method)(path.format(id=session_id))
    assert response.status_code == 405
    assert response.json()["error"]
    assert response["Allow"] in {"GET", "POST"}


def test_retry_queues_the_failed_films_of_a_finished_session(
    client, session_id, queued, django_capture_on_commit_callbacks
):
    Movie.objects.filter(name__in=["Film 1", "Film 2"]).update(enrichment_status="failed")
    Movie.objects.exclude(name__in=["Film 1", "Film 2"]).update(enrichment_status="enriched")
    UploadSession.objects.filter(pk=session_id).update(status=UploadSession.Status.COMPLETED)
    queued.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/api/session/{session_id}/retry")

    assert response.status_code == 202
    assert response.json() == {"session_id": session_id, "queued": 2, "status": "enriching"}
    assert queued == [("enrichment.tasks.start_enrichment", session_id)]
    assert Movie.objects.filter(enrichment_status="pending").count() == 2


def test_retry_while_enriching_is_a_conflict(client, session_id, queued):
    UploadSession.objects.filter(pk=session_id).update(status=UploadSession.Status.ENRICHING)
    Movie.objects.filter(name="Film 1").update(enrichment_status="failed")

    response = client.post(f"/api/session/{session_id}/retry/")

    assert response.status_code == 409
    assert Movie.objects.filter(enrichment_status="failed").count() == 1


def test_retry_with_no_failed_film_queues_nothing(client, session_id, queued):
    UploadSession.objects.filter(pk=session_id).update(status=UploadSession.Status.COMPLETED)
    queued.clear()

    response = client.post(f"/api/session/{session_id}/retry/")

    assert response.status_code == 200
    assert response.json()["queued"] == 0
    assert queued == []


def test_an_error_on_our_side_is_a_json_500(session_id, monkeypatch):
    from django.test import Client

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(UploadSession, "to_dict", broken)
    response = Client(raise_request_exception=False).get(f"/api/session/{session_id}/status")

    assert response.status_code == 500
    assert response.json()["error"]


def test_warnings_reach_the_upload_answer_the_status_and_the_details(client):
    rows = [
        ["2024-01-01", "Parasite", "2019", "https://boxd.it/hTha"],
        ["not a date", "Heat", "1995", "https://boxd.it/heat"],
        ["2024-13-40", "Ran", "1985", "https://boxd.it/ran"],
    ]
    upload = SimpleUploadedFile("watched.csv", csv_bytes(WATCHED, rows))

    answer = client.post("/api/upload/", {"file": upload}).json()
    status = client.get(f"/api/session/{answer['session_id']}/status").json()
    detail = client.get(f"/api/session/{answer['session_id']}").json()

    for body in (answer, status, detail):
        assert body["warning_count"] == 2
        (warning,) = body["warnings"]
        assert warning["file"] == "watched.csv"
        assert warning["line"] == 3
        assert "2 dates" in warning["message"]


def test_the_export_date_comes_from_letterboxds_file_name(client):
    rows = [["2024-01-01", "Parasite", "2019", "https://boxd.it/hTha"]]
    archive = make_export_zip({"watched.csv": csv_bytes(WATCHED, rows)})
    upload = SimpleUploadedFile("letterboxd-alice-2026-11-24-10-00-utc.zip", archive)

    session_id = client.post("/api/upload/", {"file": upload}).json()["session_id"]

    detail = client.get(f"/api/session/{session_id}/").json()
    assert detail["metadata"]["export_date"] == "2026-11-24"


def test_with_the_database_out_of_reach_the_api_and_pages_answer_503(session_id, monkeypatch):
    from django.db import OperationalError
    from django.test import Client

    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(UploadSession.objects, "filter", unreachable)
    monkeypatch.setattr(UploadSession.objects, "get", unreachable)
    client = Client(raise_request_exception=False)

    api = client.get(f"/api/session/{session_id}/status")
    page = client.get(f"/s/{session_id}/")

    assert api.status_code == 503
    assert "database" in api.json()["error"]
    assert api["Retry-After"] == "30"
    assert page.status_code == 503
    assert "Back in a moment" in page.content.decode()
