"""TMDB's daily ID export read as a title index, and the one-request match it allows. Pure: no
I/O of its own, no Django.

TMDB publishes every movie id each day as gzipped JSON lines, one object a line:
`{"adult":false,"id":3924,"original_title":"Blondie","popularity":2.5,"video":false}` — the
original title only, no year, no translated title. Indexed by the normalised original title
(the same `normalise_title` as matching and the search cache use), it tells which TMDB films
a Letterboxd name can be without a search. A film whose Letterboxd name is the original title
of exactly one TMDB film then needs only its details request, which also brings its release
dates to check the year against. Anything less clear is left to the search strategy
(`enrichment.search_strategy`), so the index can only save requests, never change a match.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from enrichment.matching import SURE, Candidate, Match, choose_match
from enrichment.titles import normalise_title

# The search cache's key is cut to this length too (`lookup.search_key`).
MAX_KEY = 500


class ExportEntry(NamedTuple):
    """One film of the export, as the index keeps it (a tuple: a million are made a day)."""

    tmdb_id: int
    normalised_title: str
    popularity: float


# One line as TMDB writes it, its title free of escapes and control characters; any other
# line is read by json.
_TMDB_LINE = re.compile(
    r'\{"adult":(true|false),"id":(\d+),"original_title":"([^"\\\x00-\x1f]*)",'
    r'"popularity":(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?),"video":(?:true|false)\}\s*\Z'
)


@dataclass
class ExportTally:
    """What reading an export came across, for the loader's report."""

    lines: int = 0
    entries: int = 0
    adult: int = 0  # left out, as the searches leave them out (include_adult=false)
    unreadable: int = 0  # not JSON, no id, no title
    untitled: int = 0  # a title of punctuation only: nothing to look it up by


def index_key(title: str) -> str:
    """The index's key for a title: its normalised form, as long as the search cache keeps it;
    "" when nothing is left of it (punctuation only), which is never looked up."""
    return normalise_title(title)[:MAX_KEY]


def title_hash(key: str) -> int:
    """A signed 64-bit hash of an index key: what the index stores and looks up by.

    Eight bytes in place of the title make the table and its B-tree a fraction of the size
    and the daily load far cheaper. Two titles of a million share a hash with a chance of
    about 3 in 100 million; when they do, the details request finds the film's original
    title is not the one asked for (`index_match`), and the search decides.
    """
    digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def parse_line(line: bytes | str, tally: ExportTally | None = None) -> ExportEntry | None:
    """One line of the export; None for a line the index leaves out (counted in `tally`)."""
    tally = tally if tally is not None else ExportTally()
    tally.lines += 1
    if not line.strip():
        tally.lines -= 1  # a trailing newline is no line
        return None
    try:
        text = line.decode() if isinstance(line, bytes) else line
        fields = _TMDB_LINE.match(text)
        if fields is not None:
            # TMDB's own layout, no escape in the title: what json would read, read faster.
            adult, tmdb_id, title = fields[1] == "true", int(fields[2]), fields[3]
            popularity_value: Any = fields[4]
        else:
            item = json.loads(text)
            tmdb_id = int(item["id"])
            title, adult = item.get("original_title"), item.get("adult")
            popularity_value = item.get("popularity")
    except (ValueError, TypeError, KeyError):
        tally.unreadable += 1
        return None
    if not isinstance(title, str) or not title.strip() or tmdb_id <= 0:
        tally.unreadable += 1
        return None
    if adult:
        tally.adult += 1
        return None
    key = index_key(title)
    if not key:
        tally.untitled += 1
        return None
    try:
        popularity = float(popularity_value or 0.0)
    except (TypeError, ValueError):
        popularity = 0.0
    if not math.isfinite(popularity):
        popularity = 0.0  # json reads NaN and Infinity; a database column would refuse them
    tally.entries += 1
    return ExportEntry(tmdb_id, key, popularity)


def read_export(
    lines: Iterable[bytes | str], tally: ExportTally | None = None
) -> Iterator[ExportEntry]:
    """The entries of an export, line by line: never more than one line in memory."""
    for line in lines:
        entry = parse_line(line, tally)
        if entry is not None:
            yield entry


def pick_candidate(candidates: Sequence[tuple[int, float]]) -> int | None:
    """Which indexed film (tmdb id, popularity) to fetch for a title, or None to search instead.

    Only a title that is one film's original title is worth a details request. With two or
    more (remakes, a short and the feature, namesakes), the export's lack of years means any
    pick may be the wrong film, and a doubtful pick would have to be checked by the search
    the index is meant to save: so none is fetched, and the film costs what it did without
    an index.
    """
    ids = {tmdb_id for tmdb_id, _ in candidates}
    if len(ids) != 1:
        return None
    return max(candidates, key=lambda c: c[1])[0]


def release_years(details: dict[str, Any]) -> frozenset[int]:
    """Every year the film was released in, as an appended `release_dates` lists them (any
    country, any type: premieres, festivals, theatrical, digital), and its primary date."""
    years: set[int] = set()
    primary = str(details.get("release_date") or "")[:4]
    if primary.isdigit():
        years.add(int(primary))
    block = details.get("release_dates")
    for country in (block or {}).get("results") or [] if isinstance(block, dict) else []:
        for release in country.get("release_dates") or []:
            head = str(release.get("release_date") or "")[:4]
            if head.isdigit():
                years.add(int(head))
    return frozenset(years)


def index_match(title: str, year: int | None, details: dict[str, Any]) -> Match | None:
    """The match a film's details settle alone, or None when the search must decide.

    `details`: the /movie/{id} answer of the one indexed film with this original title, with
    `release_dates` appended when TMDB's other release dates may speak for the year.

    Settled only when it is as sure as the search would make it: the export's title is still
    the film's original title (TMDB may have renamed it since the export), the year is one it
    was released in (the primary year, or a premiere a year before it), and it is no short (a
    short of this name may have a feature a year apart that only the search without a year
    shows). Doubt of any kind (no year in the export, a year off, a title that is not the
    original one) returns None.
    """
    if year is None:
        return None
    if not index_key(title) or index_key(title) != index_key(details.get("original_title") or ""):
        return None  # TMDB renamed it since the export: only the search knows what else fits
    candidate = Candidate.from_search_result(details)
    if year in release_years(details):
        # What a year-filtered search knows: TMDB lists a release that year.
        candidate = replace(candidate, released_in=year)
    candidate = candidate.with_details(details)
    if candidate.is_short or candidate.year is None or abs(candidate.year - year) > 1:
        return None
    if candidate.year != year and candidate.released_in != year:
        return None  # a year off every release: the search weighs the rivals it may have
    match = choose_match(title, year, [candidate])
    if not match.is_movie or match.confidence < SURE:
        return None
    return match
