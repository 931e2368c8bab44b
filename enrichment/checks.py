from __future__ import annotations

from django.conf import settings
from django.core import checks


@checks.register()
def check_tmdb_api_key(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """Uploads work without a key, but no film can be enriched: say so at startup."""
    if settings.TMDB_API_KEY:
        return []
    return [
        checks.Warning(
            "TMDB_API_KEY is not set: uploads work, but films will not be enriched.",
            hint="Get a free key at https://www.themoviedb.org/settings/api and set TMDB_API_KEY.",
            id="enrichment.W001",
        )
    ]
