"""Which TMDB requests to make, in which order, to match one exported film. I/O is injected.

Every request counts against a shared 40 req/s budget, and a matched film costs one request for
its details anyway, so the plan is ordered for the common case: one year-filtered search and the
details settle almost every film (2 requests). The rarer cases pay for themselves:

- a title found only under one of TMDB's alternative titles costs nothing more: the details
  request that brings the alternative titles is the one the match needs anyway;
- a year one off every TMDB release date costs one more search (without the year);
- two films sharing title and year cost one more details request, for the runtimes that tell
  a feature from a short;
- a series (Letterboxd lists some miniseries among films) or a film TMDB lacks costs three
  searches and no details.

A search that errors (TMDB's 404, or a 5xx after the client's retries) is logged and skipped:
the next step may still find the film. A match left unsure after a skipped step is reported as
failed, so that it is asked again rather than cached as "not on TMDB".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from enrichment.matching import Candidate, Match, choose_match, has_plausible, worth_details

logger = logging.getLogger(__name__)

# (query, extra params) -> the `results` list of one TMDB search response.
Search = Callable[[str, dict[str, Any]], list[dict[str, Any]]]
# TMDB id -> a /movie/{id} body with `runtime`, `genres` and `alternative_titles`.
Details = Callable[[int], dict[str, Any]]

# Details requests a film may spend on candidates it does not end up matching (alternative
# titles to check, tied films to tell apart), beyond the one its match needs.
MAX_EXTRA_DETAILS = 2


class SearchFailed(Exception):
    """A request of the plan that TMDB could not answer; the step is skipped.

    The caller's search and details functions raise it for TMDB's errors, and let what must
    stop everything (an invalid key) through as it is. `transient`: the error may pass (a 5xx
    or a timeout after the client's retries), unlike a 404.
    """

    def __init__(self, message: str, *, transient: bool = True) -> None:
        super().__init__(message)
        self.transient = transient


def simplified_query(title: str) -> str | None:
    """The title without a subtitle, to try when TMDB finds nothing for the whole of it."""
    if ":" not in title:
        return None
    head = title.split(":", 1)[0].strip()
    return head or None


class _Plan:
    """Runs one film's requests, counts them, and pools every candidate seen."""

    def __init__(
        self,
        title: str,
        year: int | None,
        search_movie: Search,
        search_tv: Search,
        details: Details | None,
    ) -> None:
        self.title = title
        self.year = year
        self.search_movie = search_movie
        self.search_tv = search_tv
        self.details = details
        self.requests = 0
        self.results_seen = 0
        self.searched_without_year = year is None
        self.extra_details = 0
        self.failed_steps: list[str] = []
        self.transient = False  # a failed step may succeed if asked again later
        self.pool: dict[tuple[str, int], Candidate] = {}

    def _add(self, candidate: Candidate) -> None:
        known = self.pool.get(candidate.key)
        self.pool[candidate.key] = known.merged(candidate) if known else candidate

    def search(self, media_type: str, query: str, params: dict[str, Any]) -> None:
        search = self.search_movie if media_type == "movie" else self.search_tv
        self.requests += 1
        step = f"/search/{media_type}" + (f" ({params['year']})" if "year" in params else "")
        try:
            results = search(query, params)
        except SearchFailed as exc:
            logger.warning("TMDB %s for %r failed, skipped: %s", step, query, exc)
            self.failed_steps.append(step)
            self.transient |= exc.transient
            return
        if media_type == "movie" and "year" not in params:
            self.searched_without_year = True
        self.results_seen += len(results)
        searched_year = params.get("year") if media_type == "movie" else None
        for item in results:
            self._add(Candidate.from_search_result(item, media_type, searched_year))

    def learn(self, candidate: Candidate) -> bool:
        """Fetch one candidate's details into the pool; False when TMDB could not say."""
        if self.details is None or candidate.details_known:
            return False
        self.requests += 1
        try:
            body = self.details(candidate.tmdb_id)
        except SearchFailed as exc:
            logger.warning("TMDB details of movie %s failed, skipped: %s", candidate.tmdb_id, exc)
            return False
        self._add(candidate.with_details(body))
        return True

    def decide(self) -> Match:
        """The best match on what is known, after fetching the details that could change it
        (within the budget)."""
        while self.details is not None and self.extra_details < MAX_EXTRA_DETAILS:
            wanted = worth_details(self.title, self.year, list(self.pool.values()))
            if not wanted:
                break
            self.extra_details += 1
            self.learn(wanted[0])
        return choose_match(self.title, self.year, list(self.pool.values()))

    def settled(self, match: Match) -> bool:
        # A lone plausible film is the match; tied ones cannot be told apart by more searches.
        return match.confident or has_plausible(self.title, self.year, list(self.pool.values()))

    def finish(self, match: Match) -> Match:
        """Fetch the matched film's details (its metadata is needed anyway), and look twice at
        a short matched by a year-filtered search: a feature of that title a year away, which
        that search could not see, may be the film meant."""
        pick = match.pick
        if pick is not None and pick.media_type == "movie" and self.learn(pick):
            match = choose_match(self.title, self.year, list(self.pool.values()))
            pick = match.pick
        if pick is not None and pick.is_short and not self.searched_without_year:
            self.search("movie", self.title, {})
            match = self.decide()
            if match.pick is not None and match.pick.media_type == "movie":
                self.learn(match.pick)
                match = choose_match(self.title, self.year, list(self.pool.values()))
        return self.done(match)

    def done(self, match: Match) -> Match:
        match = replace(match, requests=self.requests, failed_steps=tuple(self.failed_steps))
        if self.failed_steps and not match.confident:
            # What the failed step would have found is unknown: not "not on TMDB", but "ask
            # again later".
            steps = ", ".join(self.failed_steps)
            why = (
                f"TMDB did not answer {steps}. Try the failed films again from your "
                "statistics page later, or search TMDB for it here."
            )
            return replace(
                Match.failed(why, match.candidates, transient=self.transient),
                requests=self.requests,
                failed_steps=tuple(self.failed_steps),
            )
        return match


def find_match(
    title: str,
    year: int | None,
    search_movie: Search,
    search_tv: Search,
    details: Details | None = None,
) -> Match:
    """Match one exported film to TMDB; the match counts the requests it took (`requests`).

    1. /search/movie with `year` (TMDB matches it against every release date, so a festival
       premiere the year before the primary release is still found), or without when unknown.
    2. /search/movie without `year`, for a year one off every release TMDB lists.
    3. /search/tv: Letterboxd lists some miniseries among films; a series is recorded as
       media_type "tv", never forced onto a film.
    4. Only if nothing at all was found: the title without its subtitle.

    After each step, `details` (when given) is asked for candidates whose runtime or
    alternative titles could change the decision, then for the matched film's.
    """
    plan = _Plan(title, year, search_movie, search_tv, details)
    year_params: dict[str, Any] = {} if year is None else {"year": year}

    plan.search("movie", title, year_params)
    match = plan.decide()
    if plan.settled(match):
        return plan.finish(match)

    if year is not None:
        plan.search("movie", title, {})
        match = plan.decide()
        if plan.settled(match):
            return plan.finish(match)

    plan.search("tv", title, {})
    match = plan.decide()
    if plan.settled(match):
        return plan.finish(match)

    shorter = simplified_query(title)
    if plan.results_seen == 0 and shorter:
        plan.search("movie", shorter, year_params)
        match = plan.decide()
    return plan.finish(match)
