"""Daily: delete sessions past their 30 days, with their films and viewings."""

from __future__ import annotations

from django.db import migrations
from django_q.models import Schedule

SCHEDULE_NAME = "sessions: delete expired sessions"


def create_schedule(apps, schema_editor):
    HistoricalSchedule = apps.get_model("django_q", "Schedule")
    HistoricalSchedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults={
            "func": "sessions_app.tasks.delete_expired_sessions",
            "schedule_type": Schedule.DAILY,
            "repeats": -1,
            "kwargs": "{'q_options': {'timeout': 300}}",
        },
    )


def delete_schedule(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("sessions_app", "0001_initial"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create_schedule, delete_schedule)]
