from __future__ import annotations

import pytest

from enrichment import corrections, worker
from enrichment.models import TmdbSearchResult
from enrichment.tests.sessions import make_session
from movies.models import Movie
from sessions_app.models import UploadSession

pytestmark = pytest.mark.django_db
State = Movie.EnrichmentStatus

SUSPIRIA_1977 = 11906
SUSPIRIA_2018 = 361292


def enrich(session) -> None:
    for token in worker.plan_chunks(session.pk):
        worker.process_chunk(session.pk, token)
    session.complete_if_finished()


def test_choosing_another_candidate_relinks_the_film_and_bumps_the_stats(tmdb):
    session = make_session([("Suspiria", 2018)])
    enrich(session)
    film = session.movies.get()
    assert film.tmdb_movie_id == SUSPIRIA_2018
    version = UploadSession.objects.get(pk=session.pk).stats_version

    corrections.choose_movie(film, SUSPIRIA_1977)

    film.refresh_from_db()
    assert film.tmdb_movie_id == SUSPIRIA_1977
    assert film.matched_by_member
    assert film.enrichment_status == State.ENRICHED
    assert UploadSession.objects.get(pk=session.pk).stats_version > version


def test_a_correction_costs_one_request_at_most_and_none_when_cached(tmdb, requests_made):
    session = make_session([("Suspiria", 2018), ("Suspiria", 1977)])
    film = session.movies.get(year=2018)

    before = requests_made()
    corrections.choose_movie(film, SUSPIRIA_1977)
    assert requests_made() == before + 1
    corrections.choose_movie(session.movies.get(year=1977), SUSPIRIA_1977)
    assert requests_made() == before + 1


def test_a_correction_never_changes_another_sessions_match_or_the_search_cache(tmdb):
    mine, theirs = make_session([("Suspiria", 2018)]), make_session([("Suspiria", 2018)])
    enrich(mine)
    cached = list(TmdbSearchResult.objects.values_list("normalised_title", "year", "tmdb_id"))

    corrections.choose_movie(mine.movies.get(), SUSPIRIA_1977)
    enrich(theirs)

    assert theirs.movies.get().tmdb_movie_id == SUSPIRIA_2018
    assert list(TmdbSearchResult.objects.values_list("normalised_title", "year", "tmdb_id")) == (
        cached
    )


def test_an_id_tmdb_does_not_know_changes_nothing(tmdb):
    session = make_session([("Suspiria", 2018)])
    enrich(session)
    film = session.movies.get()

    with pytest.raises(corrections.CorrectionError, match="no film with id 999999"):
        corrections.choose_movie(film, 999999)

    film.refresh_from_db()
    assert film.tmdb_movie_id == SUSPIRIA_2018
    assert not film.matched_by_member


def test_excluding_a_film_takes_it_out_and_workers_leave_it_alone(tmdb):
    session = make_session([("Chernobyl", 2019), ("Parasite", 2019)])
    film = session.movies.get(name="Chernobyl")
    corrections.exclude(film)
    enrich(session)

    film.refresh_from_db()
    assert film.enrichment_status == State.EXCLUDED
    assert film.tmdb_movie_id is None
    assert UploadSession.objects.get(pk=session.pk).status == UploadSession.Status.COMPLETED


def test_settling_the_last_pending_film_by_hand_completes_the_session(tmdb):
    session = make_session([("A Film That Does Not Exist Anywhere", 1999)])
    corrections.exclude(session.movies.get())
    assert UploadSession.objects.get(pk=session.pk).status == UploadSession.Status.COMPLETED


def test_films_to_check_are_the_unmatched_the_tv_and_the_doubtful(tmdb):
    session = make_session(
        [("Chernobyl", 2019), ("Parasite", 2019), ("A Film That Does Not Exist Anywhere", 1999)]
    )
    enrich(session)
    Movie.objects.filter(name="Parasite").update(match_confidence=0.8)

    names = set(session.films.needs_checking().values_list("name", flat=True))
    assert names == {"Chernobyl", "Parasite", "A Film That Does Not Exist Anywhere"}

    corrections.choose_movie(session.movies.get(name="Parasite"), 496243)
    names = set(session.films.needs_checking().values_list("name", flat=True))
    assert "Parasite" not in names


def test_candidates_come_from_the_cache_with_directors_when_known(tmdb, requests_made):
    session = make_session([("Suspiria", 2018)])
    enrich(session)
    film = session.movies.get()
    before = requests_made()

    shown = corrections.candidates_for([film])[film.pk]

    assert requests_made() == before
    assert shown
    chosen = next(c for c in shown if c.tmdb_id == SUSPIRIA_2018)
    assert chosen.directors  # fetched when the film was matched


def test_an_excluded_film_leaves_every_statistic(tmdb):
    from movies.session_stats import session_stats

    session = make_session([("Chernobyl", 2019), ("Parasite", 2019)])
    enrich(session)
    before = session_stats(UploadSession.objects.get(pk=session.pk))["cards"]["films"]

    corrections.exclude(session.movies.get(name="Chernobyl"))

    after = session_stats(UploadSession.objects.get(pk=session.pk))["cards"]["films"]
    assert (before, after) == (2, 1)


def test_a_finished_session_has_its_statistics_in_the_cache_before_the_first_visit(
    tmdb, queued, settings, django_assert_max_num_queries
):
    from django.core.cache import cache

    from enrichment import tasks
    from movies.session_stats import stats_cache_key

    session = make_session([("Parasite", 2019)])
    settings.ENRICH_LOOPS = 1
    tasks.start_enrichment(str(session.pk))
    _, number, token = queued[-1]
    tasks.enrich_next(number, token)

    session = UploadSession.objects.get(pk=session.pk)
    assert session.status == UploadSession.Status.COMPLETED
    assert cache.get(stats_cache_key(session, None)) is not None
