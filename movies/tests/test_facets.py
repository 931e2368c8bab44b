"""The facets the statistics count: pure functions, no database."""

from __future__ import annotations

import pytest

from movies import facets

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
