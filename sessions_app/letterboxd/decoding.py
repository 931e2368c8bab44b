"""Telling how an export file's bytes are text, or refusing them with a reason a member
understands; the file is then decoded as it is read."""

from __future__ import annotations

import codecs
import io
import re

from .errors import ExportError
from .sources import CHUNK_SIZE, Source
from .warning_log import WarningLog

# Magic numbers of files members pick by mistake, to say what they uploaded instead.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP file"),
    (b"\xd0\xcf\x11\xe0", "an old Excel or Word file"),
)
# C0 controls besides tab, CR and LF, and DEL: never in a real CSV, common in binary files.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Enough of a file to tell UTF-16 without a BOM by where its zero bytes fall.
_UTF16_SAMPLE = 4096


def describe_bytes(data: bytes) -> str:
    """' (it looks like a PNG image)' when the bytes say what they are, else ''."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f" (it looks like {what})"
    return ""


def detect_encoding(label: str, source: Source, log: WarningLog) -> str:
    """The codec to read a file with: UTF-8 with or without BOM; UTF-16 in either byte order,
    with or without BOM (what a spreadsheet's "Unicode text" saves); else Windows-1252 with a
    warning, which is what spreadsheet tools on Windows save; anything else is refused.

    The whole file is checked, a chunk at a time, so that reading its rows later cannot fail
    half way; only the UTF-16 test looks at its start alone."""
    head = source.head(_UTF16_SAMPLE)
    utf16 = _utf16_codec(head)
    if utf16 is not None:
        _check_utf16(label, source, utf16, head)
        return utf16
    codec = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
    if _is_utf8(label, source, codec, head):
        return codec
    _check_cp1252(label, source, head)
    log.note(label, f"{label} was not UTF-8; it was read as Windows-1252 — check accented titles.")
    return "cp1252"


def open_text(source: Source, codec: str) -> io.TextIOWrapper:
    """The file as text, decoded as it is read; newline="" keeps the \\r\\n inside quoted
    reviews for the csv module to handle."""
    return io.TextIOWrapper(source.open(), encoding=codec, newline="")


def _is_utf8(label: str, source: Source, codec: str, head: bytes) -> bool:
    decoder = codecs.getincrementaldecoder(codec)()
    with source.open() as stream:
        while chunk := stream.read(CHUNK_SIZE):
            # A NUL byte makes it no CSV whatever the encoding, wherever it is.
            if b"\x00" in chunk:
                raise _not_csv(label, head)
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                return False
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _check_cp1252(label: str, source: Source, head: bytes) -> None:
    """Windows-1252 leaves five bytes undefined, and its controls are ASCII's. A NUL anywhere
    makes the file no CSV, before an undefined byte makes it unreadable."""
    undefined = control = False
    with source.open() as stream:
        while chunk := stream.read(CHUNK_SIZE):
            if b"\x00" in chunk:
                raise _not_csv(label, head)
            if not undefined:
                try:
                    chunk.decode("cp1252")
                except UnicodeDecodeError:
                    undefined = True
            control = control or _CONTROL_BYTES.search(chunk) is not None
    if undefined:
        raise _unreadable(label, head)
    if control:
        raise _not_csv(label, head)


def _check_utf16(label: str, source: Source, codec: str, head: bytes) -> None:
    decoder = codecs.getincrementaldecoder(codec)()
    control = False
    with source.open() as stream:
        try:
            while chunk := stream.read(CHUNK_SIZE):
                text = decoder.decode(chunk)
                control = control or _CONTROL_CHARS.search(text) is not None
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise _unreadable(label, head) from None
    if control:
        raise _not_csv(label, head)


def _utf16_codec(data: bytes) -> str | None:
    """'utf-16' (BOM), 'utf-16-le' or 'utf-16-be' (none) when the bytes are UTF-16 text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # UTF-32-LE's BOM starts like UTF-16-LE's; its zero bytes fail the control check.
        return "utf-16"
    sample = data[:_UTF16_SAMPLE]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    # An export is mostly ASCII: in UTF-16 every other byte is then zero, the high byte of
    # each character - the second of a pair in little-endian, the first in big-endian. A few
    # characters (U+0100, U+4E00) have a zero low byte too. Binary files have zeros as well,
    # but not so regularly on one side.
    pairs = len(sample) // 2
    zeros_first = sample[0 : pairs * 2 : 2].count(0)
    zeros_second = sample[1 : pairs * 2 : 2].count(0)
    if zeros_second >= pairs / 2 and zeros_first * 10 <= zeros_second:
        return "utf-16-le"
    if zeros_first >= pairs / 2 and zeros_second * 10 <= zeros_first:
        return "utf-16-be"
    return None


def _not_csv(label: str, head: bytes) -> ExportError:
    return ExportError(f"{label} is not a CSV file{describe_bytes(head)}.")


def _unreadable(label: str, data: bytes) -> ExportError:
    return ExportError(
        f"{label} is not a text file we can read{describe_bytes(data)}. Upload the file "
        "as Letterboxd exported it, or save it as CSV UTF-8."
    )
