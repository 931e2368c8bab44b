"""Check and fix matches: the member corrects what TMDB matching got wrong."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods
from django_htmx.http import trigger_client_event

from enrichment import corrections
from enrichment.forms import FixMatchForm, TmdbSearchForm
from movies.models import Movie
from sessions_app.http import HttpResponseSeeOther, get_session_or_404, local_path
from sessions_app.models import UploadSession

CHECK_PAGE_SIZE = 25


def _get_movie_or_404(session: UploadSession, movie_id: int) -> Movie:
    # The film must belong to this session: another session's film id is simply not found.
    movie = Movie.objects.with_tmdb().filter(session=session, pk=movie_id).first()
    if movie is None:
        raise Http404("No such film in this session.")
    return movie


@never_cache
@require_GET
def check_matches(request: HttpRequest, session_id: UUID) -> HttpResponse:
    session = get_session_or_404(session_id)
    counts = session.films.check_counts()
    to_check = session.films.with_tmdb().needs_checking().most_doubtful_first()
    paginator = Paginator(to_check, CHECK_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    films = list(page.object_list)
    considered = corrections.considered_for(films)
    rows = [{"movie": movie, "considered": considered[movie.pk]} for movie in films]
    context = {
        "session": session,
        "rows": rows,
        "page": page,
        "paginator": paginator,
        "counts": counts,
    }
    return render(request, "enrichment/check_matches.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def fix_match(request: HttpRequest, session_id: UUID, movie_id: int) -> HttpResponse:
    session = get_session_or_404(session_id)
    movie = _get_movie_or_404(session, movie_id)
    considered = corrections.considered_for([movie])[movie.pk]
    movie_candidates = {c.tmdb_id for c in considered.candidates if c.is_movie}
    form = FixMatchForm(request.POST or None, candidate_ids=movie_candidates)

    if request.method == "POST" and form.is_valid():
        try:
            message = _apply(movie, form)
        except corrections.CorrectionError as exc:
            form.add_error(None, exc.message)
        else:
            if request.htmx:
                movie = _get_movie_or_404(session, movie_id)
                response = _row(request, session, movie, considered, FixMatchForm(), message)
                return trigger_client_event(response, "stats-changed")
            messages.success(request, message)
            return HttpResponseSeeOther(_next_url(form, session))

    if request.htmx:
        return _row(request, session, movie, considered, form)
    status = 400 if request.method == "POST" else 200
    return _fix_page(request, session, movie, considered, form, status=status)


@never_cache
@require_GET
def search_tmdb(request: HttpRequest, session_id: UUID, movie_id: int) -> HttpResponse:
    """Films TMDB finds for a title (and year) the member types, each one click from being the
    match. Searching changes nothing; bad input and TMDB's silence get a message."""
    session = get_session_or_404(session_id)
    movie = _get_movie_or_404(session, movie_id)
    search = TmdbSearchForm(request.GET)
    found: list[corrections.ShownCandidate] = []
    error = ""
    status = 200
    if not search.is_valid():
        error, status = search.first_error(), 400
    else:
        try:
            found = corrections.search_tmdb(search.cleaned_data["q"], search.cleaned_data["year"])
        except corrections.CorrectionError as exc:
            error, status = exc.message, 503
    results = {"found": found, "searched": True, "search_error": error}
    if request.htmx:
        # htmx swaps only successful answers: the message must come back as one.
        context = {"session": session, "movie": movie, "search": search, **results}
        context["next"] = local_path(request.GET.get("next"))
        return render(request, "enrichment/_search_results.html", context)
    considered = corrections.considered_for([movie])[movie.pk]
    return _fix_page(
        request, session, movie, considered, FixMatchForm(), status=status, search=search, **results
    )


def _apply(movie: Movie, form: FixMatchForm) -> str:
    action = form.cleaned_data["action"]
    if action == FixMatchForm.Action.EXCLUDE:
        corrections.exclude(movie)
        return f"“{movie.name}” is left out of your statistics; it stays in your films table."
    kept = movie.enrichment_status == Movie.EnrichmentStatus.ENRICHED and (
        movie.tmdb_movie_id == form.cleaned_data["tmdb_id"]
    )
    tmdb_movie = corrections.choose_movie(movie, form.cleaned_data["tmdb_id"])
    year = f" ({tmdb_movie.release_date.year})" if tmdb_movie.release_date else ""
    if kept:
        return f"“{movie.name}” stays matched to {tmdb_movie.title}{year}, as you confirmed."
    return f"“{movie.name}” is now matched to {tmdb_movie.title}{year}."


def _row(request, session, movie, considered, form, message: str = "") -> HttpResponse:
    context = {
        "session": session,
        "movie": movie,
        "candidates": considered.candidates,
        "reason": considered.reason,
        "form": form,
        "message": message,
        "search": _initial_search(movie),
    }
    return render(request, "enrichment/_fix_row.html", context)


def _fix_page(
    request, session, movie, considered, form, *, status: int = 200, search=None, **extra
):
    context = {
        "session": session,
        "movie": movie,
        "candidates": considered.candidates,
        "reason": considered.reason,
        "form": form,
        "search": search or _initial_search(movie),
        "next": local_path(request.POST.get("next") or request.GET.get("next")),
        **extra,
    }
    return render(request, "enrichment/fix_match.html", context, status=status)


def _initial_search(movie: Movie) -> TmdbSearchForm:
    """The search box, filled in with the film's name and year as the export has them."""
    return TmdbSearchForm(initial={"q": movie.name, "year": movie.year})


def _next_url(form: FixMatchForm, session: UploadSession) -> str:
    return local_path(form.cleaned_data.get("next")) or reverse(
        "enrichment:check", args=[session.pk]
    )
