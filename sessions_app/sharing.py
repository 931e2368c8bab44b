"""The read-only share link of a session, and its share images.

A share link has a key of its own (`UploadSession.share_token`), apart from the session's id,
which can delete the session, fix its matches and retry its films. Who holds the share link
sees the dashboard, a year in review and the films table, and nothing that changes anything:
its pages carry no form that writes and no link to an owner's page. The owner turns it on, makes
a new one (the old stops working) or turns it off, from their dashboard.
"""

from __future__ import annotations

from uuid import UUID

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from movies.session_stats import share_image_png
from movies.share_image import SHAPES
from sessions_app.http import HttpResponseSeeOther, get_session_or_404
from sessions_app.models import UploadSession
from sessions_app.views import (
    films_page,
    image_urls,
    lists_context,
    selected_year,
    stats_context,
)

# A share image is the same for every viewer of a version of the films: browsers and proxies
# may keep it a while (its URL does not change when the films do, so not for long).
IMAGE_MAX_AGE = 10 * 60


class ShareForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("share", "Make a share link"), ("renew", "Make a new one"), ("stop", "Stop")]
    )


def _shared_session_or_404(token: str) -> UploadSession:
    session = UploadSession.objects.filter(share_token=token).first() if token else None
    if session is None:
        raise Http404("This share link is off, or was replaced by a new one.")
    return session


@never_cache
@require_GET
def share_dashboard(request: HttpRequest, token: str) -> HttpResponse:
    """The statistics for whoever holds the share link: all time or a year, read-only."""
    session = _shared_session_or_404(token)
    year_form, year = selected_year(request)
    films_url = reverse("sessions_app:share_films", args=[token])
    images = image_urls("sessions_app:share_image", token, year)
    context = {
        **stats_context(session, year, session.progress(), films_url=films_url),
        "session": session,
        "year_form": year_form,
        "read_only": True,
        "share_url": request.build_absolute_uri(reverse("sessions_app:share", args=[token])),
        # A link pasted elsewhere previews with the 1200×630 image: it must be absolute.
        "og_image": request.build_absolute_uri(images["preview"]),
        "images": images,
        **lists_context(session),
    }
    response = render(
        request,
        "sessions_app/share.html",
        context,
        status=200 if year_form.is_valid() else 400,
    )
    # Whoever has the link may look; search engines may not list it.
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@never_cache
@require_GET
def share_films(request: HttpRequest, token: str) -> HttpResponse:
    session = _shared_session_or_404(token)
    back_url = reverse("sessions_app:share", args=[token])
    response = films_page(request, session, back_url=back_url, read_only=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _image_response(request: HttpRequest, session: UploadSession, shape: str) -> HttpResponse:
    if shape not in SHAPES:
        raise Http404("No such image.")
    year_form, year = selected_year(request)
    if not year_form.is_valid():
        raise Http404("No such year.")
    png = share_image_png(session, shape, year, session.username)
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = f"public, max-age={IMAGE_MAX_AGE}"
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def share_image(request: HttpRequest, token: str, shape: str) -> HttpResponse:
    """A share image, `story` (1080×1920) or `preview` (1200×630), of all time or `?year=`."""
    return _image_response(request, _shared_session_or_404(token), shape)


@never_cache
@require_GET
def owner_image(request: HttpRequest, session_id: UUID, shape: str) -> HttpResponse:
    """The same images for the owner, whether they share a link or not."""
    response = _image_response(request, get_session_or_404(session_id), shape)
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
def manage_share(request: HttpRequest, session_id: UUID) -> HttpResponse:
    """The owner turns the share link on, makes a new one, or turns it off."""
    session = get_session_or_404(session_id)
    form = ShareForm(request.POST)
    if not form.is_valid():
        return HttpResponse("action: choose share, renew or stop.", status=400)
    action = form.cleaned_data["action"]
    if action == "stop":
        session.stop_sharing()
        messages.success(request, "Sharing is off: the share link no longer works.")
    else:
        had_one = bool(session.share_token)
        session.share()
        messages.success(
            request,
            "Here is a new share link; the old one no longer works."
            if had_one
            else "Here is your share link: it shows your statistics, and nothing else.",
        )
    return HttpResponseSeeOther(session.get_absolute_url() + "#share")
