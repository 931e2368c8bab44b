from __future__ import annotations

import re
from datetime import date

import pytest
from django.core.cache import cache
from django.test import override_settings

from movies.models import Movie
from movies.tests.factories import make_film, make_session, make_tmdb

pytestmark = pytest.mark.django_db

VARDA = {"id": 11, "name": "Agnès Varda"}
TATI = {"id": 22, "name": "Jacques Tati"}


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


@pytest.fixture
def session():
    session = make_session(total_movies=4)
    make_film(
        session,
        "Cléo from 5 to 7",
        year=1962,
        rating=4.5,
        watched=[date(2023, 1, 1)],
        tmdb=make_tmdb(
            genres=["Drama"], directors=[VARDA], runtime=90, poster_path="/cleo5to7.jpg"
        ),
    )
    make_film(
        session,
        "Playtime",
        year=1967,
        rating=5,
        tmdb=make_tmdb(genres=["Comedy"], directors=[TATI], runtime=124),
    )
    make_film(
        session,
        "Mon Oncle",
        year=1958,
        rating=None,
        tmdb=make_tmdb(genres=["Comedy", "Drama"], directors=[TATI], runtime=117),
    )
    make_film(session, "Vagabond", year=1985, rating=3)  # not enriched yet
    return session


def names(response) -> list[str]:
    # A cell starts with the film's poster (or its empty box), then its name.
    cells = re.findall(
        r'<td class="film-name">(?:<img [^>]*>|<span [^>]*></span>)?(?:<a [^>]*>)?([^<]+)',
        response.content.decode(),
    )
    return [cell.strip() for cell in cells]


def films(client, session, **params):
    return client.get(f"/s/{session.pk}/films/", params)


def test_the_table_lists_every_film_by_name(client, session):
    response = films(client, session)
    assert response.status_code == 200
    assert names(response) == ["Cléo from 5 to 7", "Mon Oncle", "Playtime", "Vagabond"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("-rating", ["Playtime", "Cléo from 5 to 7", "Vagabond", "Mon Oncle"]),
        ("rating", ["Vagabond", "Cléo from 5 to 7", "Playtime", "Mon Oncle"]),
        ("-year", ["Vagabond", "Playtime", "Cléo from 5 to 7", "Mon Oncle"]),
        ("-runtime", ["Playtime", "Mon Oncle", "Cléo from 5 to 7", "Vagabond"]),
        ("-name", ["Vagabond", "Playtime", "Mon Oncle", "Cléo from 5 to 7"]),
    ],
)
def test_the_table_sorts_with_unknown_values_last(client, session, sort, expected):
    assert names(films(client, session, sort=sort)) == expected


def test_column_headers_link_to_their_sort_and_show_the_current_one(client, session):
    content = films(client, session, sort="-rating", genre="Drama").content.decode()
    assert 'aria-sort="descending"' in content
    assert 'href="?genre=Drama&amp;sort=rating"' in content


def test_the_table_filters_by_genre_inside_the_tmdb_json(client, session):
    assert names(films(client, session, genre="Comedy")) == ["Mon Oncle", "Playtime"]


def test_the_table_filters_by_director_id(client, session):
    assert names(films(client, session, director=TATI["id"])) == ["Mon Oncle", "Playtime"]


def test_a_director_beyond_the_listed_ones_is_still_a_valid_filter(client, session):
    response = films(client, session, director=999)
    assert response.status_code == 200
    assert names(response) == []


def test_the_table_filters_by_decade_rating_and_state(client, session):
    assert names(films(client, session, decade=1960)) == ["Cléo from 5 to 7", "Playtime"]
    assert names(films(client, session, rating="4.5")) == ["Cléo from 5 to 7"]
    assert names(films(client, session, rating="unrated")) == ["Mon Oncle"]
    assert names(films(client, session, status=Movie.EnrichmentStatus.PENDING)) == ["Vagabond"]


def test_the_table_searches_names_and_combines_filters(client, session):
    assert names(films(client, session, q="oncle")) == ["Mon Oncle"]
    assert names(films(client, session, q="o", genre="Drama", sort="-year")) == [
        "Cléo from 5 to 7",
        "Mon Oncle",
    ]


def test_the_table_is_paginated_keeping_its_filters(client, session, settings):
    for i in range(60):
        make_film(session, f"Short {i:02d}", year=2001)
    first = films(client, session, decade=2000)
    second = films(client, session, decade=2000, page=2)

    assert len(names(first)) == 50
    assert names(second) == [f"Short {i:02d}" for i in range(50, 60)]
    assert 'href="?decade=2000&amp;page=2"' in first.content.decode()


def test_a_page_past_the_end_shows_the_last_page(client, session):
    assert names(films(client, session, page=99)) == names(films(client, session))


@pytest.mark.parametrize(
    "params",
    [
        {"genre": "Polka"},
        {"rating": "7"},
        {"decade": "1965"},
        {"sort": "budget"},
        {"page": "0"},
        {"director": "1" * 30},
        {"actor": "9" * 12},
        {"watched_in": "1999"},
        {"liked": "maybe"},
        {"rewatched": "2"},
        {"q": "x" * 201},
    ],
)
def test_invalid_filters_give_the_form_back_with_its_errors(client, session, params):
    response = films(client, session, **params)
    assert response.status_code == 400
    assert 'class="form-error"' in response.content.decode()
    assert names(response) == []


def test_the_table_escapes_film_names(client):
    session = make_session()
    make_film(session, "<img src=x onerror=alert(1)>")
    content = films(client, session).content.decode()
    assert "<img src=x onerror=alert(1)>" not in content
    assert "&lt;img src=x onerror=alert(1)&gt;" in content


def test_the_table_costs_a_bounded_number_of_queries(
    client, session, django_assert_max_num_queries
):
    films(client, session)  # fills the statistics cache
    # The session, the count and the page: the filter choices come from the cache.
    with django_assert_max_num_queries(3):
        assert films(client, session, genre="Drama", sort="-rating").status_code == 200


def test_a_director_that_is_not_a_number_is_searched_as_a_name(client, session):
    for text in ("²", "-3", "Nobody Atall"):
        response = films(client, session, director=text)
        assert response.status_code == 200
        assert names(response) == []


# --- No match --------------------------------------------------------------------------------


def test_a_search_with_no_result_says_so_with_the_count_and_a_way_back(client, session):
    response = films(client, session, q="zzzz", sort="-year")
    content = response.content.decode()

    assert response.status_code == 200
    assert "0 of 4 films match" in content
    assert "No film matches these filters" in content
    # One link clears the filters and keeps the order; the search is listed, removable.
    assert 'href="?sort=-year"' in content
    assert "Search: <strong>zzzz</strong>" in content
    assert "<table" not in content


def test_the_filters_in_use_are_listed_each_with_a_link_removing_it(client, session):
    content = films(client, session, genre="Comedy", decade=1960).content.decode()
    assert 'href="?decade=1960" aria-label="Remove the filter Genre: Comedy"' in content
    assert 'href="?genre=Comedy" aria-label="Remove the filter Decade: 1960s"' in content
    assert "1 of 4 films match" in content


# --- Search ----------------------------------------------------------------------------------


@pytest.fixture
def searchable():
    session = make_session()
    kubrick = {"id": 240, "name": "Stanley Kubrick"}
    make_film(session, "Amélie", year=2001, tmdb=make_tmdb(title="Amélie"))
    make_film(session, "WALL·E", year=2008, tmdb=make_tmdb(title="WALL·E"))
    make_film(session, "The Shining", year=1980, tmdb=make_tmdb(directors=[kubrick]))
    make_film(
        session,
        "Barry Lyndon",
        year=1975,
        tmdb=make_tmdb(
            directors=[kubrick],
            cast=[{"id": 7, "name": "Ryan O’Neal", "character": "Barry", "order": 0}],
        ),
    )
    make_film(session, "Ring", year=1998, tmdb=make_tmdb(title="Ring", original_title="Ringu"))
    make_film(session, "Spider-Man", year=2002)  # no TMDB data yet: its own name is searched
    alternative = make_tmdb(title="The Avengers", alternative_titles=["Avengers Assemble"])
    make_film(session, "The Avengers", year=2012, tmdb=alternative)
    return session


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("amelie", ["Amélie"]),
        ("AMÉLIE", ["Amélie"]),
        ("wall-e", ["WALL·E"]),
        ("walle", ["WALL·E"]),
        ("wall e", ["WALL·E"]),
        ("kubrick", ["Barry Lyndon", "The Shining"]),
        ("stanley kubrick shining", ["The Shining"]),
        ("ringu", ["Ring"]),
        ("ryan o'neal", ["Barry Lyndon"]),
        ("spiderman", ["Spider-Man"]),
        ("spider man", ["Spider-Man"]),
        ("avengers assemble", ["The Avengers"]),
    ],
)
def test_search_ignores_accents_and_punctuation_and_reads_tmdb_titles_and_people(
    client, searchable, query, expected
):
    assert names(films(client, searchable, q=query)) == expected


def test_search_finds_a_film_by_the_tmdb_data_a_worker_links_to_it(client):
    """The worker writes the TMDB row with `upsert` and links it with a raw UPDATE; the search
    text is derived with the row, so the link alone makes the film findable."""
    from enrichment.models import TmdbMovie

    session = make_session()
    film = make_film(session, "Le Fabuleux Destin", year=2001)
    details = {
        "id": 194,
        "title": "Amélie",
        "original_title": "Le Fabuleux Destin d'Amélie Poulain",
        "credits": {
            "crew": [{"id": 1, "job": "Director", "name": "Jean-Pierre Jeunet"}],
            "cast": [{"id": 2, "name": "Audrey Tautou", "order": 0}],
        },
    }
    TmdbMovie.upsert([TmdbMovie.from_tmdb(details)])
    assert names(films(client, session, q="jeunet")) == []

    Movie.objects.filter(pk=film.pk).update(tmdb_movie_id=194, enrichment_status="enriched")

    for query in ("jeunet", "tautou", "amelie poulain", "jean pierre"):
        assert names(films(client, session, q=query)) == ["Le Fabuleux Destin"], query


# --- Sorting ---------------------------------------------------------------------------------


def test_names_sort_without_a_leading_the_a_or_an_as_on_letterboxd(client):
    session = make_session()
    for name in ("The Thing", "Zodiac", "An Education", "A Man Escaped", "amour", "Élite", "A"):
        make_film(session, name)

    assert names(films(client, session)) == [
        "A",
        "amour",
        "An Education",
        "Élite",
        "A Man Escaped",
        "The Thing",
        "Zodiac",
    ]
    assert names(films(client, session, sort="-name"))[0] == "Zodiac"


# --- Rows ------------------------------------------------------------------------------------


def test_a_date_without_diary_entries_says_it_is_when_the_film_was_marked_watched(client):
    session = make_session()
    marked = make_film(session, "Marked only")
    Movie.objects.filter(pk=marked.pk).update(
        marked_watched_on=date(2024, 3, 12), last_watched_on=date(2024, 3, 12)
    )
    make_film(session, "Logged", watched=[date(2023, 5, 1), date(2024, 1, 2)])
    content = films(client, session).content.decode()

    marked_row = content[content.index("Marked only") :].split("</tr>")[0]
    logged_row = content[content.index("Logged") :].split("</tr>")[0]
    assert "12 Mar 2024" in marked_row and "marked watched" in marked_row
    assert ">0<" not in marked_row  # no "0 viewings" beside a date
    assert "2 Jan 2024" in logged_row and "marked watched" not in logged_row
    assert "Diary entries" in content


def test_an_enriched_film_links_to_its_tmdb_page_and_others_do_not(client, session):
    content = films(client, session).content.decode()
    cleo = Movie.objects.get(name="Cléo from 5 to 7")
    assert f'href="https://www.themoviedb.org/movie/{cleo.tmdb_movie_id}"' in content
    assert 'aria-label="Vagabond on TMDB"' not in content
    linked = set(re.findall(r'href="https://www\.themoviedb\.org/movie/(\d+)"', content))
    assert len(linked) == 3


# --- Filters ---------------------------------------------------------------------------------


def test_the_director_filter_is_a_text_box_with_suggestions_not_a_long_dropdown(client, session):
    content = films(client, session).content.decode()
    assert '<select name="director"' not in content
    assert 'list="director-options"' in content
    assert '<option value="Jacques Tati">2 films</option>' in content


def test_a_director_is_found_by_a_typed_name_and_a_linked_id_shows_the_name(client, session):
    assert names(films(client, session, director="tati")) == ["Mon Oncle", "Playtime"]
    assert names(films(client, session, director="Agnes Varda")) == ["Cléo from 5 to 7"]

    linked = films(client, session, director=TATI["id"]).content.decode()
    assert 'id="id_director" value="Jacques Tati"' in linked


def test_the_table_filters_by_actor_id_or_name():
    session = make_session()
    swinton = {"id": 10, "name": "Tilda Swinton", "character": "", "order": 0}
    murray = {"id": 11, "name": "Bill Murray", "character": "", "order": 0}
    make_film(session, "Orlando", tmdb=make_tmdb(cast=[swinton]))
    make_film(session, "Broken Flowers", tmdb=make_tmdb(cast=[murray, {**swinton, "order": 1}]))
    make_film(session, "Groundhog Day", tmdb=make_tmdb(cast=[murray]))
    from django.test import Client

    client = Client()
    assert names(films(client, session, actor=11)) == ["Broken Flowers", "Groundhog Day"]
    assert names(films(client, session, actor="swinton")) == ["Broken Flowers", "Orlando"]


def test_the_table_filters_by_year_watched_liked_and_rewatched(client):
    session = make_session()
    make_film(session, "Seen in 2023", watched=[date(2023, 4, 1)], liked=True)
    make_film(session, "Seen twice", watched=[date(2022, 1, 1), date(2024, 2, 2)], rewatches=1)
    make_film(session, "Never logged", liked=True)

    assert names(films(client, session, watched_in=2024)) == ["Seen twice"]
    assert names(films(client, session, watched_in=2023)) == ["Seen in 2023"]
    assert names(films(client, session, liked="yes")) == ["Never logged", "Seen in 2023"]
    assert names(films(client, session, liked="no")) == ["Seen twice"]
    assert names(films(client, session, rewatched="yes")) == ["Seen twice"]
    assert names(films(client, session, rewatched="no", liked="yes")) == [
        "Never logged",
        "Seen in 2023",
    ]
    content = films(client, session).content.decode()
    assert '<option value="2024">2024</option>' in content


def test_the_table_escapes_what_the_filters_were_given(client, session):
    attack = '"><script>alert(1)</script>'
    content = films(client, session, q=attack, director=attack, actor=attack).content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_each_row_shows_the_films_poster_lazily_with_its_size_set(client, session):
    body = films(client, session).content.decode()
    poster = re.search(r'<img [^>]*src="https://image.tmdb.org/t/p/w92/cleo5to7.jpg"[^>]*>', body)
    assert poster, body
    assert 'loading="lazy"' in poster[0] and 'width="30" height="45"' in poster[0]
    # A film without a poster (or without TMDB data) keeps an empty box of the same size.
    assert body.count('class="poster poster-row poster-none"') == 3


@override_settings(TMDB_IMAGES=False)
def test_with_images_off_the_table_has_no_image_at_all(client, session):
    body = films(client, session).content.decode()
    assert "<img" not in body and "image.tmdb.org" not in body
