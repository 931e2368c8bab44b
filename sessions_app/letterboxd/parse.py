"""parse_export: the member's upload in, films and viewings out. No Django, no disk, no network."""

from __future__ import annotations

from collections.abc import Callable

from .errors import ExportError
from .films import FilmBuilder
from .kinds import DIARY, KINDS, LIKES, PROFILE, RATINGS, REVIEWS, WATCHED, WATCHLIST, Kind
from .limits import Limits
from .results import ParsedExport
from .tables import RowBudget, Table, open_table
from .upload import collect_export_files
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


DEFAULT_LIMITS = Limits()


def parse_export(files: list[tuple[str, bytes]], limits: Limits = DEFAULT_LIMITS) -> ParsedExport:
    """Parse what a member uploaded: the export ZIP, or one or more of its CSV files.

    Raises ExportError (ExportTooLarge for the size and row caps) with a message for the member.
    """
    log = WarningLog()
    found = collect_export_files(files, limits, log)
    budget = RowBudget(limits.max_rows)
    builder = FilmBuilder(log)
    rows_read: dict[str, int] = {}
    for kind, add in _READ_ORDER:
        export_file = found.get(kind)
        if export_file is None:
            continue
        table = open_table(kind.filename, export_file.text, kind, budget)
        builder.begin(table)
        add(builder, table)
        rows_read[kind.name] = table.rows_read

    films, viewings = builder.finish()
    if not films:
        raise ExportError(
            "There are no watched films in this export yet. Mark films as watched on "
            "Letterboxd, then export your data again."
        )
    return ParsedExport(
        films=films,
        viewings=viewings,
        username=builder.username,
        files=[kind.filename for kind in KINDS if kind in found],
        rows_read={kind.name: rows_read[kind.name] for kind in KINDS if kind in found},
        warnings=log.warnings(),
        warning_count=log.total,
    )
