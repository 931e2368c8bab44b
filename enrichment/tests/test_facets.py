"""The facets the statistics count: pure functions, then how the model keeps them in sync."""

from __future__ import annotations

import json

import pytest
from django.apps import apps

from enrichment import facets
from enrichment.models import TmdbMovie
from enrichment.tests.factories import details

VARDA = {"id": 1, "name": "Agnès Varda"}


def facets_of(**fields):
    defaults = {
        "genres": ["Drama"],
        "directors": [VARDA],
        "cast": [],
        "countries": [],
        "languages": [],
        "original_language": "fr",
    }
    return facets.facets(**{**defaults, **fields})


def test_facets_are_plain_keys_per_dimension():
    derived = facets_of(
        genres=["Drama", "Comedy"],
        cast=[{"id": 10, "name": "Corinne Marchand", "character": "Cléo"}, {"id": 11}],
        countries=[{"code": "FR", "name": "France"}],
        languages=[{"code": "fr", "name": "French"}],
    )
    assert derived == {
        "genres": ["Drama", "Comedy"],
        "directors": [1],
        "actors": [10, 11],
        "countries": ["France"],
        "languages": ["French"],
    }


def test_people_without_an_id_are_skipped_and_the_same_person_counts_once():
    derived = facets_of(directors=[VARDA, {"name": "No id"}, {"id": "1"}, VARDA, None])
    assert derived["directors"] == [1]


@pytest.mark.parametrize(
    ("code", "spoken", "expected"),
    [
        ("fr", [{"code": "fr", "name": "Français"}], ["Français"]),
        ("ko", [], ["Korean"]),
        ("qq", [], ["QQ"]),
        ("", [{"code": "fr", "name": "French"}], []),
    ],
)
def test_the_language_is_the_original_one_named_by_the_film_or_a_fallback(code, spoken, expected):
    assert facets_of(original_language=code, languages=spoken)["languages"] == expected


def test_stored_facets_decode_into_one_column_per_dimension():
    stored = [
        facets.encode(facets_of(genres=["Drama"], cast=[{"id": 10}])),
        facets.EMPTY_JSON,
        facets.encode(facets_of(genres=["Horror", "Comedy"])),
    ]
    columns = facets.columns(stored)
    assert list(columns) == list(facets.DIMENSIONS)
    assert columns["genres"] == [["Drama"], [], ["Horror", "Comedy"]]
    assert columns["actors"] == [[10], [], []]
    assert facets.columns([]) == {dimension: [] for dimension in facets.DIMENSIONS}


def test_facets_keep_names_as_they_are():
    stored = facets.encode(
        facets_of(genres=["Science Fiction"], countries=[{"name": "Côte d'Ivoire"}])
    )
    assert "Côte d'Ivoire" in stored  # not \\u-escaped: smaller, and readable in the admin
    assert facets.columns([stored])["countries"] == [["Côte d'Ivoire"]]


def test_from_tmdb_derives_the_facets():
    movie = TmdbMovie.from_tmdb(details(438631))
    assert facets.columns([movie.facets])["directors"] == [[137427]]
    assert facets.columns([movie.facets])["actors"] == [[1190668, 1373737, 505710]]


def test_saving_a_row_keeps_its_facets_in_step_with_its_fields(db):
    movie = TmdbMovie.objects.create(tmdb_id=1, title="Cléo de 5 à 7", genres=["Drama"])
    assert facets.columns([movie.facets])["genres"] == [["Drama"]]

    movie.genres = ["Comedy"]
    movie.cast = [{"id": 10, "name": "Corinne Marchand"}]
    movie.save(update_fields=["genres", "cast"])  # facets is saved too, though not named

    stored = TmdbMovie.objects.values_list("facets", flat=True).get(pk=1)
    assert facets.columns([stored])["genres"] == [["Comedy"]]
    assert facets.columns([stored])["actors"] == [[10]]


def test_the_migration_fills_the_facets_of_rows_cached_before_them(db):
    from importlib import import_module

    migration = import_module("enrichment.migrations.0004_tmdbmovie_facets")
    TmdbMovie.objects.create(
        tmdb_id=1, title="Jaws", genres=["Thriller"], directors=[VARDA], original_language="en"
    )
    TmdbMovie.objects.update(facets=facets.EMPTY_JSON)  # as the column's default left them

    migration.fill_facets(apps, None)

    stored = json.loads(TmdbMovie.objects.values_list("facets", flat=True).get(pk=1))
    assert stored == [["Thriller"], [1], [], [], ["English"]]


def test_an_upsert_stores_facets_that_follow_the_fields(db):
    movie = TmdbMovie(tmdb_id=2, title="Jeanne Dielman", genres=["Drama"], directors=[VARDA])
    TmdbMovie.upsert([movie])  # bulk_create, which never calls save()
    stored = TmdbMovie.objects.values_list("facets", flat=True).get(pk=2)
    assert facets.columns([stored])["directors"] == [[1]]
