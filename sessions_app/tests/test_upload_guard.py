"""Uploads refused before their body is parsed: too large (413), too many from one client (429)."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.utils import timezone

from sessions_app.http import client_key
from sessions_app.middleware import UploadGuardMiddleware
from sessions_app.models import UploadSession
from sessions_app.tests.export_factory import csv_bytes

pytestmark = pytest.mark.django_db

WATCHED = ["Date", "Name", "Year", "Letterboxd URI"]


def _upload(client, path: str = "/api/upload/", **extra):
    rows = [["2024-01-01", "Parasite", "2019", "https://boxd.it/hTha"]]
    upload = SimpleUploadedFile("watched.csv", csv_bytes(WATCHED, rows))
    field = "file" if path.startswith("/api/") else "export"
    return client.post(path, {field: upload}, **extra)


def test_one_client_uploading_too_often_gets_429_with_retry_after(client, settings):
    settings.UPLOAD_RATE_PER_MINUTE = 3
    answers = [_upload(client).status_code for _ in range(4)]

    refused = _upload(client)

    assert answers == [201, 201, 201, 429]
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "try again in" in refused.json()["error"]
    assert UploadSession.objects.count() == 3


def test_the_upload_page_explains_the_wait_in_words(client, settings):
    settings.UPLOAD_RATE_PER_MINUTE = 1
    assert _upload(client, "/upload/").status_code == 303

    refused = _upload(client, "/upload/")

    assert refused.status_code == 429
    assert "Please try again in" in refused.content.decode()
    assert refused["Retry-After"]


def test_the_hourly_limit_holds_after_the_minute_has_passed(client, settings):
    settings.UPLOAD_RATE_PER_MINUTE = 2
    settings.UPLOAD_RATE_PER_HOUR = 2
    _upload(client), _upload(client)
    UploadSession.objects.update(created_at=timezone.now() - timedelta(minutes=10))

    refused = _upload(client)

    assert refused.status_code == 429
    assert 45 * 60 <= int(refused["Retry-After"]) <= 50 * 60


def test_another_client_is_not_held_back(client, settings):
    settings.UPLOAD_RATE_PER_MINUTE = 1
    assert _upload(client).status_code == 201
    assert _upload(client).status_code == 429

    assert _upload(client, REMOTE_ADDR="203.0.113.9").status_code == 201


def test_a_forwarded_address_counts_only_behind_our_own_proxy(settings):
    factory = RequestFactory()
    forged = factory.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 10.9.9.9")

    settings.BEHIND_PROXY = False
    assert client_key(forged) == client_key(factory.get("/", REMOTE_ADDR="10.0.0.1"))
    settings.BEHIND_PROXY = True
    assert client_key(forged) == client_key(factory.get("/", REMOTE_ADDR="10.9.9.9"))
    # The address itself is never what is stored.
    assert "10.9.9.9" not in client_key(forged)


def test_a_refused_upload_is_read_to_its_end_so_the_client_sees_the_answer(settings):
    settings.UPLOAD_MAX_BYTES = 1000
    body = b"x" * 100_000  # over the cap and its multipart slack, under twice that
    stream = io.BytesIO(body)
    request = RequestFactory().post(
        "/api/upload/", data=b"", content_type="multipart/form-data; boundary=x"
    )
    request.META.update({"wsgi.input": stream, "CONTENT_LENGTH": str(len(body))})

    response = UploadGuardMiddleware(lambda r: None)(request)

    assert response.status_code == 413
    assert stream.tell() == len(body)


def test_a_body_far_over_the_cap_is_not_read_at_all(settings):
    settings.UPLOAD_MAX_BYTES = 1000
    stream = io.BytesIO(b"x" * 10_000)
    request = RequestFactory().post("/api/upload/", data=b"", content_type="text/plain")
    request.META.update({"wsgi.input": stream, "CONTENT_LENGTH": str(10**9)})

    assert UploadGuardMiddleware(lambda r: None)(request).status_code == 413
    assert stream.tell() == 0
