"""Parsing the Letterboxd data export: bytes in, dataclasses out.

Pure Python on purpose - no Django, no disk, no network - so it is tested and benchmarked alone.
"""

from __future__ import annotations

from .errors import ExportError, ExportTooLarge
from .limits import Limits
from .parse import parse_export
from .results import ParsedExport, ParsedFilm, ParsedViewing

__all__ = [
    "ExportError",
    "ExportTooLarge",
    "Limits",
    "ParsedExport",
    "ParsedFilm",
    "ParsedViewing",
    "parse_export",
]
