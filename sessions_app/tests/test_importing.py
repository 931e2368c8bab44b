"""What a session stores of a parsed export besides its films and viewings."""

from __future__ import annotations

from sessions_app.importing import MAX_STORED_WARNINGS, upload_metadata
from sessions_app.letterboxd import ParsedExport
from sessions_app.letterboxd.results import ExportWarning


def test_metadata_stores_at_most_a_hundred_warnings_with_file_line_and_the_full_count() -> None:
    warnings = [ExportWarning("diary.csv", n + 2, f"Problem {n}.") for n in range(150)]
    parsed = ParsedExport(
        films=[],
        viewings=[],
        username="alice",
        files=["diary.csv"],
        rows_read={"diary": 150},
        warnings=warnings,
        warning_count=400,
    )

    metadata = upload_metadata(parsed, ["diary.csv"])

    assert len(metadata["warnings"]) == MAX_STORED_WARNINGS == 100
    assert metadata["warnings"][0] == {"file": "diary.csv", "line": 2, "message": "Problem 0."}
    assert metadata["warning_count"] == 400


def test_an_import_stores_each_films_search_and_sort_names(db) -> None:
    from movies.models import Movie
    from sessions_app.importing import create_session_from_export
    from sessions_app.letterboxd import parse_export
    from sessions_app.tests.export_factory import WATCHED_HEADER, csv_bytes, film_row

    rows = [film_row("The Thing", "1982", "https://letterboxd.com/film/the-thing/")]
    rows.append(film_row("WALL·E", "2008", "https://letterboxd.com/film/wall-e/"))
    parsed = parse_export([("watched.csv", csv_bytes(WATCHED_HEADER, rows))])

    session = create_session_from_export(parsed, ["watched.csv"])

    stored = dict(Movie.objects.filter(session=session).values_list("name", "search_name"))
    assert stored == {"The Thing": "thething", "WALL·E": "walle"}
    assert Movie.objects.get(name="The Thing").sort_name == "thing"
