"""Dates in the form a spreadsheet re-saved them, told apart by the dates themselves."""

from __future__ import annotations

import io
from datetime import date

import pytest

from sessions_app.letterboxd import parse_export
from sessions_app.letterboxd.dates import scan_dates
from sessions_app.letterboxd.kinds import WATCHED
from sessions_app.letterboxd.tables import RowBudget, open_table
from sessions_app.tests.export_factory import (
    DIARY_HEADER,
    RATINGS_HEADER,
    WATCHED_HEADER,
    csv_bytes,
    messages,
)


def watched_on(*dates: str) -> tuple[str, bytes]:
    rows = [[on, f"Film {i}", "2000", f"u:{i}"] for i, on in enumerate(dates)]
    return ("watched.csv", csv_bytes(WATCHED_HEADER, rows))


def marked(export) -> list[date | None]:
    return [film.marked_watched_on for film in export.films]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (("30/06/2022", "01/07/2022"), [date(2022, 6, 30), date(2022, 7, 1)]),
        (("30.06.2022", "1.7.2022"), [date(2022, 6, 30), date(2022, 7, 1)]),
        (("30-6-2022", "1-7-2022"), [date(2022, 6, 30), date(2022, 7, 1)]),
        (("6/30/2022", "7/1/2022"), [date(2022, 6, 30), date(2022, 7, 1)]),
        (("30/06/22", "01/07/95"), [date(2022, 6, 30), date(1995, 7, 1)]),
        (("6/30/22", "7/1/68"), [date(2022, 6, 30), date(2068, 7, 1)]),
        (("2022/06/30", "2022/07/01"), [date(2022, 6, 30), date(2022, 7, 1)]),
        (("2022-06-30 00:00:00", "2022-07-01 00:00"), [date(2022, 6, 30), date(2022, 7, 1)]),
    ],
)
def test_a_file_is_read_in_the_date_form_its_dates_prove(
    cells: tuple[str, str], expected: list[date]
) -> None:
    export = parse_export([watched_on(*cells)])

    assert marked(export) == expected
    assert messages(export) == []


def test_one_day_over_twelve_settles_the_whole_file() -> None:
    export = parse_export([watched_on("03/04/2022", "05/04/2022", "13/04/2022")])

    assert marked(export) == [date(2022, 4, 3), date(2022, 4, 5), date(2022, 4, 13)]


def test_an_impossible_date_is_left_out_with_a_warning_naming_the_files_form() -> None:
    export = parse_export([watched_on("30/06/2022", "31/02/2022", "yesterday")])

    assert marked(export) == [date(2022, 6, 30), None, None]
    assert messages(export) == [
        "2 dates in watched.csv were not real dates in DD/MM/YYYY form and were left out."
    ]
    assert export.warnings[0].line == 3


def test_a_file_mixing_both_orders_is_read_as_most_of_its_dates_are() -> None:
    export = parse_export([watched_on("30/06/2022", "29/06/2022", "6/28/2022")])

    assert marked(export) == [date(2022, 6, 30), date(2022, 6, 29), None]


def test_an_ambiguous_file_takes_the_only_reading_that_keeps_its_rows_in_date_order() -> None:
    # Read day-first these are 2 Mar, 1 Apr, 3 May; month-first 3 Feb, 4 Jan, 5 Mar: not in order.
    export = parse_export([watched_on("02/03/2022", "01/04/2022", "03/05/2022")])

    assert marked(export) == [date(2022, 3, 2), date(2022, 4, 1), date(2022, 5, 3)]
    assert messages(export) == [
        "Every date in watched.csv could be read day-first or month-first (DD/MM/YYYY or "
        "MM/DD/YYYY); they were read day-first, the only reading that keeps the rows in date "
        "order, as Letterboxd writes them. If the dates look wrong, upload the file as "
        "Letterboxd exported it."
    ]
    assert (export.warnings[0].file, export.warnings[0].line) == ("watched.csv", 2)


def test_an_ambiguous_file_read_month_first_when_only_that_keeps_the_order() -> None:
    # Month-first these are 1 Feb, 3 Mar, 2 Apr, in order; day-first 2 Jan, 3 Mar, 4 Feb, not.
    export = parse_export([watched_on("02/01/2022", "03/03/2022", "04/02/2022")])

    assert marked(export) == [date(2022, 2, 1), date(2022, 3, 3), date(2022, 4, 2)]
    assert "they were read month-first, the only reading that keeps" in messages(export)[0]


def test_a_diary_entry_is_never_watched_after_it_was_logged() -> None:
    # One row proves nothing by its order; but month-first it would have been logged on 4 Jan
    # and watched on 3 Feb, after it was logged. Day-first: watched 2 Mar, logged 1 Apr.
    row = ["01/04/2022", "Heat", "1995", "e1", "4", "", "", "02/03/2022"]

    export = parse_export([("diary.csv", csv_bytes(DIARY_HEADER, [row]))])

    assert export.viewings[0].watched_on == date(2022, 3, 2)
    assert export.viewings[0].logged_on == date(2022, 4, 1)
    assert "they were read day-first, the only reading" in messages(export)[0]


def test_an_ambiguous_file_takes_the_order_another_file_saved_the_same_way_proves() -> None:
    ratings = csv_bytes(RATINGS_HEADER, [["6/30/2022", "Heat", "1995", "u:0", "4"]])
    # Alone this would read day-first (no evidence at all); ratings.csv settles month-first.
    export = parse_export([watched_on("05/04/2022"), ("ratings.csv", ratings)])

    assert marked(export)[0] == date(2022, 5, 4)
    assert messages(export) == [
        "Every date in watched.csv could be read day-first or month-first (DD/MM/YYYY or "
        "MM/DD/YYYY); they were read month-first, as in ratings.csv, saved the same way, where "
        "6/30/2022 can only be month-first. If the dates look wrong, upload the file as "
        "Letterboxd exported it."
    ]


def test_an_ambiguous_file_without_any_evidence_is_read_day_first_and_says_so() -> None:
    export = parse_export([watched_on("05/04/2022", "05/04/2022")])

    assert marked(export) == [date(2022, 4, 5), date(2022, 4, 5)]
    assert (
        "they were read day-first, the order most countries write dates in."
        in (messages(export)[0])
    )


def test_letterboxds_own_dates_are_not_scanned_past_the_first_few() -> None:
    text = "Date,Name,Year,Letterboxd URI\n" + "2024-01-01,Heat,1995,u\n" * 1_000
    table = open_table("watched.csv", io.StringIO(text), WATCHED, RowBudget(10_000))

    assert scan_dates(table, ("Date",)) is None
    assert table.rows_read == 20


def test_a_file_without_dates_reads_as_letterboxds_own() -> None:
    export = parse_export([watched_on("", "")])

    assert marked(export) == [None, None]
    assert messages(export) == []


def test_a_file_whose_dates_contradict_each_other_evenly_says_so() -> None:
    export = parse_export([watched_on("30/06/2022", "6/29/2022")])

    assert marked(export) == [date(2022, 6, 30), None]
    assert messages(export)[0].startswith(
        "The dates in watched.csv contradict each other (DD/MM/YYYY or MM/DD/YYYY); they were "
        "read day-first,"
    )
