"""Joining the export's files into films and viewings.

Film URIs (watched, ratings, likes) are the film key. Diary and review rows carry the URI of
the *entry*, so they join films on (Name, Year) - which two different films can share.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from .dates import ISO, DateForm
from .errors import ExportTooLarge
from .fields import parse_rating, parse_rewatch, parse_tags, parse_year
from .limits import format_size
from .results import ParsedFilm, ParsedViewing
from .tables import Table
from .warning_log import WarningLog

Title = tuple[str, int | None]
Seen = tuple[str, int | None, date | None]  # a film's name and year, and a day it was seen
# Cells parsed once and remembered: a real export has a few thousand distinct dates and a
# hundred years; the caps keep a file of endless variants ("2024-01-01 ", " 2024-01-01") from
# making the caches its biggest part.
_MAX_CACHED_DATES = 50_000
_MAX_CACHED_YEARS = 1_000

# What Python holds a text in: its characters at one, two or four bytes each, by its widest
# (so one emoji makes a long review four times its size in the file), plus some 50 bytes.
text_size = sys.getsizeof


class TooManyFilms(Exception):
    """Raised at the first film past the builder's cap, before it is made."""

    def __init__(self, uri: str, title: Title) -> None:
        super().__init__(uri)
        self.uri = uri
        self.title = title


def synthetic_uri(name: str, year: int | None) -> str:
    """A key for a film that carries no URI at all."""
    return f"letterboxd:{name}:{'' if year is None else year}"


class FilmBuilder:
    """Fed the export's tables in order (film-URI files, then diary, then reviews), it builds
    the films and viewings. Each table is announced with begin() before it is added."""

    def __init__(
        self, log: WarningLog, max_films: int | None = None, max_text_bytes: int | None = None
    ) -> None:
        self.log = log
        # Each film costs memory here and TMDB requests once stored: an export listing more
        # than any member could is refused while it is read, not after.
        self.max_films = max_films
        # The text the films and viewings keep (titles, URIs, tags, reviews) stays in memory
        # until they are stored. Its bytes in the file do not bound it: text holding a
        # character beyond U+FFFF is kept at four bytes a character.
        self.text_bytes = 0
        self._text_cap = math.inf if max_text_bytes is None else max_text_bytes
        self.username = ""
        self.favourites: list[str] = []
        self.films: dict[str, ParsedFilm] = {}
        self.viewings: list[ParsedViewing] = []
        # Letterboxd's "films watched" is watched.csv when there is one; only without it do
        # diary entries, ratings and dated reviews say which films were watched.
        self._has_watched_file = False
        self._by_title: dict[Title, list[ParsedFilm]] = {}
        self._current_rating: dict[str, Decimal] = {}  # film uri -> ratings.csv rating
        self._viewings_of: dict[str, list[ParsedViewing]] = {}
        # Reviews without a Watched Date: reviews of the film, but no viewing (film uri -> count).
        self._undated_reviews: dict[str, int] = {}
        # Where reviews.csv rows find the diary viewing they belong to.
        self._diary_by_entry: dict[str, ParsedViewing] = {}
        # The diary viewing of a film on a day, or a list of them when there are several: nearly
        # every day has one, and a list each would cost 72 bytes a diary row.
        self._diary_by_seen: dict[Seen, ParsedViewing | list[ParsedViewing]] = {}
        # Exports repeat the same few thousand dates and hundred years tens of thousands of
        # times; remembering valid cells saves parsing them again. Invalid ones are not cached, so
        # each one is still counted. One cache per date form: 04/05/2022 is a different day
        # day-first and month-first.
        self._date_caches: dict[str, dict[str, date | None]] = {}
        self._dates: dict[str, date | None] = {}
        self._date_form = ISO
        self._years: dict[str, int | None] = {}
        self._table: Table | None = None  # the table being read, for the line of a warning

    def begin(self, table: Table, date_form: DateForm = ISO) -> None:
        self._table = table
        self._date_form = date_form
        self._dates = self._date_caches.setdefault(date_form.label, {})

    # --- files keyed by film URI ---

    def add_watched(self, table: Table) -> None:
        self._has_watched_file = True
        i_date = table.index("Date")
        for film, row in self._films_of(table):
            film.watched = True
            marked_on = self._date(row[i_date], table.label)
            # A film listed twice keeps its earliest date.
            if marked_on and (film.marked_watched_on is None or marked_on < film.marked_watched_on):
                film.marked_watched_on = marked_on

    def add_ratings(self, table: Table) -> None:
        i_rating = table.index("Rating")
        rated_is_watched = not self._has_watched_file
        for film, row in self._films_of(table):
            if rated_is_watched:
                film.watched = True
            rating = self._rating(row[i_rating], table.label)
            if rating is not None:
                self._current_rating[film.uri] = rating

    def add_likes(self, table: Table) -> None:
        for film, _row in self._films_of(table):
            film.liked = True

    def add_watchlist(self, table: Table) -> None:
        # Its films are kept, unwatched unless another file says otherwise: a watchlist marks
        # nothing watched.
        i_date = table.index("Date")
        for film, row in self._films_of(table):
            film.on_watchlist = True
            added_on = self._date(row[i_date], table.label)
            # A film listed twice keeps its earliest date, as watched.csv's do.
            if added_on and (film.watchlist_added_on is None or added_on < film.watchlist_added_on):
                film.watchlist_added_on = added_on

    def add_profile(self, table: Table) -> None:
        i_username = table.index("Username")
        i_favourites = table.columns.get("favorite films")
        for row in table:
            if not self.username:
                self.username = row[i_username].strip()
            if i_favourites is not None and not self.favourites:
                self.favourites = favourite_uris(row[i_favourites])

    # --- files keyed by entry URI ---

    def add_diary(self, table: Table) -> None:
        for viewing, name, year, _dated in self._viewings_of_table(table, review_column=None):
            if viewing.entry_uri:
                self._diary_by_entry.setdefault(viewing.entry_uri, viewing)
            seen = (name, year, viewing.watched_on)
            same_day = self._diary_by_seen.setdefault(seen, viewing)
            if isinstance(same_day, list):
                same_day.append(viewing)
            elif same_day is not viewing:
                self._diary_by_seen[seen] = [same_day, viewing]
            self._add_viewing(viewing)

    def add_reviews(self, table: Table) -> None:
        for review, name, year, dated in self._viewings_of_table(table, review_column="Review"):
            diary_viewing = self._diary_by_entry.get(review.entry_uri) if review.entry_uri else None
            if diary_viewing is None and dated:
                # Same film seen the same day: only when exactly one diary viewing could take it.
                same_day = self._diary_by_seen.get((name, year, review.watched_on), [])
                if not isinstance(same_day, list):
                    same_day = [same_day]
                lacking = [viewing for viewing in same_day if not viewing.review]
                if len(lacking) == 1:
                    diary_viewing = lacking[0]
            if diary_viewing is not None:
                self._keep(text_size(review.review))
                diary_viewing.review = review.review
            elif not dated:
                # A review with no Watched Date is no diary entry: its Date is when it was
                # posted, not a day the film was seen. It still counts as a review of the film.
                if review.review:
                    uri = review.film_uri
                    self._undated_reviews[uri] = self._undated_reviews.get(uri, 0) + 1
            else:
                self._add_viewing(review)

    # --- the result ---

    def finish(self) -> tuple[list[ParsedFilm], list[ParsedViewing]]:
        viewings_say_watched = not self._has_watched_file
        for film in self.films.values():
            current = self._current_rating.get(film.uri)
            viewings = self._viewings_of.get(film.uri)
            undated_reviews = self._undated_reviews.get(film.uri, 0)
            if not viewings:
                film.first_watched_on = film.last_watched_on = film.marked_watched_on
                film.rating = current
                film.review_count = undated_reviews
                continue
            seen_on = [viewing.watched_on for viewing in viewings if viewing.watched_on]
            film.first_watched_on = min(seen_on) if seen_on else film.marked_watched_on
            film.last_watched_on = max(seen_on) if seen_on else film.marked_watched_on
            film.rating = current if current is not None else _latest_rating(viewings)
            if viewings_say_watched:
                film.watched = True
            film.viewing_count = len(viewings)
            film.rewatch_count = sum(1 for viewing in viewings if viewing.rewatch)
            film.review_count = undated_reviews + sum(1 for viewing in viewings if viewing.review)
            film.tags = list(dict.fromkeys(tag for viewing in viewings for tag in viewing.tags))
        return list(self.films.values()), self.viewings

    def count_films_to_the_end(self, table: Table, over: TooManyFilms, by_title: bool) -> int:
        """The films made so far, plus those the rest of `table` would add, counting from the
        one that went over the cap: their keys are counted, no film is made."""
        i_name, i_year, i_uri = (
            table.index("Name"),
            table.index("Year"),
            table.index("Letterboxd URI"),
        )
        # Diary and review rows join films by title; the other files name films by URI.
        new: set[str | Title] = {over.title if by_title else over.uri}
        for row in table:
            name = row[i_name].strip()
            if not name:
                continue
            try:
                year = parse_year(row[i_year])
            except ValueError:
                year = None
            if by_title:
                if (name, year) not in self._by_title:
                    new.add((name, year))
                continue
            uri = row[i_uri].strip() or synthetic_uri(name, year)
            if uri not in self.films:
                new.add(uri)
        return len(self.films) + len(new)

    # --- helpers ---

    def _films_of(self, table: Table) -> Iterator[tuple[ParsedFilm, list[str]]]:
        """(film, row) for each row of a file keyed by film URI."""
        label = table.label
        i_name, i_year, i_uri = (
            table.index("Name"),
            table.index("Year"),
            table.index("Letterboxd URI"),
        )
        for row in table:
            name = row[i_name].strip()
            if not name:
                self._nameless(row, label)
                continue
            year = self._year(row[i_year], label)
            uri = row[i_uri].strip() or synthetic_uri(name, year)
            film = self.films.get(uri)
            if film is None:
                film = self._new_film(uri, name, year)
            yield film, row

    def _viewings_of_table(
        self, table: Table, review_column: str | None
    ) -> Iterator[tuple[ParsedViewing, str, int | None, bool]]:
        """(viewing, name, year, whether Watched Date is filled in) for each row of diary.csv
        or reviews.csv."""
        label = table.label
        i_name, i_year, i_uri = (
            table.index("Name"),
            table.index("Year"),
            table.index("Letterboxd URI"),
        )
        i_date, i_watched = table.index("Date"), table.index("Watched Date")
        i_rating, i_rewatch, i_tags = (
            table.index("Rating"),
            table.index("Rewatch"),
            table.index("Tags"),
        )
        i_review = table.index(review_column) if review_column else None
        # Bound once: this loop runs for every diary row, the export's largest file.
        date_of, year_of, rating_of, film_for = (
            self._date,
            self._year,
            self._rating,
            self._film_for_entry,
        )
        for row in table:
            name = row[i_name].strip()
            if not name:
                self._nameless(row, label)
                continue
            year = year_of(row[i_year], label)
            entry_uri = row[i_uri].strip()
            logged_on = date_of(row[i_date], label)
            rating = rating_of(row[i_rating], label)
            rewatch = row[i_rewatch]
            tags = row[i_tags]
            review = row[i_review] if i_review is not None else ""
            watched_cell = row[i_watched]
            viewing = ParsedViewing(
                film_for(name, year, rating, entry_uri, label).uri,
                entry_uri,
                date_of(watched_cell, label) or logged_on,
                logged_on,
                rating,
                self._rewatch(rewatch, label) if rewatch else False,
                parse_tags(tags) if tags else [],
                review if review and not review.isspace() else "",
            )
            yield viewing, name, year, bool(watched_cell) and not watched_cell.isspace()

    def _film_for_entry(
        self, name: str, year: int | None, rating: Decimal | None, entry_uri: str, label: str
    ) -> ParsedFilm:
        candidates = self._by_title.get((name, year))
        if not candidates:
            # Seen only in diary/reviews: the first entry's URI stands in for the film's.
            uri = entry_uri or synthetic_uri(name, year)
            return self.films.get(uri) or self._new_film(uri, name, year)
        if len(candidates) > 1:
            # An entry means the film was watched: a namesake only liked or on the watchlist
            # is not the one.
            candidates = [film for film in candidates if film.watched] or candidates
        if len(candidates) == 1:
            return candidates[0]
        # Two films share this name and year. The one the member rated the same is likelier.
        example = f"“{name}” ({year})" if year is not None else f"“{name}”"
        self._count("ambiguous", label, example)
        same_rating = [f for f in candidates if self._current_rating.get(f.uri) == rating]
        return same_rating[0] if len(same_rating) == 1 else candidates[0]

    def _new_film(self, uri: str, name: str, year: int | None) -> ParsedFilm:
        if self.max_films is not None and len(self.films) >= self.max_films:
            raise TooManyFilms(uri, (name, year))
        self.text_bytes += text_size(uri) + text_size(name)
        if self.text_bytes > self._text_cap:
            raise self._too_much_text()
        film = ParsedFilm(
            uri=uri,
            name=name,
            year=year,
            marked_watched_on=None,
            first_watched_on=None,
            last_watched_on=None,
            rating=None,
            liked=False,
            watched=False,
            viewing_count=0,
            rewatch_count=0,
            review_count=0,
            tags=[],
        )
        self.films[uri] = film
        self._by_title.setdefault((name, year), []).append(film)
        return film

    def _add_viewing(self, viewing: ParsedViewing) -> None:
        # Added up here rather than through _keep(): this runs for every diary row.
        self.text_bytes += text_size(viewing.entry_uri) + text_size(viewing.review)
        if viewing.tags:
            # Each tag is a text of its own, and a tags cell can hold thousands.
            self.text_bytes += text_size(viewing.tags) + sum(map(text_size, viewing.tags))
        if self.text_bytes > self._text_cap:
            raise self._too_much_text()
        self.viewings.append(viewing)
        self._viewings_of.setdefault(viewing.film_uri, []).append(viewing)

    def _keep(self, size: int) -> None:
        self.text_bytes += size
        if self.text_bytes > self._text_cap:
            raise self._too_much_text()

    def _too_much_text(self) -> ExportTooLarge:
        return ExportTooLarge(
            "The titles, links, tags and reviews in this export take more than "
            f"{format_size(int(self._text_cap))} to hold once read, more than we can keep at "
            "once (text with an emoji in it takes up to four times its size in the file)."
        )

    def _count(self, problem: str, label: str, example: str = "") -> None:
        line = self._table.line if self._table is not None else None
        self.log.count(problem, label, line, example)

    def _nameless(self, row: list[str], label: str) -> None:
        # A spreadsheet leaves rows of bare commas behind; those are not worth a warning.
        if any(cell.strip() for cell in row):
            self._count("name", label)

    def _date(self, cell: str, label: str) -> date | None:
        try:
            return self._dates[cell]
        except KeyError:
            pass
        try:
            value = self._date_form.parse(cell)
        except ValueError:
            self._count("date", label, self._date_form.label)
            return None
        if len(self._dates) < _MAX_CACHED_DATES:
            self._dates[cell] = value
        return value

    def _year(self, cell: str, label: str) -> int | None:
        try:
            return self._years[cell]
        except KeyError:
            pass
        try:
            value = parse_year(cell)
        except ValueError:
            self._count("year", label)
            return None
        if len(self._years) < _MAX_CACHED_YEARS:
            self._years[cell] = value
        return value

    def _rating(self, cell: str, label: str) -> Decimal | None:
        if not cell:
            return None
        try:
            return parse_rating(cell)
        except ValueError:
            self._count("rating", label)
            return None

    def _rewatch(self, cell: str, label: str) -> bool:
        try:
            return parse_rewatch(cell)
        except ValueError:
            self._count("rewatch", label)
            return False


def _latest_rating(viewings: list[ParsedViewing]) -> Decimal | None:
    """The rating of the latest-dated rated viewing; a later row wins a tie."""
    latest = None
    latest_key = (date.min, date.min)
    for viewing in viewings:
        if viewing.rating is None:
            continue
        key = (viewing.watched_on or date.min, viewing.logged_on or date.min)
        if latest is None or key >= latest_key:
            latest, latest_key = viewing, key
    return latest.rating if latest is not None else None


# A profile shows four favourites; their cell is the films' URIs, ", " between them.
MAX_FAVOURITES = 4
_FILM_URI = re.compile(r"^https://(?:letterboxd\.com|boxd\.it)/[^\s\"'<>,]{1,200}$")


def favourite_uris(cell: str) -> list[str]:
    """The film URIs of profile.csv's "Favorite Films" cell, in its order: at most four, each
    once, anything that is not a Letterboxd film URI left out."""
    uris = [part.strip() for part in cell.split(",")]
    kept = [uri for uri in dict.fromkeys(uris) if _FILM_URI.match(uri)]
    return kept[:MAX_FAVOURITES]
