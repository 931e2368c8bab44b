from __future__ import annotations

import re
from datetime import date

import pytest
from django.core.cache import cache

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
    session = make_session()
    make_film(
        session,
        "Cléo from 5 to 7",
        year=1962,
        rating=4.5,
        watched=[date(2023, 1, 1)],
        tmdb=make_tmdb(genres=["Drama"], directors=[VARDA], runtime=90),
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
    cells = re.findall(r'<td class="film-name">(?:<a [^>]*>)?([^<]+)', response.content.decode())
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
        {"director": "²"},
        {"director": "1" * 30},
        {"director": "-3"},
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
