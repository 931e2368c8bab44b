"""Check and fix matches: the member corrects what TMDB matching got wrong."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods
from django_htmx.http import trigger_client_event

from enrichment import corrections
from enrichment.forms import FixMatchForm
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


def check_matches(request: HttpRequest, session_id: UUID) -> HttpResponse:
    session = get_session_or_404(session_id)
    to_check = (
        session.films.with_tmdb()
        .needs_checking()
        .order_by("enrichment_status", "match_confidence", "name")
    )
    paginator = Paginator(to_check, CHECK_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    films = list(page.object_list)
    candidates = corrections.candidates_for(films)
    rows = [{"movie": movie, "candidates": candidates[movie.pk]} for movie in films]
    return render(
        request,
        "enrichment/check_matches.html",
        {"session": session, "rows": rows, "page": page, "paginator": paginator},
    )


@require_http_methods(["GET", "POST"])
def fix_match(request: HttpRequest, session_id: UUID, movie_id: int) -> HttpResponse:
    session = get_session_or_404(session_id)
    movie = _get_movie_or_404(session, movie_id)
    candidates = corrections.candidates_for([movie])[movie.pk]
    movie_candidates = {c.tmdb_id for c in candidates if c.is_movie}
    form = FixMatchForm(request.POST or None, candidate_ids=movie_candidates)

    if request.method == "POST" and form.is_valid():
        try:
            message = _apply(movie, form)
        except corrections.CorrectionError as exc:
            form.add_error(None, exc.message)
        else:
            if request.htmx:
                movie = _get_movie_or_404(session, movie_id)
                response = _row(request, session, movie, candidates, FixMatchForm(), message)
                return trigger_client_event(response, "stats-changed")
            messages.success(request, message)
            return HttpResponseSeeOther(_next_url(form, session))

    if request.htmx:
        return _row(request, session, movie, candidates, form)
    status = 400 if request.method == "POST" else 200
    context = {"session": session, "movie": movie, "candidates": candidates, "form": form}
    context["next"] = local_path(request.POST.get("next") or request.GET.get("next"))
    return render(request, "enrichment/fix_match.html", context, status=status)


def _apply(movie: Movie, form: FixMatchForm) -> str:
    action = form.cleaned_data["action"]
    if action == FixMatchForm.Action.EXCLUDE:
        corrections.exclude(movie)
        return f"“{movie.name}” is excluded from your statistics."
    kept = movie.enrichment_status == Movie.EnrichmentStatus.ENRICHED and (
        movie.tmdb_movie_id == form.cleaned_data["tmdb_id"]
    )
    tmdb_movie = corrections.choose_movie(movie, form.cleaned_data["tmdb_id"])
    year = f" ({tmdb_movie.release_date.year})" if tmdb_movie.release_date else ""
    if kept:
        return f"“{movie.name}” stays matched to {tmdb_movie.title}{year}, as you confirmed."
    return f"“{movie.name}” is now matched to {tmdb_movie.title}{year}."


def _row(request, session, movie, candidates, form, message: str = "") -> HttpResponse:
    context = {
        "session": session,
        "movie": movie,
        "candidates": candidates,
        "form": form,
        "message": message,
    }
    return render(request, "enrichment/_fix_row.html", context)


def _next_url(form: FixMatchForm, session: UploadSession) -> str:
    return local_path(form.cleaned_data.get("next")) or reverse(
        "enrichment:check", args=[session.pk]
    )
