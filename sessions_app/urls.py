from __future__ import annotations

from django.urls import path

from sessions_app import api, views

app_name = "sessions_app"

urlpatterns = [
    path("", views.home, name="home"),
    path("upload/", views.upload, name="upload"),
    path("s/<uuid:session_id>/", views.dashboard, name="detail"),
    path("s/<uuid:session_id>/stats/", views.stats_fragment, name="stats"),
    path("s/<uuid:session_id>/progress/", views.progress, name="progress"),
    path("s/<uuid:session_id>/films/", views.films, name="films"),
    path("s/<uuid:session_id>/retry/", views.retry_failed, name="retry"),
    path("s/<uuid:session_id>/delete/", views.delete, name="delete"),
    path("api/upload/", api.upload, name="api_upload"),
    path("api/session/<uuid:session_id>/status/", api.session_status, name="api_status"),
    path("api/session/<uuid:session_id>/movies/", api.session_movies, name="api_movies"),
]
