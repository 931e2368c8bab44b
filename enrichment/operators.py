"""Pages for operators, not members: the Prometheus scrape (/metrics). It reads what it shows
from `monitoring`."""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_prometheus.exports import ExportToDjangoView
from prometheus_client import CollectorRegistry, generate_latest

from enrichment import monitoring
from sessions_app.http import client_address


def metrics_allowed(address: str) -> bool:
    """Whether `address` is one of METRICS_ALLOWED_IPS (addresses or networks)."""
    try:
        client = ipaddress.ip_address(address)
    except ValueError:
        return False  # no address (a Unix socket without BEHIND_PROXY): nobody we know
    return any(
        client in ipaddress.ip_network(allowed, strict=False)
        for allowed in settings.METRICS_ALLOWED_IPS
    )


@never_cache
@require_GET
def metrics(request: HttpRequest) -> HttpResponse:
    """django-prometheus's metrics (this process's, or this machine's with
    PROMETHEUS_MULTIPROC_DIR), then the gauges read now from the database and the broker."""
    if not metrics_allowed(client_address(request)):
        raise Http404  # as if there were nothing here
    response = ExportToDjangoView(request)
    scraped = CollectorRegistry()
    scraped.register(monitoring.ScrapeCollector())
    response.content = response.content + generate_latest(scraped)
    return response
