"""Reading the export ZIP defensively: it is a file from the internet.

Nothing is extracted to disk and member names are never used as paths; they only tell us which
export file a member is. Members are read as streams, inflated a chunk at a time each time a
pass reads them, so memory does not grow with a member's size or its compression ratio. Sizes
are checked against the budget before a member is read (its declared size) and while it is
read (the bytes actually inflated), so a ZIP bomb stops at the cap.

A mail client's "Download all" puts the export ZIP inside a ZIP of its own, so one ZIP inside
the upload's ZIP is opened too; its bytes and its members' bytes both count against the budget.
The inner ZIP is held in memory while its members are read (zipfile seeks in it, and seeking
back in a member means inflating it again from its start, once for every pass over every file
in it), so it has a cap of its own.
"""

from __future__ import annotations

import contextlib
import functools
import io
import lzma
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .errors import ExportError, ExportTooLarge
from .kinds import LIST, Kind, is_list_member, kind_of_member, split_member_path
from .limits import format_size
from .sources import Source

# What zipfile and its decompressors raise on damaged data.
_DAMAGE = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError)
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a ZIP with members; an empty ZIP
_END_OF_CENTRAL_DIRECTORY = b"PK\x05\x06"
# The end record is 22 bytes, followed by a comment of at most 65,535 bytes.
_END_RECORD_SIZE = 22
_MAX_COMMENT_SIZE = 65_535
# zipfile parses the whole central directory when it opens a ZIP, at about 10 µs an entry: a
# 50 MB upload of empty entries would take seconds. A real export's directory (a few files, plus
# one per list) is far below this cap, which bounds the work to a fraction of a second.
_MAX_CENTRAL_DIRECTORY_BYTES = 2 * 1024 * 1024
# The export ZIP inside a mail client's ZIP, held in memory. Text deflates three to four times,
# so a heavy member's export ZIP is a few MB (10,000 films with their diary: 0.6 MB).
MAX_INNER_ZIP_BYTES = 16 * 1024 * 1024


@dataclass
class UnzipBudget:
    """Bytes that may still be read out of ZIPs, shared by all ZIPs of one upload."""

    limit: int
    used: int = 0

    @property
    def remaining(self) -> int:
        return self.limit - self.used

    def charge(self, size: int) -> None:
        self.used += size
        if self.used > self.limit:
            raise _too_large(self)


class MemberSource(Source):
    """A ZIP member, inflated again each time it is opened.

    Its bytes count against the budget once, however many passes read them: each pass charges
    only what it inflates past the furthest point an earlier pass reached.
    """

    def __init__(self, label: str, open_stream: Callable[[], BinaryIO], budget: UnzipBudget):
        self.label = label  # the ZIP, for messages
        self.open_stream = open_stream
        self.budget = budget
        self.charged = 0

    def _raw(self) -> io.RawIOBase:
        return _MemberReader(self)


class _MemberReader(io.RawIOBase):
    def __init__(self, member: MemberSource) -> None:
        self._member = member
        self._stream: BinaryIO | None = None
        self._position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        member = self._member
        with _zip_errors(member.label):
            if self._stream is None:
                self._stream = member.open_stream()
            data = self._stream.read(len(buffer))
        size = len(data)
        buffer[:size] = data
        self._position += size
        if self._position > member.charged:
            # Counted as inflated, so a member whose header understates its size still stops
            # at the cap.
            member.budget.charge(self._position - member.charged)
            member.charged = self._position
        return size

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None
        super().close()


@dataclass
class Member:
    kind: Kind
    path: str  # as written in the ZIP; for messages only
    source: MemberSource


def is_unsafe_member_name(name: str) -> bool:
    """Absolute paths, drive letters and '..' are how a ZIP reaches outside its folder."""
    if name.startswith(("/", "\\")):
        return True
    if len(name) >= 2 and name[1] == ":" and name[0].isascii() and name[0].isalpha():
        return True
    return ".." in split_member_path(name)


def read_export_members(
    label: str,
    file: BinaryIO,
    budget: UnzipBudget,
    closing: contextlib.ExitStack,
    *,
    nested: bool = False,
) -> Iterator[Member]:
    """The export files inside a ZIP, and inside one ZIP within it; other members are skipped
    unread. Each ZIP stays open (in `closing`) for as long as its members are read."""
    directory_size = _central_directory_size(file)
    if directory_size is not None and directory_size > _MAX_CENTRAL_DIRECTORY_BYTES:
        raise ExportTooLarge(
            f"{label} holds far more files than a Letterboxd export. "
            "Upload the ZIP exactly as Letterboxd sent it."
        )
    try:
        file.seek(0)
        archive = zipfile.ZipFile(file)
    except NotImplementedError:
        # A member needing a newer ZIP version than zipfile reads; Letterboxd never writes one.
        raise _unsupported(label) from None
    except _DAMAGE:
        raise _damaged(label) from None
    closing.enter_context(archive)
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
        zipped = is_zip_member(info.filename)
        listed = is_list_member(info.filename)
        if not zipped and not listed and kind_of_member(info.filename) is None:
            continue
        # Checked before the caller reads a byte of it, against what earlier members used.
        if info.file_size > budget.remaining:
            raise _too_large(budget)
        source = MemberSource(label, functools.partial(archive.open, info), budget)
        if zipped:
            inner_label = f"{split_member_path(info.filename)[-1]} (inside {label})"
            if info.file_size > MAX_INNER_ZIP_BYTES:
                raise _inner_zip_too_large(inner_label)
            with source.open() as stream:
                inner = stream.read(MAX_INNER_ZIP_BYTES + 1)
            if len(inner) > MAX_INNER_ZIP_BYTES:
                raise _inner_zip_too_large(inner_label)
            yield from read_export_members(
                inner_label, io.BytesIO(inner), budget, closing, nested=True
            )
            continue
        kind = LIST if listed else kind_of_member(info.filename)
        if kind is not None:
            yield Member(kind, info.filename, source)


def is_zip_member(path: str) -> bool:
    """A ZIP inside the ZIP; not a Mac resource fork named like one."""
    parts = [part.lower() for part in split_member_path(path)]
    return (
        bool(parts)
        and parts[-1].endswith(".zip")
        and not parts[-1].startswith("._")
        and "__macosx" not in parts
    )


def _central_directory_size(file: BinaryIO) -> int | None:
    """The size the end record declares for the central directory, which is exactly what
    zipfile will read and parse; None when there is no end record (zipfile then refuses)."""
    size = file.seek(0, io.SEEK_END)
    file.seek(max(0, size - _END_RECORD_SIZE - _MAX_COMMENT_SIZE))
    tail = file.read()
    at = len(tail) - _END_RECORD_SIZE
    if tail[at : at + 4] != _END_OF_CENTRAL_DIRECTORY:
        at = tail.rfind(_END_OF_CENTRAL_DIRECTORY)
    if at < 0 or at + _END_RECORD_SIZE > len(tail):
        return None
    # 0xFFFFFFFF means ZIP64, which no Letterboxd export needs; it reads as over the cap.
    return struct.unpack_from("<I", tail, at + 12)[0]


@contextlib.contextmanager
def _zip_errors(label: str) -> Iterator[None]:
    """zipfile's errors while inflating, as the member should read them."""
    try:
        yield
    except RuntimeError:
        # zipfile's "encrypted, password required": the flag check should have caught it.
        raise _password_protected(label) from None
    except NotImplementedError:
        raise _unsupported(label) from None
    except _DAMAGE:
        raise _damaged(label) from None


def _too_large(budget: UnzipBudget) -> ExportTooLarge:
    return ExportTooLarge(
        f"The export's files add up to more than {format_size(budget.limit)} once unzipped, "
        "more than we can read."
    )


def _inner_zip_too_large(label: str) -> ExportTooLarge:
    return ExportTooLarge(
        f"{label} is larger than {format_size(MAX_INNER_ZIP_BYTES)}, far larger than a "
        "Letterboxd export ZIP. Upload the export ZIP itself."
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
