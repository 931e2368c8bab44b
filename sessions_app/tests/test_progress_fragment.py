from __future__ import annotations

import json
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from movies.models import Movie
from movies.tests.factories import make_film, make_session, make_tmdb
from sessions_app.models import UploadSession
from sessions_app.progress import Progress

pytestmark = pytest.mark.django_db

State = Movie.EnrichmentStatus


@pytest.fixture
def enriching():
    """1,204 films would be slow to build; 12 tell the same story: 3 enriched, 1 failed."""
    session = make_session(
        status=UploadSession.Status.ENRICHING,
        enriching_started_at=timezone.now() - timedelta(seconds=40),
        total_movies=12,
    )
    for i in range(12):
        status = State.ENRICHED if i < 3 else State.FAILED if i == 3 else State.PENDING
        make_film(session, f"Film {i}", enrichment_status=status)
    return session


def poll(client, session, shown=0, at=0):
    return client.get(f"/s/{session.pk}/progress/", {"shown": shown, "at": int(at)})


def test_progress_says_how_many_films_are_enriched_with_a_bar_and_an_eta(client, enriching):
    response = poll(client, enriching)
    content = response.content.decode()

    assert response.status_code == 200
    assert "<strong>3</strong> of 12 films enriched" in content
    assert '<progress max="12" value="4"' in content
    assert "1 failed" in content
    # 4 films done in 40 s: 8 to go take about 80 s.
    assert "about 1 minute" in content


def test_progress_keeps_polling_every_two_seconds_while_enriching(client, enriching):
    content = poll(client, enriching).content.decode()
    assert 'hx-trigger="every 2s"' in content
    assert f'hx-get="/s/{enriching.pk}/progress/?shown=' in content


def test_a_poll_costs_at_most_three_queries(client, enriching, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        assert poll(client, enriching).status_code == 200


def test_polling_stops_with_286_when_the_session_is_done(client):
    session = make_session(status=UploadSession.Status.COMPLETED)
    make_film(session, "Done", tmdb=make_tmdb())

    response = poll(client, session)

    assert response.status_code == 286
    content = response.content.decode()
    assert "hx-trigger" not in content
    assert "<strong>1</strong> of 1 films enriched" in content


def test_polling_stops_on_failure_and_shows_the_error(client):
    session = make_session(
        status=UploadSession.Status.FAILED, error_message="TMDB refused the key."
    )
    response = poll(client, session)
    assert response.status_code == 286
    assert "TMDB refused the key." in response.content.decode()


def test_new_tmdb_data_asks_the_page_to_redraw_its_charts(client, enriching):
    enriching.bump_stats_version()

    response = poll(client, enriching, shown=0, at=time.time() - 60)

    assert json.loads(response["HX-Trigger"]) == {"stats-changed": {}}
    # The next poll carries the version now shown, so it does not ask again for nothing.
    assert "shown=1" in response.content.decode()


def test_charts_are_redrawn_at_most_every_ten_seconds_while_enriching(
    client, enriching, monkeypatch
):
    from sessions_app import views

    now = time.time()
    monkeypatch.setattr(views.time, "time", lambda: now)  # the server's clock holds still
    enriching.bump_stats_version()
    response = poll(client, enriching, shown=0, at=now - 9)
    assert "HX-Trigger" not in response
    assert "shown=0" in response.content.decode()


def test_the_last_poll_always_brings_the_final_figures(client, enriching):
    enriching.bump_stats_version()
    UploadSession.objects.filter(pk=enriching.pk).update(status=UploadSession.Status.COMPLETED)

    response = poll(client, enriching, shown=0, at=time.time())

    assert response.status_code == 286
    assert json.loads(response["HX-Trigger"]) == {"stats-changed": {}}


def test_nothing_new_means_no_redraw(client, enriching):
    response = poll(client, enriching, shown=enriching.stats_version, at=0)
    assert "HX-Trigger" not in response


def test_a_malformed_poll_is_refused(client, enriching):
    assert client.get(f"/s/{enriching.pk}/progress/").status_code == 400
    assert client.get(f"/s/{enriching.pk}/progress/", {"shown": "x", "at": 1}).status_code == 400


def test_the_dashboard_includes_the_polling_fragment_while_enriching(client, enriching):
    content = client.get(f"/s/{enriching.pk}/").content.decode()
    assert 'id="progress"' in content
    assert 'hx-trigger="every 2s"' in content
    assert 'hx-trigger="stats-changed from:body"' in content


def test_eta_waits_for_a_first_film_and_reads_in_hours_when_long():
    started = timezone.now() - timedelta(seconds=10)
    session = make_session(status=UploadSession.Status.ENRICHING, enriching_started_at=started)
    make_film(session, "Pending")
    assert session.progress().eta_display == "estimating…"

    long = Progress.from_counts(
        {"enriched": 1_000, "pending": 9_000},
        status="enriching",
        status_display="Enriching",
        is_finished=False,
        elapsed_seconds=833,
    )
    assert long.eta_display == "about 2 h 05 min"
    assert long.percent == 10


def test_tv_and_not_found_films_count_as_done():
    session = make_session(status=UploadSession.Status.ENRICHING)
    make_film(session, "Show", enrichment_status="tv")
    make_film(session, "Lost", enrichment_status=State.NOT_FOUND)
    make_film(session, "Waiting")

    progress = session.progress()

    assert (progress.tv, progress.not_found, progress.pending, progress.done) == (1, 1, 1, 2)


def test_a_finished_session_with_failures_offers_a_retry(client):
    session = make_session(status=UploadSession.Status.COMPLETED)
    make_film(session, "Flaky", enrichment_status=State.FAILED)
    make_film(session, "Fine", tmdb=make_tmdb())

    content = poll(client, session).content.decode()

    assert f'action="/s/{session.pk}/retry/"' in content
    assert "Try the 1 failed film again" in content


def test_retry_puts_failed_films_back_in_the_queue(client):
    session = make_session(status=UploadSession.Status.COMPLETED)
    flaky = make_film(session, "Flaky", enrichment_status=State.FAILED)

    response = client.post(f"/s/{session.pk}/retry/", follow=True)

    flaky.refresh_from_db()
    session.refresh_from_db()
    assert response.redirect_chain == [(f"/s/{session.pk}/", 303)]
    assert flaky.enrichment_status == State.PENDING
    assert session.status == UploadSession.Status.ENRICHING
    assert "Trying 1 film again." in response.content.decode()


def test_retry_is_post_only(client, enriching):
    assert client.get(f"/s/{enriching.pk}/retry/").status_code == 405


def test_a_session_waiting_for_a_tmdb_key_says_so(client, enriching):
    from enrichment.worker import NO_KEY_MESSAGE

    UploadSession.objects.filter(pk=enriching.pk).update(error_message=NO_KEY_MESSAGE)
    response = poll(client, enriching)
    assert "TMDB_API_KEY" in response.content.decode()


def test_a_failed_enrichment_offers_to_try_again(client):
    session = make_session(status=UploadSession.Status.FAILED, error_message="TMDB refused the key")
    response = client.get(f"/s/{session.pk}/")
    body = response.content.decode()
    assert "TMDB refused the key" in body
    assert f'action="/s/{session.pk}/retry/"' in body


def test_a_session_no_worker_has_picked_up_says_it_waits_for_one(client):
    session = make_session(status=UploadSession.Status.PROCESSING)
    content = client.get(f"/s/{session.pk}/").content.decode()
    assert "wait for a worker" in content
