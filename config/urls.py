from __future__ import annotations

from django.contrib import admin
from django.urls import include, path
from health_check.views import HealthCheckView

from enrichment import operators
from enrichment.monitoring import TaskQueue

urlpatterns = [
    # For load balancers: 200 when this node can serve, 500 with the reasons when not. HTML,
    # JSON (Accept: application/json or ?format=json) or text.
    path(
        "health/",
        HealthCheckView.as_view(
            checks=["health_check.checks.Database", "health_check.checks.Cache", TaskQueue]
        ),
        name="health",
    ),
    # Before the admin's own URLs, whose catch-all would answer it 404. admin_view: staff only,
    # others are sent to the admin's login.
    path(
        "admin/enrichment/overview/",
        admin.site.admin_view(operators.enrichment_overview),
        name="enrichment-overview",
    ),
    path("admin/", admin.site.urls),
    path("", include("sessions_app.urls")),
    path("", include("enrichment.urls")),
]

# The JSON API answers its errors as JSON; pages get ours, with a way home.
handler400 = "sessions_app.views.bad_request"
handler403 = "sessions_app.views.permission_denied"
handler404 = "sessions_app.views.page_not_found"
handler500 = "sessions_app.views.server_error"
