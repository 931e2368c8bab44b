"""Take the data away: a session's films with every enriched field, as CSV or JSON, streamed.

The owner's dashboard links them (`/s/<id>/films.csv`, `.json`), and the JSON API serves the
same files (`/api/session/<id>/export.csv`, `.json`). A share link does not: the owner's id is
the key to the data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from uuid import UUID

from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from movies.film_export import csv_chunks, film_rows, json_chunks
from movies.models import Movie
from sessions_app.api import NO_SUCH_SESSION
from sessions_app.http import get_session_or_404, json_error, json_methods
from sessions_app.models import UploadSession

# A username goes into the file name only as Letterboxd spells usernames; anything else in
# it (quotes, slashes, newlines from an edited profile.csv) must not reach a header.
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,40}$")


def _filename(session: UploadSession, extension: str) -> str:
    who = session.username if _SAFE_NAME.match(session.username) else ""
    stem = f"letterboxd-stats-{who}-films" if who else "letterboxd-stats-films"
    return f"{stem}.{extension}"


def _stream(
    session: UploadSession, chunks: Iterator[str], content_type: str, extension: str
) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        (chunk.encode() for chunk in chunks), content_type=content_type
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(session, extension)}"'
    return response


def _csv(session: UploadSession) -> StreamingHttpResponse:
    rows = film_rows(session_id=session.pk)
    return _stream(session, csv_chunks(rows), "text/csv; charset=utf-8", "csv")


def _json(session: UploadSession) -> StreamingHttpResponse:
    about = {
        "session_id": str(session.pk),
        "username": session.username,
        "exported_at": timezone.now().isoformat(),
        # Every stored film: the member's and those only on the watchlist.
        "count": Movie.objects.filter(session_id=session.pk).count(),
    }
    rows = film_rows(session_id=session.pk)
    return _stream(session, json_chunks(rows, about), "application/json", "json")


@never_cache
@require_GET
def films_csv(request: HttpRequest, session_id: UUID) -> HttpResponse:
    return _csv(get_session_or_404(session_id))


@never_cache
@require_GET
def films_json(request: HttpRequest, session_id: UUID) -> HttpResponse:
    return _json(get_session_or_404(session_id))


def _api(download: Callable[[UploadSession], HttpResponse]):
    @never_cache
    @json_methods("GET")
    def view(request: HttpRequest, session_id: UUID) -> HttpResponse:
        session = UploadSession.objects.filter(pk=session_id).first()
        if session is None:
            return json_error(NO_SUCH_SESSION, status=404)
        return download(session)

    return view


api_films_csv = _api(_csv)
api_films_json = _api(_json)
