"""The daily job that loads TMDB's ID export: today's file, else yesterday's, once; nothing at
all without TMDB_ID_EXPORT_URL."""

from __future__ import annotations

import gzip
import importlib
from datetime import date

import pytest
import responses
from django.apps import apps as django_apps
from django.conf import settings as django_settings
from django.utils import timezone
from django_q.models import Schedule

from enrichment.models import TmdbTitle
from enrichment.tasks_index import NOT_SET, export_urls, load_daily_tmdb_ids
from enrichment.title_index import IndexLoadError, index_in_use

pytestmark = pytest.mark.django_db

schedule_migration = importlib.import_module("enrichment.migrations.0009_load_tmdb_ids_schedule")
TEMPLATE = "https://files.tmdb.test/p/exports/movie_ids_{date:%m_%d_%Y}.json.gz"
TODAY = date(2026, 12, 1)
TODAYS = "https://files.tmdb.test/p/exports/movie_ids_12_01_2026.json.gz"
YESTERDAYS = "https://files.tmdb.test/p/exports/movie_ids_11_30_2026.json.gz"
EXPORT = gzip.compress(
    b'{"adult":false,"id":3924,"original_title":"Blondie","popularity":2.5,"video":false}\n'
)


@pytest.fixture
def mocked():
    with responses.RequestsMock() as rsps:
        yield rsps


def test_the_urls_are_todays_then_yesterdays() -> None:
    assert export_urls(TEMPLATE, TODAY) == [TODAYS, YESTERDAYS]
    assert export_urls("/srv/movie_ids.json.gz", TODAY) == ["/srv/movie_ids.json.gz"]


def test_without_a_url_the_job_does_nothing(settings, mocked) -> None:
    settings.TMDB_ID_EXPORT_URL = ""

    assert load_daily_tmdb_ids(TODAY) == NOT_SET

    assert index_in_use() is None
    assert len(mocked.calls) == 0


def test_the_job_loads_todays_export(settings, mocked) -> None:
    settings.TMDB_ID_EXPORT_URL = TEMPLATE
    mocked.get(TODAYS, body=EXPORT)

    summary = load_daily_tmdb_ids(TODAY)

    assert "1 films indexed" in summary
    assert index_in_use().source == TODAYS
    assert TmdbTitle.objects.candidates("blondie") == [(3924, 2.5)]


def test_the_job_loads_a_days_export_once(settings, mocked) -> None:
    settings.TMDB_ID_EXPORT_URL = TEMPLATE
    mocked.get(TODAYS, body=EXPORT)
    load_daily_tmdb_ids(TODAY)
    generation = index_in_use().generation

    assert load_daily_tmdb_ids(TODAY) == f"already in use: {TODAYS}"

    assert index_in_use().generation == generation
    assert len(mocked.calls) == 1


def test_before_todays_export_is_out_the_job_loads_yesterdays(settings, mocked) -> None:
    settings.TMDB_ID_EXPORT_URL = TEMPLATE
    mocked.get(TODAYS, status=404)
    mocked.get(YESTERDAYS, body=EXPORT)

    load_daily_tmdb_ids(TODAY)

    assert index_in_use().source == YESTERDAYS


def test_when_no_new_export_can_be_had_the_job_fails_and_the_index_stays(settings, mocked) -> None:
    settings.TMDB_ID_EXPORT_URL = TEMPLATE
    mocked.get(TODAYS, body=EXPORT)
    load_daily_tmdb_ids(TODAY)
    dec_2, dec_3 = TODAYS.replace("12_01", "12_02"), TODAYS.replace("12_01", "12_03")
    mocked.get(dec_2, status=503)
    mocked.get(dec_3, status=503)

    # The next day, before its export is out: the day before's is the one in use.
    assert load_daily_tmdb_ids(date(2026, 12, 2)) == f"already in use: {TODAYS}"
    with pytest.raises(IndexLoadError, match="503"):
        load_daily_tmdb_ids(date(2026, 12, 3))

    assert index_in_use().source == TODAYS
    assert TmdbTitle.objects.candidates("blondie") == [(3924, 2.5)]


def test_the_schedule_migration_creates_one_daily_schedule_however_often_it_runs() -> None:
    Schedule.objects.filter(name=schedule_migration.SCHEDULE_NAME).delete()
    schedule_migration.create_schedule(django_apps, None)
    schedule_migration.create_schedule(django_apps, None)

    schedule = Schedule.objects.get(name=schedule_migration.SCHEDULE_NAME)
    assert schedule.schedule_type == Schedule.DAILY
    assert schedule.repeats == -1
    assert schedule.func == "enrichment.tasks_index.load_daily_tmdb_ids"
    assert schedule.next_run > timezone.now()
    assert (schedule.next_run.hour, schedule.next_run.minute) == (9, 15)
    assert "'timeout': 540" in schedule.kwargs
    assert django_settings.Q_CLUSTER["retry"] > 540
