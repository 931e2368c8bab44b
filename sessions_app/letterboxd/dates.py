"""Which form an export file's dates are written in, found from the dates themselves.

Letterboxd writes YYYY-MM-DD. A spreadsheet that re-saves the file writes its locale's form
instead: 30/06/2022, 30.06.2022, 30-6-2022, 6/30/2022, 30/06/22, 2022/06/30. A file has one form
(a spreadsheet formats a whole column alike, and the Date and Watched Date columns alike), so the
form is decided once per file, from all of its dates, before any row is read for real.

Day-first or month-first is told by a number over 12: 30/06/2022 can only be day-first. When no
date of a file settles it (every day is 12 or less), the order is taken, in this order of
preference, from:

1. another file of the same upload written with the same separator whose dates do settle it,
   since one spreadsheet re-saved both;
2. the order of the rows: Letterboxd writes each file's rows in date order, and a diary entry is
   never watched after it was logged, so when exactly one reading keeps the rows in date order
   (and every Watched Date on or before its Date), that reading is right;
3. otherwise day-first, the order most countries write.

Such a file always gets a warning saying which reading was taken and why: an order that was not
proven by the file's own dates is never taken silently.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from .fields import parse_date
from .tables import Table
from .warning_log import WarningLog

# Three numbers with one separator, and the time a spreadsheet may add to a date-time cell.
# ASCII digits only: \d would also take digits such as "２" that no spreadsheet writes.
_NUMERIC_DATE = re.compile(
    r"(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?", re.ASCII
)
_ISO_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
# A file whose first dates are all YYYY-MM-DD is Letterboxd's own: the rest is not scanned.
_ISO_SAMPLE = 20


@dataclass(frozen=True)
class DateForm:
    label: str  # as members know it: "YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YY"
    order: str  # "ymd", "dmy" or "mdy"
    parse: Callable[[str], date | None]  # None for an empty cell; ValueError for a bad one


def _two_digit_year(year: int) -> int:
    # POSIX strptime's %y rule: 69-99 are 1969-1999, 00-68 are 2000-2068. Every Letterboxd
    # date (the site opened in 2011) and most watched dates fall on the right side of it.
    return year + (1900 if year >= 69 else 2000)


def _numeric_parser(order: str) -> Callable[[str], date | None]:
    def parse(cell: str) -> date | None:
        cell = cell.strip()
        if not cell:
            return None
        match = _NUMERIC_DATE.fullmatch(cell)
        if match is None:
            raise ValueError(cell)
        first, _sep, second, third = match.groups()
        if order == "ymd":
            if len(first) != 4 or len(third) > 2:
                raise ValueError(cell)
            year, month, day = int(first), int(second), int(third)
        else:
            if len(first) > 2 or len(third) not in (2, 4):
                raise ValueError(cell)
            day, month = (first, second) if order == "dmy" else (second, first)
            year, month, day = int(third), int(month), int(day)
            if len(third) == 2:
                year = _two_digit_year(year)
        return date(year, month, day)  # ValueError for 31/02 and month 13

    return parse


ISO = DateForm("YYYY-MM-DD", "ymd", parse_date)
_PARSERS = {order: _numeric_parser(order) for order in ("ymd", "dmy", "mdy")}
_READINGS = {"dmy": "day-first", "mdy": "month-first"}


def numeric_form(order: str, separator: str = "/", short_year: bool = False) -> DateForm:
    year = "YY" if short_year else "YYYY"
    if order == "ymd":
        label = f"YYYY{separator}MM{separator}DD"
    elif order == "dmy":
        label = f"DD{separator}MM{separator}{year}"
    else:
        label = f"MM{separator}DD{separator}{year}"
    return DateForm(label, order, _PARSERS[order])


@dataclass
class DateEvidence:
    """What the dates of one file say about their form."""

    file: str
    cells: int = 0
    iso: int = 0  # YYYY-MM-DD, Letterboxd's own
    year_first: int = 0  # other year-first forms: 2022/06/30, 2022-06-30 00:00:00
    day_first: int = 0  # first number over 12: only a day-first reading fits
    month_first: int = 0  # second number over 12: only a month-first reading fits
    either: int = 0  # both numbers 12 or less
    separators: Counter[str] = field(default_factory=Counter)
    short_years: int = 0
    year_separator: str = ""  # of the first year-first date that is not YYYY-MM-DD
    # A date that only one reading fits, by reading, to show the member.
    examples: dict[str, str] = field(default_factory=dict)
    # Whether the rows run in date order under each reading (ascending or descending), and
    # every Watched Date falls on or before its Date.
    in_order: dict[str, bool] = field(default_factory=lambda: {"dmy": True, "mdy": True})
    line: int | None = None  # the first date's line, for the warning

    @property
    def numeric(self) -> int:
        return self.day_first + self.month_first + self.either


def scan_dates(table: Table, columns: tuple[str, ...]) -> DateEvidence | None:
    """The evidence of a file's date columns, or None when it reads as Letterboxd's own
    YYYY-MM-DD (decided from its first dates, so an untouched export costs a few rows)."""
    evidence = DateEvidence(table.label)
    indexes = [table.index(column) for column in columns if column.lower() in table.columns]
    if not indexes:
        return None
    # Day-first and month-first keys of the previous row's first date, and each reading's
    # direction so far (+1 ascending, -1 descending, 0 not yet known).
    previous: dict[str, tuple[int, int, int]] = {}
    direction = {"dmy": 0, "mdy": 0}
    for row in table:
        keys: list[dict[str, tuple[int, int, int]] | None] = []
        for index in indexes:
            cell = row[index].strip()
            if not cell:
                keys.append(None)
                continue
            if evidence.line is None:
                evidence.line = table.line
            keys.append(_classify(cell, evidence))
        if evidence.cells >= _ISO_SAMPLE and evidence.iso == evidence.cells:
            return None
        _follow_order(keys, previous, direction, evidence)
    if evidence.iso == evidence.cells:
        return None
    return evidence


def _classify(cell: str, evidence: DateEvidence) -> dict[str, tuple[int, int, int]] | None:
    """Count one date cell; for a day-or-month-first date, its (year, month, day) under each
    reading that fits it."""
    evidence.cells += 1
    if _ISO_SHAPE.fullmatch(cell):
        evidence.iso += 1
        return None
    match = _NUMERIC_DATE.fullmatch(cell)
    if match is None:
        return None
    first, separator, second, third = match.groups()
    if len(first) == 4:
        evidence.year_first += 1
        evidence.year_separator = evidence.year_separator or separator
        return None
    if len(first) > 2 or len(third) not in (2, 4):
        return None
    a, b, year = int(first), int(second), int(third)
    if len(third) == 2:
        year = _two_digit_year(year)
        evidence.short_years += 1
    evidence.separators[separator] += 1
    if a > 12 and b <= 12:
        evidence.day_first += 1
        evidence.examples.setdefault("dmy", cell)
    elif b > 12 and a <= 12:
        evidence.month_first += 1
        evidence.examples.setdefault("mdy", cell)
    elif a <= 12 and b <= 12:
        evidence.either += 1
    return {"dmy": (year, b, a), "mdy": (year, a, b)}


def _follow_order(
    keys: list[dict[str, tuple[int, int, int]] | None],
    previous: dict[str, tuple[int, int, int]],
    direction: dict[str, int],
    evidence: DateEvidence,
) -> None:
    first = keys[0] if keys else None
    for reading in ("dmy", "mdy"):
        if not evidence.in_order[reading]:
            continue
        # Diary and reviews: Watched Date (the second column) is never after Date (the first).
        watched = keys[1] if len(keys) > 1 else None
        if first is not None and watched is not None and watched[reading] > first[reading]:
            evidence.in_order[reading] = False
            continue
        if first is None:
            continue
        key = first[reading]
        before = previous.get(reading)
        previous[reading] = key
        if before is None or key == before:
            continue
        step = 1 if key > before else -1
        if direction[reading] == 0:
            direction[reading] = step
        elif direction[reading] != step:
            evidence.in_order[reading] = False


def decide_date_forms(evidences: list[DateEvidence], log: WarningLog) -> dict[str, DateForm]:
    """The date form of each scanned file whose dates are not all YYYY-MM-DD, by file; files
    not listed read as YYYY-MM-DD."""
    forms: dict[str, DateForm] = {}
    # Separator -> (order, file, example) from files whose own dates settle the order.
    settled: dict[str, tuple[str, str, str]] = {}
    undecided: list[DateEvidence] = []
    for evidence in evidences:
        if evidence.numeric <= evidence.iso + evidence.year_first:
            # Year first: a 2022/06/30 reads one way only. The parser for it takes
            # YYYY-MM-DD too, should the file mix them.
            if evidence.year_first:
                forms[evidence.file] = numeric_form("ymd", evidence.year_separator)
            continue
        if evidence.day_first == evidence.month_first:
            undecided.append(evidence)
            continue
        order = "dmy" if evidence.day_first > evidence.month_first else "mdy"
        separator = evidence.separators.most_common(1)[0][0]
        forms[evidence.file] = _form(order, evidence)
        settled.setdefault(separator, (order, evidence.file, evidence.examples[order]))

    for evidence in undecided:
        separator = evidence.separators.most_common(1)[0][0]
        if separator in settled:
            order, other_file, example = settled[separator]
            reason = (
                f"as in {other_file}, saved the same way, where {example} can only be "
                f"{_READINGS[order]}"
            )
        elif evidence.in_order["dmy"] != evidence.in_order["mdy"]:
            order = "dmy" if evidence.in_order["dmy"] else "mdy"
            reason = "the only reading that keeps the rows in date order, as Letterboxd writes them"
        else:
            order = "dmy"
            reason = "the order most countries write dates in"
        forms[evidence.file] = _form(order, evidence)
        day_first, month_first = _form("dmy", evidence), _form("mdy", evidence)
        if evidence.day_first:
            # As many dates only fit one reading as only fit the other.
            which = f"The dates in {evidence.file} contradict each other"
        else:
            which = f"Every date in {evidence.file} could be read day-first or month-first"
        log.note(
            evidence.file,
            f"{which} ({day_first.label} or {month_first.label}); they were read "
            f"{_READINGS[order]}, {reason}. If the dates look wrong, upload the file as "
            "Letterboxd exported it.",
            evidence.line,
        )
    return forms


def _form(order: str, evidence: DateEvidence) -> DateForm:
    separator = evidence.separators.most_common(1)[0][0]
    return numeric_form(order, separator, short_year=evidence.short_years * 2 > evidence.numeric)
