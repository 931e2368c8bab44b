"""The places enrichment loops run in: at most ENRICH_LOOPS at once, each held with a lease.

A loop (`enrichment.tasks.enrich_next`) holds its place by a token; it renews the lease while
it works and gives the place up when no film is waiting. A loop killed with its worker frees
its place when the lease runs out, and the next `start()` (a new session, the minute's sweep)
starts another there. A redelivered loop whose place was taken over finds its token stale and
stops.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from enrichment.models import EnrichmentLoop


def lease() -> timedelta:
    # Two film leases: a loop renews it with its films', so only a dead one lets it run out.
    return timedelta(seconds=2 * settings.ENRICH_LEASE_SECONDS)


def take_free() -> list[tuple[int, str]]:
    """Take every free place; return (number, token) of each one taken."""
    EnrichmentLoop.objects.bulk_create(
        [EnrichmentLoop(number=n) for n in range(settings.ENRICH_LOOPS)], ignore_conflicts=True
    )
    now = timezone.now()
    taken = []
    for number in range(settings.ENRICH_LOOPS):
        token = uuid.uuid4()
        if (
            EnrichmentLoop.objects.free(now)
            .filter(number=number)
            .update(token=token, held_until=now + lease())
        ):
            taken.append((number, str(token)))
    return taken


def renew(number: int, token: str) -> bool:
    """Keep holding a place; False when another loop holds it now (this one must stop)."""
    return bool(
        EnrichmentLoop.objects.filter(number=number, token=token).update(
            held_until=timezone.now() + lease()
        )
    )


def release(number: int, token: str) -> None:
    EnrichmentLoop.objects.filter(number=number, token=token).update(token=None, held_until=None)


def running(now=None) -> int:
    """How many places are held (by a running or a queued loop)."""
    now = now or timezone.now()
    return EnrichmentLoop.objects.filter(Q(held_until__gte=now)).count()
