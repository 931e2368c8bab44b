"""The daily django-q2 schedule that loads TMDB's movie ID export into the title index."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from django.db import migrations
from django.utils import timezone
from django_q.models import Schedule

SCHEDULE_NAME = "enrichment: load TMDB's daily ID export"


def create_schedule(apps, schema_editor):
    HistoricalSchedule = apps.get_model("django_q", "Schedule")
    now = timezone.now()
    # TMDB publishes the day's export by about 08:00 UTC.
    first = datetime.combine(now.date(), time(9, 15), tzinfo=UTC)
    if first <= now:
        first += timedelta(days=1)
    HistoricalSchedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": "enrichment.tasks_index.load_daily_tmdb_ids",
            "schedule_type": Schedule.DAILY,
            "repeats": -1,
            # A million lines load in well under a minute; the download may take longer. The
            # timeout stays under Q_RETRY (660 s): no second worker is handed a load in progress.
            "kwargs": "{'q_options': {'timeout': 540}}",
            "next_run": first,
        },
    )


def delete_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("enrichment", "0008_tmdb_title_index"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create_schedule, delete_schedule)]
