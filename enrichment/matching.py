"""Choose which TMDB search result is the film a Letterboxd export names. Pure: no I/O, no Django.

A wrong match poisons every stat built on it, a missing one only leaves a gap the member can fill.
So a confidence says what the member should do about a match, in three bands:

- `SURE` and above: an exact title (TMDB's title, original title or one of its alternative
  titles), one plausible candidate, a year that fits (the same, a release that year, or one
  off). Nobody needs to look at it.
- `CONFIDENCE_THRESHOLD` up to `SURE`: linked, so the statistics count it, but doubtful: two
  films share the title and year and the evidence chose, or the title only partly matches. The
  check page lists it (`movies.models.LOW_CONFIDENCE` is `SURE`).
- below `CONFIDENCE_THRESHOLD`: no film is linked; the candidates stay for the member to pick.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from enrichment.titles import normalise_title, title_similarity

CONFIDENCE_THRESHOLD = 0.75
SURE = 0.9

# Runtime classes: a short is at most 40 minutes (the Academy's line); TMDB's "TV Movie" genre.
SHORT_MINUTES = 40
TV_MOVIE_GENRE = 10770

# A plausible candidate alone, by how its year fits: released that year (the primary date, or
# a festival premiere within a year of it), or a year off every release date TMDB knows (a
# production year). A release that year with the primary two or more away is a re-release or
# an early premiere: too weak to be sure of.
_SURE_BY_YEAR_CLASS = {0: 1.0, 1: 0.97, 2: 0.8}
_VIA_ALTERNATIVE = 0.95  # an alternative title is weaker evidence than the title itself
_YEAR_UNKNOWN_SURE = 0.95  # no year in the export, one exact title among the results
_RIVAL_A_YEAR_APART = 0.95  # another film of the title one year off exists
_SHORT_WITH_A_RIVAL = 0.8  # a short picked while a same-titled film is a year apart

# Ties (two plausible films of the same title and year class) are decided by evidence, never
# sure: the strongest evidence first.
_TIE_BY_KIND = 0.85  # a feature over a short or a TV film, a film over a series
_TIE_BY_TITLE = 0.82  # TMDB's own title over an alternative title
_TIE_BY_PRIMARY_YEAR = 0.8  # its primary release is the year, the other's only a release
_TIE_BY_VOTES = ((20.0, 0.8), (5.0, 0.77))  # (times more voted, confidence)
_TIE_UNDECIDED = 0.6

# Without a plausible candidate, what is left is scored title fit × year fit, and capped below
# SURE: a partial title or a far year is always worth the member's look.
_YEAR_FIT = {0: 1.0, 1: 0.9, 2: 0.8}
_YEAR_GAP_TWO = 0.55
_YEAR_FAR = 0.3
_YEAR_UNKNOWN = 0.8
_RELEASE_UNKNOWN = 0.6
_WEAK_CAP = 0.89
# "Star Wars: Episode IV - A New Hope" for TMDB's "Star Wars": the export carries a subtitle
# TMDB lacks. Only this direction: the reverse ("Dune" for "Dune: Part Two") is how sequels look.
_SUBTITLE_DROPPED = 0.85
# A near miss ("Three Colours: Blue" vs "Three Colors: Blue") is scaled below an exact match, and
# more so for short titles, where one letter is a different word ("Her" vs "Hero").
_NEAR_MISS = 0.92
_SHORT_TITLE = 10
_SHORT_TITLE_PENALTY = 0.85
_NO_TITLE_MATCH = 0.4
# Candidates scoring within this of the best are indistinguishable by title and year.
_TIE_BAND = 0.1
_DOMINANCE = ((20.0, 0.85), (5.0, 0.7))
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
    # A year-filtered search returned it: TMDB lists a release that year (a festival premiere,
    # another country's release), whatever its primary date.
    released_in: int | None = None
    tv_movie: bool = False  # TMDB's "TV Movie" genre
    poster_path: str = ""
    # From the details request, when one was made (`details_known`).
    alternative_titles: tuple[str, ...] = ()
    runtime: int | None = None
    details_known: bool = False

    @classmethod
    def from_search_result(
        cls, d: dict[str, Any], media_type: str = "movie", searched_year: int | None = None
    ) -> Candidate:
        """Build from one item of a /search/movie or /search/tv `results` list.

        `searched_year`: the `year` the search was filtered on, which TMDB matched against
        every release date of the film.
        """
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
            released_in=searched_year if media_type == "movie" else None,
            tv_movie=TV_MOVIE_GENRE in (d.get("genre_ids") or ()),
            poster_path=str(d.get("poster_path") or ""),
        )

    def with_details(self, details: dict[str, Any]) -> Candidate:
        """This candidate with what a /movie/{id} answer adds: runtime, alternative titles."""
        titles = (details.get("alternative_titles") or {}).get("titles") or []
        genres = details.get("genres") or []
        runtime = details.get("runtime")
        return replace(
            self,
            alternative_titles=tuple(t["title"] for t in titles if t.get("title")),
            runtime=int(runtime) if isinstance(runtime, int) and runtime > 0 else None,
            tv_movie=self.tv_movie
            or any(g.get("id") == TV_MOVIE_GENRE or g.get("name") == "TV Movie" for g in genres),
            poster_path=self.poster_path or str(details.get("poster_path") or ""),
            details_known=True,
        )

    def merged(self, other: Candidate) -> Candidate:
        """One candidate from two sightings of the same film: each may know something more."""
        if other.details_known and not self.details_known:
            return other.merged(self)
        return replace(
            self,
            released_in=self.released_in or other.released_in,
            poster_path=self.poster_path or other.poster_path,
            tv_movie=self.tv_movie or other.tv_movie,
        )

    @property
    def key(self) -> tuple[str, int]:
        return (self.media_type, self.tmdb_id)

    @property
    def year(self) -> int | None:
        head = self.release_date[:4]
        return int(head) if len(head) == 4 and head.isdigit() else None

    @property
    def weight(self) -> float:
        # Votes are the steadier signal; popularity breaks ties between films nobody voted on.
        return self.vote_count + self.popularity

    @property
    def is_short(self) -> bool:
        return self.runtime is not None and self.runtime <= SHORT_MINUTES

    @property
    def kind_rank(self) -> int:
        """How likely a Letterboxd film entry is this kind of thing: a feature (or a film of
        unknown length) over a TV film, over a series, over a short."""
        if self.media_type == "tv":
            return 1
        if self.is_short:
            return 0
        return 2 if self.tv_movie else 3

    @property
    def kind_name(self) -> str:
        return {0: "short", 1: "TV series", 2: "TV film", 3: "feature"}[self.kind_rank]


@dataclass(frozen=True)
class Match:
    """What is known of one exported film on TMDB: the one result type from the search to the
    film's stored state.

    The matcher makes one; the search cache stores and returns it (`TmdbSearchResult`); the
    lookup adds what it cost; the worker writes it on the film. `failure` says TMDB could not
    be asked all it takes (never cached); otherwise a film or series was matched (`tmdb_id`), or
    none was confidently (`tmdb_id` None, the best guesses kept in `candidates`).
    """

    tmdb_id: int | None
    media_type: str  # "movie" | "tv" | "" (no match)
    confidence: float  # 0..1
    reason: str  # in words, for the member
    candidates: tuple[Candidate, ...] = ()  # best first, kept so a member can pick another
    requests: int = 0  # TMDB requests it took to know this; 0 when the cache knew
    failure: str = ""  # why TMDB could not be asked; set only for a failed lookup
    failed_steps: tuple[str, ...] = ()  # searches that errored and were skipped
    transient: bool = False  # the failure may pass (TMDB down, a timeout): worth trying again

    @classmethod
    def failed(
        cls, why: str, candidates: tuple[Candidate, ...] = (), *, transient: bool = False
    ) -> Match:
        return cls(None, "", 0.0, why, candidates, failure=why, transient=transient)

    @property
    def confident(self) -> bool:
        return self.tmdb_id is not None and self.confidence >= CONFIDENCE_THRESHOLD

    @property
    def sure(self) -> bool:
        """Confident enough that no member needs to check it."""
        return self.confident and self.confidence >= SURE

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

    @property
    def pick(self) -> Candidate | None:
        """The candidate matched, when one was."""
        if self.tmdb_id is None:
            return None
        return next((c for c in self.candidates if c.key == (self.media_type, self.tmdb_id)), None)


@dataclass(frozen=True)
class _Scored:
    candidate: Candidate
    title_fit: float
    exact: bool  # the title equals one of the candidate's names
    via_alternative: bool  # ...only one of its alternative titles
    year_class: int | None  # see _year_class; None: the year does not fit
    year_fit: float
    primary_year: bool  # the candidate's primary release is the export's year

    @property
    def score(self) -> float:
        return self.title_fit * self.year_fit


def _fit_title(title: str, candidate: Candidate) -> tuple[float, bool]:
    """(fit 0..1, matched only through an alternative title)."""
    own = (candidate.title, candidate.original_title)
    similarity = max(title_similarity(title, name) for name in own)
    if similarity == 1.0:
        return 1.0, False
    alternatives = [title_similarity(title, name) for name in candidate.alternative_titles]
    if alternatives and max(alternatives) == 1.0:
        return 1.0, True
    similarity = max([similarity, *alternatives])
    if ":" in title:
        head = normalise_title(title.split(":", 1)[0])
        names = (*own, *candidate.alternative_titles)
        if head and head in {normalise_title(name) for name in names}:
            return _SUBTITLE_DROPPED, False
    fit = similarity * _NEAR_MISS
    if len(normalise_title(title)) < _SHORT_TITLE:
        fit *= _SHORT_TITLE_PENALTY
    return fit, False


def _year_class(year: int | None, candidate: Candidate) -> int | None:
    """0: released that year (its primary date, or any release within a year of the primary);
    1: one year off every release TMDB lists; 2: released that year, but the primary date is
    two or more years away (a re-release, an early premiere); None: the year does not fit."""
    if year is None:
        return 0
    if candidate.year is None:
        return 2 if candidate.released_in == year else None
    gap = abs(candidate.year - year)
    if gap == 0:
        return 0
    if candidate.released_in == year:
        return 0 if gap == 1 else 2
    return 1 if gap == 1 else None


def _fit_year(year: int | None, candidate: Candidate, year_class: int | None) -> float:
    if year is None:
        return _YEAR_UNKNOWN
    if year_class is not None:
        return _YEAR_FIT[year_class]
    if candidate.year is None:
        return _RELEASE_UNKNOWN
    return _YEAR_GAP_TWO if abs(candidate.year - year) == 2 else _YEAR_FAR


def _score(title: str, year: int | None, candidate: Candidate) -> _Scored:
    title_fit, via_alternative = _fit_title(title, candidate)
    year_class = _year_class(year, candidate)
    return _Scored(
        candidate=candidate,
        title_fit=title_fit,
        exact=title_fit == 1.0,
        via_alternative=via_alternative,
        year_class=year_class,
        year_fit=_fit_year(year, candidate, year_class),
        primary_year=year is not None and candidate.year == year,
    )


def _dedupe(candidates: Sequence[Candidate]) -> list[Candidate]:
    seen: dict[tuple[str, int], Candidate] = {}
    for candidate in candidates:
        seen[candidate.key] = (
            seen[candidate.key].merged(candidate) if candidate.key in seen else candidate
        )
    return list(seen.values())


def _rank(scored: list[_Scored]) -> list[_Scored]:
    return sorted(scored, key=lambda s: (s.score, s.candidate.weight), reverse=True)


def _result(pick: _Scored | None, confidence: float, reason: str, scored: list[_Scored]) -> Match:
    """A Match with `pick` first among the candidates, linked only if confident enough."""
    ordered = _rank(scored)
    if pick is not None:
        ordered = [pick, *(s for s in ordered if s is not pick)]
    candidates = tuple(s.candidate for s in ordered)
    confidence = round(min(max(confidence, 0.0), 1.0), 3)
    if pick is None or confidence < CONFIDENCE_THRESHOLD:
        return Match(None, "", confidence, reason, candidates)
    c = pick.candidate
    return Match(c.tmdb_id, c.media_type, confidence, reason, candidates)


def _plausible(scored: list[_Scored]) -> list[_Scored]:
    return [s for s in scored if s.exact and s.year_class is not None]


def _alone(pick: _Scored, others: list[_Scored], year: int | None, scored: list[_Scored]) -> Match:
    """One plausible candidate fits best; `others` are plausible but fit the year less well."""
    if year is None:
        confidence, reason = _YEAR_UNKNOWN_SURE, "The only film of this title TMDB found."
    else:
        confidence = _SURE_BY_YEAR_CLASS[pick.year_class or 0]
        reason = {
            0: "Same title, same year.",
            1: "Same title; TMDB dates it a year apart.",
            2: "Same title, but TMDB's own date for it is years from yours (a re-release?).",
        }[pick.year_class or 0]
    if pick.via_alternative:
        confidence = min(confidence, _VIA_ALTERNATIVE)
        reason = reason.replace("Same title", "Same as one of its other titles", 1)
    if others:
        rival = others[0].candidate
        if pick.candidate.is_short and rival.kind_rank > pick.candidate.kind_rank:
            confidence = min(confidence, _SHORT_WITH_A_RIVAL)
            reason = (
                f"A short of this title; a {rival.kind_name} of the same title is a year "
                "apart on TMDB, and may be the one you saw."
            )
        else:
            confidence = min(confidence, _RIVAL_A_YEAR_APART)
    return _result(pick, confidence, reason, scored)


def _votes_confidence(ratio: float) -> float:
    for at_least, confidence in _TIE_BY_VOTES:
        if ratio >= at_least:
            return confidence
    return _TIE_UNDECIDED


def _undecided(tied: list[_Scored], scored: list[_Scored], reason: str) -> Match:
    """No film linked; the tied films first, the best known of them first."""
    ranked = sorted(tied, key=lambda s: s.candidate.weight, reverse=True)
    rest = [s for s in _rank(scored) if s not in tied]
    return Match(None, "", _TIE_UNDECIDED, reason, tuple(s.candidate for s in (*ranked, *rest)))


def _tie(tied: list[_Scored], year: int | None, scored: list[_Scored]) -> Match:
    """Two or more plausible films share the title and the year: the evidence decides, and a
    decision is never sure."""
    n = len(tied)
    if year is None:
        # Remakes of one title, and no year to tell them apart: any pick would be a guess.
        return _undecided(tied, scored, f"{n} films on TMDB have this title; which year?")

    def unique_best(key) -> _Scored | None:
        best = max(key(s) for s in tied)
        winners = [s for s in tied if key(s) == best]
        return winners[0] if len(winners) == 1 else None

    pick = unique_best(lambda s: s.candidate.kind_rank)
    if pick is not None:
        others = sorted({s.candidate.kind_name for s in tied if s is not pick})
        reason = (
            f"{n} films on TMDB share this title and year; we took the "
            f"{pick.candidate.kind_name} over the {' and the '.join(others)}."
        )
        return _result(pick, _TIE_BY_KIND, reason, scored)
    pick = unique_best(lambda s: not s.via_alternative)
    if pick is not None:
        reason = (
            f"{n} films on TMDB answer to this title and year; we took the one whose own "
            "title it is."
        )
        return _result(pick, _TIE_BY_TITLE, reason, scored)
    pick = unique_best(lambda s: s.primary_year)
    if pick is not None:
        reason = (
            f"{n} films on TMDB share this title and year; we took the one first released "
            "that year."
        )
        return _result(pick, _TIE_BY_PRIMARY_YEAR, reason, scored)
    ranked = sorted(tied, key=lambda s: s.candidate.weight, reverse=True)
    ratio = (ranked[0].candidate.weight + 1) / (ranked[1].candidate.weight + 1)
    confidence = _votes_confidence(ratio)
    if confidence < CONFIDENCE_THRESHOLD:
        reason = f"{n} films on TMDB share this title and year, and are about as well known."
        return _undecided(tied, scored, reason)
    reason = (
        f"{n} films on TMDB share this title and year; we took the far better known one "
        f"({ratio:.0f} times the votes)."
    )
    return _result(ranked[0], confidence, reason, scored)


def _weak(scored: list[_Scored]) -> Match:
    """No exact title fits the year: the best partial match, never sure, often none."""
    ranked = _rank(scored)
    top = ranked[0].score
    tied = [s for s in ranked if s.score >= top - _TIE_BAND]
    pick = max(tied, key=lambda s: (s.candidate.weight, s.score))
    if pick.title_fit < _NO_TITLE_MATCH:
        return _result(None, pick.score, "No film on TMDB has a title close enough.", scored)
    confidence = pick.score
    if pick.exact:
        reason = "Same title, but TMDB dates it years apart from yours."
    elif pick.title_fit == _SUBTITLE_DROPPED:
        reason = "TMDB's title lacks your subtitle."
    else:
        reason = "The title only partly matches."
    rivals = [s for s in tied if s is not pick]
    if rivals:
        strongest = max(s.candidate.weight for s in rivals)
        ratio = (pick.candidate.weight + 1) / (strongest + 1)
        for at_least, factor in _DOMINANCE:
            if ratio >= at_least:
                confidence *= factor
                break
        else:
            confidence *= _DOMINANCE_CLOSE
        reason += f" {len(rivals) + 1} candidates are about as close."
    confidence = min(confidence, _WEAK_CAP)
    if confidence < CONFIDENCE_THRESHOLD:
        reason = "Not sure: " + reason[0].lower() + reason[1:]
    return _result(pick, confidence, reason, scored)


def choose_match(title: str, year: int | None, candidates: Sequence[Candidate]) -> Match:
    """Pick the candidate that is the film `title` (`year`) names, or none if unsure."""
    scored = [_score(title, year, c) for c in _dedupe(candidates)]
    if not scored:
        return Match(None, "", 0.0, "TMDB found nothing of this title.", ())
    plausible = _plausible(scored)
    if not plausible:
        return _weak(scored)
    best_class = min(s.year_class for s in plausible if s.year_class is not None)
    best = [s for s in plausible if s.year_class == best_class]
    if len(best) == 1:
        others = sorted(
            (s for s in plausible if s is not best[0]),
            key=lambda s: s.candidate.kind_rank,
            reverse=True,
        )
        return _alone(best[0], others, year, scored)
    return _tie(best, year, scored)


def has_plausible(title: str, year: int | None, candidates: Sequence[Candidate]) -> bool:
    """Whether a candidate has the exact title and a year that fits.

    Once one does, more searches can only add candidates: they cannot make a lone plausible
    film less right, nor tell tied ones apart. A caller can stop spending requests.
    """
    return bool(_plausible([_score(title, year, c) for c in _dedupe(candidates)]))


def worth_details(title: str, year: int | None, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Candidates whose details (runtime, alternative titles) could change the decision, most
    useful first; empty when none could.

    - Tied plausible films: their runtimes tell a feature from a short.
    - No plausible film: a candidate whose year fits but whose title does not was found by
      TMDB's search for some reason, most often an alternative title.
    """
    scored = [_score(title, year, c) for c in _dedupe(candidates)]
    unknown = [
        s for s in scored if not s.candidate.details_known and s.candidate.media_type == "movie"
    ]
    plausible = _plausible(scored)
    if plausible:
        best_class = min(s.year_class for s in plausible if s.year_class is not None)
        best = [s for s in plausible if s.year_class == best_class]
        if len(best) < 2 or year is None:
            return []  # without a year, a tie stays undecided whatever the runtimes say
        return [s.candidate for s in unknown if s in best]
    fitting = [s for s in unknown if s.year_class is not None and not s.exact]
    fitting.sort(key=lambda s: (s.year_class or 0, -s.title_fit, -s.candidate.weight))
    return [s.candidate for s in fitting]
