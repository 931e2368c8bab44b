"""Choose which TMDB search result is the film a Letterboxd export names. Pure: no I/O, no Django.

A wrong match poisons every stat built on it, a missing one only leaves a gap the member can fill,
so anything short of `CONFIDENCE_THRESHOLD` comes back without a `tmdb_id` (the candidates stay).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from enrichment.titles import normalise_title, title_similarity

CONFIDENCE_THRESHOLD = 0.75

# How much a year gap costs. Off by one is common and innocent (a festival premiere the year
# before the release TMDB calls primary); two or more usually means another film of that name.
_YEAR_FIT = {0: 1.0, 1: 0.85, 2: 0.55}
_YEAR_FAR = 0.3
_YEAR_UNKNOWN = 0.8  # the export has no year: title alone, however exact, is weaker evidence
_RELEASE_UNKNOWN = 0.6  # TMDB has no release date for the candidate

# "Star Wars: Episode IV - A New Hope" for TMDB's "Star Wars": the export carries a subtitle
# TMDB lacks. Only this direction: the reverse ("Dune" for "Dune: Part Two") is how sequels look.
_SUBTITLE_DROPPED = 0.85
# A near miss ("Three Colours: Blue" vs "Three Colors: Blue") is scaled below an exact match, and
# more so for short titles, where one letter is a different word ("Her" vs "Hero").
_NEAR_MISS = 0.92
_SHORT_TITLE = 10
_SHORT_TITLE_PENALTY = 0.85
_NO_TITLE_MATCH = 0.4

# Candidates scoring within this of the best are indistinguishable by title and year:
# only popularity separates them ("Leo" 2023, twice).
_TIE_BAND = 0.1
_DOMINANCE = ((20.0, 0.85), (5.0, 0.7))  # (how many times more votes, confidence factor)
_DOMINANCE_CLOSE = 0.55


@dataclass(frozen=True)
class Candidate:
    tmdb_id: int
    title: str
    original_title: str
    release_date: str  # "YYYY-MM-DD", or "" when TMDB has none
    popularity: float
    vote_count: int
    media_type: str = "movie"  # or "tv"

    @classmethod
    def from_search_result(cls, d: dict[str, Any], media_type: str = "movie") -> Candidate:
        """Build from one item of a /search/movie or /search/tv `results` list."""
        if media_type == "tv":
            title = d.get("name") or ""
            original = d.get("original_name") or title
            date = d.get("first_air_date") or ""
        else:
            title = d.get("title") or ""
            original = d.get("original_title") or title
            date = d.get("release_date") or ""
        return cls(
            tmdb_id=int(d["id"]),
            title=title,
            original_title=original,
            release_date=date,
            popularity=float(d.get("popularity") or 0.0),
            vote_count=int(d.get("vote_count") or 0),
            media_type=media_type,
        )

    @property
    def year(self) -> int | None:
        head = self.release_date[:4]
        return int(head) if len(head) == 4 and head.isdigit() else None

    @property
    def weight(self) -> float:
        # Votes are the steadier signal; popularity breaks ties between films nobody voted on.
        return self.vote_count + self.popularity


@dataclass(frozen=True)
class Match:
    """What is known of one exported film on TMDB: the one result type from the search to the
    film's stored state.

    The matcher makes one; the search cache stores and returns it (`TmdbSearchResult`); the
    lookup adds what it cost; the worker writes it on the film. `failure` says TMDB could not
    be asked (never cached); otherwise a film or series was matched (`tmdb_id`), or none was
    confidently (`tmdb_id` None, the best guesses kept in `candidates`).
    """

    tmdb_id: int | None
    media_type: str  # "movie" | "tv" | "" (no match)
    confidence: float  # 0..1
    reason: str
    candidates: tuple[Candidate, ...] = ()  # best first, kept so a member can pick another
    requests: int = 0  # TMDB requests it took to know this; 0 when the cache knew
    failure: str = ""  # why TMDB could not be asked; set only for a failed lookup
    transient: bool = False  # the failure may pass (TMDB down, a timeout): worth trying again

    @classmethod
    def failed(cls, why: str, *, transient: bool = False) -> Match:
        return cls(None, "", 0.0, why, failure=why, transient=transient)

    @property
    def confident(self) -> bool:
        return self.tmdb_id is not None and self.confidence >= CONFIDENCE_THRESHOLD

    @property
    def is_movie(self) -> bool:
        return self.tmdb_id is not None and self.media_type == "movie"

    @property
    def is_tv(self) -> bool:
        return self.tmdb_id is not None and self.media_type == "tv"

    @property
    def best_guess(self) -> Candidate | None:
        """The top candidate even when it fell short of the threshold, to offer a member."""
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True)
class _Scored:
    candidate: Candidate
    title_fit: float
    title_note: str
    year_fit: float
    year_note: str

    @property
    def score(self) -> float:
        return self.title_fit * self.year_fit


def _score_title(title: str, candidate: Candidate) -> tuple[float, str]:
    names = (candidate.title, candidate.original_title)
    similarity = max(title_similarity(title, name) for name in names)
    if similarity == 1.0:
        return 1.0, "exact title"
    if ":" in title:
        head = normalise_title(title.split(":", 1)[0])
        if head and head in {normalise_title(name) for name in names}:
            return _SUBTITLE_DROPPED, "title without its subtitle"
    fit = similarity * _NEAR_MISS
    if len(normalise_title(title)) < _SHORT_TITLE:
        fit *= _SHORT_TITLE_PENALTY
    return fit, f"title {similarity:.2f} alike"


def _score_year(year: int | None, candidate: Candidate) -> tuple[float, str]:
    if year is None:
        return _YEAR_UNKNOWN, "no year to compare"
    if candidate.year is None:
        return _RELEASE_UNKNOWN, "no TMDB release date"
    gap = abs(candidate.year - year)
    if gap == 0:
        return _YEAR_FIT[0], "same year"
    if gap == 1:
        return _YEAR_FIT[1], "year off by one"
    return _YEAR_FIT.get(gap, _YEAR_FAR), f"{gap} years apart"


def _score(title: str, year: int | None, candidate: Candidate) -> _Scored:
    title_fit, title_note = _score_title(title, candidate)
    year_fit, year_note = _score_year(year, candidate)
    return _Scored(candidate, title_fit, title_note, year_fit, year_note)


def _dominance_factor(votes_ratio: float) -> float:
    for at_least, factor in _DOMINANCE:
        if votes_ratio >= at_least:
            return factor
    return _DOMINANCE_CLOSE


def _dedupe(candidates: Sequence[Candidate]) -> list[Candidate]:
    seen: dict[tuple[str, int], Candidate] = {}
    for candidate in candidates:
        seen.setdefault((candidate.media_type, candidate.tmdb_id), candidate)
    return list(seen.values())


def choose_match(title: str, year: int | None, candidates: Sequence[Candidate]) -> Match:
    """Pick the candidate that is the film `title` (`year`) names, or none if unsure."""
    scored = sorted(
        (_score(title, year, c) for c in _dedupe(candidates)),
        key=lambda s: (s.score, s.candidate.weight),
        reverse=True,
    )
    if not scored:
        return Match(None, "", 0.0, "no search results", ())

    top = scored[0].score
    tied = [s for s in scored if s.score >= top - _TIE_BAND]
    pick = max(tied, key=lambda s: (s.candidate.weight, s.score))
    rivals = [s for s in tied if s is not pick]
    ordered = (pick, *(s for s in scored if s is not pick))
    candidates_out = tuple(s.candidate for s in ordered)

    if pick.title_fit < _NO_TITLE_MATCH:
        return Match(None, "", pick.score, "no candidate's title is close enough", candidates_out)

    confidence = pick.score
    reason = f"{pick.title_note}, {pick.year_note}"
    if rivals:
        strongest = max(s.candidate.weight for s in rivals)
        ratio = (pick.candidate.weight + 1) / (strongest + 1)
        confidence *= _dominance_factor(ratio)
        reason += f"; {len(rivals)} other candidate(s) as close, this one {ratio:.1f}x as voted"

    confidence = round(min(max(confidence, 0.0), 1.0), 3)
    if confidence < CONFIDENCE_THRESHOLD:
        guess = pick.candidate
        reason = f"not sure (best guess {guess.media_type}/{guess.tmdb_id}: {reason})"
        return Match(None, "", confidence, reason, candidates_out)
    return Match(
        pick.candidate.tmdb_id, pick.candidate.media_type, confidence, reason, candidates_out
    )


def has_same_title_near_year(title: str, year: int | None, candidates: Sequence[Candidate]) -> bool:
    """Whether an exact-title candidate already fits the year (within one; any if year unknown).

    When such candidates exist yet no match is confident, they tie with each other: searching
    further cannot separate them, so a caller can stop spending requests.
    """
    for candidate in candidates:
        title_fit, _ = _score_title(title, candidate)
        if title_fit < 1.0:
            continue
        if year is None or (candidate.year is not None and abs(candidate.year - year) <= 1):
            return True
    return False
