"""Store a parsed Letterboxd export as a new session, whole or not at all."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from movies.models import Movie, Viewing
from sessions_app.letterboxd import ExportError, ParsedExport
from sessions_app.models import UploadSession

URI_MAX_LENGTH = Movie._meta.get_field("letterboxd_uri").max_length


def upload_metadata(parsed: ParsedExport, filenames: list[str]) -> dict:
    return {
        "uploaded_files": filenames,
        "files": parsed.files,
        "rows_read": parsed.rows_read,
        "username": parsed.username,
        "warnings": parsed.warnings,
        "viewings": len(parsed.viewings),
    }


def _check_storable(parsed: ParsedExport) -> None:
    # Film URIs are the key; a URI this long is not Letterboxd's and would not fit the index.
    for film in parsed.films:
        if len(film.uri) > URI_MAX_LENGTH:
            raise ExportError(
                f"The film “{film.name[:80]}” has a Letterboxd URI longer than "
                f"{URI_MAX_LENGTH} characters, which is not a Letterboxd export."
            )


def create_session_from_export(parsed: ParsedExport, filenames: list[str]) -> UploadSession:
    """Create a session holding every film and viewing of `parsed`, in one transaction.

    The session leaves this function in the `enriching` state: its films wait for TMDB.
    """
    _check_storable(parsed)
    now = timezone.now()
    with transaction.atomic():
        session = UploadSession.objects.create(
            status=UploadSession.Status.PROCESSING,
            created_at=now,
            processing_started_at=now,
            upload_metadata=upload_metadata(parsed, filenames),
            total_movies=len(parsed.films),
        )
        movies = Movie.objects.bulk_create(
            [
                Movie(
                    session=session,
                    name=film.name,
                    year=film.year,
                    letterboxd_uri=film.uri,
                    marked_watched_on=film.marked_watched_on,
                    first_watched_on=film.first_watched_on,
                    last_watched_on=film.last_watched_on,
                    rating=film.rating,
                    liked=film.liked,
                    viewing_count=film.viewing_count,
                    rewatch_count=film.rewatch_count,
                    review_count=film.review_count,
                    tags=film.tags,
                )
                for film in parsed.films
            ],
            batch_size=2000,
        )
        movie_ids = {movie.letterboxd_uri: movie.pk for movie in movies}
        Viewing.objects.bulk_create(
            [
                Viewing(
                    session_id=session.pk,
                    movie_id=movie_ids[viewing.film_uri],
                    letterboxd_uri=viewing.entry_uri[:URI_MAX_LENGTH],
                    watched_on=viewing.watched_on,
                    logged_on=viewing.logged_on,
                    rating=viewing.rating,
                    rewatch=viewing.rewatch,
                    tags=viewing.tags,
                    review=viewing.review,
                )
                for viewing in parsed.viewings
            ],
            batch_size=2000,
        )
        session.status = UploadSession.Status.ENRICHING
        session.enriching_started_at = timezone.now()
        session.save(update_fields=["status", "enriching_started_at"])
    return session
