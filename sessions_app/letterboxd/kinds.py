"""The export's files we read, and how to tell which one a file is: by its path inside the ZIP,
by its uploaded name (also as a browser or Google Sheets renames it), and by its header."""

from __future__ import annotations

import re
from dataclasses import dataclass


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
# Only the username and the favourite films are read; the rest of profile.csv is personal data
# we do not need.
PROFILE = Kind("profile", "profile.csv", ("Username",))

# The order ParsedExport.files lists them in.
KINDS = (WATCHED, DIARY, RATINGS, REVIEWS, LIKES, WATCHLIST, PROFILE)
# Files whose films stats can show; a watchlist and a profile alone give none.
WATCH_KINDS = frozenset({WATCHED, DIARY, RATINGS, REVIEWS, LIKES})

_TOP_LEVEL = {k.filename: k for k in KINDS if "/" not in k.filename}
# deleted/ and orphaned/ hold files named like the real ones; lists/ has one CSV per list;
# __MACOSX/ holds resource forks when a Mac re-zips the folder.
_SKIPPED_FOLDERS = frozenset({"deleted", "orphaned", "lists", "__macosx"})
# Known export files that stats do not use: skipped with a note rather than refused.
_UNUSED_NAMES = frozenset({"comments", "lists"})
# A loose file's name without ".csv" -> its kind. Uploaded loose, likes/films.csv arrives as
# films.csv, the only films.csv in an export.
_STEM_KINDS = {k.filename.removesuffix(".csv"): k for k in KINDS if "/" not in k.filename} | {
    "films": LIKES,
    "likes": LIKES,
    "likes-films": LIKES,
    "likes_films": LIKES,
    "likes films": LIKES,
}

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


# A list the member made: lists/<slug>.csv in the ZIP, as many as they made. Not one of KINDS:
# its files are summed up apart (`lists`), and none counts as a film file.
LIST = Kind("list", "lists/<list>.csv", ())


def is_list_member(path: str) -> bool:
    """A list's file in the ZIP (lists/<slug>.csv), wherever the export's folder is."""
    parts = [part.lower() for part in split_member_path(path)]
    if len(parts) < 2 or path.endswith(("/", "\\")):
        return False
    *folders, base = parts
    if base.startswith("._") or not base.endswith(".csv") or folders[-1] != "lists":
        return False
    return not {"deleted", "orphaned", "__macosx", "likes"}.intersection(folders)


def upload_stem(filename: str) -> str:
    """'Watched (1).CSV' -> 'watched'."""
    parts = split_member_path(filename)
    stem = parts[-1].strip().lower() if parts else ""
    if stem.endswith(".csv"):
        stem = stem[:-4]
    return _COPY_SUFFIX.sub("", stem).strip()


def _stem_meanings(filename: str) -> set[str]:
    """What a file's name says it is: its stem, or for a Google Sheets download, named
    "<spreadsheet> - <sheet>.csv" ("watched - watched.csv", "diary - Sheet1.csv"), the parts
    of it that name an export file."""
    stem = upload_stem(filename)
    if stem in _STEM_KINDS or stem in _UNUSED_NAMES:
        return {stem}
    parts = {part.strip() for part in stem.split(" - ")}
    return {part for part in parts if part in _STEM_KINDS or part in _UNUSED_NAMES}


def kind_of_upload_name(filename: str) -> Kind | None:
    """The export file an uploaded file's name says it is, when it says exactly one."""
    kinds = {_STEM_KINDS.get(meaning) for meaning in _stem_meanings(filename)}
    return kinds.pop() if len(kinds) == 1 else None


def is_unused_export_name(filename: str) -> bool:
    meanings = _stem_meanings(filename)
    return bool(meanings) and meanings <= _UNUSED_NAMES


# What a header's columns narrow a file down to. A Letterboxd list starts with a preamble line.
LIST_FILE = "list"


def kinds_of_header(header: list[str]) -> tuple[Kind, ...] | str:
    """The export files a header fits, as far as its columns tell them apart: one kind, the
    three that share watched.csv's header, () for no export file, or LIST_FILE."""
    if header and header[0].strip().lower().startswith("letterboxd list export"):
        return LIST_FILE
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
        return (WATCHED, WATCHLIST, LIKES)
    else:
        return ()
    return (kind,) if {c.lower() for c in kind.columns} <= columns else ()
