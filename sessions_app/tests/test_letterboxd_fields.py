from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from sessions_app.letterboxd.fields import (
    parse_date,
    parse_rating,
    parse_rewatch,
    parse_tags,
    parse_year,
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("4", Decimal("4")), ("3.5", Decimal("3.5")), ("0.5", Decimal("0.5")), ("5", Decimal("5"))],
)
def test_rating_reads_half_steps_as_letterboxd_writes_them(cell: str, expected: Decimal) -> None:
    assert parse_rating(cell) == expected


def test_rating_accepts_spreadsheet_style_trailing_zero() -> None:
    assert parse_rating("4.0") == Decimal("4")


@pytest.mark.parametrize(
    ("cell", "expected"), [("4,5", Decimal("4.5")), ("0,5", Decimal("0.5")), ("4,0", Decimal("4"))]
)
def test_rating_accepts_a_decimal_comma(cell: str, expected: Decimal) -> None:
    assert parse_rating(cell) == expected


def test_empty_rating_means_unrated() -> None:
    assert parse_rating("") is None
    assert parse_rating("  ") is None


@pytest.mark.parametrize("cell", ["7", "0", "2.3", "abc", "-1", "5.5", "4,3", "45", "4,50", "NaN"])
def test_rating_outside_half_steps_from_half_to_five_is_refused(cell: str) -> None:
    with pytest.raises(ValueError):
        parse_rating(cell)


def test_date_reads_iso_dates() -> None:
    assert parse_date("2023-02-28") == date(2023, 2, 28)
    assert parse_date("") is None


@pytest.mark.parametrize("cell", ["2023-02-30", "31/12/2020", "20230101", "2023-1-01", "yesterday"])
def test_impossible_or_malformed_dates_are_refused(cell: str) -> None:
    with pytest.raises(ValueError):
        parse_date(cell)


def test_year_reads_four_digits_or_nothing() -> None:
    assert parse_year("1956") == 1956
    assert parse_year("") is None


@pytest.mark.parametrize("cell", ["19x6", "56", "²⁰²³", "0000", "20233", "2023.0"])
def test_junk_years_are_refused(cell: str) -> None:
    with pytest.raises(ValueError):
        parse_year(cell)


def test_rewatch_is_yes_or_empty_or_no() -> None:
    assert parse_rewatch("Yes") is True
    assert parse_rewatch("") is False
    assert parse_rewatch("No") is False
    with pytest.raises(ValueError):
        parse_rewatch("maybe")


def test_tags_split_on_comma_space_and_drop_empties() -> None:
    assert parse_tags("cinema, with friends, , 2024 ") == ["cinema", "with friends", "2024"]
    assert parse_tags("") == []
