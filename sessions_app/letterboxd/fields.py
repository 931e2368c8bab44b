"""Parsing single cells. Each parser returns the value, or raises ValueError for a cell the
caller should leave out and count as a warning; an empty cell is a valid "no value"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

# Every valid rating, in the forms Letterboxd writes ("4", "3.5") and a spreadsheet may ("4.0",
# and "3,5" or "4,0" in a locale with a decimal comma: no rating reads as anything else).
# A lookup is exact and faster than parsing a number and checking its range and step.
_RATINGS: dict[str, Decimal] = {}
for _halves in range(1, 11):
    _value = Decimal(_halves) / 2
    for _written in (str(_value), f"{_value:.1f}"):  # "0.5", "1", ... "5"; "1.0", ... "5.0"
        _RATINGS[_written] = _RATINGS[_written.replace(".", ",")] = _value
del _halves, _value, _written


def parse_rating(cell: str) -> Decimal | None:
    cell = cell.strip()
    if not cell:
        return None
    try:
        return _RATINGS[cell]
    except KeyError:
        raise ValueError(cell) from None


def parse_date(cell: str) -> date | None:
    cell = cell.strip()
    if not cell:
        return None
    # fromisoformat also takes "20230101" and week dates; the export only writes YYYY-MM-DD.
    if len(cell) != 10 or cell[4] != "-" or cell[7] != "-":
        raise ValueError(cell)
    return date.fromisoformat(cell)


def parse_year(cell: str) -> int | None:
    cell = cell.strip()
    if not cell:
        return None
    # isascii: str.isdigit() also accepts digits such as "²" that int() refuses.
    if len(cell) != 4 or cell[0] not in "12" or not (cell.isascii() and cell.isdigit()):
        raise ValueError(cell)
    return int(cell)


def parse_rewatch(cell: str) -> bool:
    cell = cell.strip().lower()
    if cell == "yes":
        return True
    if cell in ("", "no"):
        return False
    raise ValueError(cell)


def parse_tags(cell: str) -> list[str]:
    if not cell:
        return []
    return [tag for tag in (part.strip() for part in cell.split(", ")) if tag]
