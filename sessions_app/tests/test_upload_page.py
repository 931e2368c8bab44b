from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from sessions_app.models import UploadSession
from sessions_app.tests.export_factory import csv_bytes, make_export_zip

pytestmark = pytest.mark.django_db

WATCHED = ["Date", "Name", "Year", "Letterboxd URI"]


def _watched(*names: str) -> bytes:
    rows = [["2024-01-02", name, "2019", f"https://boxd.it/f{i}"] for i, name in enumerate(names)]
    return csv_bytes(WATCHED, rows)


def test_home_page_shows_the_upload_form(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b'name="export"' in response.content
    assert b"Export your data" in response.content


def test_upload_redirects_with_303_to_the_new_session(client):
    archive = make_export_zip({"watched.csv": _watched("Parasite", "Alien")})
    response = client.post("/upload/", {"export": SimpleUploadedFile("export.zip", archive)})

    session = UploadSession.objects.get()
    assert response.status_code == 303
    assert response["Location"] == f"/s/{session.pk}/"
    assert session.total_movies == 2


def test_upload_page_shows_the_error_on_the_form_and_stores_nothing(client):
    response = client.post("/upload/", {"export": SimpleUploadedFile("watched.csv", b"\x89PNG")})

    assert response.status_code == 400
    assert b"form-error" in response.content
    assert b'name="export"' in response.content
    assert not UploadSession.objects.exists()


def test_upload_page_without_a_file_asks_for_one(client):
    response = client.post("/upload/", {})
    assert response.status_code == 400
    assert b"Choose your Letterboxd export" in response.content


def test_upload_page_over_the_cap_answers_413_with_the_form(client, settings):
    settings.UPLOAD_MAX_BYTES = 1000
    big = SimpleUploadedFile("watched.csv", _watched("Alien") + b"x" * 200_000)
    response = client.post("/upload/", {"export": big})

    assert response.status_code == 413
    assert b"too large" in response.content
    assert not UploadSession.objects.exists()


def test_upload_page_refuses_an_export_over_the_film_cap_with_413_and_stores_nothing(
    client, settings
):
    settings.UPLOAD_MAX_FILMS = 3
    archive = make_export_zip({"watched.csv": _watched("A", "B", "C", "D", "E")})

    response = client.post("/upload/", {"export": SimpleUploadedFile("export.zip", archive)})

    assert response.status_code == 413
    assert b"This export lists 5 films; the most we take is 3." in response.content
    assert b'name="export"' in response.content
    assert not UploadSession.objects.exists()


def test_upload_page_needs_a_csrf_token(settings):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(
        "/upload/", {"export": SimpleUploadedFile("watched.csv", _watched("Alien"))}
    )
    assert response.status_code == 403
    assert not UploadSession.objects.exists()


def test_film_names_with_html_are_escaped_on_the_session_page(client):
    archive = make_export_zip({"watched.csv": _watched("<img src=x onerror=alert(1)>")})
    response = client.post(
        "/upload/", {"export": SimpleUploadedFile("export.zip", archive)}, follow=True
    )
    assert response.status_code == 200
    assert b"<img src=x onerror=alert(1)>" not in response.content


def test_home_page_names_the_third_parties_the_browser_talks_to(client):
    content = client.get("/").content.decode()
    assert "<code>cdn.jsdelivr.net</code>" in content
    assert "<code>image.tmdb.org</code>" in content
    assert "no analytics" in content


def test_the_upload_fields_descriptions_exist(client):
    """Every id the file input's aria-describedby names is on the page, with or without
    errors."""
    for response in (client.get("/"), client.post("/upload/", {})):
        content = response.content.decode()
        described_by = re.search(r'<input type="file"[^>]*aria-describedby="([^"]+)"', content)
        assert described_by, content
        for element_id in described_by.group(1).split():
            assert f'id="{element_id}"' in content, element_id


@override_settings(TMDB_IMAGES=False)
def test_with_images_off_the_home_page_does_not_name_tmdbs_image_server(client):
    assert "image.tmdb.org" not in client.get("/").content.decode()
