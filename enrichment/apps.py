from __future__ import annotations

from django.apps import AppConfig


class EnrichmentConfig(AppConfig):
    name = "enrichment"
    verbose_name = "TMDB enrichment"

    def ready(self) -> None:
        from enrichment import checks  # noqa: F401  (registers the system checks)
