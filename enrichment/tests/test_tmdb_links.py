from __future__ import annotations

import pytest

from enrichment.tmdb_links import NotATmdbMovie, parse_tmdb_movie_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27205", 27205),
        ("  27205 ", 27205),
        ("https://www.themoviedb.org/movie/27205", 27205),
        ("https://www.themoviedb.org/movie/27205-inception", 27205),
        ("https://www.themoviedb.org/movie/27205-inception/cast?language=fr", 27205),
        ("https://www.themoviedb.org/fr/movie/27205-inception", 27205),
        ("http://themoviedb.org/movie/496243-parasite", 496243),
        ("www.themoviedb.org/movie/129", 129),
    ],
)
def test_movie_urls_and_ids_give_the_tmdb_id(text, expected):
    assert parse_tmdb_movie_reference(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Paste"),
        ("https://www.themoviedb.org/tv/87108-chernobyl", "TV series"),
        ("https://letterboxd.com/film/parasite-2019/", "not a TMDB link"),
        ("https://www.themoviedb.org.evil.example/movie/1", "not a TMDB link"),
        ("https://www.themoviedb.org/person/138-quentin-tarantino", "not a movie page"),
        ("javascript:alert(1)", "not a TMDB link"),
        ("0", "not a TMDB movie id"),
        ("99999999999999", "not a TMDB movie id"),
        ("inception", "not a TMDB link"),
    ],
)
def test_anything_else_is_refused_with_a_reason(text, message):
    with pytest.raises(NotATmdbMovie, match=message):
        parse_tmdb_movie_reference(text)
