from __future__ import annotations

import pytest

from sessions_app.letterboxd import ExportError, parse_export
from sessions_app.tests.export_factory import WATCHED_HEADER, csv_bytes, messages

PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb"


def refusal(files: list[tuple[str, bytes]]) -> str:
    with pytest.raises(ExportError) as caught:
        parse_export(files)
    return caught.value.message


def test_utf8_with_bom_reads_the_first_column_by_its_name() -> None:
    data = csv_bytes(WATCHED_HEADER, [["2024-01-05", "Amélie", "2001", "u:amelie"]], bom=True)

    export = parse_export([("watched.csv", data)])

    assert export.films[0].name == "Amélie"
    assert export.films[0].marked_watched_on is not None
    assert messages(export) == []


def test_windows_1252_file_is_read_with_a_warning() -> None:
    data = csv_bytes(WATCHED_HEADER, [["2024-01-05", "Amélie – café", "2001", "u:a"]])
    data = data.decode("utf-8").encode("cp1252")

    export = parse_export([("watched.csv", data)])

    assert export.films[0].name == "Amélie – café"
    assert messages(export) == [
        "watched.csv was not UTF-8; it was read as Windows-1252 — check accented titles."
    ]


def test_latin1_file_with_bytes_undefined_in_windows_1252_is_refused() -> None:
    row = ["2024-01-05", "Am\x81lie", "2001", "u:a"]
    data = csv_bytes(WATCHED_HEADER, [row], encoding="latin-1")

    assert refusal([("watched.csv", data)]).startswith("watched.csv is not a text file we can read")


def test_non_utf8_file_with_control_characters_is_not_a_csv() -> None:
    data = b"Date,Name,Year,Letterboxd URI\n\x01\x02\xe9\x1b\x7f,x,2000,u\n"

    assert refusal([("watched.csv", data)]) == "watched.csv is not a CSV file."


def test_nul_bytes_mean_the_file_is_not_a_csv() -> None:
    data = b"Date,Name,Year,Letterboxd URI\n2024-01-01,\x00x,2000,u\n"

    assert refusal([("watched.csv", data)]) == "watched.csv is not a CSV file."


@pytest.mark.parametrize(
    ("data", "what"), [(PNG_BYTES, "a PNG image"), (JPEG_BYTES, "a JPEG image")]
)
def test_image_renamed_csv_is_refused_and_named(data: bytes, what: str) -> None:
    assert refusal([("watched.csv", data)]) == (
        f"watched.csv is not a CSV file (it looks like {what})."
    )


def test_garbage_bytes_are_refused() -> None:
    garbage = bytes((i * 37 + 11) % 256 for i in range(2000))

    assert refusal([("diary.csv", garbage)]) == "diary.csv is not a CSV file."


UNICODE_ROWS = [
    ["2024-01-05", "Amélie", "2001", "u:amelie"],
    # U+4E00 has a zero low byte, like the zero high byte of every ASCII character.
    ["2024-01-06", "千と千尋の神隠し 一", "2001", "u:spirited-away"],
]


def unicode_text_save(encoding: str, bom: bool) -> bytes:
    """A spreadsheet's "Unicode text" save: UTF-16, tab-separated, CRLF."""
    text = "\r\n".join("\t".join(row) for row in [WATCHED_HEADER, *UNICODE_ROWS]) + "\r\n"
    return ("\ufeff" if bom else "").encode(encoding) + text.encode(encoding)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("bom", [True, False])
def test_utf16_unicode_text_save_is_read_with_or_without_bom(encoding: str, bom: bool) -> None:
    export = parse_export([("watched.csv", unicode_text_save(encoding, bom))])

    assert [film.name for film in export.films] == ["Amélie", "千と千尋の神隠し 一"]
    assert export.films[0].marked_watched_on is not None
    assert messages(export) == []


def test_utf16_cut_short_in_a_character_is_refused_clearly() -> None:
    data = unicode_text_save("utf-16-le", bom=True)[:-1]

    assert refusal([("watched.csv", data)]).startswith(
        "watched.csv is not a text file we can read. Upload the file as Letterboxd exported it"
    )


def test_utf16_text_holding_control_characters_is_not_a_csv() -> None:
    data = "Date\tName\r\n\x01\x02\tx\r\n".encode("utf-16")

    assert refusal([("watched.csv", data)]) == "watched.csv is not a CSV file."
