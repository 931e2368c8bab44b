from __future__ import annotations

from django.contrib import admin

from movies.models import Movie, Viewing


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
        "session",
    ]
    list_filter = ["enrichment_status", "liked", ("session", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "letterboxd_uri"]
    raw_id_fields = ["session"]
    list_select_related = ["session"]
    inlines = [ViewingInline]


@admin.register(Viewing)
class ViewingAdmin(admin.ModelAdmin):
    list_display = ["movie", "watched_on", "rating", "rewatch", "session"]
    list_filter = ["rewatch", ("session", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["movie__name", "review"]
    raw_id_fields = ["session", "movie"]
    list_select_related = ["movie", "session"]
    date_hierarchy = "watched_on"
