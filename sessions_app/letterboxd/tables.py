"""Reading an export CSV: columns found by header name, rows counted against the row cap."""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from .errors import ExportError, ExportTooLarge
from .kinds import Kind

# Reviews can be long, and the csv module's default field limit (128 KiB) would reject them.
# Rows are read one at a time, so the longest cell, not the file, is what one row can cost: the
# csv module builds a cell at 4 bytes a character. A million characters is a review of some
# 170,000 words, the length of a long novel.
_FIELD_SIZE_LIMIT = 1024 * 1024
# A line is read whole before the csv module sees it; one holds a review's first line and the
# short cells around it. A file without line breaks must not be read as one line.
_MAX_LINE_CHARS = 2 * _FIELD_SIZE_LIMIT


@dataclass
class RowBudget:
    """Rows left before the upload counts as too large; shared by all files of one upload."""

    limit: int
    used: int = 0


class Table:
    """An export CSV's columns, and its data rows padded to the header's width, read lazily.

    Blank lines are skipped; every line still counts against the row cap.
    """

    def __init__(
        self, label: str, reader: Any, columns: dict[str, int], width: int, budget: RowBudget
    ) -> None:
        self.label = label
        self.columns = columns  # lowercased header name -> index
        self.rows_read = 0
        self.line = 1  # the line (the header is 1) where the row last yielded starts
        self._reader = reader
        self._width = width
        self._budget = budget

    def index(self, column: str) -> int:
        return self.columns[column.lower()]

    def __iter__(self) -> Iterator[list[str]]:
        # Counters are kept in locals and written back at the end: this runs once per row.
        budget, width, reader = self._budget, self._width, self._reader
        allowed = budget.limit - budget.used
        lines = read = 0
        end = reader.line_num  # the last line of the row before, so a row starts on end + 1
        try:
            for row in reader:
                # Counted before anything else so a huge file stops here, not after parsing it.
                lines += 1
                if lines > allowed:
                    raise ExportTooLarge(
                        f"The export has more than {budget.limit:,} rows, more than we can read."
                    )
                # A review spans lines, so a row's first line is not reader.line_num (its last).
                self.line = end + 1
                end = reader.line_num
                if len(row) < width:
                    if not row:
                        continue
                    row += [""] * (width - len(row))
                read += 1
                yield row
        except csv.Error as error:
            # The csv module's own message speaks to programmers; the line number helps members.
            if str(error).startswith("field larger than field limit"):
                raise _cell_too_long(self.label, reader.line_num) from None
            raise _broken(self.label, reader.line_num) from None
        finally:
            budget.used += lines
            self.rows_read += read


def _lines(label: str, text: TextIO) -> Iterator[str]:
    """The file's lines as the csv module wants them, none longer than _MAX_LINE_CHARS."""
    readline = text.readline
    number = 0
    while line := readline(_MAX_LINE_CHARS + 1):
        number += 1
        if len(line) > _MAX_LINE_CHARS:
            raise ExportTooLarge(
                f"Line {number:,} of {label} is longer than {_MAX_LINE_CHARS:,} characters, "
                "far longer than a Letterboxd export's. Upload the file as Letterboxd exported it."
            )
        yield line


def _delimiter(first_line: str) -> str:
    """The separator the header uses most: a spreadsheet in a European locale re-saves with ";",
    a "Unicode text" save with tabs. Header names never hold any of the three."""
    counts = {candidate: first_line.count(candidate) for candidate in (",", ";", "\t")}
    best = max(counts, key=counts.__getitem__)  # dict order breaks a tie in favour of ","
    return best if counts[best] else ","


def read_header(label: str, text: TextIO) -> list[str]:
    """The cells of the file's first line, or [] when it has none the csv module can read."""
    first_line = next(_lines(label, text), "")
    try:
        return next(csv.reader([first_line], delimiter=_delimiter(first_line)), [])
    except csv.Error:
        return []


def open_table(label: str, text: TextIO, kind: Kind, budget: RowBudget) -> Table:
    if csv.field_size_limit() < _FIELD_SIZE_LIMIT:
        csv.field_size_limit(_FIELD_SIZE_LIMIT)
    lines = _lines(label, text)
    first_line = next(lines, "")
    reader = csv.reader(itertools.chain((first_line,), lines), delimiter=_delimiter(first_line))
    try:
        header = next(reader, None)
    except csv.Error:
        raise _broken(label, reader.line_num) from None
    if not header or not any(cell.strip() for cell in header):
        raise ExportError(f"{label} is empty.")
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        columns.setdefault(cell.strip().lower(), index)
    for required in kind.columns:
        if required.lower() not in columns:
            raise ExportError(
                f"{label} does not look like a Letterboxd export: it has no '{required}' column."
            )
    return Table(label, reader, columns, len(header), budget)


def _broken(label: str, line: int) -> ExportError:
    return ExportError(
        f"{label} is not a well-formed CSV file (the problem is near line {line:,}). "
        "Upload the file as Letterboxd exported it."
    )


def _cell_too_long(label: str, line: int) -> ExportTooLarge:
    return ExportTooLarge(
        f"{label} has a cell longer than {_FIELD_SIZE_LIMIT:,} characters (near line {line:,}), "
        "more than we read in one cell. Upload the file as Letterboxd exported it."
    )


# The line reader with its length cap, for the list files' own reader (`lists`).
lines_of = _lines
