"""Uploads are read as streams: from the uploaded file, a chunk at a time, ZIP members inflated
as they are read, so memory does not grow with a file's size or its compression ratio."""

from __future__ import annotations

import io
import tracemalloc

from sessions_app.letterboxd import parse_export
from sessions_app.letterboxd.sources import CHUNK_SIZE
from sessions_app.tests.export_factory import (
    REVIEWS_HEADER,
    WATCHED_HEADER,
    csv_bytes,
    film_row,
    make_export_zip,
)


class RecordingFile(io.BytesIO):
    """A seekable upload that remembers how much each read asked for."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.reads.append(len(data))
        return data


def many_films(n: int) -> bytes:
    return csv_bytes(WATCHED_HEADER, [film_row(f"Film {i}", "2001", f"u:{i}") for i in range(n)])


def test_an_uploaded_csv_is_read_from_its_file_a_chunk_at_a_time() -> None:
    data = many_films(30_000)
    assert len(data) > 3 * CHUNK_SIZE
    upload = RecordingFile(data)

    export = parse_export([("watched.csv", upload)])

    assert len(export.films) == 30_000
    assert max(upload.reads) <= CHUNK_SIZE


def test_an_uploaded_zip_is_read_from_its_file_a_chunk_at_a_time() -> None:
    archive = make_export_zip({"watched.csv": many_films(30_000)})
    upload = RecordingFile(archive)

    export = parse_export([("export.zip", upload)])

    assert len(export.films) == 30_000
    assert max(upload.reads) <= CHUNK_SIZE


def test_a_highly_compressed_member_is_never_held_whole() -> None:
    # 40 undated reviews of half a million characters: read and counted, their text not kept,
    # so what parsing holds at once is one row, not the 20 MB member.
    review = "\r\n".join(["Wow! " * 200] * 500)
    rows = [["2024-01-01", "Heat", "1995", f"u:r{i}", "", "", review, "", ""] for i in range(40)]
    members = {
        "watched.csv": csv_bytes(WATCHED_HEADER, [film_row("Heat", "1995", "u:heat")]),
        "reviews.csv": csv_bytes(REVIEWS_HEADER, rows),
    }
    archive = make_export_zip(members)
    assert len(members["reviews.csv"]) > 100 * len(archive)

    tracemalloc.start()
    try:
        export = parse_export([("export.zip", archive)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert export.films[0].review_count == 40
    assert peak < len(members["reviews.csv"]) / 4
