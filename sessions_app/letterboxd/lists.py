"""The member's lists (lists/<slug>.csv in the export ZIP), summed up for the dashboard: how many,
how long, and the films on most of them.

A list file starts with a preamble: "Letterboxd list export v7", the list's own header and row
(Date, Name, Tags, URL, Description), a blank line, then "Position,Name,Year,URL,Description"
and one film a row. Only the summary is kept, never the lists themselves. A list that cannot be
read is skipped with a note: lists are extras, and one broken file must not refuse an upload.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .decoding import detect_encoding, open_text
from .errors import ExportError, ExportTooLarge
from .sources import Source
from .tables import RowBudget, lines_of
from .warning_log import WarningLog

PREAMBLE = "letterboxd list export"
# What the summary keeps: the longest lists, and the films on the most lists.
TOP_LISTS = 15
TOP_FILMS = 10
MAX_NAME = 200


def read_lists(sources: Iterable[tuple[str, Source]], budget: RowBudget, log: WarningLog) -> dict:
    """The summary of the list files `sources` (label, file): see `summarise`."""
    lists: list[tuple[str, list[tuple[str, str, str]]]] = []
    for label, source in sources:
        try:
            if source.is_blank():
                continue
            codec = detect_encoding(label, source, log)
            with open_text(source, codec) as text:
                read = _read_list(label, text, budget)
        except ExportTooLarge:
            raise
        except (ExportError, csv.Error, UnicodeError):
            read = None
        if read is None:
            log.note(label, f"{label} could not be read as a Letterboxd list; it was skipped.")
            continue
        lists.append(read)
    return summarise(lists)


def _read_list(
    label: str, text: Any, budget: RowBudget
) -> tuple[str, list[tuple[str, str, str]]] | None:
    """The list's name and its films as (name, year, URL), or None when it is not a list."""
    reader = csv.reader(lines_of(label, text))
    name = ""
    films: list[tuple[str, str, str]] = []
    columns: dict[str, int] | None = None
    for number, row in enumerate(reader, start=1):
        budget.used += 1
        if budget.used > budget.limit:
            raise ExportTooLarge(
                f"The export has more than {budget.limit:,} rows, more than we can read."
            )
        if number == 1:
            if not row or not row[0].strip().lower().startswith(PREAMBLE):
                return None
            continue
        if number == 3 and len(row) > 1:
            name = row[1].strip()[:MAX_NAME]
            continue
        if columns is None:
            cells = [cell.strip().lower() for cell in row]
            if "position" in cells and "name" in cells:
                columns = {cell: i for i, cell in enumerate(cells)}
            continue
        if not any(row):
            continue
        films.append(tuple(_cell(row, columns, key) for key in ("name", "year", "url")))
    return (name, films) if columns is not None else None


def _cell(row: list[str], columns: dict[str, int], key: str) -> str:
    i = columns.get(key)
    return row[i].strip() if i is not None and i < len(row) else ""


def summarise(lists: list[tuple[str, list[tuple[str, str, str]]]]) -> dict:
    """{"count", "films" (entries in all), "longest": [{"name", "size"}], "most_listed":
    [{"name", "year", "uri", "lists"}]}: films are told apart by their URL (else name and
    year), and only films on two lists or more are "most listed"."""
    on_lists: Counter[tuple[str, str, str]] = Counter()
    for _, films in lists:
        seen = {}
        for name, year, url in films:
            key = url or f"{name}\x00{year}"
            seen.setdefault(key, (name, year, url))
        on_lists.update(seen.values())
    longest = sorted(
        ({"name": name or "Untitled list", "size": len(films)} for name, films in lists),
        key=lambda entry: (-entry["size"], entry["name"].casefold()),
    )
    most = sorted(
        ((film, times) for film, times in on_lists.items() if times > 1),
        key=lambda item: (-item[1], item[0][0].casefold(), item[0][1]),
    )[:TOP_FILMS]
    return {
        "count": len(lists),
        "films": sum(len(films) for _, films in lists),
        "longest": longest[:TOP_LISTS],
        "most_listed": [
            {
                "name": name[:MAX_NAME],
                "year": int(year) if year.isdigit() else None,
                "uri": url[:500],
                "lists": times,
            }
            for (name, year, url), times in most
        ],
    }
