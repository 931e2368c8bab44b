"""Every minute, resume sessions whose films wait unclaimed (a crash, a restart, a new key)."""

from __future__ import annotations

from django.db import migrations
from django_q.models import Schedule

SCHEDULE_NAME = "enrichment: resume stalled sessions"


def create_schedule(apps, schema_editor):
    HistoricalSchedule = apps.get_model("django_q", "Schedule")
    HistoricalSchedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": "enrichment.tasks.resume_stalled_sessions",
            "schedule_type": Schedule.MINUTES,
            "minutes": 1,
            "repeats": -1,
            "kwargs": "{'q_options': {'timeout': 50}}",
        },
    )


def delete_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [("enrichment", "0002_refresh_tmdb_cache_schedule")]

    operations = [migrations.RunPython(create_schedule, delete_schedule)]
