"""The JSON API: upload, status and films of a session. Field names are a public contract."""

from __future__ import annotations

from uuid import UUID

from django.core.paginator import Paginator
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from sessions_app.forms import ApiUploadForm, MoviesPageForm, too_large_message
from sessions_app.http import json_error
from sessions_app.importing import create_session_from_export
from sessions_app.models import UploadSession

DEFAULT_PAGE_SIZE = 50


def _session_or_none(session_id: UUID) -> UploadSession | None:
    return UploadSession.objects.filter(pk=session_id).first()


def status_dict(session: UploadSession) -> dict:
    # The same counts as the dashboard's progress bar, so the two never disagree.
    progress = session.progress()
    total = progress.total
    return {
        "session_id": str(session.pk),
        "status": session.status,
        "total_movies": session.total_movies,
        "enriched_count": progress.enriched,
        "failed_count": progress.failed,
        "progress_percent": round(100 * progress.done / total, 1) if total else 100.0,
    }


# No cookie grants anything here: a session is reached only through its unguessable id.
@csrf_exempt
@require_POST
def upload(request: HttpRequest) -> JsonResponse:
    form = ApiUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return json_error(form.first_error(), status=413 if form.too_large else 400)
    session = create_session_from_export(form.parsed, form.cleaned_data["filenames"])
    return JsonResponse(
        {
            "session_id": str(session.pk),
            "status": session.status,
            "total_movies": session.total_movies,
        },
        status=201,
    )


def upload_too_large(request: HttpRequest) -> JsonResponse:
    return json_error(too_large_message(), status=413)


@require_GET
def session_status(request: HttpRequest, session_id: UUID) -> JsonResponse:
    session = _session_or_none(session_id)
    if session is None:
        return json_error("No such session.", status=404)
    return JsonResponse(status_dict(session))


@require_GET
def session_movies(request: HttpRequest, session_id: UUID) -> JsonResponse:
    session = _session_or_none(session_id)
    if session is None:
        return json_error("No such session.", status=404)
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
