from __future__ import annotations

from django.urls import path

from movies import views as movie_views
from sessions_app import api, views

app_name = "sessions_app"

urlpatterns = [
    path("", views.home, name="home"),
    path("upload/", views.upload, name="upload"),
    path("s/<uuid:session_id>/", movie_views.dashboard, name="detail"),
    path("api/upload/", api.upload, name="api_upload"),
    path("api/session/<uuid:session_id>/status/", api.session_status, name="api_status"),
    path("api/session/<uuid:session_id>/movies/", api.session_movies, name="api_movies"),
]
