"""Loose CSV uploads: telling which export file each is, and refusing what is not one."""

from __future__ import annotations

import csv
import io

import pytest

from sessions_app.letterboxd import ExportError, ExportTooLarge, Limits, parse_export, tables
from sessions_app.letterboxd.kinds import WATCHED as WATCHED_KIND
from sessions_app.letterboxd.tables import RowBudget, open_table
from sessions_app.tests.export_factory import (
    DIARY_HEADER,
    LIST_HEADER,
    RATINGS_HEADER,
    REVIEWS_HEADER,
    WATCHED_HEADER,
    csv_bytes,
    diary_row,
    film_row,
    make_export_zip,
    messages,
    review_row,
)

WATCHED_CSV = csv_bytes(WATCHED_HEADER, [film_row("Heat", "1995", "u:heat")])
DIARY_CSV = csv_bytes(DIARY_HEADER, [diary_row("Heat", "1995", "e1", rating="4")])


def refusal(files: list[tuple[str, bytes]], limits: Limits | None = None) -> ExportError:
    with pytest.raises(ExportError) as caught:
        parse_export(files, limits or Limits())
    return caught.value


def test_export_error_reads_as_its_message() -> None:
    error = ExportTooLarge("Too big.")

    assert isinstance(error, ExportError)
    assert error.message == str(error) == "Too big."


@pytest.mark.parametrize(
    "name", ["watched (1).csv", "WATCHED.CSV", "watched(2).csv", "watched - Copy.csv"]
)
def test_browser_renamed_watched_csv_is_still_watched(name: str) -> None:
    export = parse_export([(name, WATCHED_CSV)])

    assert export.files == ["watched.csv"]
    assert export.films[0].watched


def test_several_csvs_uploaded_together_are_read_together() -> None:
    export = parse_export([("diary.csv", DIARY_CSV), ("watched.csv", WATCHED_CSV)])

    assert export.files == ["watched.csv", "diary.csv"]
    assert export.films[0].uri == "u:heat"
    assert export.films[0].viewing_count == 1


@pytest.mark.parametrize(
    ("header", "row", "kind"),
    [
        (DIARY_HEADER, diary_row("Heat", "1995", "e1"), "diary.csv"),
        (REVIEWS_HEADER, review_row("Heat", "1995", "e1", "Good."), "reviews.csv"),
        (RATINGS_HEADER, ["2024-01-01", "Heat", "1995", "u:heat", "4"], "ratings.csv"),
    ],
)
def test_unknown_name_is_read_by_a_header_unique_to_one_kind(
    header: list[str], row: list[str], kind: str
) -> None:
    export = parse_export([("my letterboxd stuff.csv", csv_bytes(header, [row]))])

    assert export.files == [kind]


def test_unknown_name_with_the_header_watched_shares_asks_for_watched_csv() -> None:
    error = refusal([("export.csv", csv_bytes(LIST_HEADER, [film_row("Heat", "1995", "u")]))])

    assert "Upload it named watched.csv, or upload the whole export ZIP." in error.message


def test_unknown_name_with_other_columns_is_not_an_export() -> None:
    data = csv_bytes(["Title", "Director"], [["Heat", "Michael Mann"]])

    error = refusal([("films-i-like.csv", data)])

    assert error.message.startswith("films-i-like.csv does not look like a file from the")


def test_known_name_without_a_required_column_says_which_column() -> None:
    data = csv_bytes(DIARY_HEADER[:-1], [diary_row("Heat", "1995", "e1")[:-1]])

    error = refusal([("diary.csv", data)])

    assert error.message == (
        "diary.csv does not look like a Letterboxd export: it has no 'Watched Date' column."
    )


def test_semicolon_separated_csv_from_a_spreadsheet_is_read() -> None:
    data = b"Date;Name;Year;Letterboxd URI\n2024-01-01;Heat, the film;1995;u:heat\n"

    (film,) = parse_export([("watched.csv", data)]).films

    assert film.name == "Heat, the film"


def test_empty_upload_is_refused() -> None:
    assert refusal([]).message.startswith("No file was uploaded.")


@pytest.mark.parametrize("content", [b"", b"  \r\n"])
def test_empty_file_is_refused(content: bytes) -> None:
    assert refusal([("watched.csv", content)]).message == "watched.csv is empty."


@pytest.mark.parametrize(
    ("name", "content"),
    [("notes.txt", b"hello"), ("poster.png", b"\x89PNG\r\n\x1a\n\x00\x00"), ("export", b"x")],
)
def test_files_that_are_neither_zip_nor_csv_are_refused(name: str, content: bytes) -> None:
    assert f"{name} is not a Letterboxd export file" in refusal([(name, content)]).message


def test_unused_export_files_uploaded_loose_are_skipped_with_a_note() -> None:
    comments = csv_bytes(["Date", "Content", "Comment"], [["2024-01-01", "x", "y"]])

    export = parse_export([("watched.csv", WATCHED_CSV), ("comments.csv", comments)])

    assert export.files == ["watched.csv"]
    assert messages(export) == ["comments.csv is not used for stats and was skipped."]


def test_a_list_file_uploaded_loose_is_skipped_with_a_note() -> None:
    list_file = (
        b"Letterboxd list export v7\nDate,Name,Tags,URL,Description\n"
        b"2024-01-01,Best,,https://boxd.it/l1,\n\nPosition,Name,Year,URL,Description\n"
        b"1,Heat,1995,https://boxd.it/x,\n"
    )

    export = parse_export([("watched.csv", WATCHED_CSV), ("best-of-2024.csv", list_file)])

    assert messages(export) == [
        "best-of-2024.csv is a Letterboxd list, which stats do not use; it was skipped."
    ]


def test_the_same_export_file_uploaded_twice_is_read_once() -> None:
    export = parse_export([("watched.csv", WATCHED_CSV), ("watched (1).csv", WATCHED_CSV)])

    assert [film.uri for film in export.films] == ["u:heat"]
    assert export.rows_read == {"watched": 1}


def test_two_different_files_of_one_kind_are_refused() -> None:
    other = csv_bytes(WATCHED_HEADER, [film_row("Alien", "1979", "u:alien")])

    error = refusal([("watched.csv", WATCHED_CSV), ("watched (1).csv", other)])

    assert error.message == (
        "watched.csv was uploaded twice with different contents (watched.csv and "
        "watched (1).csv). Upload one Letterboxd export at a time."
    )


def test_watchlist_alone_has_nothing_watched() -> None:
    error = refusal([("watchlist.csv", WATCHED_CSV)])

    assert error.message.startswith(
        "There is nothing watched in this upload: it has only a watchlist."
    )


def test_more_files_than_the_cap_are_refused() -> None:
    error = refusal([("watched.csv", WATCHED_CSV)] * 4, Limits(max_files=3))

    assert not isinstance(error, ExportTooLarge)
    assert error.message.startswith("4 files were uploaded; upload at most 3 at once.")


def test_upload_over_the_byte_cap_is_too_large() -> None:
    error = refusal([("watched.csv", WATCHED_CSV)], Limits(max_upload_bytes=len(WATCHED_CSV) - 1))

    assert isinstance(error, ExportTooLarge)


def test_more_rows_than_the_cap_across_files_is_too_large() -> None:
    many = csv_bytes(DIARY_HEADER, [diary_row("Heat", "1995", f"e{i}") for i in range(3)])

    error = refusal([("watched.csv", WATCHED_CSV), ("diary.csv", many)], Limits(max_rows=3))

    assert isinstance(error, ExportTooLarge)
    assert error.message == "The export has more than 3 rows, more than we can read."


def test_row_cap_stops_reading_at_the_first_row_over_it() -> None:
    text = "Date,Name,Year,Letterboxd URI\n" + "2024-01-01,Heat,1995,u\n" * 1_000
    budget = RowBudget(limit=10)
    table = open_table("watched.csv", io.StringIO(text), WATCHED_KIND, budget)

    with pytest.raises(ExportTooLarge):
        for _row in table:
            pass

    assert budget.used == 11
    assert table.rows_read == 10


def films_csv(*numbers: int) -> bytes:
    return csv_bytes(WATCHED_HEADER, [film_row(f"Film {n}", "2001", f"u:{n}") for n in numbers])


def test_an_export_listing_more_films_than_the_cap_is_refused_saying_how_many() -> None:
    # Film 3 is listed twice: a film counts once, however many rows name it.
    data = films_csv(*range(12), 3)

    error = refusal([("watched.csv", data)], Limits(max_films=10))

    assert isinstance(error, ExportTooLarge)
    assert error.message == (
        "This export lists 12 films; the most we take is 10. Upload the export exactly as "
        "Letterboxd made it, or only its watched.csv and diary.csv."
    )


def test_films_over_the_cap_are_counted_across_files_up_to_the_file_that_passes_it() -> None:
    diary = csv_bytes(
        DIARY_HEADER,
        [diary_row(f"Film {n}", "2001", f"e{n}") for n in (1, 2, 20, 21, 22, 22)],
    )

    error = refusal(
        [("watched.csv", films_csv(*range(9))), ("diary.csv", diary)], Limits(max_films=10)
    )

    # Nine films in watched.csv, three more seen only in the diary.
    assert error.message.startswith("This export lists 12 films; the most we take is 10.")


def test_when_files_after_the_one_passing_the_cap_are_unread_the_count_says_at_least() -> None:
    error = refusal(
        [("watched.csv", films_csv(*range(12))), ("diary.csv", DIARY_CSV)], Limits(max_films=10)
    )

    assert error.message.startswith("This export lists at least 12 films; the most we take is 10.")


def test_an_export_listing_exactly_the_cap_of_films_is_read() -> None:
    export = parse_export([("watched.csv", films_csv(*range(10)))], Limits(max_films=10))

    assert len(export.films) == 10


def test_watchlist_films_count_towards_the_film_cap() -> None:
    watchlist = films_csv(*range(100, 105))

    error = refusal(
        [("watched.csv", films_csv(*range(8))), ("watchlist.csv", watchlist)], Limits(max_films=10)
    )

    assert error.message.startswith("This export lists 13 films;")


LONG = "A long review, every word of it earned. " * 250  # 10,000 characters


def test_text_kept_is_counted_as_python_holds_it_an_emoji_making_it_four_times_larger() -> None:
    rows = [review_row("Heat", "1995", f"e{i}", LONG) for i in range(3)]
    widened = [review_row("Heat", "1995", f"e{i}", LONG + "🎬") for i in range(3)]
    limits = Limits(max_text_bytes=100_000)

    export = parse_export([("reviews.csv", csv_bytes(REVIEWS_HEADER, rows))], limits)
    error = refusal([("reviews.csv", csv_bytes(REVIEWS_HEADER, widened))], limits)

    assert len(export.viewings) == 3
    assert isinstance(error, ExportTooLarge)
    assert error.message == (
        "The titles, links, tags and reviews in this export take more than 98 KB to hold once "
        "read, more than we can keep at once (text with an emoji in it takes up to four times "
        "its size in the file)."
    )


def test_each_tag_counts_towards_the_text_kept() -> None:
    # 40 KB of tags in the file; some 60 bytes each once read.
    tags = ", ".join(f"t{i}" for i in range(5_000))
    data = csv_bytes(DIARY_HEADER, [diary_row("Heat", "1995", "e1", tags=tags)])

    error = refusal([("diary.csv", data)], Limits(max_text_bytes=100_000))

    assert isinstance(error, ExportTooLarge)


def test_a_cell_over_the_csv_modules_limit_is_refused_with_its_line(monkeypatch) -> None:
    # A field over the csv module's size limit is the one error its lenient reader still raises.
    monkeypatch.setattr(tables, "_FIELD_SIZE_LIMIT", 100)
    previous = csv.field_size_limit(100)
    try:
        data = csv_bytes(REVIEWS_HEADER, [review_row("Heat", "1995", "e1", "x" * 500)])
        error = refusal([("reviews.csv", data)])
    finally:
        csv.field_size_limit(previous)

    assert isinstance(error, ExportTooLarge)
    assert error.message == (
        "reviews.csv has a cell longer than 100 characters (near line 2), more than we read in "
        "one cell. Upload the file as Letterboxd exported it."
    )


def test_a_line_longer_than_any_export_has_is_refused_before_it_is_read_whole(
    monkeypatch,
) -> None:
    monkeypatch.setattr(tables, "_MAX_LINE_CHARS", 1_000)
    data = WATCHED_CSV + b"2024-01-01," + b"x" * 5_000 + b",1995,u:x\n"

    error = refusal([("watched.csv", data)])

    assert isinstance(error, ExportTooLarge)
    assert error.message.startswith("Line 3 of watched.csv is longer than 1,000 characters")


def test_long_or_path_carrying_file_names_are_still_identified() -> None:
    long_name = "watched" + " (1)" * 40 + ".csv"

    for name in (long_name, "C:\\fakepath\\watched.csv", "/home/alice/watched.csv"):
        assert parse_export([(name, WATCHED_CSV)]).files == ["watched.csv"]


def test_long_file_name_is_shortened_in_messages() -> None:
    name = "x" * 200 + ".txt"

    error = refusal([(name, b"hello")])

    assert error.message.startswith("x" * 60 + "…" + "x" * 15 + ".txt is not a Letterboxd")


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("watched - watched.csv", WATCHED_CSV, "watched.csv"),
        ("Untitled spreadsheet - watched.csv", WATCHED_CSV, "watched.csv"),
        ("watched - watched (1).csv", WATCHED_CSV, "watched.csv"),
        ("diary - Sheet1.csv", DIARY_CSV, "diary.csv"),
        ("diary (1).csv", DIARY_CSV, "diary.csv"),
        ("films - films.csv", WATCHED_CSV, "likes/films.csv"),
    ],
)
def test_spreadsheet_renamed_files_are_known_by_their_name(
    name: str, data: bytes, kind: str
) -> None:
    export = parse_export([("watched.csv", WATCHED_CSV), (name, data)])

    assert kind in export.files


def test_a_sheets_name_naming_two_files_is_settled_by_the_columns() -> None:
    export = parse_export([("diary - watched.csv", DIARY_CSV)])

    assert export.files == ["diary.csv"]


def test_a_file_named_like_one_kind_with_another_kinds_columns_is_read_by_its_columns() -> None:
    export = parse_export([("watched.csv", DIARY_CSV)])

    assert export.files == ["diary.csv"]
    assert export.viewings[0].entry_uri == "e1"
    assert messages(export) == [
        "watched.csv is named like watched.csv but has the columns of diary.csv; "
        "it was read as diary.csv."
    ]


def test_sheets_download_of_an_unused_file_is_skipped_with_a_note() -> None:
    comments = csv_bytes(["Date", "Content", "Comment"], [["2024-01-01", "x", "y"]])

    export = parse_export([("watched.csv", WATCHED_CSV), ("comments - comments.csv", comments)])

    assert messages(export) == ["comments - comments.csv is not used for stats and was skipped."]


def test_tab_separated_file_with_commas_in_names_is_read() -> None:
    data = b"Date\tName\tYear\tLetterboxd URI\n2024-01-01\tHeat, the film\t1995\tu:heat\n"

    (film,) = parse_export([("watched.csv", data)]).films

    assert film.name == "Heat, the film"


def test_the_zip_together_with_its_own_csvs_is_read_once() -> None:
    zipped = make_export_zip({"watched.csv": WATCHED_CSV, "diary.csv": DIARY_CSV})

    export = parse_export(
        [("export.zip", zipped), ("watched.csv", WATCHED_CSV), ("diary.csv", DIARY_CSV)]
    )

    assert export.rows_read == {"watched": 1, "diary": 1}
    assert len(export.viewings) == 1
