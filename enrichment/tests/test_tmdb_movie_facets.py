"""`TmdbMovie.facets` stays in step with its row: derived on each write, filled by the migration."""

from __future__ import annotations

import json

from django.apps import apps

from enrichment.models import TmdbMovie
from enrichment.tests.factories import details
from movies import facets

VARDA = {"id": 1, "name": "Agnès Varda"}


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
