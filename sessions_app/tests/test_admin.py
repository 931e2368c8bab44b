from __future__ import annotations

import re

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
        "/admin/enrichment/tmdbtitleindex/",
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


def test_a_films_tmdb_film_is_picked_by_id_and_its_state_and_counts_are_read_only(
    admin_client, session
):
    movie = Movie.objects.get()
    body = admin_client.get(f"/admin/movies/movie/{movie.pk}/change/").content.decode()

    assert '<select name="tmdb_movie"' not in body
    assert re.search(r"<input[^>]*name=\"tmdb_movie\"[^>]*vForeignKeyRawIdAdminField", body)
    for field in ("enrichment_status", "enrichment_error", "match_confidence", "viewing_count"):
        assert f'name="{field}"' not in body, field
    assert "Enrichment status" in body  # still shown, as text


def test_saving_a_film_in_the_admin_makes_cached_statistics_stale(admin_client, session):
    movie = Movie.objects.get()
    form = admin_client.get(f"/admin/movies/movie/{movie.pk}/change/").context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k != "tags"}
    data.update(name="Fight Club (director's cut)", session=session.pk, tmdb_movie=550, tags="[]")
    data.update({"viewings-TOTAL_FORMS": 1, "viewings-INITIAL_FORMS": 1})
    data.update({"viewings-0-id": movie.viewings.get().pk, "viewings-0-movie": movie.pk})
    data["viewings-0-tags"] = "[]"

    response = admin_client.post(f"/admin/movies/movie/{movie.pk}/change/", data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    session.refresh_from_db()
    assert session.stats_version == 1
    assert Movie.objects.get().search_name == "fightclubdirectorscut"


def test_the_film_list_shows_tmdb_id_confidence_and_error(admin_client, session):
    Movie.objects.update(match_confidence=0.8512, enrichment_error="TMDB said no " * 10)
    body = admin_client.get("/admin/movies/movie/").content.decode()
    assert 'href="https://www.themoviedb.org/movie/550"' in body
    assert ">0.85<" in body
    assert "TMDB said no TMDB said no" in body and "…" in body


def test_the_session_list_counts_films_not_found_and_doubtful(admin_client, session):
    Movie.objects.update(match_confidence=0.5, enrichment_status="enriched")
    Movie.objects.create(
        session=session, name="Lost", letterboxd_uri="v", enrichment_status="not_found"
    )
    sessions = admin_client.get("/admin/sessions_app/uploadsession/").context["cl"].result_list
    assert [(s.not_found_count, s.doubtful_count) for s in sessions] == [(1, 1)]


def test_a_sessions_state_is_read_only_but_its_expiry_is_not(admin_client, session):
    body = admin_client.get(f"/admin/sessions_app/uploadsession/{session.pk}/change/")
    content = body.content.decode()
    assert 'name="status"' not in content
    assert 'name="total_movies"' not in content
    assert 'name="expires_at_0"' in content
