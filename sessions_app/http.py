from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from functools import wraps
from typing import Any
from uuid import UUID

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme

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


def local_path(target: str | None) -> str | None:
    """`target` when it is a path on this site ("/s/…"), else None.

    For `next` parameters: only a same-site relative path may go into a link or a redirect, so
    neither `javascript:…` nor another site (`//evil.example`, `/\\evil.example`) can.
    """
    if not target or not target.startswith("/") or target.startswith("//"):
        return None
    # Browsers read a backslash as "/" and drop tabs and newlines: "/\evil.example" leaves.
    if any(ch in target for ch in "\\\r\n\t"):
        return None
    return target if url_has_allowed_host_and_scheme(target, allowed_hosts=None) else None


def client_address(request: HttpRequest) -> str:
    """The client's address: the peer's, or behind our own proxy the one it forwarded."""
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR", "")


def client_key(request: HttpRequest) -> str:
    """A keyed hash of the client's address: the same client gets the same key, and the address
    itself is never stored."""
    address = client_address(request)
    if not address:
        return ""
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256)
    return digest.hexdigest()[:32]


def get_session_or_404(session_id: UUID) -> UploadSession:
    """The session behind a page's URL, or the one 404 every page gives for it."""
    try:
        return UploadSession.objects.get(pk=session_id)
    except UploadSession.DoesNotExist:
        raise Http404("No such session. It may have expired or been deleted.") from None
