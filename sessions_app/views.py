from __future__ import annotations

from uuid import UUID

from django.db.models import Avg, Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_POST

from movies.models import Movie, Viewing
from sessions_app.forms import UploadForm, too_large_message
from sessions_app.http import HttpResponseSeeOther
from sessions_app.importing import create_session_from_export
from sessions_app.models import UploadSession


def _get_session_or_404(session_id: UUID) -> UploadSession:
    try:
        return UploadSession.objects.with_counts().get(pk=session_id)
    except UploadSession.DoesNotExist:
        raise Http404("No such session. It may have expired or been deleted.") from None


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "sessions_app/home.html", {"form": UploadForm()})


@require_POST
def upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        status = 413 if form.too_large else 400
        return render(request, "sessions_app/home.html", {"form": form}, status=status)
    session = create_session_from_export(form.parsed, form.cleaned_data["filenames"])
    return HttpResponseSeeOther(session.get_absolute_url())


def upload_too_large(request: HttpRequest) -> HttpResponse:
    form = UploadForm()
    form.add_error(None, too_large_message())
    return render(request, "sessions_app/home.html", {"form": form}, status=413)


@require_GET
def detail(request: HttpRequest, session_id: UUID) -> HttpResponse:
    session = _get_session_or_404(session_id)
    films = Movie.objects.for_session(session).aggregate(
        rated=Count("id", filter=Q(rating__isnull=False)),
        liked=Count("id", filter=Q(liked=True)),
        average_rating=Avg("rating"),
    )
    viewings = Viewing.objects.filter(session=session).aggregate(
        total=Count("id"),
        rewatches=Count("id", filter=Q(rewatch=True)),
        reviews=Count("id", filter=~Q(review="")),
    )
    return render(
        request,
        "sessions_app/detail.html",
        {"session": session, "films": films, "viewings": viewings},
    )
