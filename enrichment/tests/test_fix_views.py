from __future__ import annotations

import json

import pytest
from django.test import Client

from enrichment import worker
from enrichment.tests.sessions import make_session
from movies.models import Movie

pytestmark = pytest.mark.django_db

SUSPIRIA_1977 = 11906
SUSPIRIA_2018 = 361292


@pytest.fixture
def session(tmdb):
    session = make_session(
        [("Suspiria", 2018), ("Chernobyl", 2019), ("A Film That Does Not Exist Anywhere", 1999)]
    )
    for token in worker.plan_chunks(session.pk):
        worker.process_chunk(session.pk, token)
    Movie.objects.filter(name="Suspiria").update(match_confidence=0.8)  # make it doubtful
    return session


def fix_url(session, movie) -> str:
    return f"/s/{session.pk}/films/{movie.pk}/fix/"


def test_the_check_page_lists_films_to_check_with_their_candidates(client, session):
    response = client.get(f"/s/{session.pk}/check/")

    assert response.status_code == 200
    body = response.content.decode()
    assert "Chernobyl" in body and "TV series" in body
    assert "A Film That Does Not Exist Anywhere" in body
    assert f'value="{SUSPIRIA_2018}"' in body


def test_pasting_a_tmdb_url_rematches_the_film_without_javascript(client, session):
    film = session.movies.get(name="Suspiria")
    response = client.post(
        fix_url(session, film),
        {
            "action": "paste",
            "reference": f"https://www.themoviedb.org/movie/{SUSPIRIA_1977}-suspiria",
        },
    )

    assert response.status_code == 303
    assert response["Location"] == f"/s/{session.pk}/check/"
    film.refresh_from_db()
    assert film.tmdb_movie_id == SUSPIRIA_1977


def test_with_htmx_the_row_is_swapped_and_the_charts_told_to_refresh(client, session):
    film = session.movies.get(name="Suspiria")
    response = client.post(
        fix_url(session, film),
        {"action": "choose", "tmdb_id": SUSPIRIA_2018},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    assert json.loads(response["HX-Trigger"]) == {"stats-changed": {}}
    assert f'id="fix-{film.pk}"' in response.content.decode()
    assert "chosen by you" in response.content.decode()


def test_excluding_takes_the_film_out(client, session):
    film = session.movies.get(name="Chernobyl")
    client.post(fix_url(session, film), {"action": "exclude"})
    film.refresh_from_db()
    assert film.enrichment_status == Movie.EnrichmentStatus.EXCLUDED


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"action": "paste", "reference": "https://letterboxd.com/film/suspiria/"},
            "not a TMDB link",
        ),
        ({"action": "paste", "reference": "https://www.themoviedb.org/tv/87108"}, "TV series"),
        ({"action": "paste", "reference": "999999"}, "no film with id 999999"),
        ({"action": "paste", "reference": "²"}, "not a TMDB link"),
        ({"action": "paste", "reference": "1" * 30}, "not a TMDB movie id"),
        ({"action": "choose", "tmdb_id": 550}, "not among this entry"),
        ({"action": "choose"}, "Pick one of the candidates"),
        ({"action": "delete-everything"}, "Select a valid choice"),
    ],
)
def test_bad_fixes_get_a_clear_message_and_change_nothing(client, session, data, message):
    film = session.movies.get(name="Suspiria")
    before = (film.tmdb_movie_id, film.enrichment_status, film.matched_by_member)

    response = client.post(fix_url(session, film), data)

    assert response.status_code == 400
    assert message in response.content.decode()
    film.refresh_from_db()
    assert (film.tmdb_movie_id, film.enrichment_status, film.matched_by_member) == before


def test_another_sessions_film_is_not_found(client, session, tmdb):
    other = make_session([("Parasite", 2019)])
    theirs = other.movies.get()
    response = client.post(fix_url(session, theirs), {"action": "exclude"})

    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.enrichment_status == Movie.EnrichmentStatus.PENDING


def test_fixing_needs_a_csrf_token(session):
    film = session.movies.get(name="Chernobyl")
    response = Client(enforce_csrf_checks=True).post(fix_url(session, film), {"action": "exclude"})
    assert response.status_code == 403


def test_a_film_name_with_html_is_escaped(client, tmdb):
    session = make_session([("<img src=x onerror=alert(1)>", 2020)])
    for token in worker.plan_chunks(session.pk):
        worker.process_chunk(session.pk, token)
    body = client.get(f"/s/{session.pk}/check/").content.decode()
    assert "<img src=x" not in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body


def test_an_open_redirect_in_next_is_ignored(client, session):
    film = session.movies.get(name="Chernobyl")
    response = client.post(
        fix_url(session, film), {"action": "exclude", "next": "https://evil.example/"}
    )
    assert response["Location"] == f"/s/{session.pk}/check/"


@pytest.mark.parametrize(
    "target",
    [
        "javascript:alert(document.domain)",
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "/\tevil",
    ],
)
def test_a_next_that_is_not_a_path_on_this_site_goes_nowhere(client, session, target):
    film = session.movies.get(name="Chernobyl")

    page = client.get(fix_url(session, film), {"next": target}).content.decode()
    redirect = client.post(fix_url(session, film), {"action": "exclude", "next": target})

    back = f'<a href="/s/{session.pk}/check/">← Back</a>'
    assert back in page
    assert 'href="javascript:' not in page and 'href="https://evil' not in page
    assert redirect["Location"] == f"/s/{session.pk}/check/"


def test_a_next_on_this_site_is_followed(client, session):
    film = session.movies.get(name="Chernobyl")
    films_page = f"/s/{session.pk}/films/?q=cher"

    page = client.get(fix_url(session, film), {"next": films_page}).content.decode()
    redirect = client.post(fix_url(session, film), {"action": "exclude", "next": films_page})

    assert f'href="/s/{session.pk}/films/?q=cher"' in page
    assert redirect["Location"] == films_page


def test_a_doubtful_match_that_is_right_can_be_kept_and_leaves_the_list(client, session):
    film = session.movies.get(name="Suspiria")
    assert film.tmdb_movie_id == SUSPIRIA_2018
    row = client.get(f"/s/{session.pk}/check/").content.decode()
    assert "This is right: keep it" in row

    response = client.post(
        fix_url(session, film),
        {"action": "choose", "tmdb_id": SUSPIRIA_2018},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    assert "stays matched to Suspiria (2018), as you confirmed" in response.content.decode()
    film.refresh_from_db()
    assert (film.tmdb_movie_id, film.matched_by_member) == (SUSPIRIA_2018, True)
    assert "Suspiria" not in client.get(f"/s/{session.pk}/check/").content.decode()
