from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_POST

from sessions_app.forms import UploadForm, too_large_message
from sessions_app.http import HttpResponseSeeOther
from sessions_app.importing import create_session_from_export


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
    context = {"form": UploadForm(), "upload_error": too_large_message()}
    return render(request, "sessions_app/home.html", context, status=413)
