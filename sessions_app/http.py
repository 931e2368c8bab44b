from __future__ import annotations

from django.http import HttpResponseRedirect, JsonResponse


def json_error(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


class HttpResponseSeeOther(HttpResponseRedirect):
    """After a POST, send the browser to GET the result (303, not 302)."""

    status_code = 303
