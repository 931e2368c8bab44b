"""Enrichment loops: a few at a time, clients served in turn, a dead loop's place taken over."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from enrichment import loops, tasks, worker
from enrichment.models import EnrichmentLoop
from movies.models import Movie
from sessions_app.models import UploadSession

pytestmark = pytest.mark.django_db


def make_session(client_key: str, films: int) -> UploadSession:
    session = UploadSession.objects.create(
        status=UploadSession.Status.ENRICHING, client_key=client_key, total_movies=films
    )
    Movie.objects.bulk_create(
        Movie(session=session, name=f"{client_key} {i}", letterboxd_uri=f"{session.pk}/{i}")
        for i in range(films)
    )
    return session


@pytest.fixture
def clock(monkeypatch):
    """A clock that moves a second on every reading, so turns never tie."""
    start = timezone.now()
    ticks = itertools.count()

    def now() -> datetime:
        return start + timedelta(seconds=next(ticks))

    monkeypatch.setattr(timezone, "now", now)
    return now


def test_clients_take_turns_however_many_sessions_one_of_them_uploaded(clock):
    flood = [make_session("flood", 10) for _ in range(20)]
    member = make_session("member", 3)

    served = []
    for _ in range(6):
        session_id, _ = worker.claim_next_chunk(chunk_size=1)
        served.append("member" if session_id == str(member.pk) else "flood")

    # The flood's twenty sessions share one turn with the member's one.
    assert served == ["flood", "member"] * 3
    assert len(flood) == 20


def test_a_client_with_nothing_waiting_gives_its_turn_away(clock):
    done = make_session("done", 2)
    Movie.objects.filter(session=done).update(enrichment_status="enriched")
    waiting = make_session("waiting", 2)

    assert worker.claim_next_chunk(chunk_size=1)[0] == str(waiting.pk)


def test_no_claim_when_no_film_anywhere_waits():
    make_session("idle", 1)
    Movie.objects.update(claimed_until=timezone.now() + timedelta(minutes=5))
    assert worker.claim_next_chunk() is None


def test_at_most_the_configured_number_of_loops_hold_a_place(settings):
    settings.ENRICH_LOOPS = 2

    first = loops.take_free()
    again = loops.take_free()

    assert [number for number, _ in first] == [0, 1]
    assert again == []
    assert loops.running() == 2


def test_a_dead_loops_place_is_taken_over_and_the_old_loop_stops_when_redelivered(settings):
    settings.ENRICH_LOOPS = 1
    ((number, old_token),) = loops.take_free()
    EnrichmentLoop.objects.update(held_until=timezone.now() - timedelta(seconds=1))

    ((_, new_token),) = loops.take_free()

    assert new_token != old_token
    assert not loops.renew(number, old_token)
    assert tasks.enrich_next(number, old_token) == 0
    assert loops.renew(number, new_token)


def test_a_loop_with_nothing_to_do_gives_its_place_up(settings, monkeypatch):
    settings.ENRICH_LOOPS = 1
    queued = []
    monkeypatch.setattr(tasks, "async_task", lambda *args, **kwargs: queued.append(args))
    ((number, token),) = loops.take_free()

    assert tasks.enrich_next(number, token) == 0

    assert queued == []
    assert EnrichmentLoop.objects.get(number=number).token is None


def test_a_loop_works_chunk_after_chunk_then_gives_its_place_up(tmdb, settings, monkeypatch):
    from enrichment.tests.sessions import make_session as make_films

    settings.ENRICH_LOOPS = 1
    settings.ENRICH_CHUNK_SIZE = 2
    queued = []
    monkeypatch.setattr(tasks, "async_task", lambda *args, **kwargs: queued.append(args))
    session = make_films()
    ((number, token),) = loops.take_free()

    assert tasks.enrich_next(number, token) == 5

    assert queued == []
    assert not session.movies.filter(enrichment_status="pending").exists()
    assert EnrichmentLoop.objects.get(number=number).token is None


def test_at_the_end_of_its_turn_a_loop_queues_the_next(tmdb, settings, monkeypatch):
    from enrichment.tests.sessions import make_session as make_films

    settings.ENRICH_LOOPS = 1
    settings.ENRICH_CHUNK_SIZE = 2
    settings.ENRICH_TURN_SECONDS = 0
    queued = []
    monkeypatch.setattr(tasks, "async_task", lambda *args, **kwargs: queued.append(args))
    session = make_films()
    ((number, token),) = loops.take_free()

    assert tasks.enrich_next(number, token) == 2

    assert queued == [("enrichment.tasks.enrich_next", number, token)]
    assert session.movies.exclude(enrichment_status="pending").count() == 2


def test_a_loop_starts_a_stored_session_whose_start_still_waits_in_the_queue(
    tmdb, settings, monkeypatch
):
    from enrichment.tests.sessions import make_session as make_films

    settings.ENRICH_LOOPS = 1
    monkeypatch.setattr(tasks, "async_task", lambda *args, **kwargs: None)
    waiting = make_films(status=UploadSession.Status.PROCESSING)
    ((number, token),) = loops.take_free()

    tasks.enrich_next(number, token)

    waiting.refresh_from_db()
    assert waiting.status == UploadSession.Status.COMPLETED
