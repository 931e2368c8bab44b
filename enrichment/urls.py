from __future__ import annotations

from django.urls import path

from enrichment import operators, views

app_name = "enrichment"

urlpatterns = [
    # For Prometheus, from METRICS_ALLOWED_IPS only: a 404 to anyone else.
    path("metrics", operators.metrics, name="metrics"),
    path("s/<uuid:session_id>/check/", views.check_matches, name="check"),
    path("s/<uuid:session_id>/films/<int:movie_id>/fix/", views.fix_match, name="fix"),
    path("s/<uuid:session_id>/films/<int:movie_id>/search/", views.search_tmdb, name="search"),
]
