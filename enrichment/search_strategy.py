"""Which TMDB searches to make, in which order, to match one exported film. I/O is injected.

Every request counts against a shared 40 req/s budget, and a matched film costs one more request
for its details, so the plan is ordered for the common case: one year-filtered search settles
almost every film. The rarer cases (a TV miniseries, a year TMDB doesn't list, a renamed film)
pay for the extra searches themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from enrichment.matching import Candidate, Match, choose_match, has_same_title_near_year

# (query, extra params) -> the `results` list of one TMDB search response.
Search = Callable[[str, dict[str, Any]], list[dict[str, Any]]]


def simplified_query(title: str) -> str | None:
    """The title without a subtitle, to try when TMDB finds nothing for the whole of it."""
    if ":" not in title:
        return None
    head = title.split(":", 1)[0].strip()
    return head or None


class _Searcher:
    """Runs searches, counts them and pools every candidate seen for the final Match."""

    def __init__(self, title: str, year: int | None) -> None:
        self.title = title
        self.year = year
        self.requests = 0
        self.results_seen = 0
        self.pool: dict[tuple[str, int], Candidate] = {}

    def run(self, search: Search, media_type: str, query: str, params: dict[str, Any]) -> Match:
        self.requests += 1
        results = search(query, params)
        self.results_seen += len(results)
        for item in results:
            candidate = Candidate.from_search_result(item, media_type)
            self.pool.setdefault((media_type, candidate.tmdb_id), candidate)
        return self.match()

    def match(self) -> Match:
        return choose_match(self.title, self.year, list(self.pool.values()))

    def done(self, match: Match) -> Match:
        return replace(match, requests=self.requests)

    def settled(self, match: Match) -> bool:
        # Stop when matched, or when same-titled films of the right year already tie with each
        # other: more searches can only add candidates, not tell those apart.
        return match.confident or has_same_title_near_year(
            self.title, self.year, list(self.pool.values())
        )


def find_match(
    title: str,
    year: int | None,
    search_movie: Search,
    search_tv: Search,
) -> Match:
    """Match one exported film to TMDB; the match counts the searches it took (`requests`).

    1. /search/movie with `year` (TMDB matches it against every release date, so a festival
       premiere the year before the primary release is still found), or without when unknown.
    2. /search/tv: Letterboxd lists some miniseries among films; a series is recorded as
       media_type "tv", never forced onto a film. Tried before 3 because, with a year-filtered
       search finding nothing, a miniseries is likelier than a year TMDB doesn't know.
    3. /search/movie without `year`, for a year TMDB doesn't list among the film's releases.
    4. Only if nothing at all was found: the title without its subtitle.
    """
    searcher = _Searcher(title, year)
    year_params: dict[str, Any] = {} if year is None else {"year": year}

    match = searcher.run(search_movie, "movie", title, year_params)
    if searcher.settled(match):
        return searcher.done(match)

    match = searcher.run(search_tv, "tv", title, {})
    if searcher.settled(match):
        return searcher.done(match)

    if year is not None:
        match = searcher.run(search_movie, "movie", title, {})
        if searcher.settled(match):
            return searcher.done(match)

    shorter = simplified_query(title)
    if searcher.results_seen == 0 and shorter:
        match = searcher.run(search_movie, "movie", shorter, year_params)
    return searcher.done(match)
