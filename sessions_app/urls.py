from __future__ import annotations

from django.urls import path

from sessions_app import api, views

app_name = "sessions_app"


def api_path(route: str, view, name: str) -> list:
    """An API route with and without its trailing slash: a POST to the slash-less spelling
    must reach the view, not be redirected into a GET."""
    return [path(f"api/{route}/", view, name=name), path(f"api/{route}", view)]


urlpatterns = [
    path("", views.home, name="home"),
    path("upload/", views.upload, name="upload"),
    path("s/<uuid:session_id>/", views.dashboard, name="detail"),
    path("s/<uuid:session_id>/stats/", views.stats_fragment, name="stats"),
    path("s/<uuid:session_id>/progress/", views.progress, name="progress"),
    path("s/<uuid:session_id>/films/", views.films, name="films"),
    path("s/<uuid:session_id>/retry/", views.retry_failed, name="retry"),
    path("s/<uuid:session_id>/delete/", views.delete, name="delete"),
    *api_path("upload", api.upload, "api_upload"),
    *api_path("session/<uuid:session_id>", api.session_detail, "api_session"),
    *api_path("session/<uuid:session_id>/status", api.session_status, "api_status"),
    *api_path("session/<uuid:session_id>/movies", api.session_movies, "api_movies"),
    *api_path("session/<uuid:session_id>/retry", api.retry, "api_retry"),
]
