"""The JSON API: upload, a session's details, status and films, and a retry of its failed films.

Field names are a public contract. Every path answers with or without its trailing slash, and
every error is `{"error": "…"}` with a 4xx status.
"""

from __future__ import annotations

import time
from uuid import UUID

from django.core.paginator import Paginator
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from sessions_app.forms import (
    ApiUploadForm,
    MoviesPageForm,
    too_large_message,
    too_many_uploads_message,
)
from sessions_app.http import client_key, json_error, json_methods
from sessions_app.importing import create_session_from_export
from sessions_app.models import UploadSession
from sessions_app.polls import poll_snapshot
from sessions_app.queue import retry_failed_films

DEFAULT_PAGE_SIZE = 50
NO_SUCH_SESSION = "No such session. It may have expired or been deleted."
# What a 503 asks a client to wait before trying again.
RETRY_AFTER_SECONDS = 30


def _session_or_none(session_id: UUID) -> UploadSession | None:
    return UploadSession.objects.filter(pk=session_id).first()


# No cookie grants anything here: a session is reached only through its unguessable id.
@csrf_exempt
@json_methods("POST")
def upload(request: HttpRequest) -> JsonResponse:
    form = ApiUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return json_error(form.first_error(), status=413 if form.too_large else 400)
    session = create_session_from_export(
        form.parsed, form.cleaned_data["filenames"], client_key(request)
    )
    return JsonResponse(
        {
            "session_id": str(session.pk),
            "status": session.status,
            "total_movies": session.total_movies,
            "warnings": session.warning_details,
            "warning_count": session.warning_count,
        },
        status=201,
    )


def upload_too_large(request: HttpRequest) -> JsonResponse:
    return json_error(too_large_message(), status=413)


def too_many_uploads(wait: int) -> JsonResponse:
    return json_error(too_many_uploads_message(wait), status=429)


@never_cache
@json_methods("GET")
def session_detail(request: HttpRequest, session_id: UUID) -> JsonResponse:
    session = _session_or_none(session_id)
    if session is None:
        return json_error(NO_SUCH_SESSION, status=404)
    return JsonResponse(session.to_dict(detail=True))


@never_cache
@json_methods("GET")
def session_status(request: HttpRequest, session_id: UUID) -> JsonResponse:
    # The same snapshot as the dashboard's progress bar, so the two never disagree.
    snapshot = poll_snapshot(session_id, time.time())
    if snapshot is None:
        return json_error(NO_SUCH_SESSION, status=404)
    return JsonResponse(snapshot.session.to_dict(progress=snapshot.progress))


@never_cache
@json_methods("GET")
def session_movies(request: HttpRequest, session_id: UUID) -> JsonResponse:
    session = _session_or_none(session_id)
    if session is None:
        return json_error(NO_SUCH_SESSION, status=404)
    form = MoviesPageForm(request.GET)
    if not form.is_valid():
        field, errors = next(iter(form.errors.items()))
        return json_error(f"{field}: {errors[0]}")
    page_size = form.cleaned_data["page_size"] or DEFAULT_PAGE_SIZE
    paginator = Paginator(session.films.with_tmdb().order_by("id"), page_size)
    number = form.cleaned_data["page"] or 1
    if number > max(paginator.num_pages, 1):
        return json_error(f"page: there are only {paginator.num_pages} pages.", status=404)
    page = paginator.page(number)

    def link(n: int) -> str:
        return request.build_absolute_uri(f"{request.path}?page={n}&page_size={page_size}")

    return JsonResponse(
        {
            "count": paginator.count,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
            "results": [movie.to_dict() for movie in page.object_list],
        }
    )


@csrf_exempt
@json_methods("POST")
def retry(request: HttpRequest, session_id: UUID) -> JsonResponse:
    """Queue the session's failed films for another TMDB lookup: 202 with how many."""
    session = _session_or_none(session_id)
    if session is None:
        return json_error(NO_SUCH_SESSION, status=404)
    if not session.is_finished:
        return json_error(
            "The session is still being enriched; retry its failed films once it has finished.",
            status=409,
        )
    failed = session.films.failed().count()
    if not failed:
        return JsonResponse({"session_id": str(session.pk), "queued": 0, "status": session.status})
    queued = retry_failed_films(session)
    return JsonResponse(
        {"session_id": str(session.pk), "queued": queued, "status": UploadSession.Status.ENRICHING},
        status=202,
    )


def not_found(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    """The API's 404 for a path that names nothing (a malformed id, an unknown endpoint)."""
    return json_error("Not found: check the path and the session id.", status=404)


def server_error(request: HttpRequest, *, unavailable: bool = False) -> JsonResponse:
    if unavailable:
        return json_error(
            "Our database cannot be reached just now; try again in a minute.",
            status=503,
            **{"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    return json_error("Something went wrong on our side; try again in a minute.", status=500)
