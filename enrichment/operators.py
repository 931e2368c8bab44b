"""Pages for operators, not members: the Prometheus scrape (/metrics) and the admin's
Enrichment page. Both read what they show from `monitoring`."""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.contrib import admin
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_prometheus.exports import ExportToDjangoView
from prometheus_client import CollectorRegistry, generate_latest

from enrichment import monitoring
from sessions_app.http import client_address
from sessions_app.models import UploadSession


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


@never_cache
def enrichment_overview(request: HttpRequest) -> HttpResponse:
    """The admin's Enrichment page (staff only, through `admin.site.admin_view`)."""
    try:
        queue = monitoring.queue_state()
        queue_error = ""
    except Exception as exc:
        queue, queue_error = None, f"The task broker did not answer ({type(exc).__name__})."
    now = timezone.now()
    labels = dict(UploadSession.Status.choices)
    rates = monitoring.tmdb_requests_per_second(now=now)
    context = {
        **admin.site.each_context(request),
        "title": "Enrichment",
        "sessions": [
            (labels[status], count) for status, count in monitoring.sessions_by_status().items()
        ],
        "queue": queue,
        "queue_age": queue.oldest_age(now) if queue else None,
        "queue_error": queue_error,
        "max_queue_age": settings.HEALTH_MAX_QUEUE_AGE,
        "rates": rates,
        "peak_rate": max((rate for _, rate in rates), default=0.0),
        "max_rps": settings.TMDB_MAX_RPS,
        "failures": monitoring.failure_reasons(),
        "cached_films": monitoring.cached_films(),
    }
    return render(request, "admin/enrichment/overview.html", context)
