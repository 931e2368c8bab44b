"""Caps that keep one upload from taking the server's memory or time."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_upload_bytes: int = 50 * 1024 * 1024  # total raw bytes of all uploaded files
    max_uncompressed_bytes: int = 64 * 1024 * 1024  # total bytes read out of ZIPs
    # The memory the parsed films and viewings take as text (titles, URIs, tags, reviews)
    # while they wait to be stored: more than the bytes read when an emoji widens a text.
    max_text_bytes: int = 80 * 1024 * 1024
    max_rows: int = 200_000  # total CSV data rows across all files
    max_files: int = 20  # uploaded files
    max_films: int = 50_000  # distinct films across the export's files, the watchlist's too


def format_size(n_bytes: int) -> str:
    """A size for a member's eyes: "50 MB", "1.5 MB", "800 KB"."""
    if n_bytes >= 1024 * 1024:
        return f"{n_bytes / (1024 * 1024):.3g} MB"
    return f"{max(1, round(n_bytes / 1024))} KB"
