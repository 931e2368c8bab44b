"""The daily django-q2 job that loads TMDB's movie ID export into the title index.

TMDB publishes the day's export by about 08:00 UTC and keeps three months of them; the schedule
runs after that. It loads the day's file, or yesterday's when today's is not there yet, and
does nothing when the index in use is already that file. Without `TMDB_ID_EXPORT_URL` it does
nothing at all: matching searches every film, as it did before the index.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from django.conf import settings
from django.utils import timezone

from enrichment.title_index import IndexLoadError, index_in_use, load_title_index

logger = logging.getLogger(__name__)

NOT_SET = "TMDB_ID_EXPORT_URL is not set: no title index is loaded, matching searches every film."


def export_urls(template: str, today: date) -> list[str]:
    """Today's export URL, then yesterday's (today's may not be out yet); one when the
    template names no day."""
    urls = [template.format(date=day) for day in (today, today - timedelta(days=1))]
    return list(dict.fromkeys(urls))


def load_daily_tmdb_ids(today: date | None = None) -> str:
    """Load the newest daily export into the title index; return what was done. Raises
    IndexLoadError when no export could be loaded (the index in use stays)."""
    template = settings.TMDB_ID_EXPORT_URL
    if not template:
        logger.info(NOT_SET)
        return NOT_SET
    in_use = index_in_use()
    failure: IndexLoadError | None = None
    for url in export_urls(template, today or timezone.now().date()):
        if in_use is not None and in_use.source == url:
            return f"already in use: {url}"
        try:
            return str(load_title_index(url))
        except IndexLoadError as exc:
            logger.warning("TMDB title index: %s", exc)
            failure = failure or exc
    assert failure is not None
    raise failure
