"""The upload metrics: every upload's size as read, and the films of each accepted one."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from prometheus_client import REGISTRY

from sessions_app.tests.export_factory import csv_bytes

pytestmark = pytest.mark.django_db

WATCHED = ["Date", "Name", "Year", "Letterboxd URI"]


def _sample(name: str) -> float:
    return REGISTRY.get_sample_value(name) or 0.0


def _watched(films: int) -> bytes:
    rows = [["2024-01-02", f"Film {n}", "2019", f"https://boxd.it/f{n}"] for n in range(films)]
    return csv_bytes(WATCHED, rows)


def test_an_upload_is_measured_in_bytes_and_films(client):
    content = _watched(3)
    before = {
        name: _sample(name)
        for name in (
            "letterboxd_upload_bytes_count",
            "letterboxd_upload_bytes_sum",
            "letterboxd_upload_films_sum",
        )
    }

    response = client.post("/api/upload/", {"file": [SimpleUploadedFile("watched.csv", content)]})

    assert response.status_code == 201
    assert _sample("letterboxd_upload_bytes_count") - before["letterboxd_upload_bytes_count"] == 1
    assert _sample("letterboxd_upload_bytes_sum") - before["letterboxd_upload_bytes_sum"] == len(
        content
    )
    assert _sample("letterboxd_upload_films_sum") - before["letterboxd_upload_films_sum"] == 3


def test_a_refused_upload_counts_its_bytes_but_no_films(client):
    before_films = _sample("letterboxd_upload_films_count")
    before_bytes = _sample("letterboxd_upload_bytes_count")

    response = client.post(
        "/api/upload/", {"file": [SimpleUploadedFile("watched.csv", b"not,an,export\n")]}
    )

    assert response.status_code == 400
    assert _sample("letterboxd_upload_bytes_count") - before_bytes == 1
    assert _sample("letterboxd_upload_films_count") == before_films
