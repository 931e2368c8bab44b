"""One realistic export, and the re-saves of it that members upload instead of the original.

Each variant is built from the same rows as the original, the way a spreadsheet, a mail client or
a browser changes them, so a test (and bench/export_variants.py) can check that parsing it gives
exactly what parsing the original gives.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import Any

from sessions_app.tests.export_factory import (
    DIARY_HEADER,
    LIST_HEADER,
    PROFILE_HEADER,
    RATINGS_HEADER,
    REVIEWS_HEADER,
    SPECIAL_FILMS,
    WATCHED_HEADER,
    csv_bytes,
    entry_uri,
    film_uri,
    make_export_zip,
)

Upload = list[tuple[str, bytes]]

# Titles beyond ASCII, all of them in Windows-1252 so that a re-save in it can keep them (a
# title outside it, such as "Łódź", comes back from such a save as "?", whatever the parser does).
NON_ASCII_FILMS = [
    ("Cléo de 5 à 7", "1962", "cleo-from-5-to-7"),
    ("Der Himmel über Berlin", "1987", "wings-of-desire"),
    ("Smultronstället", "1957", "wild-strawberries"),
    ("Cœur fidèle", "1923", "coeur-fidele"),
    ("Nausicaä of the Valley of the Wind", "1984", "nausicaa-of-the-valley-of-the-wind"),
    ("Rosemary’s Baby", "1968", "rosemarys-baby"),
    ("El laberinto del fauno", "2006", "pans-labyrinth"),
    ("Ænigma", "1987", "aenigma"),
]
_WORDS = ["Night", "Summer", "Glass", "River", "Red", "Paper", "Moon", "City", "Quiet", "Winter"]
_TAGS = ["cinema", "with friends", "streaming", "festival", "criterion"]
_REVIEWS = [
    "Slow, then devastating.",
    'The "long take" in the middle; worth it.',
    "Saw it twice\r\nand the ending still lands.",
    "Café scene:\tperfect.",
    "Meh; the score is the best part, honestly.",
]


def sample_export(n_films: int = 300, seed: int = 3) -> dict[str, bytes]:
    """A member's export as Letterboxd writes it: rows in date order, a diary with rewatches
    and tags, ratings, reviews dated and undated, likes (a few of films never watched), a
    watchlist, a profile, and deleted/ and orphaned/ files to skip. Keys are paths inside it."""
    rng = random.Random(seed)
    films = list(SPECIAL_FILMS) + NON_ASCII_FILMS
    while len(films) < n_films:
        name = f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} {len(films)}"
        year = str(rng.randint(1930, 2024))
        films.append((name, year, f"{name.lower().replace(' ', '-')}-{year}"))
    start = date(2019, 1, 1)

    def day(offset: int) -> date:
        return start + timedelta(days=offset)

    watched = sorted(
        ([day(rng.randint(0, 2000)), name, year, film_uri(slug)] for name, year, slug in films),
        key=lambda row: row[0],
    )

    diary: list[list] = []
    for n in range(int(n_films * 1.4)):
        name, year, _slug = films[rng.randrange(len(films))]
        watched_on = day(rng.randint(0, 2000))
        rating = "" if rng.random() < 0.2 else _rating(rng)
        tags = ", ".join(rng.sample(_TAGS, rng.choice((0, 1, 2))))
        logged = watched_on + timedelta(days=rng.choice((0, 0, 1, 3)))
        diary.append([logged, name, year, entry_uri(n), rating, "", tags, watched_on])
    # Every viewing of a film after its first is a rewatch; rows run by the day they were logged.
    diary.sort(key=lambda row: row[-1])
    seen: set[tuple[str, str]] = set()
    for row in diary:
        row[5] = "Yes" if (row[1], row[2]) in seen else ""
        seen.add((row[1], row[2]))
    diary.sort(key=lambda row: row[0])

    reviews: list[list] = []
    for logged, name, year, uri, rating, rewatch, tags, watched_on in diary[::6]:
        text = rng.choice(_REVIEWS)
        reviews.append([logged, name, year, uri, rating, rewatch, text, tags, watched_on])
    for i in range(3):  # dated reviews with no diary row of their own: diary entries too
        name, year, _slug = films[-1 - i]
        seen_on = day(2100 + i * 17)
        reviews.append([seen_on, name, year, entry_uri(50_000 + i), "4", "", "Late.", "", seen_on])
    for i in range(4):  # undated reviews: Date is when each was posted, no viewing
        name, year, _slug = films[10 + i]
        posted = day(1500 + i * 11)
        reviews.append([posted, name, year, entry_uri(60_000 + i), "", "", "No date.", "", ""])
    reviews.sort(key=lambda row: row[0])

    ratings = sorted(
        (
            [day(rng.randint(0, 2000)), name, year, film_uri(slug), _rating(rng)]
            for name, year, slug in films[: int(n_films * 0.7)]
        ),
        key=lambda row: row[0],
    )
    liked_only = [(f"Liked Unwatched {i}", "2015", f"liked-unwatched-{i}") for i in range(3)]
    likes = sorted(
        (
            [day(rng.randint(0, 2000)), name, year, film_uri(slug)]
            for name, year, slug in films[::5] + liked_only
        ),
        key=lambda row: row[0],
    )
    watchlist = [[day(i * 23), f"Someday {i}", "2024", film_uri(f"someday-{i}")] for i in range(20)]
    profile = [[start, "alice", "Alice", "Doe", "alice@example.com", "", "", "", "", ""]]
    gone = [[day(5), "Deleted Film", "1999", entry_uri(90_000), "3", "", "", day(5)]]

    def as_csv(header: list[str], rows: list[list]) -> bytes:
        cells = [[v.isoformat() if isinstance(v, date) else v for v in row] for row in rows]
        return csv_bytes(header, cells)

    return {
        "profile.csv": as_csv(PROFILE_HEADER, profile),
        "watched.csv": as_csv(WATCHED_HEADER, watched),
        "diary.csv": as_csv(DIARY_HEADER, diary),
        "ratings.csv": as_csv(RATINGS_HEADER, ratings),
        "reviews.csv": as_csv(REVIEWS_HEADER, reviews),
        "watchlist.csv": as_csv(LIST_HEADER, watchlist),
        "likes/films.csv": as_csv(LIST_HEADER, likes),
        "comments.csv": as_csv(["Date", "Content", "Comment"], [[start, "x", "Nice list."]]),
        "deleted/diary.csv": as_csv(DIARY_HEADER, gone),
        "orphaned/reviews.csv": as_csv(REVIEWS_HEADER, []),
    }


def _rating(rng: random.Random) -> str:
    return str(rng.randint(1, 10) / 2).removesuffix(".0")


# --- re-saving ---

# Date forms spreadsheets write, by the label the parser gives them.
DATE_WRITERS: dict[str, Callable[[date], str]] = {
    "DD/MM/YYYY": lambda d: f"{d.day:02}/{d.month:02}/{d.year}",
    "DD.MM.YYYY": lambda d: f"{d.day:02}.{d.month:02}.{d.year}",
    "DD-MM-YYYY": lambda d: f"{d.day}-{d.month}-{d.year}",  # Dutch Excel: 30-6-2022
    "MM/DD/YYYY": lambda d: f"{d.month}/{d.day}/{d.year}",  # US Excel: 6/30/2022
    "DD/MM/YY": lambda d: f"{d.day:02}/{d.month:02}/{d.year % 100:02}",
    "MM/DD/YY": lambda d: f"{d.month}/{d.day}/{d.year % 100:02}",
    "YYYY/MM/DD": lambda d: f"{d.year}/{d.month:02}/{d.day:02}",
}
_DATE_COLUMNS = {"Date", "Watched Date", "Date Joined"}


def resave(
    data: bytes,
    *,
    delimiter: str = ",",
    decimal_comma: bool = False,
    dates: str | None = None,
    encoding: str = "utf-8",
    bom: bool = False,
) -> bytes:
    """A Letterboxd CSV as a spreadsheet saves it: its separator, decimal mark and date form,
    CRLF line ends, and its encoding ("utf-16-le" and "utf-16-be" with or without a BOM)."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    header = rows[0]
    write_date = DATE_WRITERS[dates] if dates else None
    for row in rows[1:]:
        for i, column in enumerate(header):
            cell = row[i] if i < len(row) else ""
            if not cell:
                continue
            if write_date and column in _DATE_COLUMNS:
                row[i] = write_date(date.fromisoformat(cell))
            elif decimal_comma and column == "Rating":
                row[i] = cell.replace(".", ",")
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    text = out.getvalue()
    if bom:
        text = "\ufeff" + text
    return text.encode(encoding)


def loose_files(files: dict[str, bytes], **resave_options: Any) -> Upload:
    """The export's CSVs uploaded one by one, each re-saved; likes/films.csv arrives as
    films.csv, and deleted/ and orphaned/ stay behind in their folders."""
    out = []
    for path, data in files.items():
        if path.startswith(("deleted/", "orphaned/")):
            continue
        name = "films.csv" if path == "likes/films.csv" else path
        out.append((name, resave(data, **resave_options) if resave_options else data))
    return out


def original(files: dict[str, bytes]) -> Upload:
    return [("letterboxd-alice-2026-11-24-10-00-utc.zip", make_export_zip(files))]


def _sheets_names(files: dict[str, bytes]) -> Upload:
    # Google Sheets names a download "<spreadsheet> - <sheet>.csv"; a second download of one
    # file gets " (1)" from the browser.
    names = {"diary.csv": "diary - Sheet1.csv", "ratings.csv": "ratings (1).csv"}
    out = []
    for name, data in loose_files(files):
        stem = name.removesuffix(".csv")
        out.append((names.get(name, f"{stem} - {stem}.csv"), resave(data)))
    return out


def _zip_in_zip(files: dict[str, bytes]) -> Upload:
    ((name, export_zip),) = original(files)
    mail = make_export_zip({name: export_zip, "invitation.ics": b"BEGIN:VCALENDAR"}, prefix="")
    return [("Attachments.zip", mail)]


VARIANTS: dict[str, Callable[[dict[str, bytes]], Upload]] = {
    "loose CSVs": loose_files,
    "; and decimal comma": partial(loose_files, delimiter=";", decimal_comma=True),
    **{f"dates {label}": partial(loose_files, dates=label) for label in DATE_WRITERS},
    "German Excel (; 4,5 30.06.2022 cp1252)": partial(
        loose_files, delimiter=";", decimal_comma=True, dates="DD.MM.YYYY", encoding="cp1252"
    ),
    "UTF-16 LE, tabs, BOM": partial(loose_files, delimiter="\t", encoding="utf-16-le", bom=True),
    "UTF-16 BE, tabs, BOM": partial(loose_files, delimiter="\t", encoding="utf-16-be", bom=True),
    "UTF-16 LE, tabs, no BOM": partial(loose_files, delimiter="\t", encoding="utf-16-le"),
    "UTF-16 BE, tabs, no BOM": partial(loose_files, delimiter="\t", encoding="utf-16-be"),
    "UTF-8 with BOM": partial(loose_files, bom=True),
    "Windows-1252": partial(loose_files, encoding="cp1252"),
    "Google Sheets names": _sheets_names,
    "ZIP in a mail ZIP": _zip_in_zip,
    "ZIP with its own CSVs": lambda files: original(files) + loose_files(files),
}
