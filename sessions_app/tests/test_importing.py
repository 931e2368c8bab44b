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
