from __future__ import annotations

import pytest

from enrichment.models import TmdbMovie
from movies.models import Movie, Viewing
from sessions_app.models import UploadSession

pytestmark = pytest.mark.django_db


@pytest.fixture
def session():
    session = UploadSession.objects.create(upload_metadata={"username": "alice"}, total_movies=1)
    tmdb = TmdbMovie.objects.create(tmdb_id=550, title="Fight Club")
    movie = Movie.objects.create(
        session=session, name="Fight Club", letterboxd_uri="u", tmdb_movie=tmdb
    )
    Viewing.objects.create(session=session, movie=movie)
    return session


@pytest.mark.parametrize(
    "url",
    [
        "/admin/sessions_app/uploadsession/",
        "/admin/movies/movie/",
        "/admin/movies/viewing/",
        "/admin/enrichment/tmdbmovie/",
        "/admin/enrichment/tmdbsearchresult/",
    ],
)
def test_admin_lists_render(admin_client, session, url):
    response = admin_client.get(url)
    assert response.status_code == 200


def test_admin_shows_a_session_with_its_username_and_counts(admin_client, session):
    body = admin_client.get("/admin/sessions_app/uploadsession/").content.decode()
    assert "alice" in body
    assert (
        admin_client.get(f"/admin/sessions_app/uploadsession/{session.pk}/change/").status_code
        == 200
    )


def test_admin_filters_films_by_session(admin_client, session):
    response = admin_client.get(f"/admin/movies/movie/?session__id__exact={session.pk}")
    assert response.status_code == 200
    assert "Fight Club" in response.content.decode()


def test_admin_retry_action_requeues_failed_films(admin_client, session):
    Movie.objects.update(enrichment_status="failed")
    response = admin_client.post(
        "/admin/sessions_app/uploadsession/",
        {"action": "retry_failed_films", "_selected_action": [str(session.pk)]},
        follow=True,
    )
    assert response.status_code == 200
    assert Movie.objects.get().enrichment_status == "pending"
