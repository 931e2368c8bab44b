from __future__ import annotations

from uuid import UUID

from django.http import Http404, HttpResponseRedirect, JsonResponse

from sessions_app.models import UploadSession


def json_error(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


class HttpResponseSeeOther(HttpResponseRedirect):
    """After a POST, send the browser to GET the result (303, not 302)."""

    status_code = 303


def get_session_or_404(session_id: UUID) -> UploadSession:
    """The session behind a page's URL, or the one 404 every page gives for it."""
    try:
        return UploadSession.objects.get(pk=session_id)
    except UploadSession.DoesNotExist:
        raise Http404("No such session. It may have expired or been deleted.") from None
