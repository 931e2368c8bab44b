"""TMDB's /search/movie and /search/tv imitated over the fake catalogue. Pure functions.

Deliberately looser than `enrichment.titles`, as TMDB is: a query matches any title, original
title or alternative title that contains all its words, so "dune" finds "Dune: Part Two" and
"Jodorowsky's Dune" too, and the first result is often not the film meant.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from fake_tmdb.catalogue import Catalogue, Film, Show, load
from fake_tmdb.payloads import movie_result, tv_result

PAGE_SIZE = 20

# Words TMDB's search ignores, roughly: "The Thing" finds "Thing", "Thing" finds "The Thing".
_STOPWORDS = frozenset({"the", "a", "an", "and", "of", "&"})
_WORD = re.compile(r"\w+")
_ELISION = re.compile(r"\b([a-z])'(?=\w)")


def search_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.replace("\u2019", "'")
    # "d'une" is two words ("d", "une"), "Ocean's" one ("oceans").
    folded = _ELISION.sub(r"\1 ", folded).replace("'", "")
    return [w for w in _WORD.findall(folded) if w not in _STOPWORDS]


class SearchIndex:
    """Word -> entries index, so a search over 10,000 synthetic films stays cheap."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        # Per entry, the word set of each of its names (title, original, alternatives).
        self._name_words: dict[tuple[str, int], tuple[frozenset[str], ...]] = {}
        self._movies = self._build(catalogue.films)
        self._shows = self._build(catalogue.shows)

    def _build(self, entries: Iterable[Film | Show]) -> dict[str, list[Film | Show]]:
        index: dict[str, list[Film | Show]] = {}
        for entry in entries:
            names = tuple(frozenset(search_words(n)) for n in entry.search_names)
            self._name_words[(entry.media_type, entry.tmdb_id)] = names
            for word in frozenset().union(*names):
                index.setdefault(word, []).append(entry)
        return index

    def _lookup(self, index: dict[str, list[Film | Show]], query: str) -> list[Any]:
        words = search_words(query)
        if not words:
            return []
        postings = sorted((index.get(w, []) for w in set(words)), key=len)
        if not postings[0]:
            return []
        # Every word must be in one and the same name: "Dune" + "Part" from two different
        # titles of one entry would be looser than TMDB.
        wanted = frozenset(words)
        return [
            e
            for e in postings[0]
            if any(wanted <= names for names in self._name_words[(e.media_type, e.tmdb_id)])
        ]

    def movies(self, query: str) -> list[Film]:
        return self._lookup(self._movies, query)

    def shows(self, query: str) -> list[Show]:
        return self._lookup(self._shows, query)


def _year(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _page(entries: list[Any], render: Callable[[Any], dict[str, Any]], page: Any) -> dict[str, Any]:
    page_no = max(_year(page) or 1, 1)
    total = len(entries)
    start = (page_no - 1) * PAGE_SIZE
    ranked = sorted(entries, key=lambda e: (-e.popularity, e.tmdb_id))
    return {
        "page": page_no,
        "results": [render(e) for e in ranked[start : start + PAGE_SIZE]],
        "total_pages": max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1),
        "total_results": total,
    }


def search_movie(index: SearchIndex, params: dict[str, Any]) -> dict[str, Any]:
    """The JSON body of GET /search/movie for these query parameters."""
    films = index.movies(str(params.get("query") or ""))
    year = _year(params.get("year"))
    primary = _year(params.get("primary_release_year"))
    if year is not None:
        films = [f for f in films if year in f.release_years]
    if primary is not None:
        films = [f for f in films if f.year == primary]
    # TMDB ranks by relevance and popularity; by popularity alone is close enough, and puts
    # the decoys ("Dune: Part Two" for "Dune") first as TMDB often does.
    return _page(films, movie_result, params.get("page"))


def search_tv(index: SearchIndex, params: dict[str, Any]) -> dict[str, Any]:
    """The JSON body of GET /search/tv for these query parameters."""
    shows = index.shows(str(params.get("query") or ""))
    first_air = _year(params.get("first_air_date_year"))
    year = _year(params.get("year"))
    if first_air is not None:
        shows = [s for s in shows if s.year == first_air]
    if year is not None:
        shows = [s for s in shows if year in s.air_years]
    return _page(shows, tv_result, params.get("page"))


def catalogue_fault(catalogue: Catalogue, endpoint: str, params: dict[str, Any]) -> int | None:
    """The HTTP status the catalogue says this search fails with (`FAILING_SEARCHES`), if any.

    `endpoint` is "search/movie" or "search/tv"; a search is known by its query and `year`.
    """
    key = (endpoint, str(params.get("query") or ""), _year(params.get("year")))
    return catalogue.failing_searches.get(key)


class SearchFault(Exception):
    """What `searchers(faults=True)` raise for a failing search: TMDB's status, after retries."""

    def __init__(self, status: int, endpoint: str) -> None:
        super().__init__(f"TMDB answered {status} for {endpoint}")
        self.status = status
        self.endpoint = endpoint


SearchFn = Callable[[str, dict[str, Any]], list[dict[str, Any]]]


def searchers(index: SearchIndex | None = None, faults: bool = False) -> tuple[SearchFn, SearchFn]:
    """(search_movie, search_tv) in the shape `enrichment.search_strategy.find_match` takes.

    With `faults`, the searches the catalogue marks as failing raise `SearchFault`.
    """
    idx = index or SearchIndex(load())

    def check(endpoint: str, params: dict[str, Any]) -> None:
        status = catalogue_fault(idx.catalogue, endpoint, params) if faults else None
        if status is not None:
            raise SearchFault(status, endpoint)

    def movie(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        check("search/movie", {**params, "query": query})
        return search_movie(idx, {**params, "query": query})["results"]

    def tv(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        check("search/tv", {**params, "query": query})
        return search_tv(idx, {**params, "query": query})["results"]

    return movie, tv
