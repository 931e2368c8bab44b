from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("sessions_app.urls")),
    path("", include("enrichment.urls")),
]

# The JSON API answers its errors as JSON; pages get ours, with a way home.
handler400 = "sessions_app.views.bad_request"
handler403 = "sessions_app.views.permission_denied"
handler404 = "sessions_app.views.page_not_found"
handler500 = "sessions_app.views.server_error"
