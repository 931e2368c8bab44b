"""A session's life: its transitions race with each other and never leave films behind."""

from __future__ import annotations

import threading
from contextlib import contextmanager

import pytest
from django.db import connection, connections, transaction

from movies.models import Movie
from sessions_app.models import NO_KEY_MESSAGE, UploadSession

State = Movie.EnrichmentStatus
Status = UploadSession.Status


def make_session(states: list[str], status: str = Status.ENRICHING) -> UploadSession:
    session = UploadSession.objects.create(status=status, total_movies=len(states))
    Movie.objects.bulk_create(
        Movie(session=session, name=f"Film {i}", letterboxd_uri=f"f{i}", enrichment_status=state)
        for i, state in enumerate(states)
    )
    return session


@contextmanager
def just_before_completing(action):
    """Run `action` on this connection right before the statement that completes a session."""
    fired = []

    def wrapper(execute, sql, params, many, context):
        completing = sql.lstrip().upper().startswith("UPDATE") and Status.COMPLETED in (
            params or ()
        )
        if completing and not fired:
            fired.append(sql)
            action()
        return execute(sql, params, many, context)

    with connection.execute_wrapper(wrapper):
        yield fired


@pytest.mark.django_db
def test_a_retry_landing_while_the_last_chunk_completes_leaves_the_session_enriching():
    session = make_session([State.ENRICHED, State.FAILED])

    with just_before_completing(session.reopen) as fired:
        completed = session.complete_if_finished()

    assert fired, "the completing statement never ran"
    session.refresh_from_db()
    assert not completed
    assert session.status == Status.ENRICHING
    assert session.films.pending().count() == 1


@pytest.mark.django_db(transaction=True)
def test_completing_waits_for_a_retry_in_flight_and_then_sees_its_films():
    session = make_session([State.ENRICHED, State.FAILED])
    reset_done, release = threading.Event(), threading.Event()
    completed: list[int] = []

    def retry() -> None:
        try:
            with transaction.atomic():
                session.reopen()
                reset_done.set()
                release.wait(timeout=30)
        finally:
            connections.close_all()

    def complete() -> None:
        try:
            completed.append(UploadSession.objects.filter(pk=session.pk).complete_finished())
        finally:
            connections.close_all()

    retrying = threading.Thread(target=retry)
    retrying.start()
    assert reset_done.wait(timeout=30)
    completing = threading.Thread(target=complete)
    completing.start()
    # Give the completing thread time to reach the lock the retry holds. Whether it got there
    # or not, the outcome asserted below is the same: only its strictness depends on the timing.
    completing.join(timeout=0.5)
    release.set()
    retrying.join(timeout=30)
    completing.join(timeout=30)

    session.refresh_from_db()
    assert completed == [0]
    assert session.status == Status.ENRICHING
    assert session.films.pending().count() == 1


@pytest.mark.django_db
def test_a_session_completes_only_when_no_film_is_pending():
    waiting = make_session([State.ENRICHED, State.PENDING])
    done = make_session([State.ENRICHED, State.NOT_FOUND, State.FAILED, State.EXCLUDED])

    assert UploadSession.objects.complete_finished() == 1

    waiting.refresh_from_db()
    done.refresh_from_db()
    assert waiting.status == Status.ENRICHING
    assert done.status == Status.COMPLETED
    assert done.completed_at is not None
    # Only one caller sees the change.
    assert not done.complete_if_finished()


@pytest.mark.django_db
def test_a_completed_session_still_holding_pending_films_is_reopened():
    broken = make_session([State.ENRICHED, State.PENDING], status=Status.COMPLETED)
    finished = make_session([State.ENRICHED], status=Status.COMPLETED)

    assert UploadSession.objects.reopen_completed_with_pending_films() == 1

    broken.refresh_from_db()
    finished.refresh_from_db()
    assert broken.status == Status.ENRICHING
    assert finished.status == Status.COMPLETED


@pytest.mark.django_db
def test_reopening_resets_failed_films_clears_the_error_and_bumps_the_stats():
    session = make_session([State.FAILED, State.FAILED, State.ENRICHED], status=Status.FAILED)
    UploadSession.objects.filter(pk=session.pk).update(error_message="TMDB refused the key")

    assert session.reopen() == 2

    session.refresh_from_db()
    assert session.status == Status.ENRICHING
    assert session.error_message == ""
    assert session.enriching_started_at is not None
    assert session.stats_version == 1
    assert session.films.pending().count() == 2


@pytest.mark.django_db
def test_reopening_a_running_session_keeps_its_start_time():
    session = make_session([State.FAILED, State.PENDING])
    UploadSession.objects.filter(pk=session.pk).update(enriching_started_at=None)
    started = UploadSession.objects.get(pk=session.pk).enriching_started_at

    session.reopen(failed_films=False)

    session.refresh_from_db()
    assert session.enriching_started_at == started
    assert session.films.failed().count() == 1


@pytest.mark.django_db
def test_stopping_fails_only_an_enriching_session_and_releases_its_films():
    session = make_session([State.PENDING])
    Movie.objects.update(claim_token="00000000-0000-0000-0000-000000000001")

    assert session.stop("TMDB refused the key")
    assert not session.stop("again")

    session.refresh_from_db()
    assert session.status == Status.FAILED
    assert session.error_message == "TMDB refused the key"
    assert session.films.get().claim_token is None


@pytest.mark.django_db
def test_waiting_for_a_key_is_said_once_and_cleared_once_a_key_is_set():
    session = make_session([State.PENDING])
    sessions = UploadSession.objects.filter(pk=session.pk)

    assert sessions.note_waiting_for_key() == 1
    assert sessions.note_waiting_for_key() == 0
    assert sessions.get().error_message == NO_KEY_MESSAGE
    assert sessions.clear_waiting_for_key() == 1
    assert sessions.get().error_message == ""


@pytest.mark.django_db
def test_progress_counts_the_films_by_state_in_one_query(django_assert_num_queries):
    session = make_session([State.ENRICHED, State.ENRICHED, State.FAILED, State.PENDING])

    with django_assert_num_queries(1):
        progress = session.progress()

    assert (progress.total, progress.enriched, progress.failed, progress.pending) == (4, 2, 1, 1)
    assert progress.done == 3
    assert progress.percent == 75


@pytest.mark.django_db
def test_a_hundred_retries_of_one_session_queue_one(
    monkeypatch, django_capture_on_commit_callbacks
):
    from sessions_app import queue

    queued: list[tuple] = []
    monkeypatch.setattr(queue, "async_task", lambda *args, **kwargs: queued.append(args))
    session = make_session([State.FAILED, State.ENRICHED], status=Status.COMPLETED)

    with django_capture_on_commit_callbacks(execute=True):
        reset = [queue.retry_failed_films(session) for _ in range(100)]

    assert reset == [1] + [0] * 99
    assert len(queued) == 1
