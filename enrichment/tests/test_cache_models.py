from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from enrichment.models import MAX_AGE, TmdbMovie, TmdbSearchResult
from enrichment.tests.factories import details, make_search_result, make_tmdb_movie
from movies.models import Movie
from sessions_app.models import UploadSession


def test_from_tmdb_normalises_the_details_and_credits_payload():
    movie = TmdbMovie.from_tmdb(details(438631))
    assert movie.tmdb_id == 438631
    assert movie.title == "Dune"
    assert movie.release_date == date(2021, 9, 15)
    assert movie.genres == ["Science Fiction", "Adventure"]
    # One director credited twice (directing and writing) is one director.
    assert movie.directors == [
        {
            "id": 137427,
            "name": "Denis Villeneuve",
            "profile_path": "/zdDx9Xs93UIrJFWYApYR28J8M6b.jpg",
        }
    ]
    # Cast by billing order, whatever order TMDB listed it in.
    assert [p["name"] for p in movie.cast] == ["Timothée Chalamet", "Rebecca Ferguson", "Zendaya"]
    assert movie.cast[0] == {
        "id": 1190668,
        "name": "Timothée Chalamet",
        "character": "Paul",
        "order": 0,
        "profile_path": "/BE2sdjpgsa2rNTFa66f7upkaOP.jpg",
    }
    # TMDB writes null for someone without a headshot.
    assert movie.cast[2]["profile_path"] == ""
    assert movie.poster_path == "/d5NXSklXo0qyIYkgV94XAgMIckC.jpg"
    assert movie.countries == [{"code": "US", "name": "United States of America"}]
    assert movie.languages == [
        {"code": "en", "name": "English"},
        {"code": "zh", "name": "Mandarin"},
    ]
    assert (movie.runtime, movie.budget, movie.revenue) == (155, 165000000, 402027830)
    assert movie.imdb_id == "tt1160419"
    assert movie._state.adding  # unsaved


@pytest.mark.parametrize(
    "path",
    [
        "https://evil.example/x.jpg",
        "//evil.example/x.jpg",
        "/../../x.jpg",
        "/x.jpg?y=1",
        "javascript:alert(1)//.jpg",
        "/a b.jpg",
        42,
    ],
)
def test_from_tmdb_keeps_no_image_path_that_is_not_shaped_like_tmdbs(path):
    crew = [{"id": 1, "name": "A", "job": "Director", "profile_path": path}]
    cast = [{"id": 2, "name": "B", "order": 0, "profile_path": path}]
    movie = TmdbMovie.from_tmdb(details(1, poster_path=path, credits={"cast": cast, "crew": crew}))
    assert movie.poster_path == ""
    assert movie.directors[0]["profile_path"] == movie.cast[0]["profile_path"] == ""


def test_from_tmdb_keeps_only_the_ten_top_billed():
    cast = [{"id": i, "name": f"Actor {i}", "character": "", "order": 14 - i} for i in range(15)]
    movie = TmdbMovie.from_tmdb(details(1, credits={"cast": cast, "crew": []}))
    assert [p["order"] for p in movie.cast] == list(range(10))


def test_from_tmdb_lists_every_director():
    crew = [
        {"id": 1, "name": "Joel Coen", "job": "Director"},
        {"id": 2, "name": "Ethan Coen", "job": "Director"},
        {"id": 3, "name": "Roger Deakins", "job": "Director of Photography"},
    ]
    movie = TmdbMovie.from_tmdb(details(1, credits={"cast": [], "crew": crew}))
    assert movie.director_names == ["Joel Coen", "Ethan Coen"]


@pytest.mark.parametrize("unknown", [0, None])
def test_from_tmdb_reads_zero_budget_revenue_and_runtime_as_unknown(unknown):
    movie = TmdbMovie.from_tmdb(details(1, budget=unknown, revenue=unknown, runtime=unknown))
    assert (movie.budget, movie.revenue, movie.runtime) == (None, None, None)


def test_from_tmdb_survives_a_sparse_payload():
    movie = TmdbMovie.from_tmdb({"id": 5, "title": "Four Rooms", "release_date": ""})
    assert movie.release_date is None
    assert movie.genres == movie.directors == movie.cast == []
    assert movie.popularity == 0.0


@pytest.mark.django_db
def test_upsert_inserts_then_overwrites_by_tmdb_id():
    TmdbMovie.upsert([TmdbMovie.from_tmdb(details(1, title="Old"))])
    TmdbMovie.upsert(
        [
            TmdbMovie.from_tmdb(details(1, title="New", runtime=99)),
            TmdbMovie.from_tmdb(details(2, title="Other")),
        ]
    )
    assert dict(TmdbMovie.objects.values_list("tmdb_id", "title")) == {1: "New", 2: "Other"}
    assert TmdbMovie.objects.get(pk=1).runtime == 99


@pytest.mark.django_db
def test_upsert_takes_one_row_per_id_from_a_batch():
    TmdbMovie.upsert([TmdbMovie.from_tmdb(details(1)), TmdbMovie.from_tmdb(details(1))])
    assert TmdbMovie.objects.count() == 1


@pytest.mark.django_db
def test_fresh_leaves_out_rows_older_than_six_months():
    now = timezone.now()
    make_tmdb_movie(1, fetched_at=now - MAX_AGE + timedelta(hours=1))
    make_tmdb_movie(2, fetched_at=now - MAX_AGE - timedelta(hours=1))
    assert list(TmdbMovie.objects.fresh(now).values_list("pk", flat=True)) == [1]
    assert list(TmdbMovie.objects.stale(now).values_list("pk", flat=True)) == [2]


@pytest.mark.django_db
def test_a_search_without_year_is_unique_too():
    make_search_result("solaris", year=0)
    with pytest.raises(IntegrityError):
        make_search_result("solaris", year=0)


@pytest.mark.django_db
def test_a_stored_search_result_reads_back_as_a_film_a_series_or_no_match():
    film = make_search_result("dune", 2021, tmdb_id=438631, media_type="movie").to_match()
    series = make_search_result("chernobyl", 2019, tmdb_id=87108, media_type="tv").to_match()
    nothing = make_search_result("no such film", 2020, tmdb_id=None)
    assert (film.is_movie, film.is_tv) == (True, False)
    assert (series.is_movie, series.is_tv) == (False, True)
    assert (nothing.to_match().is_movie, nothing.to_match().is_tv) == (False, False)
    assert str(nothing) == "no such film (2020) → no match"
    assert TmdbSearchResult.objects.fresh().count() == 3


@pytest.mark.django_db
def test_movie_to_dict_reads_the_linked_tmdb_movie():
    session = UploadSession.objects.create()
    tmdb = make_tmdb_movie(438631)
    movie = Movie.objects.create(
        session=session,
        name="Dune",
        year=2021,
        letterboxd_uri="https://boxd.it/dune",
        tmdb_movie=tmdb,
        match_confidence=0.97,
        enrichment_status=Movie.EnrichmentStatus.ENRICHED,
    )
    data = Movie.objects.with_tmdb().get(pk=movie.pk).to_dict()
    assert data["tmdb_id"] == 438631
    assert data["tmdb_enriched"] is True
    assert data["genres"] == ["Science Fiction", "Adventure"]
    assert data["directors"] == ["Denis Villeneuve"]
    assert data["cast"] == ["Timothée Chalamet", "Rebecca Ferguson", "Zendaya"]
    assert (data["runtime"], data["budget"], data["revenue"]) == (155, 165000000, 402027830)
    assert (data["popularity"], data["vote_average"]) == (80.5, 7.8)
    assert data["countries"] == ["United States of America"]
    assert data["languages"] == ["English", "Mandarin"]


@pytest.mark.django_db
def test_movie_to_dict_has_null_tmdb_fields_until_enriched(django_assert_num_queries):
    session = UploadSession.objects.create()
    Movie.objects.create(session=session, name="Dune", year=2021, letterboxd_uri="u")
    movie = Movie.objects.with_tmdb().get()
    with django_assert_num_queries(0):
        data = movie.to_dict()
    for key in ("tmdb_id", "genres", "directors", "cast", "runtime", "budget", "revenue"):
        assert data[key] is None
    for key in ("popularity", "vote_average", "countries", "languages"):
        assert data[key] is None
    assert data["tmdb_enriched"] is False


@pytest.mark.django_db
def test_dropping_a_cached_film_unlinks_the_films_that_pointed_at_it():
    session = UploadSession.objects.create()
    tmdb = make_tmdb_movie(1)
    movie = Movie.objects.create(session=session, name="X", letterboxd_uri="u", tmdb_movie=tmdb)
    tmdb.delete()
    movie.refresh_from_db()
    assert movie.tmdb_movie is None
