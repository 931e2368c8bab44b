from __future__ import annotations

from django.urls import path

from sessions_app import api, downloads, sharing, views

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
    path("s/<uuid:session_id>/share/", sharing.manage_share, name="share_manage"),
    path("s/<uuid:session_id>/image/<slug:shape>.png", sharing.owner_image, name="image"),
    path("s/<uuid:session_id>/watchlist/", views.watchlist_lookup, name="watchlist_lookup"),
    path("s/<uuid:session_id>/films.csv", downloads.films_csv, name="download_csv"),
    path("s/<uuid:session_id>/films.json", downloads.films_json, name="download_json"),
    # The read-only share link: a key of its own, never the session's id.
    path("share/<str:token>/", sharing.share_dashboard, name="share"),
    path("share/<str:token>/films/", sharing.share_films, name="share_films"),
    path("share/<str:token>/image/<slug:shape>.png", sharing.share_image, name="share_image"),
    *api_path("upload", api.upload, "api_upload"),
    *api_path("session/<uuid:session_id>", api.session_detail, "api_session"),
    *api_path("session/<uuid:session_id>/status", api.session_status, "api_status"),
    *api_path("session/<uuid:session_id>/movies", api.session_movies, "api_movies"),
    *api_path("session/<uuid:session_id>/retry", api.retry, "api_retry"),
    *api_path("session/<uuid:session_id>/export.csv", downloads.api_films_csv, "api_export_csv"),
    *api_path("session/<uuid:session_id>/export.json", downloads.api_films_json, "api_export_json"),
]
