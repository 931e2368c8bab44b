"""How the export's files become films and viewings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from sessions_app.letterboxd import ExportError, films, parse_export
from sessions_app.tests.export_factory import (
    DIARY_HEADER,
    LIST_HEADER,
    PROFILE_HEADER,
    RATINGS_HEADER,
    REVIEWS_HEADER,
    WATCHED_HEADER,
    csv_bytes,
    diary_row,
    film_row,
    generate_export,
    make_export_zip,
    messages,
    review_row,
)

LEO_A = "https://letterboxd.com/film/leo-2023/"
LEO_B = "https://letterboxd.com/film/leo-2023-1/"


def watched(*rows: list[str]) -> tuple[str, bytes]:
    return ("watched.csv", csv_bytes(WATCHED_HEADER, list(rows)))


def diary(*rows: list[str]) -> tuple[str, bytes]:
    return ("diary.csv", csv_bytes(DIARY_HEADER, list(rows)))


def ratings(*rows: list[str]) -> tuple[str, bytes]:
    return ("ratings.csv", csv_bytes(RATINGS_HEADER, list(rows)))


def reviews(*rows: list[str]) -> tuple[str, bytes]:
    return ("reviews.csv", csv_bytes(REVIEWS_HEADER, list(rows)))


def test_watched_only_upload_gives_one_watched_film_per_row() -> None:
    export = parse_export(
        [
            watched(
                film_row("Heat", "1995", "u:heat", on="2020-05-01"),
                film_row("Alien", "1979", "u:alien", on="2021-06-02"),
            )
        ]
    )

    heat, alien = export.films
    assert (heat.uri, heat.name, heat.year) == ("u:heat", "Heat", 1995)
    assert heat.watched and not heat.liked
    assert heat.marked_watched_on == heat.first_watched_on == heat.last_watched_on
    assert heat.marked_watched_on == date(2020, 5, 1)
    assert (heat.viewing_count, heat.rewatch_count, heat.review_count) == (0, 0, 0)
    assert alien.uri == "u:alien"
    assert export.viewings == []
    assert export.files == ["watched.csv"]
    assert export.rows_read == {"watched": 2}
    assert export.username == ""


def test_names_with_commas_and_quotes_survive_the_csv_round_trip() -> None:
    export = parse_export(
        [
            watched(
                film_row("Crouching Tiger, Hidden Dragon", "2000", "u:ct"),
                film_row('The "Wrong" Man', "1956", "u:wrong"),
            )
        ]
    )

    assert [film.name for film in export.films] == [
        "Crouching Tiger, Hidden Dragon",
        'The "Wrong" Man',
    ]


def test_names_holding_html_or_spreadsheet_formulas_are_kept_verbatim() -> None:
    names = ["<img src=x onerror=alert(1)>", '=HYPERLINK("http://evil.example","x")', "+cmd|x"]

    export = parse_export([watched(*(film_row(n, "2000", f"u:{i}") for i, n in enumerate(names)))])

    assert [film.name for film in export.films] == names


def test_diary_viewings_join_their_film_on_name_and_year_not_on_uri() -> None:
    export = parse_export(
        [
            watched(film_row("Heat", "1995", "https://letterboxd.com/film/heat/")),
            diary(
                diary_row(
                    "Heat", "1995", "https://boxd.it/a1", "2019-03-01", rating="4", tags="cinema"
                ),
                diary_row(
                    "Heat",
                    "1995",
                    "https://boxd.it/b2",
                    "2023-07-09",
                    rating="4.5",
                    rewatch="Yes",
                    tags="rewatch, cinema",
                ),
            ),
        ]
    )

    (heat,) = export.films
    assert heat.uri == "https://letterboxd.com/film/heat/"
    assert [v.entry_uri for v in export.viewings] == ["https://boxd.it/a1", "https://boxd.it/b2"]
    assert {v.film_uri for v in export.viewings} == {heat.uri}
    assert (heat.viewing_count, heat.rewatch_count) == (2, 1)
    assert heat.first_watched_on == date(2019, 3, 1)
    assert heat.last_watched_on == date(2023, 7, 9)
    assert heat.tags == ["cinema", "rewatch"]
    assert heat.rating == Decimal("4.5")


def test_diary_only_upload_keys_each_film_by_its_first_entry_uri() -> None:
    export = parse_export(
        [
            diary(
                diary_row("Heat", "1995", "https://boxd.it/a1", "2019-03-01"),
                diary_row("Alien", "", "https://boxd.it/c3", "2020-01-01"),
                diary_row("Heat", "1995", "https://boxd.it/b2", "2023-07-09", rewatch="Yes"),
            )
        ]
    )

    heat, alien = export.films
    assert heat.uri == "https://boxd.it/a1"
    assert heat.viewing_count == 2
    assert heat.watched
    assert heat.marked_watched_on is None
    assert (alien.uri, alien.year) == ("https://boxd.it/c3", None)
    assert export.files == ["diary.csv"]
    assert export.rows_read == {"diary": 3}


def test_film_with_no_uri_anywhere_gets_a_synthetic_key() -> None:
    export = parse_export([diary(diary_row("Home Movie", "1987", ""), diary_row("Tape", "", ""))])

    assert [film.uri for film in export.films] == [
        "letterboxd:Home Movie:1987",
        "letterboxd:Tape:",
    ]


def test_watched_on_falls_back_to_the_logged_date_when_watched_date_is_empty() -> None:
    row = diary_row("Heat", "1995", "e1", "", logged_on="2022-02-02")

    (viewing,) = parse_export([diary(row)]).viewings

    assert viewing.watched_on == viewing.logged_on == date(2022, 2, 2)


def test_film_rating_is_the_current_rating_from_ratings_csv() -> None:
    export = parse_export(
        [
            watched(film_row("Heat", "1995", "u:heat")),
            ratings(["2024-01-01", "Heat", "1995", "u:heat", "3"]),
            diary(diary_row("Heat", "1995", "e1", "2024-05-05", rating="5")),
        ]
    )

    assert export.films[0].rating == Decimal("3")


def test_film_rating_falls_back_to_the_latest_dated_diary_rating() -> None:
    export = parse_export(
        [
            diary(
                diary_row("Heat", "1995", "e1", "2024-05-05", rating="2"),
                diary_row("Heat", "1995", "e2", "2021-01-01", rating="5"),
                diary_row("Heat", "1995", "e3", "2025-01-01"),
            )
        ]
    )

    assert export.films[0].rating == Decimal("2")


def test_rated_film_missing_from_watched_still_counts_as_watched() -> None:
    export = parse_export([ratings(["2024-01-01", "Heat", "1995", "u:heat", "4"])])

    (heat,) = export.films
    assert heat.watched
    assert heat.rating == Decimal("4")


def test_liked_films_are_marked_liked() -> None:
    export = parse_export(
        [
            watched(film_row("Heat", "1995", "u:heat"), film_row("Alien", "1979", "u:alien")),
            ("films.csv", csv_bytes(LIST_HEADER, [film_row("Alien", "1979", "u:alien")])),
        ]
    )

    assert [film.liked for film in export.films] == [False, True]
    assert export.files == ["watched.csv", "likes/films.csv"]


def test_two_films_sharing_name_and_year_stay_two_films() -> None:
    export = parse_export([watched(film_row("Leo", "2023", LEO_A), film_row("Leo", "2023", LEO_B))])

    assert [film.uri for film in export.films] == [LEO_A, LEO_B]


def test_ambiguous_viewing_goes_to_the_film_rated_the_same_with_one_warning() -> None:
    export = parse_export(
        [
            watched(film_row("Leo", "2023", LEO_A), film_row("Leo", "2023", LEO_B)),
            ratings(
                ["2024-01-01", "Leo", "2023", LEO_A, "2"],
                ["2024-01-01", "Leo", "2023", LEO_B, "4.5"],
            ),
            diary(
                diary_row("Leo", "2023", "e1", "2024-01-01", rating="4.5"),
                diary_row("Leo", "2023", "e2", "2024-02-01", rating="2"),
            ),
        ]
    )

    assert [v.film_uri for v in export.viewings] == [LEO_B, LEO_A]
    assert messages(export) == [
        "2 entries in diary.csv could belong to more than one film with the same name and year"
        " (such as “Leo” (2023)); each was attached to the likelier film."
    ]


def test_ambiguous_viewing_without_a_deciding_rating_goes_to_the_first_film_seen() -> None:
    export = parse_export(
        [
            watched(film_row("Leo", "2023", LEO_A), film_row("Leo", "2023", LEO_B)),
            diary(diary_row("Leo", "2023", "e1", rating="3")),
        ]
    )

    assert export.viewings[0].film_uri == LEO_A
    assert len(export.warnings) == 1


def test_review_attaches_to_the_diary_viewing_with_the_same_entry_uri() -> None:
    text = 'First line, with a comma\r\nSecond "quoted" line\r\n\r\nLast line'
    export = parse_export(
        [
            diary(diary_row("Heat", "1995", "e1", "2024-01-01", rating="4")),
            reviews(review_row("Heat", "1995", "e1", text, "2024-01-01", rating="4")),
        ]
    )

    (viewing,) = export.viewings
    assert viewing.review == text
    assert export.films[0].review_count == 1
    assert export.rows_read == {"diary": 1, "reviews": 1}


def test_review_attaches_by_name_year_and_date_when_its_entry_uri_differs() -> None:
    export = parse_export(
        [
            diary(
                diary_row("Heat", "1995", "e1", "2024-01-01"),
                diary_row("Heat", "1995", "e2", "2024-03-03"),
            ),
            reviews(review_row("Heat", "1995", "r9", "Great.", "2024-03-03")),
        ]
    )

    assert [v.review for v in export.viewings] == ["", "Great."]


def test_review_becomes_its_own_viewing_when_two_diary_viewings_could_take_it() -> None:
    export = parse_export(
        [
            diary(
                diary_row("Heat", "1995", "e1", "2024-01-01"),
                diary_row("Heat", "1995", "e2", "2024-01-01"),
            ),
            reviews(review_row("Heat", "1995", "r9", "Twice in a day.", "2024-01-01")),
        ]
    )

    assert [v.review for v in export.viewings] == ["", "", "Twice in a day."]
    assert export.films[0].viewing_count == 3


def test_reviews_only_upload_makes_viewings_and_films() -> None:
    export = parse_export([reviews(review_row("Heat", "1995", "r1", "Yes.", rating="5"))])

    (heat,) = export.films
    assert heat.uri == "r1"
    assert (heat.review_count, heat.rating) == (1, Decimal("5"))


def test_watchlist_only_films_are_kept_unwatched() -> None:
    export = parse_export(
        [
            watched(film_row("Heat", "1995", "u:heat")),
            ("watchlist.csv", csv_bytes(LIST_HEADER, [film_row("Dune", "2021", "u:dune")])),
        ]
    )

    assert [(film.name, film.watched) for film in export.films] == [("Heat", True), ("Dune", False)]
    assert export.films[1].first_watched_on is None
    assert export.rows_read == {"watched": 1, "watchlist": 1}


def test_watchlist_marks_its_films_listed_since_their_date() -> None:
    listed = [
        ["2021-05-02", "Dune", "2021", "u:dune"],
        ["2019-01-03", "Heat", "1995", "u:heat"],
        ["2020-07-08", "Dune", "2021", "u:dune"],  # listed twice: the earliest date
    ]
    export = parse_export(
        [
            watched(film_row("Heat", "1995", "u:heat")),
            ("watchlist.csv", csv_bytes(LIST_HEADER, listed)),
        ]
    )

    by_name = {film.name: film for film in export.films}
    assert (by_name["Dune"].on_watchlist, by_name["Dune"].watched) == (True, False)
    assert by_name["Dune"].watchlist_added_on == date(2020, 7, 8)
    # Watched and still listed: both, as Letterboxd allows.
    assert (by_name["Heat"].on_watchlist, by_name["Heat"].watched) == (True, True)
    assert by_name["Heat"].watchlist_added_on == date(2019, 1, 3)


def test_profile_gives_the_username() -> None:
    profile = csv_bytes(PROFILE_HEADER, [["2018-03-01", "alice", "", "", "a@example.com"]])

    export = parse_export([watched(film_row("Heat", "1995", "u:heat")), ("profile.csv", profile)])

    assert export.username == "alice"


def test_profile_gives_the_four_favourite_films_in_order() -> None:
    favourites = (
        "https://boxd.it/2b0k, https://boxd.it/29Hk,https://boxd.it/2b0k,"
        " javascript:alert(1), https://evil.example/film/x/, https://boxd.it/1ZCy,"
        " https://boxd.it/9xyz, https://boxd.it/fifth"
    )
    row = ["2018-03-01", "alice", "", "", "", "", "", "", "", favourites]
    profile = csv_bytes(PROFILE_HEADER, [row])

    export = parse_export([watched(film_row("Heat", "1995", "u:heat")), ("profile.csv", profile)])

    # Each once, only Letterboxd's film URIs, at most the four a profile shows.
    assert export.favourites == [
        "https://boxd.it/2b0k",
        "https://boxd.it/29Hk",
        "https://boxd.it/1ZCy",
        "https://boxd.it/9xyz",
    ]


def test_a_profile_without_favourites_or_their_column_gives_none() -> None:
    empty = csv_bytes(PROFILE_HEADER, [["2018-03-01", "alice", "", "", "", "", "", "", "", ""]])
    old = csv_bytes(PROFILE_HEADER[:5], [["2018-03-01", "alice", "", "", "a@example.com"]])
    for profile in (empty, old):
        export = parse_export(
            [watched(film_row("Heat", "1995", "u:heat")), ("profile.csv", profile)]
        )
        assert export.favourites == []


def test_invalid_ratings_are_left_out_with_one_aggregated_warning() -> None:
    rows = [diary_row("Heat", "1995", f"e{i}", rating=r) for i, r in enumerate(["7", "0", "2.3"])]

    export = parse_export([diary(*rows, diary_row("Heat", "1995", "ok", rating="4"))])

    assert [v.rating for v in export.viewings] == [None, None, None, Decimal("4")]
    assert messages(export) == [
        "3 ratings in diary.csv were not valid (must be 0.5–5) and were left out."
    ]


def test_impossible_and_malformed_dates_are_left_out_and_the_upload_goes_on() -> None:
    export = parse_export(
        [
            watched(
                film_row("Heat", "1995", "u:heat", on="2023-02-30"),
                film_row("Alien", "1979", "u:alien", on="31/12/2020"),
                film_row("Dune", "2021", "u:dune", on="2021-10-22"),
            )
        ]
    )

    assert [film.marked_watched_on for film in export.films] == [None, None, date(2021, 10, 22)]
    assert messages(export) == [
        "2 dates in watched.csv were not real dates in YYYY-MM-DD form and were left out."
    ]


def test_junk_year_becomes_no_year_with_a_warning() -> None:
    export = parse_export([watched(film_row("Heat", "19x5", "u:heat"))])

    assert export.films[0].year is None
    assert messages(export) == ["1 year in watched.csv was not a valid year and was left out."]


def test_rows_without_a_name_are_skipped_with_a_warning_but_bare_commas_silently() -> None:
    export = parse_export(
        [
            watched(
                film_row("", "1995", "u:nameless"),
                ["", "", "", ""],
                film_row("Heat", "1995", "u:heat"),
            )
        ]
    )

    assert [film.name for film in export.films] == ["Heat"]
    assert messages(export) == ["1 row in watched.csv had no film name and was skipped."]


def test_rewatch_and_tags_are_read_from_their_columns() -> None:
    export = parse_export(
        [
            diary(
                diary_row("Heat", "1995", "e1", rewatch="No", tags="a, b, , c"),
                diary_row("Heat", "1995", "e2", rewatch="Yes"),
                diary_row("Heat", "1995", "e3", rewatch="maybe"),
            )
        ]
    )

    assert [v.rewatch for v in export.viewings] == [False, True, False]
    assert export.viewings[0].tags == ["a", "b", "c"]
    assert messages(export) == [
        "1 Rewatch value in diary.csv was neither Yes nor No and was read as No."
    ]


def test_columns_are_found_by_header_name_and_extra_columns_are_ignored() -> None:
    header = ["Letterboxd URI", "Year", "Runtime", "Name", "Date"]
    data = csv_bytes(header, [["u:heat", "1995", "170", "Heat", "2020-01-01"]])

    (heat,) = parse_export([("watched.csv", data)]).films

    assert (heat.uri, heat.name, heat.year) == ("u:heat", "Heat", 1995)


def test_rows_shorter_than_the_header_read_missing_cells_as_empty() -> None:
    data = (
        b"Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n2024-01-01,Heat,1995,e1\n"
    )

    (viewing,) = parse_export([("diary.csv", data)]).viewings

    assert viewing.watched_on == date(2024, 1, 1)
    assert (viewing.rating, viewing.rewatch, viewing.tags) == (None, False, [])


def test_header_only_export_has_no_watched_films() -> None:
    with pytest.raises(ExportError) as caught:
        parse_export([("watched.csv", csv_bytes(WATCHED_HEADER, []))])

    assert caught.value.message.startswith("There are no watched films in this export yet.")


def test_generated_heavy_export_parses_completely() -> None:
    files = generate_export(n_films=2_000, n_diary=2_800, seed=7)

    export = parse_export([("letterboxd-alice.zip", make_export_zip(files))])

    # 2,000 watched films and the 200 of the watchlist.
    assert len(export.films) == 2_200
    assert len(export.viewings) == 2_800
    assert export.rows_read == {
        "watched": 2_000,
        "diary": 2_800,
        "ratings": 1_600,
        "reviews": 400,
        "likes": 400,
        "watchlist": 200,
        "profile": 1,
    }
    assert sum(film.review_count for film in export.films) == 400
    assert export.username == "alice"
    # The generated export holds two films called "Leo" (2023) on purpose.
    assert {film.uri for film in export.films if film.name == "Leo"} == {LEO_A, LEO_B}
    assert not any(film.name.startswith("Deleted Film") for film in export.films)
    assert sum(film.watched for film in export.films) == 2_000
    assert not any(film.watched for film in export.films if film.name.startswith("Someday Film"))


def test_generate_export_is_deterministic() -> None:
    assert generate_export(n_films=50, n_diary=70) == generate_export(n_films=50, n_diary=70)


# --- what Letterboxd counts ---


def likes(*rows: list[str]) -> tuple[str, bytes]:
    return ("films.csv", csv_bytes(LIST_HEADER, list(rows)))


def undated_review(name: str, year: str, entry: str, text: str, posted: str) -> list[str]:
    return [posted, name, year, entry, "", "", text, "", ""]


def test_undated_review_counts_as_a_review_but_is_no_viewing() -> None:
    export = parse_export(
        [
            watched(film_row("Heat", "1995", "u:heat")),
            diary(diary_row("Heat", "1995", "e1", "2024-01-01")),
            reviews(undated_review("Heat", "1995", "r1", "Still great.", "2024-06-01")),
        ]
    )

    (heat,) = export.films
    assert [viewing.entry_uri for viewing in export.viewings] == ["e1"]
    assert (heat.viewing_count, heat.review_count) == (1, 1)
    assert heat.last_watched_on == date(2024, 1, 1)  # not the day the review was posted


def test_dated_review_without_a_diary_row_is_a_diary_entry() -> None:
    export = parse_export(
        [
            diary(diary_row("Heat", "1995", "e1", "2024-01-01")),
            reviews(review_row("Heat", "1995", "r2", "Again.", "2024-03-03")),
        ]
    )

    assert [viewing.watched_on for viewing in export.viewings] == [
        date(2024, 1, 1),
        date(2024, 3, 3),
    ]


def test_with_watched_csv_only_its_films_count_as_watched() -> None:
    export = parse_export(
        [
            watched(film_row("Heat", "1995", "u:heat")),
            ratings(["2024-01-01", "Alien", "1979", "u:alien", "4"]),
            diary(diary_row("Dune", "2021", "e1")),
            likes(film_row("Heat", "1995", "u:heat"), film_row("Tár", "2022", "u:tar")),
        ]
    )

    assert {film.name: film.watched for film in export.films} == {
        "Heat": True,
        "Alien": False,
        "Tár": False,
        "Dune": False,
    }


def test_without_watched_csv_a_diary_entry_rating_or_dated_review_means_watched() -> None:
    export = parse_export(
        [
            ratings(["2024-01-01", "Alien", "1979", "u:alien", "4"]),
            likes(film_row("Tár", "2022", "u:tar")),
            diary(diary_row("Dune", "2021", "e1")),
            reviews(
                review_row("Heat", "1995", "r1", "Dated.", "2024-02-02"),
                undated_review("Jaws", "1975", "r2", "Undated.", "2024-02-03"),
            ),
        ]
    )

    assert {film.name: film.watched for film in export.films} == {
        "Alien": True,
        "Tár": False,
        "Dune": True,
        "Heat": True,
        "Jaws": False,
    }
    assert [film.review_count for film in export.films if film.name == "Jaws"] == [1]


def test_liked_only_upload_is_kept_unwatched_with_a_note() -> None:
    export = parse_export([likes(film_row("Tár", "2022", "u:tar"))])

    (tar,) = export.films
    assert tar.liked and not tar.watched
    assert tar.first_watched_on is None
    assert messages(export) == [
        "Only liked films, none watched: likes/films.csv lists the films you liked, which "
        "Letterboxd does not count as watched. Upload the whole export ZIP from letterboxd.com → "
        "Settings → Data → Export your data to see your watched films."
    ]
    assert export.warnings[0].file == "likes/films.csv"


def test_undated_reviews_only_upload_is_kept_with_a_note() -> None:
    export = parse_export([reviews(undated_review("Jaws", "1975", "r1", "Fun.", "2024-01-01"))])

    (jaws,) = export.films
    assert (jaws.watched, jaws.review_count, export.viewings) == (False, 1, [])
    assert messages(export)[0].startswith("None of these films counts as watched:")


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            [reviews()],
            "reviews.csv has no rows: only the column names, so there is nothing to count.",
        ),
        (
            [likes()],
            "likes/films.csv has no rows: only the column names, so there is nothing to count.",
        ),
        (
            [reviews(), likes()],
            "reviews.csv and likes/films.csv have no rows: only the column names, so there is "
            "nothing to count.",
        ),
    ],
)
def test_header_only_files_say_they_have_no_rows(
    upload: list[tuple[str, bytes]], message: str
) -> None:
    with pytest.raises(ExportError) as caught:
        parse_export(upload)

    assert caught.value.message.startswith(message)
    assert "no watched films" not in caught.value.message


def test_header_only_likes_with_a_watchlist_has_no_rows_to_count() -> None:
    watchlist = ("watchlist.csv", csv_bytes(LIST_HEADER, [film_row("Dune", "2021", "u:dune")]))

    with pytest.raises(ExportError) as caught:
        parse_export([likes(), watchlist])

    assert caught.value.message.startswith("likes/films.csv has no rows")


def test_file_whose_rows_all_lack_a_name_gives_no_film() -> None:
    with pytest.raises(ExportError) as caught:
        parse_export([diary(diary_row("", "1995", "e1"))])

    assert caught.value.message.startswith("No film could be read from diary.csv.")


def test_diary_entry_joins_the_watched_namesake_not_a_liked_only_one() -> None:
    export = parse_export(
        [
            watched(film_row("Leo", "2023", LEO_B)),
            likes(film_row("Leo", "2023", LEO_A)),
            diary(diary_row("Leo", "2023", "e1")),
        ]
    )

    assert export.viewings[0].film_uri == LEO_B
    assert messages(export) == []


# --- warnings ---


def test_warning_names_the_file_and_the_first_line_where_the_problem_occurred() -> None:
    multi_line = "First line\r\nsecond line\r\nthird line"
    export = parse_export(
        [
            reviews(
                review_row("Heat", "1995", "r1", multi_line, "2024-01-01"),
                review_row("Alien", "1979", "r2", "Fine.", "2024-01-02", rating="9"),
                review_row("Dune", "2021", "r3", "Fine.", "2024-01-03", rating="0"),
            )
        ]
    )

    (warning,) = export.warnings
    # Line 1 is the header, the first review spans lines 2-4: the bad rating is on line 5.
    assert (warning.file, warning.line) == ("reviews.csv", 5)
    assert (
        str(warning)
        == warning.message
        == ("2 ratings in reviews.csv were not valid (must be 0.5–5) and were left out.")
    )
    assert warning.to_dict() == {"file": "reviews.csv", "line": 5, "message": warning.message}


def test_warning_count_counts_every_problem_before_they_are_aggregated() -> None:
    rows = [diary_row("Heat", "1995", f"e{i}", rating="7") for i in range(3)]

    export = parse_export([diary(*rows, diary_row("Heat", "19x5", "e9", "2023-02-30"))])

    # 3 ratings, 1 year, and 2 dates (Date and Watched Date): 3 sentences for 6 problems.
    assert len(export.warnings) == 3
    assert export.warning_count == 6


def test_dates_and_years_past_what_the_caches_keep_are_still_read(monkeypatch) -> None:
    monkeypatch.setattr(films, "_MAX_CACHED_DATES", 2)
    monkeypatch.setattr(films, "_MAX_CACHED_YEARS", 1)
    rows = [
        film_row(f"Film {day}", str(1990 + day), f"u:{day}", f"2024-01-{day:02d}")
        for day in (1, 2, 3, 4)
    ]

    export = parse_export([watched(*rows)])

    assert [film.marked_watched_on for film in export.films] == [
        date(2024, 1, day) for day in (1, 2, 3, 4)
    ]
    assert [film.year for film in export.films] == [1991, 1992, 1993, 1994]
