"""Reading an export CSV: columns found by header name, rows counted against the row cap."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .errors import ExportError, ExportTooLarge
from .kinds import Kind

# Reviews can be long, and the csv module's default field limit (128 KiB) would reject them.
# The whole file is already capped by the upload limits, so a generous limit costs nothing.
_FIELD_SIZE_LIMIT = 16 * 1024 * 1024


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
        except csv.Error:
            # The csv module's own message speaks to programmers; the line number helps members.
            raise _broken(self.label, reader.line_num) from None
        finally:
            budget.used += lines
            self.rows_read += read


def _first_line(text: str) -> str:
    # Not text.split("\n", 1): that would copy the whole rest of a large file.
    end = text.find("\n")
    return (text if end < 0 else text[:end]).rstrip("\r")


def _delimiter(first_line: str) -> str:
    """The separator the header uses most: a spreadsheet in a European locale re-saves with ";",
    a "Unicode text" save with tabs. Header names never hold any of the three."""
    counts = {candidate: first_line.count(candidate) for candidate in (",", ";", "\t")}
    best = max(counts, key=counts.__getitem__)  # dict order breaks a tie in favour of ","
    return best if counts[best] else ","


def read_header(text: str) -> list[str]:
    first_line = _first_line(text)
    try:
        return next(csv.reader([first_line], delimiter=_delimiter(first_line)), [])
    except csv.Error:
        return []


def open_table(label: str, text: str, kind: Kind, budget: RowBudget) -> Table:
    if csv.field_size_limit() < _FIELD_SIZE_LIMIT:
        csv.field_size_limit(_FIELD_SIZE_LIMIT)
    first_line = _first_line(text)
    # newline="" keeps the \r\n inside quoted reviews for the csv module to handle.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
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
