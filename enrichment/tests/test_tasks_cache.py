from __future__ import annotations

import importlib
from datetime import timedelta
from io import StringIO

import pytest
import responses
from django.apps import apps as django_apps
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from django_q.models import Schedule

from enrichment.models import MAX_AGE, TmdbMovie, TmdbSearchResult
from enrichment.tasks_cache import MARGIN, refresh_tmdb_cache
from enrichment.tests.factories import (
    API_KEY,
    BASE_URL,
    details,
    make_search_result,
    make_tmdb_movie,
    tmdb_error,
)
from enrichment.tmdb_client import TmdbAuthError, TmdbClient
from movies.models import Movie
from sessions_app.models import UploadSession

pytestmark = pytest.mark.django_db

schedule_migration = importlib.import_module(
    "enrichment.migrations.0002_refresh_tmdb_cache_schedule"
)


@pytest.fixture
def client() -> TmdbClient:
    return TmdbClient(API_KEY, BASE_URL, sleep=lambda s: None)


@pytest.fixture
def mocked():
    with responses.RequestsMock() as rsps:
        yield rsps


def days_ago(days: float):
    return timezone.now() - timedelta(days=days)


def link(tmdb: TmdbMovie) -> Movie:
    session = UploadSession.objects.create()
    return Movie.objects.create(
        session=session, name=tmdb.title, letterboxd_uri=f"u{tmdb.pk}", tmdb_movie=tmdb
    )


def test_search_results_near_six_months_old_are_dropped(client):
    due = MAX_AGE - MARGIN + timedelta(days=1)
    make_search_result("dune", 2021, fetched_at=timezone.now() - due)
    make_search_result("alien", 1979, fetched_at=days_ago(30))
    refresh_tmdb_cache(client)
    assert list(TmdbSearchResult.objects.values_list("normalised_title", flat=True)) == ["alien"]


def test_films_no_session_links_are_dropped_without_a_request(client, mocked):
    make_tmdb_movie(1, fetched_at=days_ago(175))
    make_tmdb_movie(2, fetched_at=days_ago(10))
    summary = refresh_tmdb_cache(client)
    assert list(TmdbMovie.objects.values_list("pk", flat=True)) == [2]
    assert "films dropped: 1" in summary
    assert len(mocked.calls) == 0


def test_films_a_session_still_links_are_refreshed(client, mocked):
    movie = link(make_tmdb_movie(438631, fetched_at=days_ago(175), title="Old title"))
    mocked.get(f"{BASE_URL}/movie/438631", json=details(438631, title="Dune"))

    summary = refresh_tmdb_cache(client)

    movie.refresh_from_db()
    assert movie.tmdb_movie.title == "Dune"
    assert movie.tmdb_movie.fetched_at > days_ago(1)
    assert "films refreshed: 1" in summary


def test_a_linked_film_tmdb_no_longer_has_is_dropped(client, mocked):
    movie = link(make_tmdb_movie(5, fetched_at=days_ago(175)))
    mocked.get(f"{BASE_URL}/movie/5", status=404, json=tmdb_error(34, "not found"))
    version = movie.session.stats_version
    refresh_tmdb_cache(client)
    movie.refresh_from_db()
    assert movie.tmdb_movie is None
    assert not TmdbMovie.objects.exists()
    # Not left "enriched" without data: the member can match it again from the check page.
    assert movie.enrichment_status == Movie.EnrichmentStatus.NOT_FOUND
    assert movie.enrichment_error == "TMDB no longer has the film this was matched to."
    assert UploadSession.objects.get(pk=movie.session_id).stats_version == version + 1


def test_a_film_tmdb_cannot_serve_today_waits_for_tomorrow_unless_overdue(client, mocked):
    waiting = link(make_tmdb_movie(5, fetched_at=days_ago(175)))
    overdue = link(make_tmdb_movie(6, fetched_at=days_ago(181)))
    mocked.get(f"{BASE_URL}/movie/5", status=503, json=tmdb_error(9, "down"))
    mocked.get(f"{BASE_URL}/movie/6", status=503, json=tmdb_error(9, "down"))

    summary = refresh_tmdb_cache(client)

    # Six months is TMDB's rule: the overdue row goes even though it could not be refreshed.
    assert list(TmdbMovie.objects.values_list("pk", flat=True)) == [5]
    assert "films failed: 2" in summary
    # Its film says why, and a retry of failed films fetches it again.
    overdue.refresh_from_db()
    assert (overdue.tmdb_movie, overdue.enrichment_status) == (None, Movie.EnrichmentStatus.FAILED)
    assert "six months" in overdue.enrichment_error
    waiting.refresh_from_db()
    assert waiting.tmdb_movie_id == 5


def test_a_bad_key_fails_the_job_after_saving_what_was_refreshed(client, mocked):
    link(make_tmdb_movie(1, fetched_at=days_ago(178), title="Old"))
    link(make_tmdb_movie(2, fetched_at=days_ago(177), title="Old"))
    mocked.get(f"{BASE_URL}/movie/1", json=details(1, title="New"))
    mocked.get(f"{BASE_URL}/movie/2", status=401, json=tmdb_error(7, "Invalid API key"))
    with pytest.raises(TmdbAuthError):
        refresh_tmdb_cache(client)
    assert TmdbMovie.objects.get(pk=1).title == "New"


def test_without_a_key_overdue_films_are_still_dropped(settings):
    settings.TMDB_API_KEY = ""
    link(make_tmdb_movie(1, fetched_at=days_ago(181)))
    link(make_tmdb_movie(2, fetched_at=days_ago(175)))
    refresh_tmdb_cache()
    assert list(TmdbMovie.objects.values_list("pk", flat=True)) == [2]


def test_the_time_budget_leaves_the_rest_for_the_next_run(client, mocked):
    link(make_tmdb_movie(1, fetched_at=days_ago(175)))
    summary = refresh_tmdb_cache(client, time_budget=-1)
    assert "films left: 1" in summary
    assert len(mocked.calls) == 0


def test_the_command_prints_its_summary(settings):
    settings.TMDB_API_KEY = ""
    out = StringIO()
    call_command("refresh_tmdb_cache", stdout=out)
    assert "searches dropped: 0" in out.getvalue()


def test_the_schedule_migration_creates_one_daily_schedule_however_often_it_runs():
    Schedule.objects.filter(name=schedule_migration.SCHEDULE_NAME).delete()
    schedule_migration.create_schedule(django_apps, None)
    schedule_migration.create_schedule(django_apps, None)
    schedule = Schedule.objects.get(name=schedule_migration.SCHEDULE_NAME)
    assert schedule.schedule_type == Schedule.DAILY
    assert schedule.repeats == -1
    assert schedule.func == "enrichment.tasks_cache.refresh_tmdb_cache"
    assert schedule.next_run > timezone.now()
    assert "'timeout': 540" in schedule.kwargs
    assert settings.Q_CLUSTER["retry"] > 540
    assert settings.Q_CLUSTER["max_attempts"] > 0
    assert settings.Q_CLUSTER["catch_up"] is False
