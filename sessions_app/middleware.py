from __future__ import annotations

from django.conf import settings
from django.urls import reverse

# Multipart boundaries and headers add a little to the files themselves.
MULTIPART_SLACK_BYTES = 64 * 1024


class UploadSizeLimitMiddleware:
    """Answer 413 from Content-Length before any of an oversized upload body is read.

    It sits before CsrfViewMiddleware, which would otherwise parse the whole body looking for
    the token.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and self._too_large(request):
            from sessions_app import api, views

            if request.path.rstrip("/") == reverse("sessions_app:api_upload").rstrip("/"):
                return api.upload_too_large(request)
            if request.path == reverse("sessions_app:upload"):
                return views.upload_too_large(request)
        return self.get_response(request)

    @staticmethod
    def _too_large(request) -> bool:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return False
        return length > settings.UPLOAD_MAX_BYTES + MULTIPART_SLACK_BYTES
