"""Reading the export ZIP in memory, defensively: it is a file from the internet.

Nothing is extracted to disk and member names are never used as paths; they only tell us which
export file a member is. Sizes are checked against the budget before a member is read (its
declared size) and while it is read (the bytes actually produced), so a ZIP bomb stops at the cap.

A mail client's "Download all" puts the export ZIP inside a ZIP of its own, so one ZIP inside
the upload's ZIP is opened too; its bytes and its members' bytes both count against the budget.
"""

from __future__ import annotations

import io
import lzma
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .errors import ExportError, ExportTooLarge
from .kinds import Kind, kind_of_member, split_member_path
from .limits import format_size

_CHUNK_SIZE = 256 * 1024
# What zipfile and its decompressors raise on damaged data.
_DAMAGE = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError)
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a ZIP with members; an empty ZIP
_END_OF_CENTRAL_DIRECTORY = b"PK\x05\x06"
# zipfile parses the whole central directory when it opens a ZIP, at about 10 µs an entry: a
# 50 MB upload of empty entries would take seconds. A real export's directory (a few files, plus
# one per list) is far below this cap, which bounds the work to a fraction of a second.
_MAX_CENTRAL_DIRECTORY_BYTES = 2 * 1024 * 1024


@dataclass
class UnzipBudget:
    """Bytes that may still be read out of ZIPs, shared by all ZIPs of one upload."""

    limit: int
    used: int = 0

    @property
    def remaining(self) -> int:
        return self.limit - self.used


@dataclass
class Member:
    kind: Kind
    path: str  # as written in the ZIP; for messages only
    data: bytes


def is_unsafe_member_name(name: str) -> bool:
    """Absolute paths, drive letters and '..' are how a ZIP reaches outside its folder."""
    if name.startswith(("/", "\\")):
        return True
    if len(name) >= 2 and name[1] == ":" and name[0].isascii() and name[0].isalpha():
        return True
    return ".." in split_member_path(name)


def read_export_members(
    label: str, content: bytes, budget: UnzipBudget, *, nested: bool = False
) -> Iterator[Member]:
    """The export files inside a ZIP, and inside one ZIP within it; other members are skipped
    unread. Members are read one at a time, so the caller can let go of each one's bytes."""
    directory_size = _central_directory_size(content)
    if directory_size is not None and directory_size > _MAX_CENTRAL_DIRECTORY_BYTES:
        raise ExportTooLarge(
            f"{label} holds far more files than a Letterboxd export. "
            "Upload the ZIP exactly as Letterboxd sent it."
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except NotImplementedError:
        # A member needing a newer ZIP version than zipfile reads; Letterboxd never writes one.
        raise _unsupported(label) from None
    except _DAMAGE:
        raise _damaged(label) from None
    with archive:
        infos = archive.infolist()
        # Check every name before reading anything: one bad member means the ZIP is not an
        # untouched Letterboxd export, and reading the rest would only hide that.
        for info in infos:
            if is_unsafe_member_name(info.filename):
                raise ExportError(
                    f"{label} contains a file with an unsafe name, so it was not opened. "
                    "Upload the ZIP exactly as Letterboxd sent it."
                )
            if nested and is_zip_member(info.filename):
                raise ExportError(
                    f"{label} contains yet another ZIP file. Upload the ZIP from Letterboxd "
                    "itself, not ZIPs that hold it."
                )
            if info.flag_bits & 0x1:
                raise _password_protected(label)
        for info in infos:
            if is_zip_member(info.filename):
                inner_label = f"{split_member_path(info.filename)[-1]} (inside {label})"
                inner = _read_member(label, archive, info, budget)
                yield from read_export_members(inner_label, inner, budget, nested=True)
                continue
            kind = kind_of_member(info.filename)
            if kind is not None:
                yield Member(kind, info.filename, _read_member(label, archive, info, budget))


def is_zip_member(path: str) -> bool:
    """A ZIP inside the ZIP; not a Mac resource fork named like one."""
    parts = [part.lower() for part in split_member_path(path)]
    return (
        bool(parts)
        and parts[-1].endswith(".zip")
        and not parts[-1].startswith("._")
        and "__macosx" not in parts
    )


def _central_directory_size(content: bytes) -> int | None:
    """The size the end record declares for the central directory, which is exactly what
    zipfile will read and parse; None when there is no end record (zipfile then refuses)."""
    # The end record is 22 bytes, followed by a comment of at most 65,535 bytes.
    at = len(content) - 22
    if content[at : at + 4] != _END_OF_CENTRAL_DIRECTORY:
        at = content.rfind(_END_OF_CENTRAL_DIRECTORY, max(0, len(content) - 22 - 65_535))
    if at < 0 or at + 22 > len(content):
        return None
    # 0xFFFFFFFF means ZIP64, which no Letterboxd export needs; it reads as over the cap.
    return struct.unpack_from("<I", content, at + 12)[0]


def _read_member(
    label: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: UnzipBudget
) -> bytes:
    if info.file_size > budget.remaining:
        raise _too_large(budget)
    try:
        with archive.open(info) as stream:
            return read_capped(stream, budget)
    except RuntimeError:
        # zipfile's "encrypted, password required": the flag check above should have caught it.
        raise _password_protected(label) from None
    except NotImplementedError:
        raise _unsupported(label) from None
    except _DAMAGE:
        raise _damaged(label) from None


def read_capped(stream: BinaryIO, budget: UnzipBudget) -> bytes:
    """Read a member in chunks, counting what actually comes out, so a member whose header
    understates its size still stops at the cap."""
    chunks = []
    while chunk := stream.read(_CHUNK_SIZE):
        budget.used += len(chunk)
        if budget.used > budget.limit:
            raise _too_large(budget)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(budget: UnzipBudget) -> ExportTooLarge:
    return ExportTooLarge(
        f"The export's files add up to more than {format_size(budget.limit)} once unzipped, "
        "more than we can read."
    )


def _unsupported(label: str) -> ExportError:
    return ExportError(
        f"{label} was compressed with a method we cannot read. "
        "Upload the ZIP exactly as Letterboxd sent it."
    )


def _password_protected(label: str) -> ExportError:
    return ExportError(
        f"{label} is password-protected. Upload the ZIP exactly as Letterboxd sent it."
    )


def _damaged(label: str) -> ExportError:
    return ExportError(
        f"{label} is damaged or incomplete. Download the export from Letterboxd again "
        "and upload the new ZIP."
    )
