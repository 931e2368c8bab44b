from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from sessions_app import api, views
from sessions_app.http import client_key
from sessions_app.models import UploadSession

# Multipart boundaries and headers add a little to the files themselves.
MULTIPART_SLACK_BYTES = 64 * 1024
DRAIN_CHUNK = 64 * 1024


class UploadGuardMiddleware:
    """Refuse an upload before any of its body is parsed: 413 when it is too large, 429 when its
    client has uploaded too often.

    It sits before CsrfViewMiddleware, which would otherwise parse the whole body looking for
    the token.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST":
            is_api = _same_path(request.path, reverse("sessions_app:api_upload"))
            if is_api or _same_path(request.path, reverse("sessions_app:upload")):
                refusal = self._refusal(request, is_api)
                if refusal is not None:
                    return refusal
        return self.get_response(request)

    def _refusal(self, request: HttpRequest, is_api: bool) -> HttpResponse | None:
        length = _content_length(request)
        if length > settings.UPLOAD_MAX_BYTES + MULTIPART_SLACK_BYTES:
            _drain(request, length)
            return api.upload_too_large(request) if is_api else views.upload_too_large(request)
        wait = UploadSession.objects.upload_wait(client_key(request))
        if wait:
            _drain(request, length)
            response = api.too_many_uploads(wait) if is_api else views.too_many_uploads(request)
            response["Retry-After"] = str(wait)
            return response
        return None


def _same_path(path: str, route: str) -> bool:
    return path.rstrip("/") == route.rstrip("/")


def _content_length(request: HttpRequest) -> int:
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


def _drain(request: HttpRequest, length: int) -> None:
    """Read and drop the body a client is still sending, so that it sees our answer instead of a
    broken pipe; but never more than twice the upload cap (past that, closing is cheaper)."""
    if not length or length > 2 * (settings.UPLOAD_MAX_BYTES + MULTIPART_SLACK_BYTES):
        return
    stream = request.META.get("wsgi.input")
    if stream is None:
        return
    remaining = length
    while remaining > 0:
        chunk = stream.read(min(DRAIN_CHUNK, remaining))
        if not chunk:
            break
        remaining -= len(chunk)
