"""The export ZIP: finding its files, skipping look-alikes, and refusing hostile archives."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from sessions_app.letterboxd import ExportError, ExportTooLarge, Limits, parse_export
from sessions_app.letterboxd import archive as archive_module
from sessions_app.letterboxd.archive import MemberSource, UnzipBudget, is_unsafe_member_name
from sessions_app.tests.export_factory import (
    DIARY_HEADER,
    LIST_HEADER,
    WATCHED_HEADER,
    csv_bytes,
    diary_row,
    film_row,
    make_export_zip,
    messages,
)

WATCHED_CSV = csv_bytes(WATCHED_HEADER, [film_row("Heat", "1995", "u:heat")])
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


def refusal(files: list[tuple[str, bytes]], limits: Limits | None = None) -> ExportError:
    with pytest.raises(ExportError) as caught:
        parse_export(files, limits or Limits())
    return caught.value


def one_member_zip(name: str, data: bytes, compression: int = zipfile.ZIP_STORED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=compression) as archive:
        archive.writestr(name, data)
    return out.getvalue()


def patch_header(
    zipped: bytes, *, flag_bits: int | None = None, file_size: int | None = None
) -> bytes:
    """Rewrite a one-member ZIP's local and central headers, as a hostile tool could; zipfile
    itself always writes truthful headers."""
    data = bytearray(zipped)
    central = data.find(b"PK\x01\x02")
    # Flags sit at byte 6 of the local header and 8 of the central one; the uncompressed size
    # at 22 and 24.
    if flag_bits is not None:
        struct.pack_into("<H", data, 6, flag_bits)
        struct.pack_into("<H", data, central + 8, flag_bits)
    if file_size is not None:
        struct.pack_into("<I", data, 22, file_size)
        struct.pack_into("<I", data, central + 24, file_size)
    return bytes(data)


@pytest.mark.parametrize(
    "prefix", ["letterboxd-alice-2026-11-24-10-00-utc/", "", "Downloads/export/", "export\\"]
)
def test_export_is_found_whatever_folder_prefix_it_carries(prefix: str) -> None:
    archive = make_export_zip({"watched.csv": WATCHED_CSV}, prefix)

    export = parse_export([("export.zip", archive)])

    assert export.files == ["watched.csv"]
    assert export.films[0].uri == "u:heat"


def test_likes_are_read_from_likes_films_csv() -> None:
    likes = csv_bytes(LIST_HEADER, [film_row("Heat", "1995", "u:heat")])

    export = parse_export(
        [("export.zip", make_export_zip({"watched.csv": WATCHED_CSV, "likes/films.csv": likes}))]
    )

    assert export.films[0].liked
    assert export.rows_read == {"watched": 1, "likes": 1}


def test_files_under_deleted_and_orphaned_are_ignored() -> None:
    gone = csv_bytes(DIARY_HEADER, [diary_row("Deleted Film", "1999", "e9")])
    files = {
        "watched.csv": WATCHED_CSV,
        "deleted/diary.csv": gone,
        "orphaned/diary.csv": gone,
        "orphaned/watched.csv": csv_bytes(WATCHED_HEADER, [film_row("Ghost", "2001", "u:g")]),
    }

    export = parse_export([("export.zip", make_export_zip(files))])

    assert [film.name for film in export.films] == ["Heat"]
    assert export.files == ["watched.csv"]


def test_comments_other_likes_and_mac_resource_forks_are_never_read() -> None:
    # Binary content: reading any of these would refuse the upload.
    files = {
        "watched.csv": WATCHED_CSV,
        "comments.csv": PNG_BYTES,
        "likes/lists.csv": PNG_BYTES,
        "likes/reviews.csv": PNG_BYTES,
        "readme.txt": PNG_BYTES,
    }
    archive = make_export_zip(files)
    mac_fork = make_export_zip({"__MACOSX/letterboxd/._watched.csv": PNG_BYTES}, prefix="")
    combined = io.BytesIO()
    with zipfile.ZipFile(combined, "w") as out:
        for source in (archive, mac_fork):
            with zipfile.ZipFile(io.BytesIO(source)) as zin:
                for info in zin.infolist():
                    out.writestr(info.filename, zin.read(info))

    export = parse_export([("export.zip", combined.getvalue())])

    assert export.files == ["watched.csv"]


def test_zip_renamed_csv_is_still_read_as_the_zip() -> None:
    export = parse_export([("watched.csv", make_export_zip({"watched.csv": WATCHED_CSV}))])

    assert export.files == ["watched.csv"]


def test_windows_1252_member_is_read_with_a_warning() -> None:
    data = csv_bytes(WATCHED_HEADER, [film_row("Amélie", "2001", "u:a")], encoding="cp1252")

    export = parse_export([("export.zip", make_export_zip({"watched.csv": data}))])

    assert export.films[0].name == "Amélie"
    assert messages(export) == [
        "watched.csv was not UTF-8; it was read as Windows-1252 — check accented titles."
    ]


def test_empty_member_counts_as_absent() -> None:
    files = {"watched.csv": WATCHED_CSV, "likes/films.csv": b""}

    export = parse_export([("export.zip", make_export_zip(files))])

    assert export.files == ["watched.csv"]


def test_zip_with_only_a_readme_has_no_export_in_it() -> None:
    error = refusal([("export.zip", make_export_zip({"readme.txt": b"hello"}))])

    assert error.message.startswith("No Letterboxd export files were found in the ZIP.")


def test_zip_with_only_a_watchlist_has_nothing_watched() -> None:
    watchlist = csv_bytes(LIST_HEADER, [film_row("Dune", "2021", "u:dune")])

    error = refusal([("export.zip", make_export_zip({"watchlist.csv": watchlist}))])

    assert error.message.startswith(
        "There is nothing watched in this upload: it has only a watchlist."
    )


def test_zip_holding_two_exports_is_refused() -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("a/watched.csv", WATCHED_CSV)
        out.writestr("b/watched.csv", csv_bytes(WATCHED_HEADER, [film_row("Alien", "1979", "u")]))

    error = refusal([("export.zip", archive.getvalue())])

    assert error.message == (
        "watched.csv was uploaded twice with different contents (export.zip: a/watched.csv and "
        "export.zip: b/watched.csv). Upload one Letterboxd export at a time."
    )


def test_zip_holding_the_same_file_twice_reads_it_once() -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("a/watched.csv", WATCHED_CSV)
        out.writestr("b/watched.csv", WATCHED_CSV)

    export = parse_export([("export.zip", archive.getvalue())])

    assert [film.uri for film in export.films] == ["u:heat"]
    assert export.rows_read == {"watched": 1}


@pytest.mark.parametrize(
    "content", [PNG_BYTES, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", b"just some text"]
)
def test_file_named_zip_that_is_not_a_zip_is_refused(content: bytes) -> None:
    assert refusal([("export.zip", content)]).message.startswith("export.zip is not a ZIP file")


def test_truncated_zip_is_damaged() -> None:
    archive = make_export_zip({"watched.csv": WATCHED_CSV * 50})

    error = refusal([("export.zip", archive[: len(archive) // 2])])

    assert error.message.startswith("export.zip is damaged or incomplete.")


def test_member_failing_its_crc_check_is_damaged() -> None:
    archive = one_member_zip("watched.csv", WATCHED_CSV)
    corrupted = archive.replace(b"u:heat", b"u:hex!")

    error = refusal([("export.zip", corrupted)])

    assert error.message.startswith("export.zip is damaged or incomplete.")


def test_encrypted_member_is_refused() -> None:
    archive = patch_header(one_member_zip("watched.csv", WATCHED_CSV), flag_bits=0x1)

    error = refusal([("export.zip", archive)])

    assert error.message.startswith("export.zip is password-protected.")


@pytest.mark.parametrize(
    "name",
    [
        "../watched.csv",
        "letterboxd/../../watched.csv",
        "/etc/x.csv",
        "C:\\x.csv",
        "c:x.csv",
        "..\\..\\watched.csv",
        "\\\\server\\share\\x.csv",
    ],
)
def test_upload_rejects_zip_with_path_traversal(name: str) -> None:
    error = refusal([("export.zip", one_member_zip(name, WATCHED_CSV))])

    assert error.message.startswith("export.zip contains a file with an unsafe name")


def test_ordinary_member_names_are_safe() -> None:
    assert not is_unsafe_member_name("letterboxd-alice/likes/films.csv")
    assert not is_unsafe_member_name("letterboxd..alice/watched.csv")


def test_export_zip_inside_a_mail_clients_zip_is_opened() -> None:
    inner = make_export_zip({"watched.csv": WATCHED_CSV})
    outer = make_export_zip(
        {"letterboxd-alice-2026-11-24-10-00-utc.zip": inner, "photo.jpg": PNG_BYTES}, prefix=""
    )

    export = parse_export([("Attachments.zip", outer)])

    assert export.files == ["watched.csv"]
    assert export.films[0].uri == "u:heat"


def test_zip_inside_a_zip_inside_a_zip_is_refused() -> None:
    inner = make_export_zip({"watched.csv": WATCHED_CSV})
    middle = make_export_zip({"export.zip": inner}, prefix="")

    error = refusal([("mail.zip", make_export_zip({"middle.zip": middle}, prefix=""))])

    assert error.message.startswith("middle.zip (inside mail.zip) contains yet another ZIP file.")


def test_damaged_zip_inside_the_zip_is_named_in_the_refusal() -> None:
    inner = make_export_zip({"watched.csv": WATCHED_CSV * 50})

    error = refusal([("mail.zip", make_export_zip({"export.zip": inner[:200]}, prefix=""))])

    assert error.message.startswith("export.zip (inside mail.zip) is damaged or incomplete.")


def test_zip_inside_the_zip_counts_against_the_uncompressed_cap() -> None:
    bomb = one_member_zip("watched.csv", b"\n" * 5_000_000, zipfile.ZIP_DEFLATED)
    outer = one_member_zip("export.zip", bomb)

    error = refusal([("mail.zip", outer)], Limits(max_uncompressed_bytes=1_000_000))

    assert isinstance(error, ExportTooLarge)


def test_zip_inside_the_zip_larger_than_an_export_zip_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(archive_module, "MAX_INNER_ZIP_BYTES", 10_000)
    inner = one_member_zip("watched.csv", WATCHED_CSV + b"\n" * 20_000)  # stored: 20 KB
    outer = one_member_zip("export.zip", inner, zipfile.ZIP_DEFLATED)

    error = refusal([("mail.zip", outer)])

    assert isinstance(error, ExportTooLarge)
    assert error.message == (
        "export.zip (inside mail.zip) is larger than 10 KB, far larger than a Letterboxd export "
        "ZIP. Upload the export ZIP itself."
    )


def test_zip_inside_the_zip_understating_its_size_is_still_stopped_at_its_cap(
    monkeypatch,
) -> None:
    monkeypatch.setattr(archive_module, "MAX_INNER_ZIP_BYTES", 10_000)
    inner = one_member_zip("watched.csv", WATCHED_CSV + b"\n" * 20_000)
    liar = patch_header(one_member_zip("export.zip", inner, zipfile.ZIP_DEFLATED), file_size=100)

    error = refusal([("mail.zip", liar)])

    # zipfile stops at the declared size and the CRC then fails: never read past it.
    assert error.message.startswith("mail.zip is damaged or incomplete.")


def test_unsafe_name_inside_the_inner_zip_is_refused() -> None:
    inner = one_member_zip("../watched.csv", WATCHED_CSV)

    error = refusal([("mail.zip", one_member_zip("export.zip", inner))])

    assert error.message.startswith("export.zip (inside mail.zip) contains a file with an unsafe")


def test_mac_resource_fork_of_a_zip_is_not_opened() -> None:
    files = {"watched.csv": WATCHED_CSV, "__MACOSX/._export.zip": PNG_BYTES, "._x.zip": PNG_BYTES}

    export = parse_export([("export.zip", make_export_zip(files, prefix=""))])

    assert export.files == ["watched.csv"]


def test_zip_bomb_is_stopped_at_the_uncompressed_cap() -> None:
    bomb = one_member_zip("watched.csv", b"\n" * 5_000_000, zipfile.ZIP_DEFLATED)
    assert len(bomb) < 10_000

    error = refusal([("export.zip", bomb)], Limits(max_uncompressed_bytes=1_000_000))

    assert isinstance(error, ExportTooLarge)
    assert error.message == (
        "The export's files add up to more than 977 KB once unzipped, more than we can read."
    )


def test_uncompressed_cap_counts_all_members_together() -> None:
    padded = WATCHED_CSV + b"\n" * 600_000
    diary = csv_bytes(DIARY_HEADER, []) + b"\n" * 600_000
    archive = make_export_zip({"watched.csv": padded, "diary.csv": diary})

    error = refusal([("export.zip", archive)], Limits(max_uncompressed_bytes=1_000_000))

    assert isinstance(error, ExportTooLarge)


def test_member_declaring_a_size_over_the_budget_is_stopped_before_it_is_read() -> None:
    # The data is tiny: were it read, the mismatch would surface as damage, not as too large.
    archive = patch_header(one_member_zip("watched.csv", WATCHED_CSV), file_size=0xFFFF_FFF0)

    error = refusal([("export.zip", archive)])

    assert isinstance(error, ExportTooLarge)


def test_member_whose_header_understates_its_size_is_not_read_past_the_declared_size() -> None:
    archive = one_member_zip("watched.csv", WATCHED_CSV + b"\n" * 2_000_000, zipfile.ZIP_DEFLATED)
    liar = patch_header(archive, file_size=len(WATCHED_CSV))

    error = refusal([("export.zip", liar)], Limits(max_uncompressed_bytes=1_000_000))

    # zipfile stops at the declared size and the CRC then fails: refused, never inflated.
    assert error.message.startswith("export.zip is damaged or incomplete.")


def test_reading_stops_at_the_cap_however_much_a_stream_produces() -> None:
    class Endless(io.RawIOBase):
        produced = 0

        def read(self, size: int = -1) -> bytes:
            self.produced += size
            return b"x" * size

    stream = Endless()
    member = MemberSource("export.zip", lambda: stream, UnzipBudget(limit=1_000_000))

    with pytest.raises(ExportTooLarge), member.open() as reader:
        while reader.read(64 * 1024):
            pass

    assert stream.produced <= 1_000_000 + 256 * 1024


def test_a_member_read_again_counts_against_the_cap_once() -> None:
    data = b"x" * 600_000
    budget = UnzipBudget(limit=1_000_000)
    member = MemberSource("export.zip", lambda: io.BytesIO(data), budget)

    for _pass in range(3):
        with member.open() as reader:
            assert reader.read() == data

    assert budget.used == 600_000


def test_zip_with_a_huge_central_directory_is_refused_before_it_is_parsed(monkeypatch) -> None:
    monkeypatch.setattr(archive_module, "_MAX_CENTRAL_DIRECTORY_BYTES", 2_000)
    files = {"watched.csv": WATCHED_CSV} | {f"lists/list-{i}.csv": b"" for i in range(100)}

    error = refusal([("export.zip", make_export_zip(files))])

    assert isinstance(error, ExportTooLarge)
    assert error.message.startswith("export.zip holds far more files than a Letterboxd export.")


def test_a_real_sized_central_directory_is_accepted() -> None:
    files = {"watched.csv": WATCHED_CSV} | {f"lists/list-{i}.csv": b"" for i in range(2_000)}

    export = parse_export([("export.zip", make_export_zip(files))])

    assert export.files == ["watched.csv"]


def test_member_with_an_empty_name_is_skipped() -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("J", b"junk")
        out.writestr("watched.csv", WATCHED_CSV)
    data = bytearray(archive.getvalue())
    # zipfile will not write an empty name, but reads a name cut short by a NUL as one. The
    # first member's name sits at byte 30 of its local header and 46 of its central one.
    data[30] = data[data.find(b"PK\x01\x02") + 46] = 0

    export = parse_export([("export.zip", bytes(data))])

    assert export.files == ["watched.csv"]


def test_member_needing_a_newer_zip_version_is_refused() -> None:
    data = bytearray(one_member_zip("watched.csv", WATCHED_CSV))
    # "Version needed to extract" is at byte 6 of the central header.
    struct.pack_into("<H", data, data.find(b"PK\x01\x02") + 6, 99)

    error = refusal([("export.zip", bytes(data))])

    assert error.message.startswith("export.zip was compressed with a method we cannot read.")


def list_csv(name: str, films: list[tuple[str, str, str]]) -> bytes:
    rows = "".join(f"{i},{n},{y},{u},\n" for i, (n, y, u) in enumerate(films, start=1))
    return (
        "Letterboxd list export v7\nDate,Name,Tags,URL,Description\n"
        f'2021-11-06,"{name}","best, rewatchable",https://boxd.it/list1,"Two\nlines."\n'
        "\nPosition,Name,Year,URL,Description\n" + rows
    ).encode()


def test_the_members_lists_are_summed_up_count_longest_and_films_on_most_lists() -> None:
    heat, alien, jaws = (
        ("Heat", "1995", "https://boxd.it/heat"),
        ("Alien", "1979", "https://boxd.it/alien"),
        ("Jaws", "1975", "https://boxd.it/jaws"),
    )
    files = {
        "watched.csv": WATCHED_CSV,
        "lists/favourites.csv": list_csv("My <b>Favourites</b>", [heat, alien, jaws]),
        "lists/nineties.csv": list_csv("Nineties", [heat]),
        "lists/scary.csv": list_csv("Scary", [alien, jaws, alien]),
        "deleted/lists/old.csv": list_csv("Deleted", [heat]),
        "lists/broken.csv": PNG_BYTES,
    }

    export = parse_export([("export.zip", make_export_zip(files))])

    lists = export.lists
    assert (lists["count"], lists["films"]) == (3, 7)
    assert lists["longest"] == [
        {"name": "My <b>Favourites</b>", "size": 3},
        {"name": "Scary", "size": 3},
        {"name": "Nineties", "size": 1},
    ]
    # A film listed twice in one list counts once for it.
    assert [(f["name"], f["year"], f["lists"]) for f in lists["most_listed"]] == [
        ("Alien", 1979, 2),
        ("Heat", 1995, 2),
        ("Jaws", 1975, 2),
    ]
    assert any(
        "broken.csv could not be read as a Letterboxd list" in str(w) for w in export.warnings
    )
    # Lists are no film files: the films are watched.csv's.
    assert export.files == ["watched.csv"]


def test_an_export_without_lists_sums_up_none() -> None:
    export = parse_export([("export.zip", make_export_zip({"watched.csv": WATCHED_CSV}))])
    assert export.lists == {"count": 0, "films": 0, "longest": [], "most_listed": []}
