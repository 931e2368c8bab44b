"""The daily django-q2 schedule that keeps the TMDB cache within TMDB's six months."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from django.db import migrations
from django.utils import timezone
from django_q.models import Schedule

SCHEDULE_NAME = "enrichment: refresh the TMDB cache"


def create_schedule(apps, schema_editor):
    # The historical model has the fields but not the class's constants (Schedule.DAILY).
    HistoricalSchedule = apps.get_model("django_q", "Schedule")
    now = timezone.now()
    # A quiet hour; the first run is tomorrow's if today's has passed.
    first = datetime.combine(now.date(), time(3, 30), tzinfo=UTC)
    if first <= now:
        first += timedelta(days=1)
    HistoricalSchedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": "enrichment.tasks_cache.refresh_tmdb_cache",
            "schedule_type": Schedule.DAILY,
            "repeats": -1,
            # The task stops itself after TIME_BUDGET (420 s); the timeout stays under Q_RETRY.
            "kwargs": "{'q_options': {'timeout': 540}}",
            "next_run": first,
        },
    )


def delete_schedule(apps, schema_editor):
    HistoricalSchedule = apps.get_model("django_q", "Schedule")
    HistoricalSchedule.objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("enrichment", "0001_initial"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create_schedule, delete_schedule)]
