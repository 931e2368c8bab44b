"""The export's files we read, and how to tell which one a file is: by its path inside the ZIP,
by its uploaded name, or - for a loose CSV with an unknown name - by its header."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import ExportError


@dataclass(frozen=True)
class Kind:
    name: str  # key of ParsedExport.rows_read
    filename: str  # path inside the export, shown to members
    columns: tuple[str, ...]  # required columns; others are ignored


WATCHED = Kind("watched", "watched.csv", ("Date", "Name", "Year", "Letterboxd URI"))
DIARY = Kind(
    "diary",
    "diary.csv",
    ("Date", "Name", "Year", "Letterboxd URI", "Rating", "Rewatch", "Tags", "Watched Date"),
)
RATINGS = Kind("ratings", "ratings.csv", ("Date", "Name", "Year", "Letterboxd URI", "Rating"))
REVIEWS = Kind(
    "reviews",
    "reviews.csv",
    (
        "Date",
        "Name",
        "Year",
        "Letterboxd URI",
        "Rating",
        "Rewatch",
        "Review",
        "Tags",
        "Watched Date",
    ),
)
LIKES = Kind("likes", "likes/films.csv", ("Date", "Name", "Year", "Letterboxd URI"))
WATCHLIST = Kind("watchlist", "watchlist.csv", ("Date", "Name", "Year", "Letterboxd URI"))
# Only the username is used; the rest of profile.csv is personal data we do not need.
PROFILE = Kind("profile", "profile.csv", ("Username",))

# The order ParsedExport.files lists them in.
KINDS = (WATCHED, DIARY, RATINGS, REVIEWS, LIKES, WATCHLIST, PROFILE)
# Files that say something was watched; watchlist and profile alone give no stats.
WATCH_KINDS = frozenset({WATCHED, DIARY, RATINGS, REVIEWS, LIKES})

_TOP_LEVEL = {k.filename: k for k in KINDS if "/" not in k.filename}
# deleted/ and orphaned/ hold files named like the real ones; lists/ has one CSV per list;
# __MACOSX/ holds resource forks when a Mac re-zips the folder.
_SKIPPED_FOLDERS = frozenset({"deleted", "orphaned", "lists", "__macosx"})
# Known export files that stats do not use: skipped with a note rather than refused.
_UNUSED_NAMES = frozenset({"comments", "lists"})

# "watched (1).csv", "watched(2).csv", "watched - Copy.csv", "watched copy.csv": browsers and
# file managers rename repeated downloads.
# Each alternative is anchored on "(", "-" or "copy", so whitespace can only match one way: no
# backtracking blow-up on a name made of spaces.
_COPY_SUFFIX = re.compile(r"(?:\s*\(\d+\)|\s*-\s*copy|\s+copy)+$")


def split_member_path(path: str) -> list[str]:
    # Some Windows zippers write "\" between folders.
    return [part for part in re.split(r"[\\/]", path) if part]


def kind_of_member(path: str) -> Kind | None:
    """Which export file a ZIP member is, whatever folder the export sits in; None to skip it."""
    parts = [part.lower() for part in split_member_path(path)]
    if not parts or path.endswith(("/", "\\")):  # a folder
        return None
    *folders, base = parts
    if base.startswith("._") or _SKIPPED_FOLDERS.intersection(folders):
        return None
    if folders and folders[-1] == "likes":
        return LIKES if base == "films.csv" else None
    return _TOP_LEVEL.get(base)


def upload_stem(filename: str) -> str:
    """'Watched (1).CSV' -> 'watched'."""
    parts = split_member_path(filename)
    stem = parts[-1].strip().lower() if parts else ""
    if stem.endswith(".csv"):
        stem = stem[:-4]
    return _COPY_SUFFIX.sub("", stem).strip()


def kind_of_upload_name(filename: str) -> Kind | None:
    stem = upload_stem(filename)
    if stem in ("films", "likes-films", "likes_films"):
        # Uploaded loose, likes/films.csv arrives as films.csv: the only films.csv in an export.
        return LIKES
    return _TOP_LEVEL.get(f"{stem}.csv")


def is_unused_export_name(filename: str) -> bool:
    return upload_stem(filename) in _UNUSED_NAMES


def kind_of_header(label: str, header: list[str]) -> Kind | None:
    """Guess a loose CSV's kind from its columns, when they belong to one kind only.

    None means a Letterboxd list file, which stats do not use.
    """
    if header and header[0].strip().lower().startswith("letterboxd list export"):
        return None
    columns = {cell.strip().lower() for cell in header}
    if "review" in columns:
        kind = REVIEWS
    elif "watched date" in columns or "rewatch" in columns:
        kind = DIARY
    elif "username" in columns:
        kind = PROFILE
    elif "rating" in columns:
        kind = RATINGS
    elif {"name", "year", "letterboxd uri"} <= columns:
        # watched.csv, watchlist.csv and likes/films.csv share this header.
        raise ExportError(
            f"We could not tell which Letterboxd file {label} is: watched.csv, watchlist.csv and "
            "likes/films.csv have the same columns. Upload it named watched.csv, "
            "or upload the whole export ZIP."
        )
    else:
        raise ExportError(
            f"{label} does not look like a file from the Letterboxd export. Upload the ZIP "
            "from letterboxd.com → Settings → Data → Export your data, or its watched.csv."
        )
    if not {c.lower() for c in kind.columns} <= columns:
        raise ExportError(
            f"We could not tell which Letterboxd file {label} is. Upload it under its "
            "original name (such as diary.csv), or upload the whole export ZIP."
        )
    return kind
