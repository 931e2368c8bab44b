"""The watchlist in the queue: looked up only when asked, after every session's own films,
and never holding a session back from completing."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from enrichment import tasks, worker
from movies.models import Movie
from sessions_app.models import UploadSession
from sessions_app.queue import look_up_watchlist

pytestmark = pytest.mark.django_db
State = Movie.EnrichmentStatus


def make_session(client_key: str, films: int, listed: int, **fields) -> UploadSession:
    """A session of `films` films of its own, pending, and `listed` films only on the
    watchlist, not asked for."""
    fields.setdefault("status", UploadSession.Status.ENRICHING)
    session = UploadSession.objects.create(client_key=client_key, total_movies=films, **fields)
    Movie.objects.bulk_create(
        [
            Movie(
                session=session, name=f"{client_key} film {i}", letterboxd_uri=f"{session.pk}/{i}"
            )
            for i in range(films)
        ]
        + [
            Movie(
                session=session,
                name=f"{client_key} listed {i}",
                letterboxd_uri=f"{session.pk}/w{i}",
                watched=False,
                on_watchlist=True,
                watchlist_only=True,
                enrichment_status=State.NOT_REQUESTED,
            )
            for i in range(listed)
        ]
    )
    return session


@pytest.fixture
def clock(monkeypatch):
    start = timezone.now()
    ticks = itertools.count()

    def now() -> datetime:
        return start + timedelta(seconds=next(ticks))

    monkeypatch.setattr(timezone, "now", now)
    return now


def claimed_names(session_id: str, token: str) -> list[str]:
    return list(
        Movie.objects.filter(claim_token=token).order_by("pk").values_list("name", flat=True)
    )


def test_a_watchlist_nobody_asked_for_is_never_claimed():
    session = make_session("alice", films=0, listed=3, status=UploadSession.Status.COMPLETED)

    assert worker.claim_next_chunk() is None
    assert list(worker.plan_chunks(session.pk)) == []


def test_an_asked_for_watchlist_waits_behind_every_sessions_own_films(clock, queued):
    alice = make_session("alice", films=2, listed=3)
    make_session("bob", films=3, listed=0)
    assert look_up_watchlist(alice) == 3

    served = []
    while (claimed := worker.claim_next_chunk(chunk_size=2)) is not None:
        served.append(claimed_names(*claimed))
    # Alice asked first, yet every film of Bob's comes before her watchlist; and a chunk of
    # films never carries watchlist films along.
    assert served == [
        ["alice film 0", "alice film 1"],
        ["bob film 0", "bob film 1"],
        ["bob film 2"],
        ["alice listed 0", "alice listed 1"],
        ["alice listed 2"],
    ]


def test_a_session_completes_while_its_watchlist_waits_and_the_loops_then_serve_it(queued):
    session = make_session("alice", films=1, listed=2)
    look_up_watchlist(session)
    Movie.objects.filter(watchlist_only=False).update(enrichment_status=State.ENRICHED)

    assert session.complete_if_finished()
    # The sweep neither reopens it nor forgets its watchlist.
    assert UploadSession.objects.reopen_completed_with_pending_films() == 0
    assert UploadSession.objects.with_loop_work().filter(pk=session.pk).exists()
    session_id, token = worker.claim_next_chunk()
    assert session_id == str(session.pk)
    assert claimed_names(session_id, token) == ["alice listed 0", "alice listed 1"]


def test_asking_twice_queues_the_watchlist_once(queued):
    session = make_session("alice", films=0, listed=2, status=UploadSession.Status.COMPLETED)

    assert look_up_watchlist(session) == 2
    assert look_up_watchlist(session) == 0
    assert Movie.objects.filter(enrichment_status=State.PENDING).count() == 2


def test_asking_queues_the_watchlist_task(monkeypatch, django_capture_on_commit_callbacks):
    from sessions_app import queue

    calls = []
    monkeypatch.setattr(queue, "async_task", lambda *args, **kwargs: calls.append(args))
    session = make_session("alice", films=0, listed=1, status=UploadSession.Status.COMPLETED)

    with django_capture_on_commit_callbacks(execute=True):
        look_up_watchlist(session)

    assert calls == [("enrichment.tasks.look_up_watchlist", str(session.pk))]


def test_the_watchlist_task_starts_loops(queued, settings):
    settings.TMDB_API_KEY = "key"
    settings.ENRICH_LOOPS = 2
    session = make_session("alice", films=0, listed=1, status=UploadSession.Status.COMPLETED)
    session.ask_for_watchlist()

    assert tasks.look_up_watchlist(str(session.pk)) == 2
