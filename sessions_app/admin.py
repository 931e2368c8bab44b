from __future__ import annotations

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import ngettext

from sessions_app.models import UploadSession
from sessions_app.queue import retry_failed_films


@admin.register(UploadSession)
class UploadSessionAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "status",
        "username",
        "total_movies",
        "enriched",
        "failed",
        "created_at",
        "expires_at",
    ]
    list_filter = ["status", "created_at"]
    search_fields = ["id", "upload_metadata__username"]
    readonly_fields = [
        "id",
        "created_at",
        "processing_started_at",
        "enriching_started_at",
        "completed_at",
        "failed_at",
        "films_link",
    ]
    date_hierarchy = "created_at"
    actions = ["retry_failed_films"]

    @admin.action(description="Retry failed films (and resume enrichment)")
    def retry_failed_films(self, request, queryset) -> None:
        sessions = list(queryset)
        films = sum(retry_failed_films(session, force=True) for session in sessions)
        self.message_user(
            request,
            ngettext("Queued %(n)d session again", "Queued %(n)d sessions again", len(sessions))
            % {"n": len(sessions)}
            + ngettext("; %(n)d failed film reset.", "; %(n)d failed films reset.", films)
            % {"n": films},
            messages.SUCCESS,
        )

    def get_queryset(self, request):
        return super().get_queryset(request).with_counts()

    @admin.display(ordering="enriched_count")
    def enriched(self, obj: UploadSession) -> int:
        return obj.enriched_count

    @admin.display(ordering="failed_count")
    def failed(self, obj: UploadSession) -> int:
        return obj.failed_count

    @admin.display(description="Username")
    def username(self, obj: UploadSession) -> str:
        return obj.username

    @admin.display(description="Films")
    def films_link(self, obj: UploadSession) -> str:
        url = reverse("admin:movies_movie_changelist") + f"?session__id__exact={obj.pk}"
        return format_html('<a href="{}">{} films of this session</a>', url, obj.total_movies)
