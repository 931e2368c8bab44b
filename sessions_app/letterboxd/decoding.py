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


def describe_bytes(data: bytes) -> str:
    """' (it looks like a PNG image)' when the bytes say what they are, else ''."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f" (it looks like {what})"
    return ""


def decode_csv(label: str, data: bytes, log: WarningLog) -> str:
    """UTF-8 with or without BOM; else Windows-1252 with a warning, which is what spreadsheet
    tools on Windows save; anything else is refused."""
    if b"\x00" in data:
        raise ExportError(f"{label} is not a CSV file{describe_bytes(data)}.")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # strict: the five bytes cp1252 leaves undefined fail here.
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ExportError(
            f"{label} is not a text file we can read{describe_bytes(data)}. Upload the file "
            "as Letterboxd exported it, or save it as CSV UTF-8."
        ) from None
    if _CONTROL_CHARS.search(text):
        raise ExportError(f"{label} is not a CSV file{describe_bytes(data)}.")
    log.note(label, f"{label} was not UTF-8; it was read as Windows-1252 — check accented titles.")
    return text
