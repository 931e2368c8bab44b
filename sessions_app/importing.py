"""Store a parsed Letterboxd export as a new session, whole or not at all."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from django.db import transaction
from django.utils import timezone

from movies.bulk_sql import db_value, insert_rows, json_value
from movies.models import Movie, Viewing, derived_names
from sessions_app import metrics
from sessions_app.letterboxd import ParsedExport, ParsedFilm
from sessions_app.models import UploadSession
from sessions_app.queue import queue_enrichment

URI_MAX_LENGTH = Movie._meta.get_field("letterboxd_uri").max_length
MOVIE_COLUMNS = [
    "session",
    "name",
    "search_name",
    "sort_name",
    "year",
    "letterboxd_uri",
    "marked_watched_on",
    "first_watched_on",
    "last_watched_on",
    "rating",
    "liked",
    "watched",
    "viewing_count",
    "rewatch_count",
    "review_count",
    "tags",
    "on_watchlist",
    "watchlist_added_on",
    "watchlist_only",
    "enrichment_status",
    "enrichment_error",
]
VIEWING_COLUMNS = [
    "session",
    "movie",
    "letterboxd_uri",
    "watched_on",
    "logged_on",
    "rating",
    "rewatch",
    "tags",
    "review",
]


# Warnings stored with a session; warning_count still counts every problem met.
MAX_STORED_WARNINGS = 100


def upload_metadata(parsed: ParsedExport, filenames: list[str]) -> dict:
    return {
        "uploaded_files": filenames,
        "files": parsed.files,
        "rows_read": parsed.rows_read,
        "username": parsed.username,
        "favourites": parsed.favourites,
        "lists": parsed.lists,
        # {"file", "line", "message"} each; "message" is the sentence the member reads.
        "warnings": [warning.to_dict() for warning in parsed.warnings[:MAX_STORED_WARNINGS]],
        "warning_count": parsed.warning_count,
        "viewings": len(parsed.viewings),
        "export_date": export_date(filenames),
    }


# letterboxd-<username>-YYYY-MM-DD-HH-MM-utc.zip, as Letterboxd names the export.
_EXPORT_NAME = re.compile(r"letterboxd-.+-(\d{4}-\d{2}-\d{2})-\d{2}-\d{2}-utc\.zip$", re.I)


def export_date(filenames: list[str]) -> str | None:
    """The day Letterboxd made the export, from its file name when it kept it."""
    for name in filenames:
        match = _EXPORT_NAME.search(name)
        if match:
            try:
                return date.fromisoformat(match.group(1)).isoformat()
            except ValueError:
                return None
    return None


def is_watchlist_only(film: ParsedFilm) -> bool:
    """On the watchlist and nothing more: not watched, liked or reviewed."""
    return film.on_watchlist and not (film.watched or film.liked or film.review_count)


def films_to_store(parsed: ParsedExport) -> list[ParsedFilm]:
    """The films a session keeps: watched, liked, reviewed or on the watchlist. A film only on
    the watchlist is stored for the watchlist section, but not looked up on TMDB until the
    member asks (each lookup costs requests), and no statistic counts it."""
    return [
        film
        for film in parsed.films
        if film.watched or film.liked or film.review_count or film.on_watchlist
    ]


def film_key(uri: str) -> str:
    """The film's key as stored. The parser makes up keys from the name for films seen only in
    the diary; a very long name must not make the key overflow its column."""
    if len(uri) <= URI_MAX_LENGTH:
        return uri
    return "letterboxd:sha256:" + hashlib.sha256(uri.encode()).hexdigest()


def create_session_from_export(
    parsed: ParsedExport, filenames: list[str], client_key: str = ""
) -> UploadSession:
    """Create a session holding every film and viewing of `parsed`, in one transaction.

    The session leaves this function `processing`, its enrichment queued for when the import
    commits; the worker that picks it up moves it to `enriching`.
    """
    films = films_to_store(parsed)
    listed_only = sum(map(is_watchlist_only, films))
    now = timezone.now()
    with transaction.atomic():
        session = UploadSession.objects.create(
            status=UploadSession.Status.PROCESSING,
            created_at=now,
            processing_started_at=now,
            upload_metadata=upload_metadata(parsed, filenames),
            # The member's films: what the progress and every statistic count.
            total_movies=len(films) - listed_only,
            client_key=client_key,
        )
        session_key = db_value(Movie, "session", session.pk)
        insert_rows(
            Movie,
            MOVIE_COLUMNS,
            (
                (
                    session_key,
                    film.name,
                    *derived_names(film.name),
                    film.year,
                    film_key(film.uri),
                    film.marked_watched_on,
                    film.first_watched_on,
                    film.last_watched_on,
                    film.rating,
                    film.liked,
                    film.watched,
                    film.viewing_count,
                    film.rewatch_count,
                    film.review_count,
                    json_value(film.tags),
                    film.on_watchlist,
                    film.watchlist_added_on,
                    is_watchlist_only(film),
                    (
                        Movie.EnrichmentStatus.NOT_REQUESTED.value
                        if is_watchlist_only(film)
                        else Movie.EnrichmentStatus.PENDING.value
                    ),
                    "",
                )
                for film in films
            ),
        )
        movie_ids = dict(Movie.objects.filter(session=session).values_list("letterboxd_uri", "pk"))
        insert_rows(
            Viewing,
            VIEWING_COLUMNS,
            (
                (
                    session_key,
                    movie_ids[film_key(viewing.film_uri)],
                    viewing.entry_uri[:URI_MAX_LENGTH],
                    viewing.watched_on,
                    viewing.logged_on,
                    viewing.rating,
                    viewing.rewatch,
                    json_value(viewing.tags),
                    viewing.review,
                )
                for viewing in parsed.viewings
            ),
        )
        # Queued when the import commits, not on a later poll.
        queue_enrichment(session.pk)
    metrics.UPLOAD_FILMS.observe(session.total_movies)
    return session
