from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any
from uuid import UUID

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse

from sessions_app.models import UploadSession

View = Callable[..., HttpResponse]


def json_error(message: str, status: int = 400, **headers: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=status, headers=headers or None)


def json_methods(*methods: str) -> Callable[[View], View]:
    """Like `require_http_methods`, but a client of the JSON API gets its 405 as JSON."""

    def decorator(view: View) -> View:
        @wraps(view)
        def inner(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method not in methods:
                allowed = ", ".join(methods)
                return json_error(
                    f"{request.method} is not allowed here; use {allowed}.", 405, Allow=allowed
                )
            return view(request, *args, **kwargs)

        return inner

    return decorator


class HttpResponseSeeOther(HttpResponseRedirect):
    """After a POST, send the browser to GET the result (303, not 302)."""

    status_code = 303


def get_session_or_404(session_id: UUID) -> UploadSession:
    """The session behind a page's URL, or the one 404 every page gives for it."""
    try:
        return UploadSession.objects.get(pk=session_id)
    except UploadSession.DoesNotExist:
        raise Http404("No such session. It may have expired or been deleted.") from None
