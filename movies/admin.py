from __future__ import annotations

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.text import Truncator

from movies.models import Movie, Viewing

# What enrichment and the import write: an operator reads them here, the code changes them.
STATUS_FIELDS = [
    "enrichment_status",
    "enrichment_error",
    "enrichment_attempts",
    "match_confidence",
    "matched_by_member",
    "tmdb_tv_id",
]
STATISTICS_FIELDS = [
    "watched",
    "marked_watched_on",
    "first_watched_on",
    "last_watched_on",
    "viewing_count",
    "rewatch_count",
    "review_count",
]


class ViewingInline(admin.TabularInline):
    model = Viewing
    extra = 0
    fields = ["watched_on", "logged_on", "rating", "rewatch", "tags", "review"]
    show_change_link = True


@admin.register(Movie)
class MovieAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "year",
        "rating",
        "viewing_count",
        "liked",
        "enrichment_status",
        "tmdb_id",
        "confidence",
        "error",
        "session",
    ]
    list_filter = ["enrichment_status", "liked", ("session", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "letterboxd_uri", "=tmdb_movie__tmdb_id"]
    # A film's TMDB row is one of every film any session has matched: a dropdown of them
    # would be the whole cache.
    raw_id_fields = ["session", "tmdb_movie"]
    readonly_fields = [*STATUS_FIELDS, *STATISTICS_FIELDS]
    list_select_related = ["session"]
    inlines = [ViewingInline]

    @admin.display(description="TMDB id", ordering="tmdb_movie_id")
    def tmdb_id(self, obj: Movie) -> str:
        if obj.tmdb_movie_id is None:
            return "–"
        return format_html(
            '<a href="https://www.themoviedb.org/movie/{}" rel="noopener noreferrer">{}</a>',
            obj.tmdb_movie_id,
            obj.tmdb_movie_id,
        )

    @admin.display(description="Confidence", ordering="match_confidence")
    def confidence(self, obj: Movie) -> str:
        return "–" if obj.match_confidence is None else f"{obj.match_confidence:.2f}"

    @admin.display(description="Error", ordering="enrichment_error")
    def error(self, obj: Movie) -> str:
        return Truncator(obj.enrichment_error).chars(60) if obj.enrichment_error else ""

    def save_model(self, request: HttpRequest, obj: Movie, form, change: bool) -> None:
        super().save_model(request, obj, form, change)
        # Cached statistics are keyed by the session's version: an edit here must show.
        obj.session.bump_stats_version()

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Movie]) -> None:
        sessions = {movie.session for movie in queryset.select_related("session")}
        super().delete_queryset(request, queryset)
        for session in sessions:
            session.bump_stats_version()


@admin.register(Viewing)
class ViewingAdmin(admin.ModelAdmin):
    list_display = ["movie", "watched_on", "rating", "rewatch", "session"]
    list_filter = ["rewatch", ("session", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["movie__name", "review"]
    raw_id_fields = ["session", "movie"]
    list_select_related = ["movie", "session"]
    date_hierarchy = "watched_on"
