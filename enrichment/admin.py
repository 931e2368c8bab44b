from __future__ import annotations

from django.contrib import admin

from enrichment.models import RateLimitSlot, TmdbMovie, TmdbSearchResult, TmdbTitleIndex


@admin.register(TmdbMovie)
class TmdbMovieAdmin(admin.ModelAdmin):
    list_display = ["tmdb_id", "title", "original_title", "release_date", "runtime", "fetched_at"]
    search_fields = ["=tmdb_id", "title", "original_title", "imdb_id"]
    list_filter = ["original_language"]
    date_hierarchy = "fetched_at"


@admin.register(TmdbSearchResult)
class TmdbSearchResultAdmin(admin.ModelAdmin):
    list_display = [
        "normalised_title",
        "year",
        "media_type",
        "tmdb_id",
        "confidence",
        "requests",
        "fetched_at",
    ]
    list_filter = ["media_type"]
    search_fields = ["normalised_title", "=tmdb_id"]
    date_hierarchy = "fetched_at"


@admin.register(RateLimitSlot)
class RateLimitSlotAdmin(admin.ModelAdmin):
    list_display = ["name", "next_at"]


@admin.register(TmdbTitleIndex)
class TmdbTitleIndexAdmin(admin.ModelAdmin):
    """Which title index is in use: loaded by `load_tmdb_ids` and its schedule, never by hand."""

    list_display = ["generation", "entries", "source", "loaded_at"]
    readonly_fields = ["generation", "next_generation", "entries", "source", "loaded_at"]

    def has_add_permission(self, request) -> bool:
        return False
