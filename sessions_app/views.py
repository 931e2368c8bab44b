"""The pages of an upload session: the upload itself, then its dashboard, live enrichment
progress, the films table, retry and delete."""

from __future__ import annotations

import sys
import time
from typing import Any
from uuid import UUID

from django import forms
from django.contrib import messages
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import ngettext
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseStopPolling, trigger_client_event

from movies.forms import FilmFilterForm, YearForm
from movies.session_stats import session_film_filters, session_stats
from sessions_app import api
from sessions_app.forms import UploadForm, too_large_message, too_many_uploads_message
from sessions_app.http import HttpResponseSeeOther, client_key, get_session_or_404
from sessions_app.importing import create_session_from_export
from sessions_app.models import UploadSession
from sessions_app.progress import Progress
from sessions_app.queue import retry_failed_films


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "sessions_app/home.html", {"form": UploadForm()})


@require_POST
def upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        status = 413 if form.too_large else 400
        return render(request, "sessions_app/home.html", {"form": form}, status=status)
    session = create_session_from_export(
        form.parsed, form.cleaned_data["filenames"], client_key(request)
    )
    return HttpResponseSeeOther(session.get_absolute_url())


def upload_too_large(request: HttpRequest) -> HttpResponse:
    context = {"form": UploadForm(), "upload_error": too_large_message()}
    return render(request, "sessions_app/home.html", context, status=413)


def too_many_uploads(request: HttpRequest) -> HttpResponse:
    wait = UploadSession.objects.upload_wait(client_key(request))
    context = {"form": UploadForm(), "upload_error": too_many_uploads_message(wait)}
    return render(request, "sessions_app/home.html", context, status=429)


FILMS_PER_PAGE = 50
# While films are being enriched, the charts are redrawn at most this often.
STATS_REFRESH_SECONDS = 10
# The films table's columns: (label, sort key or None, numeric, first direction descending).
FILM_COLUMNS = (
    ("Film", "name", False, False),
    ("Year", "year", True, True),
    ("Rating", "rating", True, True),
    ("Viewings", "viewings", True, True),
    ("Last watched", "watched", True, True),
    ("Runtime", "runtime", True, True),
    ("TMDB", "tmdb", True, True),
    ("Genres", None, False, False),
    ("Directors", None, False, False),
    ("TMDB data", None, False, False),
)
# Charts whose table is a plain list of (label, value) rows.
SIMPLE_TABLES = ("ratings", "decades", "months", "weekdays", "runtimes", "popularity")


def _selected_year(request: HttpRequest) -> tuple[YearForm, int | None]:
    form = YearForm(request.GET)
    year = form.cleaned_data["year"] if form.is_valid() else None
    return form, year


def _stats_context(session: UploadSession, year: int | None) -> dict[str, Any]:
    stats = session_stats(session, year)
    summary = session.films.summary()
    tables = {
        name: list(
            zip(stats["charts"][name]["labels"], stats["charts"][name]["values"], strict=True)
        )
        for name in SIMPLE_TABLES
    }
    return {
        "stats": stats,
        "charts": stats["charts"],
        "tables": tables,
        # Charts with nothing to draw get a sentence instead of an empty canvas.
        "empty": {name for name, chart in stats["charts"].items() if not any(chart["values"])},
        "year": year,
        "stats_url": _stats_url(session, year),
        "films_url": reverse("sessions_app:films", args=[session.pk]),
        "to_check": summary["to_check"],
        "check": summary["check"],
        "liked_unwatched": summary["liked_unwatched"],
        # Liked films never watched are among the likes of all time, as on Letterboxd; a year
        # counts its diary's films only.
        "liked_unwatched_in_scope": 0 if year else summary["liked_unwatched"],
    }


def _stats_url(session: UploadSession, year: int | None) -> str:
    url = reverse("sessions_app:stats", args=[session.pk])
    return f"{url}?{urlencode({'year': year})}" if year else url


def _progress_context(
    session: UploadSession, progress: Progress, shown: int, shown_at: float
) -> dict[str, Any]:
    query = urlencode({"shown": shown, "at": int(shown_at)})
    return {
        "session": session,
        "progress": progress,
        "progress_url": f"{reverse('sessions_app:progress', args=[session.pk])}?{query}",
    }


@never_cache
@require_GET
def dashboard(request: HttpRequest, session_id: UUID) -> HttpResponse:
    session = get_session_or_404(session_id)
    year_form, year = _selected_year(request)
    progress = session.progress()
    context = {
        **_stats_context(session, year),
        **_progress_context(session, progress, session.stats_version, time.time()),
        "year_form": year_form,
    }
    return render(
        request, "sessions_app/dashboard.html", context, status=200 if year_form.is_valid() else 400
    )


@never_cache
@require_GET
def stats_fragment(request: HttpRequest, session_id: UUID) -> HttpResponse:
    """The statistics part of the dashboard, swapped in by htmx when TMDB data arrives, with the
    match-check summary beside them (out of band)."""
    session = get_session_or_404(session_id)
    year_form, year = _selected_year(request)
    if not year_form.is_valid():
        return HttpResponseBadRequest("year: " + year_form.errors["year"][0])
    context = {
        "session": session,
        **_stats_context(session, year),
    }
    return render(request, "sessions_app/_stats_refresh.html", context)


class ProgressPollForm(forms.Form):
    """What the page shows: the stats version its charts reflect, and since when (Unix time)."""

    shown = forms.IntegerField(min_value=0)
    at = forms.IntegerField(min_value=0)


@never_cache
@require_GET
def progress(request: HttpRequest, session_id: UUID) -> HttpResponse:
    """The progress fragment, polled every 2 s. Two queries; 286 stops the polling when done.

    When the session's films changed since the charts were drawn, an `HX-Trigger: stats-changed`
    header asks the page to fetch the statistics again: at most every STATS_REFRESH_SECONDS while
    enriching, and always once at the end.
    """
    poll = ProgressPollForm(request.GET)
    if not poll.is_valid():
        field, errors = next(iter(poll.errors.items()))
        return HttpResponseBadRequest(f"{field}: {errors[0]}")
    session = get_session_or_404(session_id)
    progress = session.progress()
    shown, shown_at = poll.cleaned_data["shown"], poll.cleaned_data["at"]
    now = time.time()
    refresh = session.stats_version != shown and (
        progress.is_finished or now - shown_at >= STATS_REFRESH_SECONDS
    )
    if refresh:
        shown, shown_at = session.stats_version, now
    html = render_to_string(
        "sessions_app/_progress.html",
        _progress_context(session, progress, shown, shown_at),
        request=request,
    )
    response = HttpResponseStopPolling(html) if progress.is_finished else HttpResponse(html)
    if refresh:
        trigger_client_event(response, "stats-changed")
    return response


@never_cache
@require_GET
def films(request: HttpRequest, session_id: UUID) -> HttpResponse:
    """Every film of the session in compact rows: sortable, filterable, searchable, paged."""
    session = get_session_or_404(session_id)
    choices = session_film_filters(session)
    form = FilmFilterForm(
        request.GET,
        genres=choices["genres"],
        directors=choices["directors"],
        decades=choices["decades"],
    )
    context: dict[str, Any] = {"session": session, "form": form}
    if not form.is_valid():
        return render(request, "sessions_app/films.html", context, status=400)
    films = form.filter(session.films.select_related("tmdb_movie").defer("tags"))
    paginator = Paginator(films, FILMS_PER_PAGE)
    page = paginator.get_page(form.cleaned_data["page"] or 1)
    params = {k: v for k, v in request.GET.items() if k != "page" and v}
    context.update(
        page=page,
        paginator=paginator,
        query=urlencode(params),
        columns=_film_columns(form.cleaned_data["sort"] or "name", params),
        filtered=form.active_filters(),
    )
    return render(request, "sessions_app/films.html", context)


def _film_columns(sort: str, params: dict[str, str]) -> list[dict[str, Any]]:
    """Header cells: a link sorting by the column, and the direction it is sorted in now."""
    others = {k: v for k, v in params.items() if k != "sort"}
    columns = []
    for label, key, numeric, descending_first in FILM_COLUMNS:
        column: dict[str, Any] = {"label": label, "numeric": numeric}
        if key is not None:
            if sort == key:
                current, following = "ascending", f"-{key}"
            elif sort == f"-{key}":
                current, following = "descending", key
            else:
                current, following = None, f"-{key}" if descending_first else key
            column.update(
                href="?" + urlencode({**others, "sort": following}),
                aria_sort=current,
                arrow={"ascending": "▲", "descending": "▼"}.get(current or ""),
            )
        columns.append(column)
    return columns


@require_POST
def retry_failed(request: HttpRequest, session_id: UUID) -> HttpResponse:
    """Queue the session's failed films for another TMDB lookup."""
    session = get_session_or_404(session_id)
    reset = retry_failed_films(session)
    if reset:
        message = ngettext("Trying %(n)s film again.", "Trying %(n)s films again.", reset) % {
            "n": intcomma(reset)
        }
    else:
        message = "No film is waiting for a retry."
    messages.success(request, message)
    return HttpResponseSeeOther(session.get_absolute_url())


@never_cache
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, session_id: UUID) -> HttpResponse:
    """A confirm page, then the deletion of the session with every film and viewing in it."""
    session = get_session_or_404(session_id)
    films = session.films.count()
    if request.method == "GET":
        return render(
            request, "sessions_app/delete_confirm.html", {"session": session, "films": films}
        )
    session.delete()
    messages.success(
        request,
        ngettext(
            "Your session and its %(n)s film are deleted. Nothing of it is kept.",
            "Your session and its %(n)s films are deleted. Nothing of it is kept.",
            films,
        )
        % {"n": intcomma(films)},
    )
    return HttpResponseSeeOther(reverse("sessions_app:home"))


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/"):
        return api.not_found(request, exception)
    return defaults.page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    """Our 500, or a 503 when the database is out of reach (a passing state, worth a retry).

    Django calls it while handling the error, so the exception is at hand. The pages it renders
    stand alone: base.html would read the messages, and so the database, again.
    """
    unavailable = isinstance(sys.exc_info()[1], DatabaseError)
    if request.path.startswith("/api/"):
        return api.server_error(request, unavailable=unavailable)
    if unavailable:
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(api.RETRY_AFTER_SECONDS)
        return response
    return defaults.server_error(request)
