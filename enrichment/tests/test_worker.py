from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from enrichment import tasks, worker
from enrichment.models import TmdbSearchResult
from enrichment.tests.sessions import FILMS, make_session
from fake_tmdb.server import DEFAULT_API_KEY
from movies.models import Movie
from sessions_app.models import UploadSession
from sessions_app.queue import retry_failed_films

pytestmark = pytest.mark.django_db
State = Movie.EnrichmentStatus


def run_all_chunks(session: UploadSession) -> None:
    for token in worker.plan_chunks(session.pk):
        worker.process_chunk(session.pk, token)
    session.complete_if_finished()


def test_a_session_is_enriched_and_completed(tmdb):
    session = make_session()
    run_all_chunks(session)

    session.refresh_from_db()
    assert session.status == UploadSession.Status.COMPLETED
    movies = {(m.name, m.year): m for m in Movie.objects.select_related("tmdb_movie")}
    assert movies[("Dune", 1984)].tmdb_movie.release_date.year == 1984
    assert movies[("Dune", 2021)].tmdb_movie.release_date.year == 2021
    assert movies[("Parasite", 2019)].tmdb_movie.genres
    assert (
        movies[("A Film That Does Not Exist Anywhere", 1999)].enrichment_status == State.NOT_FOUND
    )
    assert session.stats_version > 0


def test_start_enrichment_links_cached_films_without_a_request(tmdb, queued, requests_made):
    run_all_chunks(make_session())
    before = requests_made()

    second = make_session()
    assert tasks.start_enrichment(str(second.pk)) == 0

    assert requests_made() == before
    assert not second.movies.filter(enrichment_status=State.PENDING).exists()
    second.refresh_from_db()
    assert second.status == UploadSession.Status.COMPLETED
    assert queued == []


def test_start_enrichment_starts_a_loop_in_every_free_place(tmdb, queued, settings):
    settings.ENRICH_LOOPS = 3
    session = make_session()

    assert tasks.start_enrichment(str(session.pk)) == 3
    assert [call[0] for call in queued] == ["enrichment.tasks.enrich_next"] * 3
    # The places are held: a second start (a sweep, a second cluster) starts nothing more.
    assert tasks.start_enrichment(str(session.pk)) == 0


def test_a_chunk_run_twice_does_no_work_twice(tmdb, requests_made):
    session = make_session()
    token = next(worker.plan_chunks(session.pk))
    assert worker.process_chunk(session.pk, token) == len(FILMS)
    before = requests_made()

    assert worker.process_chunk(session.pk, token) == 0
    assert requests_made() == before


def test_a_killed_chunk_is_planned_again_once_its_lease_runs_out(tmdb):
    session = make_session()
    token = next(worker.plan_chunks(session.pk))
    worker.take_chunk(session.pk, token)  # the worker that took it then dies
    assert list(worker.plan_chunks(session.pk)) == []

    Movie.objects.update(claimed_until=timezone.now() - timedelta(seconds=1))
    new_token = next(worker.plan_chunks(session.pk))
    assert new_token != token
    assert worker.process_chunk(session.pk, token) == 0  # the old delivery finds nothing
    assert worker.process_chunk(session.pk, new_token) == len(FILMS)


def test_an_invalid_key_fails_the_session_with_a_reason_and_keeps_films_pending(tmdb, settings):
    settings.TMDB_API_KEY = "wrong-key"
    session = make_session()
    token = next(worker.plan_chunks(session.pk))

    with pytest.raises(worker.EnrichmentStopped):
        worker.process_chunk(session.pk, token)

    session.refresh_from_db()
    assert session.status == UploadSession.Status.FAILED
    assert "API key" in session.error_message
    assert session.movies.filter(enrichment_status=State.PENDING).count() == len(FILMS)
    assert not session.movies.filter(claim_token__isnull=False).exists()


def test_retry_after_fixing_the_key_completes_the_session(tmdb, settings, queued):
    settings.TMDB_API_KEY = "wrong-key"
    session = make_session()
    with pytest.raises(worker.EnrichmentStopped):
        worker.process_chunk(session.pk, next(worker.plan_chunks(session.pk)))

    settings.TMDB_API_KEY = DEFAULT_API_KEY
    retry_failed_films(session)
    session.refresh_from_db()
    assert session.status == UploadSession.Status.ENRICHING
    assert session.error_message == ""
    run_all_chunks(session)
    session.refresh_from_db()
    assert session.status == UploadSession.Status.COMPLETED


def test_a_passing_tmdb_fault_is_tried_again_later_then_fails_for_good(
    tmdb, monkeypatch, queued, settings
):
    from enrichment import tmdb_client

    monkeypatch.setattr(tmdb_client, "BACKOFF_BASE", 0.0)
    settings.ENRICH_RETRY_ATTEMPTS = 2
    tmdb.configure({"fault_rate_5xx": 1.0})
    session = make_session(FILMS[:1])
    try:
        run_all_chunks(session)

        film = session.movies.get()
        # Still pending, waiting out its backoff: the session is not finished.
        assert (film.enrichment_status, film.enrichment_attempts) == (State.PENDING, 1)
        # Every search failed: the match is "failed, may pass", not "not on TMDB".
        assert "TMDB did not answer" in film.enrichment_error
        assert film.claimed_until > timezone.now() and film.claim_token is None
        assert list(worker.plan_chunks(session.pk)) == []
        session.refresh_from_db()
        assert session.status == UploadSession.Status.ENRICHING

        Movie.objects.update(claimed_until=timezone.now() - timedelta(seconds=1))
        run_all_chunks(session)
    finally:
        tmdb.configure({"fault_rate_5xx": 0.0})

    film = session.movies.get()
    assert film.enrichment_status == State.FAILED
    assert "after 2 tries" in film.enrichment_error
    session.refresh_from_db()
    assert session.status == UploadSession.Status.COMPLETED

    assert retry_failed_films(session) == 1
    assert session.movies.get().enrichment_attempts == 0
    run_all_chunks(session)
    assert session.movies.get().enrichment_status == State.ENRICHED


def test_the_backoff_doubles_from_the_setting(settings):
    settings.ENRICH_RETRY_BACKOFF = 30
    assert [worker.retry_delay(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]


def test_without_a_key_the_session_says_so_and_resumes_once_a_key_is_set(settings, queued):
    settings.TMDB_API_KEY = ""
    session = make_session()

    assert tasks.start_enrichment(str(session.pk)) == 0
    assert tasks.resume_stalled_sessions() == 0
    session.refresh_from_db()
    assert session.status == UploadSession.Status.ENRICHING
    assert "TMDB_API_KEY" in session.error_message

    settings.TMDB_API_KEY = DEFAULT_API_KEY
    settings.ENRICH_LOOPS = 1
    assert tasks.resume_stalled_sessions() == 1
    assert queued[-1][0] == "enrichment.tasks.enrich_next"


def test_the_sweep_completes_sessions_with_nothing_left_pending(queued):
    session = make_session(FILMS[:1])
    Movie.objects.update(enrichment_status=State.ENRICHED)
    tasks.resume_stalled_sessions()
    session.refresh_from_db()
    assert session.status == UploadSession.Status.COMPLETED


def test_search_results_of_a_tv_series_are_recorded_as_tv(tmdb):
    session = make_session([("Chernobyl", 2019)])
    run_all_chunks(session)
    film = session.movies.get()
    assert film.enrichment_status == State.TV
    assert film.tmdb_tv_id
    assert TmdbSearchResult.objects.filter(media_type="tv").exists()
