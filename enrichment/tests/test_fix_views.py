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


def search_url(session, movie) -> str:
    return f"/s/{session.pk}/films/{movie.pk}/search/"


def test_the_check_page_says_how_many_and_why_in_words(client, session):
    body = client.get(f"/s/{session.pk}/check/").content.decode()

    assert (
        "1 film we could not find, 1 TMDB knows only as a TV series and 1 we are unsure of." in body
    )
    assert "confidence" not in body
    assert "0.8" not in body  # the doubtful film's confidence, as a number


def test_the_check_page_lists_the_most_doubtful_first(client, session):
    body = client.get(f"/s/{session.pk}/check/").content.decode()

    order = [body.index(name) for name in ("A Film That Does Not", "Chernobyl", "Suspiria")]
    assert order == sorted(order)


def test_a_sure_match_is_not_on_the_check_page(client, session):
    Movie.objects.filter(name="Suspiria").update(match_confidence=0.97)

    body = client.get(f"/s/{session.pk}/check/").content.decode()

    assert "Suspiria" not in body
    assert "1 film we could not find and 1 TMDB knows only as a TV series." in body


def test_the_fix_page_offers_a_search_filled_in_with_the_film(client, session):
    film = session.movies.get(name="A Film That Does Not Exist Anywhere")

    body = client.get(fix_url(session, film)).content.decode()

    assert f'action="{search_url(session, film)}"' in body
    assert 'value="A Film That Does Not Exist Anywhere"' in body
    assert 'value="1999"' in body


def test_the_check_page_offers_each_film_a_search_filled_in_with_it(client, session):
    film = session.movies.get(name="A Film That Does Not Exist Anywhere")

    body = client.get(f"/s/{session.pk}/check/").content.decode()

    assert f'id="q-{film.pk}" name="q" type="search" autocomplete="off" value="{film.name}"' in body
    assert f'id="year-{film.pk}" name="year"' in body and 'value="1999"' in body


def test_a_film_name_with_html_is_escaped_in_the_check_pages_search_box(client, tmdb):
    session = make_session([('"><script>alert(1)</script>', 2020)])
    for token in worker.plan_chunks(session.pk):
        worker.process_chunk(session.pk, token)
    body = client.get(f"/s/{session.pk}/check/").content.decode()
    assert "<script>alert(1)" not in body
    assert 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in body


def test_searching_tmdb_shows_cards_to_pick_from(client, session):
    film = session.movies.get(name="A Film That Does Not Exist Anywhere")

    response = client.get(
        search_url(session, film), {"q": "Suspiria"}, headers={"HX-Request": "true"}
    )

    body = response.content.decode()
    assert response.status_code == 200
    assert f'name="tmdb_id" value="{SUSPIRIA_1977}"' in body
    assert f'name="tmdb_id" value="{SUSPIRIA_2018}"' in body
    assert 'name="action" value="pick"' in body
    assert 'loading="lazy"' in body and 'width="92" height="138"' in body
    assert 'src="https://image.tmdb.org/t/p/w92/' in body
    assert f'href="https://www.themoviedb.org/movie/{SUSPIRIA_1977}"' in body
    assert "(1977)" in body and "(2018)" in body
    # The 2018 film was matched, so its director and runtime are cached; the 1977 one is not.
    assert "dir. Luca Guadagnino" in body
    assert "152 min" in body


def test_a_year_narrows_the_search_to_films_released_that_year(client, session):
    film = session.movies.get(name="A Film That Does Not Exist Anywhere")

    body = client.get(
        search_url(session, film), {"q": "Suspiria", "year": "1977"}, headers={"HX-Request": "true"}
    ).content.decode()

    assert f'value="{SUSPIRIA_1977}"' in body
    assert f'value="{SUSPIRIA_2018}"' not in body


def test_picking_a_film_found_by_searching_matches_it_and_redraws_the_charts(client, session):
    film = session.movies.get(name="A Film That Does Not Exist Anywhere")

    response = client.post(
        fix_url(session, film),
        {"action": "pick", "tmdb_id": SUSPIRIA_1977},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    assert json.loads(response["HX-Trigger"]) == {"stats-changed": {}}
    film.refresh_from_db()
    assert (film.tmdb_movie_id, film.enrichment_status, film.matched_by_member) == (
        SUSPIRIA_1977,
        Movie.EnrichmentStatus.ENRICHED,
        True,
    )


def test_without_javascript_the_search_comes_back_as_the_fix_page(client, session):
    film = session.movies.get(name="A Film That Does Not Exist Anywhere")

    response = client.get(search_url(session, film), {"q": "Suspiria"})

    body = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Fix the match</h1>" in body
    assert f'value="{SUSPIRIA_1977}"' in body


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": ""}, "Type a title to search TMDB for."),
        ({"q": "   "}, "Type a title to search TMDB for."),
        ({"q": "x" * 300}, "That is too long for a title: at most 200 characters."),
        ({"q": "Suspiria", "year": "soon"}, "The year is a number, such as 1999."),
        ({"q": "Suspiria", "year": "1200"}, "greater than or equal to 1870"),
        ({"q": "Suspiria", "year": "9999"}, "less than or equal to"),
    ],
)
def test_bad_searches_get_a_clear_message_ask_nothing_and_change_nothing(
    client, session, requests_made, params, message
):
    film = session.movies.get(name="Suspiria")
    before = (film.tmdb_movie_id, film.enrichment_status, film.matched_by_member)
    asked = requests_made()

    htmx = client.get(search_url(session, film), params, headers={"HX-Request": "true"})
    plain = client.get(search_url(session, film), params)

    assert htmx.status_code == 200  # htmx swaps only successful answers
    assert message in htmx.content.decode()
    assert plain.status_code == 400
    assert message in plain.content.decode()
    assert requests_made() == asked
    film.refresh_from_db()
    assert (film.tmdb_movie_id, film.enrichment_status, film.matched_by_member) == before


def test_a_tmdb_error_during_a_search_gets_a_message_and_is_not_retried(
    client, session, tmdb, requests_made
):
    film = session.movies.get(name="Suspiria")
    tmdb.reset_state()  # forced faults count requests from here
    tmdb.configure({"faults_at": "1:503"})
    try:
        response = client.get(search_url(session, film), {"q": "Suspiria"})
    finally:
        tmdb.configure({"faults_at": ""})

    assert response.status_code == 503
    assert "did not answer in time; nothing was changed" in response.content.decode()
    assert requests_made() == 1  # a member waits: no retries
    film.refresh_from_db()
    assert film.tmdb_movie_id == SUSPIRIA_2018


def test_a_tmdb_that_hangs_is_given_up_on_with_a_message(client, session, tmdb, monkeypatch):
    from enrichment import tmdb as configured

    monkeypatch.setattr(configured, "WEB_READ_TIMEOUT", 0.2)
    film = session.movies.get(name="Suspiria")
    tmdb.reset_state()
    tmdb.configure({"faults_at": "1:hang", "hang_seconds": 5.0})
    try:
        response = client.get(
            search_url(session, film), {"q": "Suspiria"}, headers={"HX-Request": "true"}
        )
    finally:
        tmdb.configure({"faults_at": "", "hang_seconds": 30.0})

    assert "did not answer in time" in response.content.decode()
    assert tmdb.stats.snapshot()["total_requests"] == 1


def test_a_search_query_is_shown_as_text(client, session):
    film = session.movies.get(name="Suspiria")

    body = client.get(
        search_url(session, film),
        {"q": "<script>alert(1)</script>"},
        headers={"HX-Request": "true"},
    ).content.decode()

    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_another_sessions_film_cannot_be_searched_for(client, session, tmdb):
    other = make_session([("Parasite", 2019)])
    theirs = other.movies.get()

    response = client.get(search_url(session, theirs), {"q": "Parasite"})

    assert response.status_code == 404


def test_a_picked_id_must_be_a_tmdb_id(client, session):
    film = session.movies.get(name="Suspiria")

    for bad in ("0", "-5", "abc", str(2**31)):
        response = client.post(fix_url(session, film), {"action": "pick", "tmdb_id": bad})
        assert response.status_code == 400
    response = client.post(fix_url(session, film), {"action": "pick"})
    assert "Pick one of the films found." in response.content.decode()


def test_leaving_a_film_out_says_so_in_plain_words(client, session):
    film = session.movies.get(name="A Film That Does Not Exist Anywhere")
    page = client.get(fix_url(session, film)).content.decode()
    assert "Leave it out of my statistics" in page
    assert "Not a film" not in page

    response = client.post(
        fix_url(session, film), {"action": "exclude"}, headers={"HX-Request": "true"}
    )

    assert "left out of your statistics; it stays in your films table" in response.content.decode()
    films_table = client.get(f"/s/{session.pk}/films/").content.decode()
    assert "A Film That Does Not Exist Anywhere" in films_table
    assert "Left out by you" in films_table
