from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("sessions_app.urls")),
    path("", include("enrichment.urls")),
]

# The JSON API answers its errors as JSON; pages get Django's.
handler404 = "sessions_app.views.page_not_found"
handler500 = "sessions_app.views.server_error"
