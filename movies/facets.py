"""What the statistics count of a TMDB film, as plain keys: its facets.

`TmdbMovie` keeps TMDB's data as TMDB shapes it: people and places as objects with ids, names,
characters and codes. A heavy member's dashboard counts the genres, directors, cast, countries and
language of 10,000 films at once, and decoding ~150,000 such objects was most of its cost. So
each row also keeps its facets, derived here once when the row is written: one list of keys per
dimension of `movies.stats` — genre, country and language names, TMDB ids for people (whose
names are read only for the few a chart shows).

Pure Python: no Django, so the statistics' tests build facets without a database.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

DIMENSIONS = ("genres", "directors", "actors", "countries", "languages")
# The dimensions keyed by TMDB person id rather than by name.
PEOPLE = ("directors", "actors")


def empty() -> dict[str, list]:
    """The facets of a film TMDB says nothing about."""
    return {dimension: [] for dimension in DIMENSIONS}


def encode(value: Mapping[str, list]) -> str:
    """Facets as the JSON text `TmdbMovie.facets` stores: one list per dimension, in the order of
    DIMENSIONS (lists decode faster than objects, and transpose in C: see `columns`)."""
    return json.dumps([value[d] for d in DIMENSIONS], ensure_ascii=False, separators=(",", ":"))


def columns(texts: Iterable[str]) -> dict[str, list[list]]:
    """Many films' stored facets as one column per dimension: {dimension: [film 0's keys, …]}."""
    # One document, one call into the C decoder: 10,000 calls to json.loads would cost more in
    # call overhead than in decoding.
    decoded = json.loads("[" + ",".join(texts) + "]")
    if not decoded:
        return {dimension: [] for dimension in DIMENSIONS}
    return dict(zip(DIMENSIONS, map(list, zip(*decoded, strict=True)), strict=True))


EMPTY_JSON = encode(empty())


# Names for TMDB's `original_language` codes that a film's own spoken languages may not name.
LANGUAGE_NAMES = {
    "ar": "Arabic",
    "bn": "Bengali",
    "cn": "Cantonese",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "hu": "Hungarian",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "ml": "Malayalam",
    "nl": "Dutch",
    "no": "Norwegian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sv": "Swedish",
    "ta": "Tamil",
    "te": "Telugu",
    "th": "Thai",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "xx": "No language",
    "zh": "Mandarin",
}


def language_name(code: str, languages: Sequence[dict[str, str]]) -> str | None:
    """The name of a film's original language, from its spoken languages when they name it."""
    if not code:
        return None
    for language in languages:
        if language.get("code") == code and language.get("name"):
            return language["name"]
    return LANGUAGE_NAMES.get(code, code.upper())


def person_ids(people: Iterable[Any]) -> list[int]:
    """The TMDB ids of a `directors` or `cast` list, in its order, each once (entries without an
    id skipped)."""
    ids = (p.get("id") for p in people if isinstance(p, dict))
    return list(dict.fromkeys(i for i in ids if isinstance(i, int)))


def facets(
    *,
    genres: Iterable[str],
    directors: Iterable[Any],
    cast: Iterable[Any],
    countries: Iterable[Any],
    languages: Sequence[dict[str, str]],
    original_language: str,
) -> dict[str, list]:
    """The keys a film counts under in each dimension, from `TmdbMovie`-shaped fields."""
    language = language_name(original_language, languages)
    return {
        "genres": [g for g in genres if g],
        "directors": person_ids(directors),
        "actors": person_ids(cast),
        "countries": [c["name"] for c in countries if isinstance(c, dict) and c.get("name")],
        "languages": [language] if language else [],
    }
