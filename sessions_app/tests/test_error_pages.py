"""Error pages: styled, with a way home; a gone session's link says what became of it."""

from __future__ import annotations

import uuid

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client, RequestFactory

from movies.tests.factories import make_session
from sessions_app import views

pytestmark = pytest.mark.django_db


def is_styled_with_a_way_home(content: str) -> bool:
    return 'href="/static/css/app.css"' in content and 'class="button" href="/"' in content


def test_an_unknown_page_is_a_styled_404_with_a_way_home(client):
    response = client.get("/no/such/page/")
    content = response.content.decode()
    assert response.status_code == 404
    assert is_styled_with_a_way_home(content)
    assert "There is no page here" in content


@pytest.mark.parametrize("path", ["/s/{id}/", "/s/{id}/films/", "/s/{id}/delete/"])
def test_a_deleted_or_expired_sessions_link_says_the_session_is_gone(client, path):
    session = make_session()
    session_id = session.pk
    session.delete()

    response = client.get(path.format(id=session_id))
    content = response.content.decode()

    assert response.status_code == 404
    assert "This session is gone" in content
    assert "deleted 30 days after their upload, or sooner when their owner deletes them" in content
    assert "Upload your export again" in content
    assert is_styled_with_a_way_home(content)


def test_the_api_still_answers_its_404_as_json(client):
    response = client.get(f"/api/session/{uuid.uuid4()}/")
    assert response.status_code == 404
    assert "error" in response.json()


def test_a_request_for_another_host_is_a_styled_400(client):
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert is_styled_with_a_way_home(response.content.decode())


def test_a_form_without_its_csrf_token_is_a_styled_403_that_says_what_to_do():
    response = Client(enforce_csrf_checks=True).post(f"/s/{make_session().pk}/delete/")
    content = response.content.decode()
    assert response.status_code == 403
    assert "Please send that form again" in content
    assert is_styled_with_a_way_home(content)


def test_permission_denied_is_a_styled_403():
    request = RequestFactory().get("/somewhere/")
    response = views.permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    assert is_styled_with_a_way_home(response.content.decode())


def test_a_crash_is_a_styled_500_that_stands_alone(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "UploadForm", broken)
    response = Client(raise_request_exception=False).get("/")
    content = response.content.decode()

    assert response.status_code == 500
    assert "Something went wrong on our side" in content
    assert is_styled_with_a_way_home(content)
    assert 'class="messages"' not in content  # no base.html: it would read the database


def test_an_error_page_that_cannot_render_falls_back_to_plain_text(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "UploadForm", broken)
    monkeypatch.setattr(views, "render_to_string", broken)
    response = Client(raise_request_exception=False).get("/")

    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_a_malformed_session_link_is_a_plain_404(client):
    content = client.get("/s/not-a-session/").content.decode()
    assert "There is no page here" in content
