from __future__ import annotations

import importlib

import pytest
from django.apps import apps

from movies.models import Movie
from movies.search_text import fold, search_terms, search_text, sort_name
from movies.tests.factories import make_film, make_session, make_tmdb


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Amélie", "amelie"),
        ("WALL·E", "walle"),
        ("Wall-E", "walle"),
        ("Mission: Impossible – Fallout", "mission impossible fallout"),
        ("Ryan O’Neal", "ryan oneal"),
        ("Łódź", "lodz"),
        ("Straße", "strasse"),
        ("Ёлки", "елки"),
        # Other scripts keep their marks: without its voicing mark リング would be リンク.
        ("リング", "リング"),
        ("हिन्दी", "हिन्दी"),
    ],
)
def test_fold_drops_case_accents_and_punctuation_but_not_other_scripts_marks(text, folded):
    assert fold(text) == folded


def test_a_stored_text_keeps_names_apart_so_no_word_spans_two():
    assert search_text(["Stanley Kubrick", None, "", "Ryan O'Neal"]) == "stanleykubrick|ryanoneal"


def test_a_query_is_its_folded_words_once_each_and_at_most_eight():
    assert search_terms("Wall-E  wall-e") == ["walle"]
    assert search_terms("!!!") == []
    assert len(search_terms("a b c d e f g h i j")) == 8


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("The Thing", "thing"),
        ("A Man Escaped", "man escaped"),
        ("An Education", "education"),
        ("A", "a"),
        ("The", "the"),
        ("Them!", "them"),
        ("Élite", "elite"),
        ("(500) Days of Summer", "500 days of summer"),
    ],
)
def test_sort_names_drop_a_leading_english_article_as_letterboxd_does(name, key):
    assert sort_name(name) == key


@pytest.mark.django_db
def test_saving_a_film_keeps_its_search_and_sort_names_in_step_with_its_name():
    film = make_film(make_session(), "The Wall·E")
    assert (film.search_name, film.sort_name) == ("thewalle", "walle")
    film.name = "Amélie"
    film.save(update_fields=["name"])
    film.refresh_from_db()
    assert (film.search_name, film.sort_name) == ("amelie", "amelie")


@pytest.mark.django_db
def test_the_migrations_fill_in_the_texts_of_rows_stored_before_them():
    film = make_film(make_session(), "The Shining", tmdb=make_tmdb(original_title="Shining"))
    Movie.objects.update(search_name="", sort_name="")
    type(film.tmdb_movie).objects.update(search_titles="", search_directors="", search_cast="")

    importlib.import_module("movies.migrations.0008_search_text").fill_names(apps, None)
    importlib.import_module("enrichment.migrations.0007_search_text").fill_search_text(apps, None)

    film.refresh_from_db()
    tmdb = film.tmdb_movie
    tmdb.refresh_from_db()
    assert (film.search_name, film.sort_name) == ("theshining", "shining")
    assert tmdb.search_titles.endswith("|shining")
    assert tmdb.search_directors == "agnesvarda"
    assert tmdb.search_cast == "tildaswinton"
