"""Hand-written builders for TMDB payloads and cache rows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils import timezone

from enrichment.models import TmdbMovie, TmdbSearchResult

BASE_URL = "https://tmdb.test/3"
API_KEY = "0123456789abcdef0123456789abcdef"
# Three dot-separated base64 parts, like TMDB's v4 read-access tokens.
READ_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ0ZXN0In0.c2lnbmF0dXJl"


def search_item(
    tmdb_id: int,
    title: str,
    release_date: str = "",
    original_title: str | None = None,
    popularity: float = 10.0,
    vote_count: int = 100,
) -> dict[str, Any]:
    """One item of a /search/movie `results` list."""
    return {
        "id": tmdb_id,
        "title": title,
        "original_title": original_title or title,
        "original_language": "en",
        "release_date": release_date,
        "popularity": popularity,
        "vote_average": 7.0,
        "vote_count": vote_count,
        "genre_ids": [18],
        "adult": False,
        "overview": "",
        "poster_path": None,
        "backdrop_path": None,
        "video": False,
    }


def tv_item(tmdb_id: int, name: str, first_air_date: str = "") -> dict[str, Any]:
    """One item of a /search/tv `results` list."""
    return {
        "id": tmdb_id,
        "name": name,
        "original_name": name,
        "first_air_date": first_air_date,
        "popularity": 20.0,
        "vote_count": 500,
    }


def search_page(*items: dict[str, Any]) -> dict[str, Any]:
    return {"page": 1, "results": list(items), "total_pages": 1, "total_results": len(items)}


def details(tmdb_id: int, title: str = "Dune", release_date: str = "2021-09-15", **extra) -> dict:
    """A /movie/{id}?append_to_response=credits,alternative_titles payload."""
    payload: dict[str, Any] = {
        "id": tmdb_id,
        "title": title,
        "original_title": title,
        "original_language": "en",
        "release_date": release_date,
        "genres": [{"id": 878, "name": "Science Fiction"}, {"id": 12, "name": "Adventure"}],
        "runtime": 155,
        "budget": 165000000,
        "revenue": 402027830,
        "popularity": 80.5,
        "vote_average": 7.8,
        "vote_count": 12000,
        "production_countries": [{"iso_3166_1": "US", "name": "United States of America"}],
        "spoken_languages": [
            {"english_name": "English", "iso_639_1": "en", "name": "English"},
            {"english_name": "Mandarin", "iso_639_1": "zh", "name": "普通话"},
        ],
        "imdb_id": "tt1160419",
        "poster_path": "/d5NXSklXo0qyIYkgV94XAgMIckC.jpg",
        "alternative_titles": {"titles": [{"iso_3166_1": "FR", "title": "Dune : Première partie"}]},
        "credits": {
            "cast": [
                {
                    "id": 1190668,
                    "name": "Timothée Chalamet",
                    "character": "Paul",
                    "order": 0,
                    "profile_path": "/BE2sdjpgsa2rNTFa66f7upkaOP.jpg",
                },
                {
                    "id": 505710,
                    "name": "Zendaya",
                    "character": "Chani",
                    "order": 6,
                    "profile_path": None,
                },
                {"id": 1373737, "name": "Rebecca Ferguson", "character": "Jessica", "order": 1},
            ],
            "crew": [
                {
                    "id": 137427,
                    "name": "Denis Villeneuve",
                    "job": "Director",
                    "department": "D",
                    "profile_path": "/zdDx9Xs93UIrJFWYApYR28J8M6b.jpg",
                },
                {"id": 137427, "name": "Denis Villeneuve", "job": "Screenplay", "department": "W"},
            ],
        },
    }
    payload.update(extra)
    return payload


def tmdb_error(status_code: int, message: str) -> dict[str, Any]:
    return {"status_code": status_code, "status_message": message, "success": False}


def make_tmdb_movie(tmdb_id: int = 438631, fetched_at: datetime | None = None, **extra):
    movie = TmdbMovie.from_tmdb(details(tmdb_id, **extra), fetched_at=fetched_at)
    movie.save()
    return movie


def make_search_result(
    normalised_title: str = "dune",
    year: int = 2021,
    tmdb_id: int | None = 438631,
    media_type: str = "movie",
    fetched_at: datetime | None = None,
    **extra,
) -> TmdbSearchResult:
    return TmdbSearchResult.objects.create(
        normalised_title=normalised_title,
        year=year,
        tmdb_id=tmdb_id,
        media_type=media_type if tmdb_id else "",
        confidence=0.95 if tmdb_id else 0.3,
        fetched_at=fetched_at or timezone.now(),
        **extra,
    )
