"""sessions_app.polls: one poll a second per session counts the films; the others of that
second, on any web node, read what it found from the cache."""

from __future__ import annotations

import time

import pytest
from django.urls import reverse

from movies.models import Movie
from movies.tests.factories import make_film, make_session
from sessions_app.models import UploadSession
from sessions_app.polls import poll_snapshot

pytestmark = pytest.mark.django_db


@pytest.fixture
def enriching():
    session = make_session(status=UploadSession.Status.ENRICHING)
    for n in range(3):
        make_film(session, f"Film {n}", enrichment_status=Movie.EnrichmentStatus.PENDING)
    return session


def _settle_one(session) -> None:
    film = session.films.filter(enrichment_status=Movie.EnrichmentStatus.PENDING).first()
    Movie.objects.filter(pk=film.pk).update(enrichment_status=Movie.EnrichmentStatus.NOT_FOUND)


def test_polls_within_the_second_read_the_snapshot_without_a_query(
    enriching, settings, django_assert_num_queries
):
    settings.POLL_SNAPSHOT_SECONDS = 1.0
    now = time.time()
    first = poll_snapshot(enriching.pk, now)
    _settle_one(enriching)

    with django_assert_num_queries(0):
        again = poll_snapshot(enriching.pk, now + 0.9)

    assert again.progress.done == first.progress.done == 0
    assert again.taken_at == now


def test_the_first_poll_after_the_second_counts_again(enriching, settings):
    settings.POLL_SNAPSHOT_SECONDS = 1.0
    now = time.time()
    poll_snapshot(enriching.pk, now)
    _settle_one(enriching)

    later = poll_snapshot(enriching.pk, now + 1.0)

    assert later.progress.done == 1
    assert later.taken_at == now + 1.0


def test_with_no_snapshot_time_every_poll_counts(enriching, settings):
    settings.POLL_SNAPSHOT_SECONDS = 0
    now = time.time()
    poll_snapshot(enriching.pk, now)
    _settle_one(enriching)

    assert poll_snapshot(enriching.pk, now).progress.done == 1


def test_no_snapshot_for_a_session_that_does_not_exist(settings):
    settings.POLL_SNAPSHOT_SECONDS = 1.0
    assert poll_snapshot("00000000-0000-0000-0000-000000000000", time.time()) is None


def test_the_fragment_and_the_api_share_one_snapshot(enriching, client, settings):
    settings.POLL_SNAPSHOT_SECONDS = 60.0  # however slow the machine, still the same second
    progress_url = reverse("sessions_app:progress", args=[enriching.pk])
    fragment = client.get(progress_url, {"shown": 0, "at": 0})
    _settle_one(enriching)

    status = client.get(f"/api/session/{enriching.pk}/status/").json()

    assert fragment.status_code == 200
    assert (status["enriched_count"], status["progress_percent"]) == (0, 0.0)


def test_a_deleted_session_is_gone_from_the_next_poll(enriching, client, settings):
    settings.POLL_SNAPSHOT_SECONDS = 60.0
    progress_url = reverse("sessions_app:progress", args=[enriching.pk])
    assert client.get(progress_url, {"shown": 0, "at": 0}).status_code == 200

    client.post(reverse("sessions_app:delete", args=[enriching.pk]))

    assert client.get(progress_url, {"shown": 0, "at": 0}).status_code == 404
    assert client.get(f"/api/session/{enriching.pk}/status/").status_code == 404


def test_a_process_reads_its_own_copy_before_the_shared_cache(enriching, settings):
    from django.core.cache import cache

    settings.POLL_SNAPSHOT_SECONDS = 60.0
    now = time.time()
    first = poll_snapshot(enriching.pk, now)
    cache.clear()  # the shared copy gone: this process still has its own

    assert poll_snapshot(enriching.pk, now + 1).taken_at == first.taken_at


def test_another_process_finds_the_shared_copy(enriching, settings):
    from sessions_app import polls

    settings.POLL_SNAPSHOT_SECONDS = 60.0
    now = time.time()
    first = poll_snapshot(enriching.pk, now)
    polls._LOCAL.clear()  # as a process that never polled this session
    _settle_one(enriching)

    assert poll_snapshot(enriching.pk, now + 1).taken_at == first.taken_at
    assert str(enriching.pk) in polls._LOCAL  # kept for its next polls
