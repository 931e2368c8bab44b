"""What parsing an export gives back: plain dataclasses, ready to be stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(slots=True)
class ParsedFilm:
    # The film's Letterboxd URI. A film only met in diary/reviews (whose URIs are the entries')
    # takes its first entry URI, or "letterboxd:{name}:{year}" when even that is empty.
    uri: str
    name: str
    year: int | None
    marked_watched_on: date | None  # watched.csv Date
    first_watched_on: date | None  # earliest viewing, else marked_watched_on
    last_watched_on: date | None  # latest viewing, else marked_watched_on
    rating: Decimal | None  # ratings.csv, else the latest-dated diary rating
    liked: bool
    # As Letterboxd counts it: in watched.csv; or, when watched.csv was not uploaded, having a
    # diary entry, a rating or a dated review. Liked-only and watchlist-only films are unwatched.
    watched: bool
    viewing_count: int
    rewatch_count: int
    review_count: int  # reviews of the film, undated ones (which are not viewings) included
    tags: list[str]  # union of its viewings' tags, first-seen order
    # On watchlist.csv, and since when (its Date): a film can be both watched and listed.
    on_watchlist: bool = False
    watchlist_added_on: date | None = None


@dataclass(slots=True)
class ParsedViewing:
    film_uri: str
    entry_uri: str  # the diary/review row's own Letterboxd URI
    watched_on: date | None  # "Watched Date", else "Date"
    logged_on: date | None  # "Date"
    rating: Decimal | None
    rewatch: bool
    tags: list[str]
    review: str  # "" when none


@dataclass(frozen=True, slots=True)
class ExportWarning:
    """One problem met while parsing, or one kind of problem met many times: then `line` is
    where it first occurred and `message` says how often."""

    file: str  # the export file, as a path inside the export: "diary.csv", "likes/films.csv"
    line: int | None  # line in that file (the header is line 1); None for the file as a whole
    message: str  # one sentence for the member, naming the file itself

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, str | int | None]:
        return {"file": self.file, "line": self.line, "message": self.message}


@dataclass
class ParsedExport:
    films: list[ParsedFilm]  # unique by uri, first-seen order
    viewings: list[ParsedViewing]
    username: str  # profile.csv Username, "" if absent
    files: list[str]  # export files used, as paths inside the ZIP: "watched.csv", "likes/films.csv"
    rows_read: dict[str, int]  # kind ("watched", "diary", ...) -> data rows read
    warnings: list[ExportWarning]  # aggregated: one per kind of problem and file
    warning_count: int  # problems met before aggregation (312 bad dates count 312)
    # profile.csv's "Favorite Films": film URIs, in the profile's order (at most four).
    favourites: list[str] = field(default_factory=list)
    # The member's lists, summed up (`lists.summarise`): count, longest, films on most lists.
    lists: dict = field(default_factory=dict)
