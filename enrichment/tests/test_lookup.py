from __future__ import annotations

from datetime import timedelta

import pytest
import responses
from django.utils import timezone
from responses import matchers

from enrichment.lookup import resolve, resolve_cached, search_key
from enrichment.models import MAX_AGE, TmdbMovie, TmdbSearchResult
from enrichment.tests.factories import (
    API_KEY,
    BASE_URL,
    details,
    make_search_result,
    make_tmdb_movie,
    search_item,
    search_page,
    tmdb_error,
    tv_item,
)
from enrichment.tmdb_client import TmdbAuthError, TmdbClient, TmdbUnavailable

pytestmark = pytest.mark.django_db

SEARCH = f"{BASE_URL}/search/movie"
SEARCH_TV = f"{BASE_URL}/search/tv"
DUNE_2021 = search_item(438631, "Dune", "2021-09-15", popularity=80, vote_count=12000)
DUNE_1984 = search_item(841, "Dune", "1984-12-14", popularity=30, vote_count=3000)


@pytest.fixture
def client() -> TmdbClient:
    return TmdbClient(API_KEY, BASE_URL, sleep=lambda s: None)


@pytest.fixture
def mocked():
    with responses.RequestsMock() as rsps:
        yield rsps


def year_search(year: int) -> list:
    return [matchers.query_param_matcher({"year": str(year)}, strict_match=False)]


def test_an_uncached_film_costs_one_search_and_one_details_request(client, mocked):
    mocked.get(SEARCH, json=search_page(DUNE_2021, DUNE_1984), match=year_search(2021))
    mocked.get(f"{BASE_URL}/movie/438631", json=details(438631))

    resolution = resolve("Dune", 2021, client)

    assert resolution.requests == 2
    assert client.requests_made == 2
    assert resolution.is_movie
    assert resolution.tmdb_id == 438631
    assert resolution.confidence >= 0.75
    assert [c.tmdb_id for c in resolution.candidates][:2] == [438631, 841]
    stored = TmdbSearchResult.objects.get()
    assert (stored.normalised_title, stored.year, stored.tmdb_id) == ("dune", 2021, 438631)
    assert stored.requests == 2
    assert TmdbMovie.objects.get().director_names == ["Denis Villeneuve"]


def test_a_cached_film_costs_no_request_at_all(client, mocked):
    mocked.get(SEARCH, json=search_page(DUNE_2021, DUNE_1984))
    mocked.get(f"{BASE_URL}/movie/438631", json=details(438631))
    resolve("Dune", 2021, client)
    calls = len(mocked.calls)

    again = resolve("Dune", 2021, client)

    assert len(mocked.calls) == calls
    assert again.requests == 0
    assert again.tmdb_id == 438631


def test_spellings_that_normalise_alike_share_one_cache_row(client, mocked):
    make_search_result(search_key("Amélie", 2001)[0], 2001, tmdb_id=194)
    make_tmdb_movie(194, title="Amélie")
    resolution = resolve("Amelie", 2001, client)
    assert len(mocked.calls) == 0
    assert resolution.tmdb_id == 194


def test_a_remake_is_told_apart_by_year(client, mocked):
    mocked.get(SEARCH, json=search_page(DUNE_2021, DUNE_1984), match=year_search(1984))
    mocked.get(f"{BASE_URL}/movie/841", json=details(841, release_date="1984-12-14"))
    resolution = resolve("Dune", 1984, client)
    assert resolution.tmdb_id == 841
    assert TmdbMovie.objects.get().release_date.year == 1984
    # The same title in another year is another cache row.
    assert TmdbSearchResult.objects.get().year == 1984


def test_a_cached_search_whose_film_is_not_cached_costs_only_the_details(client, mocked):
    make_search_result("dune", 2021, tmdb_id=438631)
    mocked.get(f"{BASE_URL}/movie/438631", json=details(438631))
    resolution = resolve("Dune", 2021, client)
    assert resolution.requests == 1
    assert len(mocked.calls) == 1


def test_rows_older_than_six_months_are_fetched_again(client, mocked):
    old = timezone.now() - MAX_AGE - timedelta(days=1)
    make_search_result("dune", 2021, tmdb_id=438631, fetched_at=old)
    make_tmdb_movie(438631, fetched_at=old, title="Stale")
    mocked.get(SEARCH, json=search_page(DUNE_2021))
    mocked.get(f"{BASE_URL}/movie/438631", json=details(438631))

    resolution = resolve("Dune", 2021, client)

    assert resolution.requests == 2
    assert resolution.tmdb_id == 438631
    assert TmdbSearchResult.objects.get().fetched_at > old
    assert TmdbMovie.objects.get().title == "Dune"


def test_no_confident_match_is_cached_as_no_match_and_costs_nothing_next_time(client, mocked):
    mocked.get(SEARCH, json=search_page())
    mocked.get(SEARCH_TV, json=search_page())
    first = resolve("Zzyzx Qwerty Film", 2020, client)
    assert first.tmdb_id is None
    searches = len(mocked.calls)
    assert searches == first.requests >= 2
    assert TmdbSearchResult.objects.get().tmdb_id is None

    second = resolve("Zzyzx Qwerty Film", 2020, client)
    assert len(mocked.calls) == searches
    assert second.requests == 0
    assert second.tmdb_id is None


def test_a_miniseries_is_recorded_as_tv_without_a_details_request(client, mocked):
    mocked.get(SEARCH, json=search_page())
    mocked.get(SEARCH_TV, json=search_page(tv_item(87108, "Chernobyl", "2019-05-06")))
    resolution = resolve("Chernobyl", 2019, client)
    assert resolution.is_tv
    assert resolution.tmdb_id == 87108
    assert not resolution.is_movie
    assert not any("/movie/" in call.request.url for call in mocked.calls)
    assert TmdbSearchResult.objects.get().media_type == "tv"


def test_a_film_gone_from_tmdb_is_searched_again_next_time(client, mocked):
    make_search_result("dune", 2021, tmdb_id=438631)
    mocked.get(f"{BASE_URL}/movie/438631", status=404, json=tmdb_error(34, "not found"))
    resolution = resolve("Dune", 2021, client)
    assert resolution.tmdb_id is None
    assert "438631" in resolution.reason
    assert not TmdbSearchResult.objects.exists()


def test_searches_tmdb_keeps_failing_make_a_failed_match_that_is_not_stored(client, mocked):
    mocked.get(SEARCH, status=503, json=tmdb_error(9, "unavailable"))
    mocked.get(SEARCH_TV, status=503, json=tmdb_error(9, "unavailable"))

    match = resolve("Dune", 2021, client)

    assert match.failure
    assert "/search/movie (2021)" in match.failure and "/search/tv" in match.failure
    assert match.tmdb_id is None
    assert not TmdbSearchResult.objects.exists()


def test_details_tmdb_keeps_failing_propagate_after_one_try(client, mocked):
    mocked.get(SEARCH, json=search_page(DUNE_2021), match=year_search(2021))
    mocked.get(f"{BASE_URL}/movie/438631", status=503, json=tmdb_error(9, "unavailable"))

    with pytest.raises(TmdbUnavailable):
        resolve("Dune", 2021, client)

    # Four attempts (one and three retries) inside the strategy, and not four more after it.
    assert client.requests_made == 1 + 4


def test_a_bad_key_propagates_as_an_auth_error(client, mocked):
    mocked.get(SEARCH, status=401, json=tmdb_error(7, "Invalid API key"))
    with pytest.raises(TmdbAuthError):
        resolve("Dune", 2021, client)


def test_a_film_without_year_is_keyed_with_year_zero(client, mocked):
    mocked.get(SEARCH, json=search_page(search_item(1, "Koyaanisqatsi", "1982-10-04")))
    mocked.get(f"{BASE_URL}/movie/1", json=details(1, title="Koyaanisqatsi"))
    resolution = resolve("Koyaanisqatsi", None, client)
    assert "year" not in mocked.calls[0].request.url
    assert TmdbSearchResult.objects.get().year == 0
    assert resolution.is_movie


def test_search_key_normalises_and_keeps_punctuation_only_titles_apart():
    assert search_key("The Thing", 1982) == search_key("Thing", 1982)
    assert search_key("Dune", None) == ("dune", 0)
    assert search_key("?", 2000) != search_key("!", 2000)


def test_resolve_cached_answers_a_whole_session_in_a_few_queries(django_assert_num_queries):
    old = timezone.now() - MAX_AGE - timedelta(days=1)
    make_search_result("dune", 2021, tmdb_id=438631)
    make_tmdb_movie(438631)
    make_search_result("chernobyl", 2019, tmdb_id=87108, media_type="tv")
    make_search_result("zzyzx", 2020, tmdb_id=None)
    make_search_result("solaris", 1972, tmdb_id=593)  # its film is not cached
    make_search_result("stalker", 1979, tmdb_id=1398, fetched_at=old)  # stale
    make_tmdb_movie(1398)
    pairs = [
        ("Dune", 2021),
        ("Chernobyl", 2019),
        ("Zzyzx", 2020),
        ("Solaris", 1972),
        ("Stalker", 1979),
        ("Dune", 1984),  # another year: not cached
    ]

    with django_assert_num_queries(2):
        cached = resolve_cached(pairs)

    assert set(cached) == {("dune", 2021), ("chernobyl", 2019), ("zzyzx", 2020)}
    assert cached["dune", 2021].is_movie
    assert cached["chernobyl", 2019].is_tv
    assert cached["zzyzx", 2020].tmdb_id is None


def test_resolve_cached_with_nothing_asks_nothing(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert resolve_cached([]) == {}


def test_a_film_known_under_another_title_is_matched_and_cached_with_its_titles(client, mocked):
    road_warrior = search_item(8810, "Mad Max 2", "1981-12-24", popularity=30, vote_count=4000)
    mocked.get(SEARCH, json=search_page(road_warrior), match=year_search(1981))
    alternatives = {"titles": [{"iso_3166_1": "US", "title": "The Road Warrior"}]}
    mocked.get(
        f"{BASE_URL}/movie/8810",
        json=details(
            8810, title="Mad Max 2", release_date="1981-12-24", alternative_titles=alternatives
        ),
    )

    match = resolve("The Road Warrior", 1981, client)

    assert (match.tmdb_id, match.requests) == (8810, 2)
    assert match.sure
    assert TmdbMovie.objects.get(pk=8810).alternative_titles == ["The Road Warrior"]


def test_details_the_cache_knows_cost_no_request(client, mocked):
    make_tmdb_movie(438631)
    mocked.get(SEARCH, json=search_page(DUNE_2021), match=year_search(2021))

    match = resolve("Dune", 2021, client)

    assert match.tmdb_id == 438631
    assert match.requests == client.requests_made == 1


def test_a_film_cached_before_its_alternative_titles_costs_only_those(client, mocked):
    movie = make_tmdb_movie(8810, title="Mad Max 2", release_date="1981-12-24")
    TmdbMovie.objects.filter(pk=movie.pk).update(alternative_titles=None)
    road_warrior = search_item(8810, "Mad Max 2", "1981-12-24", popularity=30, vote_count=4000)
    mocked.get(SEARCH, json=search_page(road_warrior), match=year_search(1981))
    mocked.get(
        f"{BASE_URL}/movie/8810/alternative_titles",
        json={"id": 8810, "titles": [{"iso_3166_1": "US", "title": "The Road Warrior"}]},
    )

    match = resolve("The Road Warrior", 1981, client)

    assert match.tmdb_id == 8810
    assert match.requests == client.requests_made == 2
    assert TmdbMovie.objects.get(pk=8810).alternative_titles == ["The Road Warrior"]


def test_a_match_made_despite_a_failed_step_is_not_cached(client, mocked):
    mocked.get(SEARCH, status=404, json=tmdb_error(34, "not found"), match=year_search(2021))
    mocked.get(SEARCH, json=search_page(DUNE_2021, DUNE_1984))
    mocked.get(f"{BASE_URL}/movie/438631", json=details(438631))

    match = resolve("Dune", 2021, client)

    assert match.tmdb_id == 438631
    assert match.failed_steps == ("/search/movie (2021)",)
    assert not TmdbSearchResult.objects.exists()  # asked afresh next time


def test_a_failed_step_that_may_pass_is_tried_again_later_and_a_404_is_not(client, mocked):
    mocked.get(SEARCH, status=503, json=tmdb_error(9, "unavailable"))
    mocked.get(SEARCH_TV, status=404, json=tmdb_error(34, "not found"))

    down = resolve("Nowhere Film", 2021, client)

    assert down.failure and down.transient

    mocked.replace(responses.GET, SEARCH, json=search_page())
    gone = resolve("Nowhere Film", 2021, client)

    assert gone.failure and not gone.transient  # only the 404 failed: no point waiting for it
