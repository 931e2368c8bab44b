"""A session's films with every field we know of them, as CSV or JSON, a batch at a time.

The download of a heavy member's 10,000 films is streamed: rows are read in batches of
`BATCH` (`values_list(...).iterator()`, no model instances) and each batch is written out and
let go, so memory stays that of a batch however many films a session has.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from movies.models import Movie

BATCH = 2000

# (column, the Movie field or lookup it comes from). The order is the CSV's and the JSON's.
FIELDS: list[tuple[str, str]] = [
    ("name", "name"),
    ("year", "year"),
    ("letterboxd_uri", "letterboxd_uri"),
    ("watched", "watched"),
    ("marked_watched_on", "marked_watched_on"),
    ("first_watched_on", "first_watched_on"),
    ("last_watched_on", "last_watched_on"),
    ("rating", "rating"),
    ("liked", "liked"),
    ("diary_entries", "viewing_count"),
    ("rewatches", "rewatch_count"),
    ("reviews", "review_count"),
    ("tags", "tags"),
    ("on_watchlist", "on_watchlist"),
    ("watchlist_added_on", "watchlist_added_on"),
    ("tmdb_state", "enrichment_status"),
    ("match_confidence", "match_confidence"),
    ("matched_by_you", "matched_by_member"),
    ("tmdb_id", "tmdb_movie_id"),
    ("tmdb_title", "tmdb_movie__title"),
    ("original_title", "tmdb_movie__original_title"),
    ("original_language", "tmdb_movie__original_language"),
    ("release_date", "tmdb_movie__release_date"),
    ("genres", "tmdb_movie__genres"),
    ("directors", "tmdb_movie__directors"),
    ("cast", "tmdb_movie__cast"),
    ("runtime", "tmdb_movie__runtime"),
    ("budget", "tmdb_movie__budget"),
    ("revenue", "tmdb_movie__revenue"),
    ("popularity", "tmdb_movie__popularity"),
    ("vote_average", "tmdb_movie__vote_average"),
    ("vote_count", "tmdb_movie__vote_count"),
    ("countries", "tmdb_movie__countries"),
    ("languages", "tmdb_movie__languages"),
    ("imdb_id", "tmdb_movie__imdb_id"),
    ("poster_path", "tmdb_movie__poster_path"),
]
COLUMNS = [column for column, _ in FIELDS]
# TMDB's fields that are lists of objects: exported as their names.
_NAMED = {"directors", "cast", "countries", "languages"}
# What a CSV cell holding a list joins its items with: names may hold commas, not this.
LIST_SEPARATOR = "; "
# A spreadsheet runs a cell that starts with one of these as a formula; names and tags come
# from members' files, so such a cell is written with a leading apostrophe (OWASP's advice).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _names(items: Any) -> list[str]:
    return [item.get("name") or "" for item in items or [] if isinstance(item, dict)]


def _cleaners() -> list[Callable[[Any], Any]]:
    """For each column, what turns its database value into plain JSON-ready data."""

    def plain(value: Any) -> Any:
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, date):
            return value.isoformat()
        return value

    def listed(value: Any) -> list[str] | None:
        return None if value is None else [str(item) for item in value]

    def named(value: Any) -> list[str] | None:
        return None if value is None else _names(value)

    cleaners = []
    for column, _ in FIELDS:
        if column in _NAMED:
            cleaners.append(named)
        elif column in ("genres", "tags"):
            cleaners.append(listed)
        else:
            cleaners.append(plain)
    return cleaners


def film_rows(films: Iterable[Any] | None = None, *, session_id: Any = None) -> Iterator[list]:
    """Each film of the session as a list of plain values in `COLUMNS` order, read a batch at
    a time. The films table's order: by name without its article, then year."""
    if films is None:
        films = (
            Movie.objects.filter(session_id=session_id)
            .order_by("sort_name", "year", "pk")
            .values_list(*(source for _, source in FIELDS))
            .iterator(chunk_size=BATCH)
        )
    cleaners = _cleaners()
    for row in films:
        yield [clean(value) for clean, value in zip(cleaners, row, strict=True)]


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: lists joined, booleans as true/false, and text that a
    spreadsheet would run as a formula made inert."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_chunks(rows: Iterable[list]) -> Iterator[str]:
    """The CSV text, header first, a batch of rows to a chunk. It starts with a byte-order
    mark, so that a spreadsheet reads accents as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    yield "\ufeff" + buffer.getvalue()
    batch: list[list] = []
    for row in rows:
        batch.append([csv_cell(value) for value in row])
        if len(batch) == BATCH:
            yield _csv_text(batch)
            batch = []
    if batch:
        yield _csv_text(batch)


def _csv_text(batch: list[list]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(batch)
    return buffer.getvalue()


def json_chunks(rows: Iterable[list], about: dict[str, Any]) -> Iterator[str]:
    """`{…about, "films": [{…}, …]}` as JSON text, a batch of films to a chunk."""
    head = json.dumps(about, ensure_ascii=False)[:-1]
    yield (head + ", " if about else "{") + '"films": ['
    first = True
    batch: list[str] = []
    encode = json.JSONEncoder(ensure_ascii=False).encode
    for row in rows:
        batch.append(encode(dict(zip(COLUMNS, row, strict=True))))
        if len(batch) == BATCH:
            yield ("" if first else ",\n") + ",\n".join(batch)
            first, batch = False, []
    if batch:
        yield ("" if first else ",\n") + ",\n".join(batch)
    yield "]}\n"
