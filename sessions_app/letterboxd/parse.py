"""parse_export: the member's upload in, films and viewings out. No Django, no disk, no network."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Sequence
from typing import BinaryIO

from .dates import ISO, DateEvidence, decide_date_forms, scan_dates
from .errors import ExportError, ExportTooLarge
from .films import FilmBuilder, TooManyFilms
from .kinds import (
    DIARY,
    KINDS,
    LIKES,
    PROFILE,
    RATINGS,
    REVIEWS,
    WATCH_KINDS,
    WATCHED,
    WATCHLIST,
    Kind,
)
from .limits import Limits
from .lists import read_lists
from .results import ParsedExport, ParsedFilm
from .tables import RowBudget, Table, open_table
from .upload import ExportFile, collect_export_files
from .warning_log import WarningLog

# Film-URI files first so diary rows can join their films; diary before reviews, which attach
# to diary viewings.
_READ_ORDER: tuple[tuple[Kind, Callable[[FilmBuilder, Table], None]], ...] = (
    (WATCHED, FilmBuilder.add_watched),
    (RATINGS, FilmBuilder.add_ratings),
    (LIKES, FilmBuilder.add_likes),
    (WATCHLIST, FilmBuilder.add_watchlist),
    (DIARY, FilmBuilder.add_diary),
    (REVIEWS, FilmBuilder.add_reviews),
    (PROFILE, FilmBuilder.add_profile),
)
# The columns holding dates, by the file's columns ("Date" first: rows run in its order).
_DATE_COLUMNS = ("Date", "Watched Date")
_GET_THE_EXPORT = (
    "Upload the whole export ZIP from letterboxd.com → Settings → Data → Export your data"
)


DEFAULT_LIMITS = Limits()


def parse_export(
    files: Sequence[tuple[str, bytes | BinaryIO]], limits: Limits = DEFAULT_LIMITS
) -> ParsedExport:
    """Parse what a member uploaded: the export ZIP, or one or more of its CSV files, each as
    bytes or as a seekable binary file (read as a stream, never whole).

    Raises ExportError (ExportTooLarge for the size, row and film caps) with a message for the
    member.
    """
    uploads = [
        (name, io.BytesIO(content) if isinstance(content, bytes) else content)
        for name, content in files
    ]
    log = WarningLog()
    with contextlib.ExitStack() as closing:
        list_files: list = []
        found = collect_export_files(uploads, limits, log, closing, list_files)
        date_forms = decide_date_forms(_date_evidence(found, limits), log)
        budget = RowBudget(limits.max_rows)
        builder = FilmBuilder(log, limits.max_films, limits.max_text_bytes)
        rows_read: dict[str, int] = {}
        for kind, add in _READ_ORDER:
            export_file = found.get(kind)
            if export_file is None:
                continue
            with export_file.open_text() as text:
                table = open_table(kind.filename, text, kind, budget)
                builder.begin(table, date_forms.get(kind.filename, ISO))
                try:
                    add(builder, table)
                except TooManyFilms as over:
                    raise _too_many_films(builder, table, kind, over, found, limits) from None
            rows_read[kind.name] = table.rows_read

        lists = read_lists(list_files, budget, log)

    films, viewings = builder.finish()
    _refuse_or_explain_unwatched(films, found, rows_read, log)
    return ParsedExport(
        films=films,
        viewings=viewings,
        username=builder.username,
        files=[kind.filename for kind in KINDS if kind in found],
        rows_read={kind.name: rows_read[kind.name] for kind in KINDS if kind in found},
        warnings=log.warnings(),
        warning_count=log.total,
        favourites=builder.favourites,
        lists=lists,
    )


def _date_evidence(found: dict[Kind, ExportFile], limits: Limits) -> list[DateEvidence]:
    """What each file's dates say about their form. A file whose first dates are YYYY-MM-DD
    (every file Letterboxd wrote) costs a few rows; only a re-saved file is read through."""
    evidences = []
    for kind, _add in _READ_ORDER:
        export_file = found.get(kind)
        if export_file is None or kind is PROFILE:
            continue
        # Its own row budget: this pass must not use up the real one, but still stops where
        # the real one would.
        with export_file.open_text() as text:
            table = open_table(kind.filename, text, kind, RowBudget(limits.max_rows))
            evidence = scan_dates(table, _DATE_COLUMNS)
        if evidence is not None:
            evidences.append(evidence)
    return evidences


def _too_many_films(
    builder: FilmBuilder,
    table: Table,
    kind: Kind,
    over: TooManyFilms,
    found: dict[Kind, ExportFile],
    limits: Limits,
) -> ExportTooLarge:
    """The refusal of an export listing more films than the cap: the count goes on to the end
    of the file the cap was passed in (only counting), so the member sees how far over it is;
    files after it are not read, and the count then says "at least"."""
    listed = builder.count_films_to_the_end(table, over, by_title=kind in (DIARY, REVIEWS))
    later = [k for k, _add in _READ_ORDER if k in found and k is not PROFILE]
    at_least = "at least " if later.index(kind) < len(later) - 1 else ""
    return ExportTooLarge(
        f"This export lists {at_least}{listed:,} films; the most we take is "
        f"{limits.max_films:,}. Upload the export exactly as Letterboxd made it, or only its "
        "watched.csv and diary.csv."
    )


def _refuse_or_explain_unwatched(
    films: list[ParsedFilm],
    found: dict[Kind, ExportFile],
    rows_read: dict[str, int],
    log: WarningLog,
) -> None:
    """An upload without a single film to show is refused with what is true of it; one whose
    films are all unwatched (only liked, say) is kept with a warning saying why."""
    if any(film.watched for film in films):
        return
    watch_files = [kind for kind in KINDS if kind in found and kind in WATCH_KINDS]
    empty = [kind for kind in watch_files if rows_read.get(kind.name) == 0]
    if WATCHED in empty:
        raise ExportError(
            "There are no watched films in this export yet. Mark films as watched on "
            "Letterboxd, then export your data again."
        )
    if empty == watch_files:
        names = " and ".join(kind.filename for kind in empty)
        has = "has" if len(empty) == 1 else "have"
        raise ExportError(
            f"{names} {has} no rows: only the column names, so there is nothing to count. "
            f"{_GET_THE_EXPORT}."
        )
    shown = [film for film in films if film.liked or film.review_count or film.viewing_count]
    if not shown:
        names = " and ".join(kind.filename for kind in watch_files)
        raise ExportError(f"No film could be read from {names}. {_GET_THE_EXPORT}.")
    if all(film.liked for film in shown):
        log.note(
            LIKES.filename,
            "Only liked films, none watched: likes/films.csv lists the films you liked, which "
            f"Letterboxd does not count as watched. {_GET_THE_EXPORT} to see your watched films.",
        )
    else:
        log.note(
            watch_files[0].filename,
            "None of these films counts as watched: Letterboxd counts the films in watched.csv, "
            "or when it is missing, those with a diary entry, a rating or a dated review. "
            f"{_GET_THE_EXPORT} to see your watched films.",
        )
