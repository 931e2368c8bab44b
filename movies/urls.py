from __future__ import annotations

from django.urls import path

from movies import views

app_name = "movies"

# The dashboard itself is `sessions_app:detail` (/s/<uuid>/), the URL an upload redirects to.
urlpatterns = [
    path("s/<uuid:session_id>/stats/", views.stats_fragment, name="stats"),
    path("s/<uuid:session_id>/progress/", views.progress, name="progress"),
    path("s/<uuid:session_id>/films/", views.films, name="films"),
    path("s/<uuid:session_id>/retry/", views.retry_failed, name="retry"),
    path("s/<uuid:session_id>/delete/", views.delete, name="delete"),
]
