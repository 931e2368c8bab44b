"""Real-shaped Letterboxd export files as bytes, for tests and benchmarks.

Plain functions, deterministic for a given seed, and quick enough to call per test.
"""

from __future__ import annotations

import csv
import io
import itertools
import random
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from sessions_app.letterboxd import ParsedExport

WATCHED_HEADER = ["Date", "Name", "Year", "Letterboxd URI"]
DIARY_HEADER = [
    "Date",
    "Name",
    "Year",
    "Letterboxd URI",
    "Rating",
    "Rewatch",
    "Tags",
    "Watched Date",
]
RATINGS_HEADER = ["Date", "Name", "Year", "Letterboxd URI", "Rating"]
REVIEWS_HEADER = [
    "Date",
    "Name",
    "Year",
    "Letterboxd URI",
    "Rating",
    "Rewatch",
    "Review",
    "Tags",
    "Watched Date",
]
PROFILE_HEADER = [
    "Date Joined",
    "Username",
    "Given Name",
    "Family Name",
    "Email Address",
    "Location",
    "Website",
    "Bio",
    "Pronoun",
    "Favorite Films",
]
# watchlist.csv and likes/films.csv share watched.csv's header.
LIST_HEADER = WATCHED_HEADER

DEFAULT_PREFIX = "letterboxd-alice-2026-11-24-10-00-utc/"


def csv_bytes(
    header: list[str],
    rows: list[list[str]],
    *,
    bom: bool = False,
    encoding: str = "utf-8",
) -> bytes:
    """A CSV file as Letterboxd writes it: quoted only where needed, \\n between rows."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    data = out.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def messages(export: ParsedExport) -> list[str]:
    """The warnings as the dashboard shows them."""
    return [str(warning) for warning in export.warnings]


def film_row(name: str, year: str, uri: str, on: str = "2024-01-01") -> list[str]:
    """A watched.csv, watchlist.csv or likes/films.csv row."""
    return [on, name, year, uri]


def diary_row(
    name: str,
    year: str,
    entry: str,
    watched_on: str = "2024-01-01",
    *,
    rating: str = "",
    rewatch: str = "",
    tags: str = "",
    logged_on: str | None = None,
) -> list[str]:
    return [logged_on or watched_on, name, year, entry, rating, rewatch, tags, watched_on]


def review_row(
    name: str,
    year: str,
    entry: str,
    review: str,
    watched_on: str = "2024-01-01",
    *,
    rating: str = "",
    rewatch: str = "",
    tags: str = "",
) -> list[str]:
    return [watched_on, name, year, entry, rating, rewatch, review, tags, watched_on]


def make_export_zip(files: dict[str, bytes], prefix: str = DEFAULT_PREFIX) -> bytes:
    """A ZIP holding each file at prefix + path (path like "watched.csv" or "likes/films.csv")."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, data in files.items():
            archive.writestr(prefix + path, data)
    return out.getvalue()


def csv_lines(header: list[str], rows: Iterable[list[str]]) -> Iterator[str]:
    """Each row as a CSV line, as csv_bytes writes them, one at a time."""
    line = io.StringIO(newline="")
    writer = csv.writer(line, lineterminator="\n")
    for row in itertools.chain([header], rows):
        writer.writerow(row)
        yield line.getvalue()
        line.seek(0)
        line.truncate()


def write_export_zip(
    out: BinaryIO, members: dict[str, Callable[[], Iterable[str]]], prefix: str = DEFAULT_PREFIX
) -> int:
    """Like make_export_zip, but each member's CSV lines are written into the ZIP as they come,
    so a member hundreds of MB long is never held whole. Returns the bytes unzipped."""
    unzipped = 0
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, lines in members.items():
            with archive.open(prefix + path, "w", force_zip64=True) as member:
                # A megabyte at a time: deflating line by line takes several times longer.
                block: list[str] = []
                size = 0
                for line in lines():
                    block.append(line)
                    size += len(line)
                    if size >= 1024 * 1024:
                        member.write("".join(block).encode())
                        block, size = [], 0
                member.write("".join(block).encode())
            unzipped += archive.getinfo(prefix + path).file_size
    return unzipped


# Deflate turns a short unit repeated into a few bits per 258 bytes: the reviews below shrink
# several hundred times, as in the ZIP a security review sent (670 KB, 300 MB unzipped).
LONG_REVIEW = "\r\n".join(["Wow! " * 576] * 7)  # 20,000 characters, CRLFs inside as in real ones
# The same with an emoji: Python then keeps every character of it in four bytes.
LONG_EMOJI_REVIEW = LONG_REVIEW + " 🎬"


def repeated_reviews(n_rows: int, review: str = LONG_REVIEW) -> Iterator[str]:
    """reviews.csv's lines, header first: one film reviewed at length, over and over, each a
    dated review (so a viewing) with its own entry URI. Formatted by hand: the csv module takes
    seconds to quote hundreds of MB."""
    yield ",".join(REVIEWS_HEADER) + "\n"
    quoted = '"' + review.replace('"', '""') + '"'
    for i in range(n_rows):
        day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        yield f"{day},Wow,2001,https://boxd.it/r{i},4,,{quoted},,{day}\n"


def high_ratio_reviews_zip(out: BinaryIO, unzipped: int, review: str = LONG_REVIEW) -> int:
    """An export ZIP whose reviews.csv is about `unzipped` bytes of one long review repeated.
    Returns the bytes unzipped."""
    row_bytes = len(review.encode()) + 70
    n_rows = max(1, (unzipped - 200) // row_bytes)
    watched = [film_row("Wow", "2001", film_uri("wow"))]
    return write_export_zip(
        out,
        {
            "watched.csv": lambda: csv_lines(WATCHED_HEADER, watched),
            "reviews.csv": lambda: repeated_reviews(n_rows, review),
        },
    )


def film_uri(slug: str) -> str:
    return f"https://letterboxd.com/film/{slug}/"


def entry_uri(n: int) -> str:
    """A diary entry's short link, like https://boxd.it/4Xq9Z."""
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    code = ""
    n += 100_000  # real codes are several characters long
    while n:
        n, digit = divmod(n, 62)
        code = alphabet[digit] + code
    return f"https://boxd.it/{code}"


# Titles that have tripped up CSV handling in real exports, placed first in every generated export.
SPECIAL_FILMS = [
    ("Crouching Tiger, Hidden Dragon", "2000", "crouching-tiger-hidden-dragon"),
    ('The "Wrong" Man', "1956", "the-wrong-man"),
    ("Amélie", "2001", "amelie"),
    ("Leo", "2023", "leo-2023"),
    ("Leo", "2023", "leo-2023-1"),  # a different film with the same Name and Year
    ("Untitled Home Movie", "", "untitled-home-movie"),  # empty Year
]

_WORDS = [
    *("Silent", "Harbor", "Night", "Summer", "Glass", "River", "Last", "Red", "Paper", "Moon"),
    *("City", "Long", "Quiet", "Winter", "House", "Broken", "Light", "Distant", "Shore", "Wild"),
    *("Hearts", "Hidden", "Road", "Burning", "Garden", "Lost", "Kingdom", "Small", "Hours"),
    *("Golden", "Field", "Iron", "Sky", "Empty", "Station", "Second", "Chance", "Blue", "Dark"),
]
_TAGS = ["cinema", "rewatch-project", "criterion", "with friends", "streaming", "festival"]
_REVIEW_LINES = [
    "A quiet film that stays with you.",
    'Loved the "long take" in the middle, even if it drags.',
    "Second half lost me, though the score is great, honestly.",
    "Saw it at the festival; the crowd applauded for minutes.",
]


def _day(start: date, offset: int) -> str:
    return (start + timedelta(days=offset)).isoformat()


def generate_export(
    n_films: int = 10_000, n_diary: int = 14_000, seed: int = 1
) -> dict[str, bytes]:
    """A heavy member's export: watched, diary, ratings (80% of films), reviews (1 in 7 diary
    entries), likes/films (1 in 5 films), watchlist, profile, and a deleted/diary.csv that must
    be ignored. Keys are paths inside the export, for make_export_zip."""
    rng = random.Random(seed)
    films: list[tuple[str, str, str]] = list(SPECIAL_FILMS[:n_films])
    used = {(name, year) for name, year, _ in films}
    while len(films) < n_films:
        name = f"{rng.choice(_WORDS)} {rng.choice(_WORDS)}"
        year = str(rng.randint(1920, 2025))
        if (name, year) in used:
            name = f"{name} {len(films)}"
        used.add((name, year))
        films.append((name, year, f"{name.lower().replace(' ', '-')}-{year}-{len(films)}"))

    joined = date(2018, 3, 1)
    watched_rows = []
    for i, (name, year, slug) in enumerate(films):
        # Members who bulk-import on joining have thousands of films marked on one day.
        marked = joined.isoformat() if i < n_films * 0.4 else _day(joined, rng.randint(1, 3000))
        watched_rows.append([marked, name, year, film_uri(slug)])

    diary_rows = []
    seen_count: dict[int, int] = {}
    for n in range(n_diary):
        index = rng.randrange(len(films))
        name, year, _slug = films[index]
        watched_on = rng.randint(0, 3000)
        rating = "" if rng.random() < 0.2 else str(rng.randint(1, 10) / 2).removesuffix(".0")
        seen_count[index] = seen_count.get(index, 0) + 1
        rewatch = "Yes" if seen_count[index] > 1 else ""
        tags = ", ".join(rng.sample(_TAGS, rng.choice((0, 0, 1, 2))))
        diary_rows.append(
            [
                _day(joined, watched_on + rng.randint(0, 3)),
                name,
                year,
                entry_uri(n),
                rating,
                rewatch,
                tags,
                _day(joined, watched_on),
            ]
        )

    ratings_rows = []
    for name, year, slug in films[: int(n_films * 0.8)]:
        rating = str(rng.randint(1, 10) / 2).removesuffix(".0")
        ratings_rows.append(
            [_day(joined, rng.randint(0, 3000)), name, year, film_uri(slug), rating]
        )

    reviews_rows = []
    for row in diary_rows[::7]:
        logged, name, year, uri, rating, rewatch, tags, watched_on = row
        # Reviews span lines with \r\n inside the quoted field.
        review = "\r\n".join(rng.sample(_REVIEW_LINES, 2))
        reviews_rows.append([logged, name, year, uri, rating, rewatch, review, tags, watched_on])

    likes_rows = [
        [_day(joined, rng.randint(0, 3000)), name, year, film_uri(slug)]
        for name, year, slug in films[::5]
    ]
    watchlist_rows = [
        [_day(joined, i), f"Someday Film {i}", "2024", film_uri(f"someday-film-{i}")]
        for i in range(max(1, n_films // 10))
    ]
    deleted_rows = [
        [_day(joined, i), f"Deleted Film {i}", "1999", entry_uri(10_000_000 + i), "3", "", "", ""]
        for i in range(5)
    ]
    profile_rows = [
        ["2018-03-01", "alice", "Alice", "Doe", "alice@example.com", "", "", "", "", ""]
    ]
    return {
        "profile.csv": csv_bytes(PROFILE_HEADER, profile_rows),
        "watched.csv": csv_bytes(WATCHED_HEADER, watched_rows),
        "diary.csv": csv_bytes(DIARY_HEADER, diary_rows),
        "ratings.csv": csv_bytes(RATINGS_HEADER, ratings_rows),
        "reviews.csv": csv_bytes(REVIEWS_HEADER, reviews_rows),
        "watchlist.csv": csv_bytes(LIST_HEADER, watchlist_rows),
        "likes/films.csv": csv_bytes(LIST_HEADER, likes_rows),
        "deleted/diary.csv": csv_bytes(DIARY_HEADER, deleted_rows),
    }
