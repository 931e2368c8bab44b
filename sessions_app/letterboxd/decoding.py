"""Turning an export file's bytes into text, or refusing them with a reason a member understands."""

from __future__ import annotations

import codecs
import re

from .errors import ExportError
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
# Enough of a file to tell UTF-16 without a BOM by where its zero bytes fall.
_UTF16_SAMPLE = 4096


def describe_bytes(data: bytes) -> str:
    """' (it looks like a PNG image)' when the bytes say what they are, else ''."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f" (it looks like {what})"
    return ""


def decode_csv(label: str, data: bytes, log: WarningLog) -> str:
    """UTF-8 with or without BOM; UTF-16 in either byte order, with or without BOM (what a
    spreadsheet's "Unicode text" saves); else Windows-1252 with a warning, which is what
    spreadsheet tools on Windows save; anything else is refused."""
    utf16 = _utf16_codec(data)
    if utf16 is not None:
        return _decode_utf16(label, data, utf16)
    if b"\x00" in data:
        raise ExportError(f"{label} is not a CSV file{describe_bytes(data)}.")
    try:
        if data.startswith(codecs.BOM_UTF8):
            # A view, not data[3:]: that would copy the whole file to drop three bytes.
            return str(memoryview(data)[len(codecs.BOM_UTF8) :], "utf-8")
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # strict: the five bytes cp1252 leaves undefined fail here.
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise _unreadable(label, data) from None
    if _CONTROL_CHARS.search(text):
        raise ExportError(f"{label} is not a CSV file{describe_bytes(data)}.")
    log.note(label, f"{label} was not UTF-8; it was read as Windows-1252 — check accented titles.")
    return text


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


def _decode_utf16(label: str, data: bytes, codec: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise _unreadable(label, data) from None
    if _CONTROL_CHARS.search(text):
        raise ExportError(f"{label} is not a CSV file{describe_bytes(data)}.")
    return text


def _unreadable(label: str, data: bytes) -> ExportError:
    return ExportError(
        f"{label} is not a text file we can read{describe_bytes(data)}. Upload the file "
        "as Letterboxd exported it, or save it as CSV UTF-8."
    )
