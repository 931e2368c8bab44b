from __future__ import annotations

from datetime import date

import pytest
from django.test import Client

from enrichment.models import TmdbMovie
from movies.models import Movie, Viewing
from movies.tests.factories import make_film, make_session, make_tmdb
from sessions_app.models import UploadSession

pytestmark = pytest.mark.django_db


@pytest.fixture
def session():
    session = make_session(total_movies=2)
    make_film(session, "Cléo from 5 to 7", watched=[date(2024, 1, 1)], tmdb=make_tmdb(1))
    make_film(session, "Vagabond", watched=[date(2024, 1, 2), date(2024, 2, 2)])
    return session


def test_the_dashboard_links_to_a_confirm_page(client, session):
    assert f'href="/s/{session.pk}/delete/"' in client.get(f"/s/{session.pk}/").content.decode()


def test_the_confirm_page_asks_first_and_deletes_nothing(client, session):
    response = client.get(f"/s/{session.pk}/delete/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Delete this session?" in content
    assert 'method="post"' in content
    assert "csrfmiddlewaretoken" in content
    assert UploadSession.objects.filter(pk=session.pk).exists()


def test_deleting_removes_the_session_its_films_and_viewings_at_once(client, session):
    other = make_session()
    make_film(other, "Someone else's", watched=[date(2024, 1, 1)])

    response = client.post(f"/s/{session.pk}/delete/")

    assert response.status_code == 303
    assert response["Location"] == "/"
    assert not UploadSession.objects.filter(pk=session.pk).exists()
    assert not Movie.objects.filter(session_id=session.pk).exists()
    assert not Viewing.objects.filter(session_id=session.pk).exists()
    # Another session's data and the shared TMDB cache stay.
    assert Movie.objects.filter(session=other).count() == 1
    assert TmdbMovie.objects.filter(pk=1).exists()


def test_after_deleting_home_says_so(client, session):
    response = client.post(f"/s/{session.pk}/delete/", follow=True)
    assert response.status_code == 200
    assert "Your session and its 2 films are deleted." in response.content.decode()
    assert client.get(f"/s/{session.pk}/").status_code == 404


def test_deleting_needs_the_csrf_token(session):
    csrf_client = Client(enforce_csrf_checks=True)
    assert csrf_client.post(f"/s/{session.pk}/delete/").status_code == 403
    assert UploadSession.objects.filter(pk=session.pk).exists()


def test_the_confirm_form_posts_with_its_token(session):
    csrf_client = Client(enforce_csrf_checks=True)
    page = csrf_client.get(f"/s/{session.pk}/delete/")
    token = page.context["csrf_token"]
    response = csrf_client.post(f"/s/{session.pk}/delete/", {"csrfmiddlewaretoken": str(token)})
    assert response.status_code == 303
    assert not UploadSession.objects.filter(pk=session.pk).exists()


def test_deleting_an_unknown_session_is_404(client):
    assert client.post("/s/00000000-0000-0000-0000-000000000000/delete/").status_code == 404


def test_other_methods_are_refused(client, session):
    assert client.put(f"/s/{session.pk}/delete/").status_code == 405
