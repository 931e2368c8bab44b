"""Catalogue entries rendered as TMDB renders them: search results and details bodies."""

from __future__ import annotations

import hashlib
from typing import Any

from fake_tmdb.catalogue import COUNTRIES, LANGUAGES, MOVIE_GENRES, TV_GENRES, Film, Person, Show

_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _image_path(kind: str, tmdb_id: int) -> str:
    """A stable path shaped like TMDB's ("/" + 27 characters + ".jpg")."""
    digest = int.from_bytes(hashlib.sha256(f"{kind}:{tmdb_id}".encode()).digest(), "big")
    chars = []
    for _ in range(27):
        digest, rest = divmod(digest, 62)
        chars.append(_BASE62[rest])
    return "/" + "".join(chars) + ".jpg"


def _credit_id(*parts: object) -> str:
    return hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:24]  # noqa: S324


def _genres(names: tuple[str, ...], table: dict[str, int]) -> list[dict[str, Any]]:
    return [{"id": table[name], "name": name} for name in names if name in table]


def _countries(codes: tuple[str, ...]) -> list[dict[str, str]]:
    return [{"iso_3166_1": code, "name": COUNTRIES.get(code, code)} for code in codes]


def _languages(codes: tuple[str, ...]) -> list[dict[str, str]]:
    out = []
    for code in codes:
        english, native = LANGUAGES.get(code, (code, ""))
        out.append({"english_name": english, "iso_639_1": code, "name": native})
    return out


def _overview(film: Film) -> str:
    directors = " and ".join(p.name for p in film.directors) or "an unknown director"
    return f"A {film.year} film by {directors}."


def movie_result(film: Film) -> dict[str, Any]:
    """One item of a /search/movie `results` list."""
    return {
        "adult": False,
        "backdrop_path": _image_path("backdrop", film.tmdb_id),
        "genre_ids": [MOVIE_GENRES[g] for g in film.genres if g in MOVIE_GENRES],
        "id": film.tmdb_id,
        "original_language": film.original_language,
        "original_title": film.original_title,
        "overview": _overview(film),
        "popularity": film.popularity,
        "poster_path": _image_path("poster", film.tmdb_id),
        "release_date": film.release_date,
        "title": film.title,
        "video": False,
        "vote_average": film.vote_average,
        "vote_count": film.vote_count,
    }


def tv_result(show: Show) -> dict[str, Any]:
    """One item of a /search/tv `results` list."""
    return {
        "adult": False,
        "backdrop_path": _image_path("tv-backdrop", show.tmdb_id),
        "genre_ids": [TV_GENRES[g] for g in show.genres if g in TV_GENRES],
        "id": show.tmdb_id,
        "origin_country": list(show.countries[:1]),
        "original_language": show.original_language,
        "original_name": show.original_name,
        "overview": f"A {show.year} series with {show.episodes} episodes.",
        "popularity": show.popularity,
        "poster_path": _image_path("tv-poster", show.tmdb_id),
        "first_air_date": show.first_air_date,
        "name": show.name,
        "vote_average": show.vote_average,
        "vote_count": show.vote_count,
    }


def _person(person: Person, department: str) -> dict[str, Any]:
    return {
        "adult": False,
        "gender": 0,
        "id": person.id,
        "known_for_department": department,
        "name": person.name,
        "original_name": person.name,
        "popularity": 1.0,
        # As on TMDB, not everyone has a headshot.
        "profile_path": None if person.id % 5 == 0 else _image_path("profile", person.id),
    }


def _credits(entry: Film | Show, directors: tuple[Person, ...]) -> dict[str, Any]:
    cast = [
        {
            **_person(member.person, "Acting"),
            "cast_id": order + 1,
            "character": member.character,
            "credit_id": _credit_id(entry.media_type, entry.tmdb_id, "cast", order),
            "order": order,
        }
        for order, member in enumerate(entry.cast)
    ]
    crew = [
        {
            **_person(person, "Directing"),
            "credit_id": _credit_id(entry.media_type, entry.tmdb_id, "crew", n),
            "department": "Directing",
            "job": "Director",
        }
        for n, person in enumerate(directors)
    ]
    return {"cast": cast, "crew": crew}


def _release_dates(film: Film) -> dict[str, Any]:
    country = film.countries[0] if film.countries else "US"
    dates = [{"date": film.release_date, "type": 3}]
    # Other years stand for festival premieres and re-releases; the day is not recorded.
    dates += [{"date": f"{y}-01-01", "type": 1} for y in sorted(film.other_release_years)]
    return {
        "results": [
            {
                "iso_3166_1": country,
                "release_dates": [
                    {
                        "certification": "",
                        "descriptors": [],
                        "iso_639_1": "",
                        "note": "",
                        "release_date": f"{d['date']}T00:00:00.000Z",
                        "type": d["type"],
                    }
                    for d in dates
                ],
            }
        ]
    }


def alternative_titles(film: Film) -> dict[str, Any]:
    """The body of GET /movie/{id}/alternative_titles (appended to details, it has no `id`)."""
    return {
        "id": film.tmdb_id,
        "titles": [{"iso_3166_1": "US", "title": t, "type": ""} for t in film.alternative_titles],
    }


def movie_details(film: Film, append: set[str]) -> dict[str, Any]:
    """The body of GET /movie/{id}, with `append_to_response` parts from `append`."""
    body: dict[str, Any] = {
        "adult": False,
        "backdrop_path": _image_path("backdrop", film.tmdb_id),
        "belongs_to_collection": None,
        "budget": film.budget,
        "genres": _genres(film.genres, MOVIE_GENRES),
        "homepage": "",
        "id": film.tmdb_id,
        "imdb_id": film.imdb_id,
        "origin_country": list(film.countries[:1]),
        "original_language": film.original_language,
        "original_title": film.original_title,
        "overview": _overview(film),
        "popularity": film.popularity,
        "poster_path": _image_path("poster", film.tmdb_id),
        "production_companies": [],
        "production_countries": _countries(film.countries),
        "release_date": film.release_date,
        "revenue": film.revenue,
        # TMDB has null or 0 for unknown runtimes; the fake uses 0.
        "runtime": film.runtime,
        "spoken_languages": _languages(film.languages),
        "status": "Released",
        "tagline": "",
        "title": film.title,
        "video": False,
        "vote_average": film.vote_average,
        "vote_count": film.vote_count,
    }
    if "credits" in append:
        body["credits"] = _credits(film, film.directors)
    if "release_dates" in append:
        body["release_dates"] = _release_dates(film)
    if "alternative_titles" in append:
        body["alternative_titles"] = {"titles": alternative_titles(film)["titles"]}
    if "external_ids" in append:
        body["external_ids"] = {"id": film.tmdb_id, "imdb_id": film.imdb_id}
    return body


def tv_details(show: Show, append: set[str]) -> dict[str, Any]:
    """The body of GET /tv/{id}, with `append_to_response` parts from `append`."""
    body: dict[str, Any] = {
        "adult": False,
        "backdrop_path": _image_path("tv-backdrop", show.tmdb_id),
        "created_by": [
            {
                "id": p.id,
                "credit_id": _credit_id("tv", show.tmdb_id, "creator", p.id),
                "name": p.name,
                "original_name": p.name,
                "gender": 0,
                "profile_path": None,
            }
            for p in show.creators
        ],
        "episode_run_time": [show.episode_runtime] if show.episode_runtime else [],
        "first_air_date": show.first_air_date,
        "genres": _genres(show.genres, TV_GENRES),
        "homepage": "",
        "id": show.tmdb_id,
        "in_production": False,
        "languages": list(show.languages),
        "last_air_date": show.last_air_date,
        "name": show.name,
        "networks": [],
        "number_of_episodes": show.episodes,
        "number_of_seasons": show.seasons,
        "origin_country": list(show.countries[:1]),
        "original_language": show.original_language,
        "original_name": show.original_name,
        "overview": f"A {show.year} series with {show.episodes} episodes.",
        "popularity": show.popularity,
        "poster_path": _image_path("tv-poster", show.tmdb_id),
        "production_companies": [],
        "production_countries": _countries(show.countries),
        "spoken_languages": _languages(show.languages),
        "status": "Ended",
        "tagline": "",
        "type": "Miniseries" if show.seasons == 1 else "Scripted",
        "vote_average": show.vote_average,
        "vote_count": show.vote_count,
    }
    if "credits" in append:
        # TV credits list the cast; the people who made it are in `created_by`.
        body["credits"] = {**_credits(show, ()), "crew": []}
    if "external_ids" in append:
        body["external_ids"] = {"id": show.tmdb_id, "imdb_id": None}
    return body
