"""The pages of an upload session: the upload itself, then its dashboard, live enrichment
progress, the films table, retry and delete."""

from __future__ import annotations

import re
import sys
import time
from typing import Any
from uuid import UUID

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseServerError,
)
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseStopPolling, trigger_client_event

from movies.forms import FilmFilterForm, YearForm
from movies.session_stats import (
    letterboxd_favourites,
    session_film_filters,
    session_stats,
    session_summary,
)
from movies.share_image import SHAPES
from movies.watchlist import watchlist_section
from sessions_app import api
from sessions_app.forms import UploadForm, too_large_message, too_many_uploads_message
from sessions_app.http import HttpResponseSeeOther, client_key, get_session_or_404, json_error
from sessions_app.importing import create_session_from_export
from sessions_app.models import UploadSession
from sessions_app.polls import forget as forget_poll_snapshot
from sessions_app.polls import live_progress, poll_snapshot
from sessions_app.progress import Progress
from sessions_app.queue import look_up_watchlist, retry_failed_films


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "sessions_app/home.html", _home_context(UploadForm()))


@require_POST
def upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        status = 413 if form.too_large else 400
        return render(request, "sessions_app/home.html", _home_context(form), status=status)
    session = create_session_from_export(
        form.parsed, form.cleaned_data["filenames"], client_key(request)
    )
    return HttpResponseSeeOther(session.get_absolute_url())


def upload_too_large(request: HttpRequest) -> HttpResponse:
    context = _home_context(UploadForm(), upload_error=too_large_message())
    return render(request, "sessions_app/home.html", context, status=413)


def too_many_uploads(request: HttpRequest) -> HttpResponse:
    wait = UploadSession.objects.upload_wait(client_key(request))
    context = _home_context(UploadForm(), upload_error=too_many_uploads_message(wait))
    return render(request, "sessions_app/home.html", context, status=429)


def _home_context(form: UploadForm, **extra: Any) -> dict[str, Any]:
    return {"form": form, "lifetime_days": settings.SESSION_LIFETIME_DAYS, **extra}


FILMS_PER_PAGE = 50
# While films are being enriched, the charts are redrawn at most this often.
STATS_REFRESH_SECONDS = 10
# The films table's columns: (label, sort key or None, numeric, first direction descending,
# shown on a phone). A phone keeps the name, rating and date in short rows; the name cell then
# carries the year, the TMDB state and the links under the name.
FILM_COLUMNS = (
    ("Film", "name", False, False, True),
    ("Year", "year", True, True, False),
    ("Rating", "rating", True, True, True),
    ("Diary entries", "viewings", True, True, False),
    ("Last watched", "watched", True, True, True),
    ("Runtime", "runtime", True, True, False),
    ("TMDB", "tmdb", True, True, False),
    ("Genres", None, False, False, False),
    ("Directors", None, False, False, False),
    ("TMDB data", None, False, False, False),
)
# Charts whose table is a plain list of (label, value) rows.
SIMPLE_TABLES = ("ratings", "decades", "months", "weekdays", "runtimes", "popularity")


def selected_year(request: HttpRequest) -> tuple[YearForm, int | None]:
    form = YearForm(request.GET)
    year = form.cleaned_data["year"] if form.is_valid() else None
    return form, year


def stats_context(
    session: UploadSession, year: int | None, progress: Progress, films_url: str | None = None
) -> dict[str, Any]:
    """What the statistics part of a dashboard shows; `films_url` is the films table its
    rankings link to (the owner's, or the share link's)."""
    stats = session_stats(session, year)
    summary = session_summary(session)
    tables = {
        name: list(
            zip(stats["charts"][name]["labels"], stats["charts"][name]["values"], strict=True)
        )
        for name in SIMPLE_TABLES
    }
    return {
        "stats": stats,
        # The note under the tiles counts what the progress card counts, from the same query.
        "progress": progress,
        "charts": stats["charts"],
        "tables": tables,
        # Charts with nothing to draw get a sentence instead of an empty canvas.
        "empty": {name for name, chart in stats["charts"].items() if not any(chart["values"])},
        "year": year,
        "stats_url": _stats_url(session, year),
        "films_url": films_url or reverse("sessions_app:films", args=[session.pk]),
        "to_check": summary["to_check"],
        "check": summary["check"],
        "liked_unwatched": summary["liked_unwatched"],
        # Liked films never watched are among the likes of all time, as on Letterboxd; a year
        # counts its diary's films only.
        "liked_unwatched_in_scope": 0 if year else summary["liked_unwatched"],
        # The profile's four favourites belong to all time, not to a year.
        "favourites": [] if year else letterboxd_favourites(session.pk, session.favourite_uris),
    }


def watchlist_context(context: dict[str, Any], wl: dict[str, Any] | None) -> dict[str, Any]:
    """The watchlist section (`wl`), whose charts sit outside the statistics: its empty charts
    join the context's `empty`."""
    charts = (wl or {}).get("charts") or {}
    empty = {name for name, chart in charts.items() if not any(chart["values"])}
    return {"wl": wl, "empty": context["empty"] | empty}


def lists_context(session: UploadSession) -> dict[str, Any]:
    """The lists section: the upload's summary of the member's lists, and its two charts (no
    query: the summary is the session's own)."""
    lists = session.lists_summary
    if not lists:
        return {"lists": None}
    longest, most = lists.get("longest") or [], lists.get("most_listed") or []
    return {
        "lists": lists,
        "lists_charts": {
            "lists_sizes": {
                "labels": [str(entry["name"]) for entry in longest],
                "values": [entry["size"] for entry in longest],
            },
            "lists_films": {
                "labels": [
                    f"{film['name']} ({film['year']})" if film.get("year") else film["name"]
                    for film in most
                ],
                "values": [film["lists"] for film in most],
            },
        },
        "lists_tables": {
            "sizes": [(entry["name"], entry["size"]) for entry in longest],
        },
    }


def image_urls(url_name: str, key: object, year: int | None) -> dict[str, str]:
    """The share images' URLs, by shape: the owner's (by session id) or a share link's."""
    query = f"?{urlencode({'year': year})}" if year else ""
    return {shape: reverse(url_name, args=[key, shape]) + query for shape in SHAPES}


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
    year_form, year = selected_year(request)
    now = time.time()
    progress = live_progress(session, now)
    share_path = session.get_share_url()
    # Without a watchlist in the upload, the section costs no query.
    wl = watchlist_section(session) if session.has_watchlist else None
    context = {
        **stats_context(session, year, progress),
        **_progress_context(session, progress, session.stats_version, now),
        "year_form": year_form,
        "share_url": request.build_absolute_uri(share_path) if share_path else None,
        "images": image_urls("sessions_app:image", session.pk, year),
        **lists_context(session),
    }
    context.update(watchlist_context(context, wl))
    return render(
        request, "sessions_app/dashboard.html", context, status=200 if year_form.is_valid() else 400
    )


@never_cache
@require_GET
def stats_fragment(request: HttpRequest, session_id: UUID) -> HttpResponse:
    """The statistics part of the dashboard, swapped in by htmx when TMDB data arrives, with the
    match-check summary beside them (out of band)."""
    session = get_session_or_404(session_id)
    year_form, year = selected_year(request)
    if not year_form.is_valid():
        return HttpResponseBadRequest("year: " + year_form.errors["year"][0])
    context = {
        "session": session,
        **stats_context(session, year, session.progress()),
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
    enriching, and always at the end.
    """
    poll = ProgressPollForm(request.GET)
    if not poll.is_valid():
        field, errors = next(iter(poll.errors.items()))
        return HttpResponseBadRequest(f"{field}: {errors[0]}")
    now = time.time()
    snapshot = poll_snapshot(session_id, now)
    if snapshot is None:
        raise Http404(api.NO_SUCH_SESSION)
    session, progress = snapshot.session, snapshot.progress
    shown, shown_at = poll.cleaned_data["shown"], poll.cleaned_data["at"]
    # The end always redraws: what the page says under its figures ("still arriving") changes
    # then, even when the last films brought no new figure.
    refresh = progress.is_finished or (
        session.stats_version != shown and now - shown_at >= STATS_REFRESH_SECONDS
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
    return films_page(request, session, back_url=session.get_absolute_url(), read_only=False)


def films_page(
    request: HttpRequest, session: UploadSession, *, back_url: str, read_only: bool
) -> HttpResponse:
    """The films table of `session`; `read_only` (a share link's) has no way to fix a match."""
    choices = session_film_filters(session)
    form = FilmFilterForm(
        request.GET,
        genres=choices["genres"],
        directors=choices["directors"],
        # Choices cached before actors and years were offered lack them, until the films change.
        actors=choices.get("actors", []),
        decades=choices["decades"],
        years=choices.get("years", []),
    )
    context: dict[str, Any] = {
        "session": session,
        "form": form,
        "people": form.people,
        "back_url": back_url,
        "read_only": read_only,
    }
    if not form.is_valid():
        return render(request, "sessions_app/films.html", context, status=400)
    films = form.filter(session.films.select_related("tmdb_movie").defer("tags"))
    paginator = Paginator(films, FILMS_PER_PAGE)
    page = paginator.get_page(form.cleaned_data["page"] or 1)
    params = {k: v for k, v in request.GET.items() if k != "page" and v}
    _name_linked_people(form, page.object_list)
    context.update(
        page=page,
        paginator=paginator,
        query=urlencode(params),
        columns=_film_columns(form.cleaned_data["sort"] or "name", params),
        filters=[
            {**active, "remove": _query_without(params, active["name"])}
            for active in form.active_filter_list()
        ],
        clear_filters=_query_without(params, *FilmFilterForm.FILTERS),
    )
    return render(request, "sessions_app/films.html", context)


def _query_without(params: dict[str, str], *names: str) -> str:
    """This page's link with the filters `names` removed (back to its first page)."""
    kept = {k: v for k, v in params.items() if k not in names}
    return "?" + urlencode(kept) if kept else "?"


def _name_linked_people(form: FilmFilterForm, films: Any) -> None:
    """A link may filter by a person the suggestions do not list: name them from the films
    found, whose TMDB data credits them."""
    for field, credits in (("director", "directors"), ("actor", "cast")):
        chosen = form.cleaned_data.get(field)
        if chosen is None or chosen.person_id is None:
            continue
        if chosen.person_id in form.person_names[field]:
            continue
        for movie in films:
            people = getattr(movie.tmdb_movie, credits, None) or []
            name = next((p.get("name") for p in people if p.get("id") == chosen.person_id), None)
            if name:
                form.person_names[field][chosen.person_id] = name
                break


def _film_columns(sort: str, params: dict[str, str]) -> list[dict[str, Any]]:
    """Header cells: a link sorting by the column, and the direction it is sorted in now."""
    others = {k: v for k, v in params.items() if k != "sort"}
    columns = []
    for label, key, numeric, descending_first, on_phone in FILM_COLUMNS:
        column: dict[str, Any] = {"label": label, "numeric": numeric, "on_phone": on_phone}
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
def watchlist_lookup(request: HttpRequest, session_id: UUID) -> HttpResponse:
    """The member asks for their watchlist to be looked up on TMDB (it costs requests, so
    only when asked): queued behind every session's own films."""
    session = get_session_or_404(session_id)
    queued = look_up_watchlist(session)
    if queued:
        message = ngettext(
            "Looking up %(n)s watchlist film, after the films everyone is waiting for.",
            "Looking up %(n)s watchlist films, after the films everyone is waiting for.",
            queued,
        ) % {"n": intcomma(queued)}
    else:
        message = "Your watchlist is already looked up, or on its way."
    messages.success(request, message)
    return HttpResponseSeeOther(session.get_absolute_url() + "#watchlist")


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
    forget_poll_snapshot(session_id)
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


# A session's pages: /s/<uuid>/…
_SESSION_PATH = re.compile(r"^/s/[0-9a-fA-F]{8}(?:-?[0-9a-fA-F]{4}){3}-?[0-9a-fA-F]{12}/")


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Our 404. A session's link that leads nowhere says the session is gone: sessions are
    deleted after SESSION_LIFETIME_DAYS or by their owner, and nothing of them is kept (not
    even their id), so the page cannot tell which, nor a mistyped link from either."""
    if request.path.startswith("/api/"):
        return api.not_found(request, exception)
    context = {
        "session_gone": _SESSION_PATH.match(request.path) is not None,
        "share_gone": request.path.startswith("/share/"),
        "lifetime_days": settings.SESSION_LIFETIME_DAYS,
    }
    return render(request, "404.html", context, status=404)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/"):
        return json_error("The request could not be read.", 400)
    # Rendered without the request, as Django does: it may be what is wrong (a bad Host).
    return HttpResponseBadRequest(render_to_string("400.html"))


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/"):
        return json_error("That is not allowed.", 403)
    return render(request, "403.html", status=403)


def server_error(request: HttpRequest) -> HttpResponse:
    """Our 500, or a 503 when the database is out of reach (a passing state, worth a retry).

    Django calls it while handling the error, so the exception is at hand. The pages it renders
    stand alone: base.html would read the messages, and so the database, again.
    """
    unavailable = isinstance(sys.exc_info()[1], DatabaseError)
    if request.path.startswith("/api/"):
        return api.server_error(request, unavailable=unavailable)
    if unavailable:
        response = HttpResponse(_standalone_page("503.html"), status=503)
        response["Retry-After"] = str(api.RETRY_AFTER_SECONDS)
        return response
    return HttpResponseServerError(_standalone_page("500.html"))


def _standalone_page(template: str) -> str:
    """An error page that must render whatever failed: if even it fails (say, a static file's
    manifest entry is missing), a plain one."""
    try:
        return render_to_string(template)
    except Exception:  # the error page of last resort must never raise
        return "<!doctype html><title>Error</title><h1>Something went wrong on our side</h1>"
