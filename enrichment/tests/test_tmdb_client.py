from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
import requests
import responses
from responses import matchers

from enrichment import tmdb_client
from enrichment.rate_limit import LocalRateLimiter, NullRateLimiter
from enrichment.tests.factories import (
    API_KEY,
    BASE_URL,
    READ_TOKEN,
    details,
    search_item,
    search_page,
    tmdb_error,
)
from enrichment.tmdb_client import (
    TmdbAuthError,
    TmdbClient,
    TmdbError,
    TmdbNotFound,
    TmdbUnavailable,
    is_read_access_token,
)

SEARCH = f"{BASE_URL}/search/movie"
DETAILS = f"{BASE_URL}/movie/438631"


class RecordingLimiter(NullRateLimiter):
    def __init__(self) -> None:
        self.acquired = 0
        self.deferred: list[float] = []

    def acquire(self) -> float:
        self.acquired += 1
        return 0.0

    def defer(self, seconds: float) -> None:
        self.deferred.append(seconds)


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def limiter() -> RecordingLimiter:
    return RecordingLimiter()


@pytest.fixture
def client(sleeps, limiter) -> TmdbClient:
    return TmdbClient(API_KEY, BASE_URL, limiter=limiter, sleep=sleeps.append)


@pytest.fixture
def mocked():
    with responses.RequestsMock() as rsps:
        yield rsps


def test_a_v3_key_is_sent_as_the_api_key_parameter(client, mocked):
    mocked.get(
        SEARCH,
        json=search_page(),
        match=[matchers.query_param_matcher({"api_key": API_KEY}, strict_match=False)],
    )
    client.search_movie("Dune")
    assert "Authorization" not in mocked.calls[0].request.headers


def test_a_read_access_token_is_sent_as_a_bearer_header(sleeps, mocked):
    client = TmdbClient(READ_TOKEN, BASE_URL, sleep=sleeps.append)
    mocked.get(
        SEARCH,
        json=search_page(),
        match=[matchers.header_matcher({"Authorization": f"Bearer {READ_TOKEN}"})],
    )
    client.search_movie("Dune")
    assert "api_key" not in mocked.calls[0].request.url


def test_credentials_are_told_apart_by_jwt_shape():
    assert is_read_access_token(READ_TOKEN)
    assert not is_read_access_token(API_KEY)
    assert not is_read_access_token("eyJ-but-no-dots")


def test_a_missing_key_is_an_auth_error_before_any_request():
    with pytest.raises(TmdbAuthError, match="TMDB_API_KEY"):
        TmdbClient("", BASE_URL)


def test_search_movie_sends_title_year_and_returns_the_results(client, mocked):
    mocked.get(
        SEARCH,
        json=search_page(search_item(438631, "Dune", "2021-09-15")),
        match=[
            matchers.query_param_matcher(
                {
                    "query": "Dune",
                    "year": "2021",
                    "include_adult": "false",
                    "language": "en-US",
                    "page": "1",
                    "api_key": API_KEY,
                }
            )
        ],
    )
    results = client.search_movie("Dune", year=2021)
    assert [r["id"] for r in results] == [438631]
    assert client.requests_made == 1


def test_search_movie_passes_extra_parameters_such_as_primary_release_year(client, mocked):
    mocked.get(
        SEARCH,
        json=search_page(),
        match=[matchers.query_param_matcher({"primary_release_year": "1984"}, strict_match=False)],
    )
    assert client.search_movie("Dune", primary_release_year=1984) == []


def test_search_tv_queries_the_tv_endpoint(client, mocked):
    mocked.get(
        f"{BASE_URL}/search/tv",
        json={"results": [{"id": 87108, "name": "Chernobyl"}]},
        match=[matchers.query_param_matcher({"query": "Chernobyl"}, strict_match=False)],
    )
    assert client.search_tv("Chernobyl")[0]["id"] == 87108


def test_movie_details_fetch_credits_and_alternative_titles_in_the_same_request(client, mocked):
    mocked.get(
        DETAILS,
        json=details(438631),
        match=[
            matchers.query_param_matcher(
                {"append_to_response": "credits,alternative_titles"}, strict_match=False
            )
        ],
    )
    payload = client.movie_details(438631)
    assert payload["credits"]["crew"][0]["name"] == "Denis Villeneuve"
    assert len(mocked.calls) == 1


def test_not_found_raises_without_retrying(client, mocked, sleeps):
    mocked.get(DETAILS, status=404, json=tmdb_error(34, "The resource could not be found."))
    with pytest.raises(TmdbNotFound):
        client.movie_details(438631)
    assert len(mocked.calls) == 1
    assert sleeps == []


@pytest.mark.parametrize("code", [7, 10])
def test_an_invalid_or_suspended_key_raises_a_distinct_auth_error(client, mocked, code):
    mocked.get(SEARCH, status=401, json=tmdb_error(code, "Invalid API key: You must be granted"))
    with pytest.raises(TmdbAuthError, match="TMDB_API_KEY") as caught:
        client.search_movie("Dune")
    assert not isinstance(caught.value, TmdbUnavailable)
    assert caught.value.status == 401
    assert len(mocked.calls) == 1


def test_429_waits_retry_after_then_succeeds_and_pauses_every_worker(
    client, mocked, sleeps, limiter
):
    mocked.get(SEARCH, status=429, json=tmdb_error(25, "over"), headers={"Retry-After": "3"})
    mocked.get(SEARCH, json=search_page(search_item(1, "Dune")))
    assert client.search_movie("Dune")[0]["id"] == 1
    assert sleeps == [3.0]
    assert limiter.deferred == [3.0]
    assert client.requests_made == 2
    assert limiter.acquired == 2  # the retry waits its turn too


def test_429_honours_a_retry_after_http_date(client, mocked, sleeps):
    when = datetime.now(UTC) + timedelta(seconds=5)
    mocked.get(SEARCH, status=429, headers={"Retry-After": format_datetime(when, usegmt=True)})
    mocked.get(SEARCH, json=search_page())
    client.search_movie("Dune")
    assert 3.0 <= sleeps[0] <= 5.0


def test_429_without_retry_after_backs_off_a_default_second(client, mocked, sleeps):
    mocked.get(SEARCH, status=429, json=tmdb_error(25, "over"))
    mocked.get(SEARCH, json=search_page())
    client.search_movie("Dune")
    assert sleeps == [tmdb_client.DEFAULT_RETRY_AFTER]


def test_429_is_never_counted_as_a_retry_of_a_failure(client, mocked, sleeps):
    for _ in range(tmdb_client.MAX_RETRIES + 3):
        mocked.get(SEARCH, status=429, headers={"Retry-After": "1"})
    mocked.get(SEARCH, json=search_page(search_item(7, "Dune")))
    assert client.search_movie("Dune")[0]["id"] == 7
    assert len(mocked.calls) == tmdb_client.MAX_RETRIES + 4


def test_endless_429_gives_up_once_the_overall_wait_is_spent(client, mocked, sleeps):
    mocked.get(SEARCH, status=429, headers={"Retry-After": "30"})
    with pytest.raises(TmdbUnavailable, match="429"):
        client.search_movie("Dune")
    assert sum(sleeps) <= tmdb_client.MAX_RATE_LIMIT_WAIT
    assert len(mocked.calls) == tmdb_client.MAX_RATE_LIMIT_WAIT // 30 + 1


def test_an_absurd_retry_after_is_capped(client, mocked, sleeps):
    mocked.get(SEARCH, status=429, headers={"Retry-After": "86400"})
    mocked.get(SEARCH, json=search_page())
    client.search_movie("Dune")
    assert sleeps == [tmdb_client.MAX_RETRY_AFTER]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_are_retried_three_times_with_growing_backoff(client, mocked, sleeps, status):
    mocked.get(SEARCH, status=status, json=tmdb_error(43, "Couldn't connect to the backend"))
    with pytest.raises(TmdbUnavailable) as caught:
        client.search_movie("Dune")
    assert len(mocked.calls) == 1 + tmdb_client.MAX_RETRIES
    assert f"TMDB answered {status}" in caught.value.reason
    assert "after 4 attempts" in caught.value.reason
    # Exponential: 0.5, 1, 2 seconds, each with up to as much again of jitter.
    assert len(sleeps) == 3
    for retry, slept in enumerate(sleeps):
        base = tmdb_client.BACKOFF_BASE * 2**retry
        assert base <= slept <= 2 * base


def test_a_server_error_then_success_returns_the_result(client, mocked, sleeps):
    mocked.get(SEARCH, status=503, json=tmdb_error(9, "Service unavailable"))
    mocked.get(SEARCH, json=search_page(search_item(3, "Dune")))
    assert client.search_movie("Dune")[0]["id"] == 3
    assert len(sleeps) == 1


@pytest.mark.parametrize(
    ("exception", "reason"),
    [
        (requests.ReadTimeout("read timed out"), "timed out"),
        (requests.ConnectTimeout("connect timed out"), "timed out"),
        (requests.ConnectionError("Connection reset by peer"), "connection failed"),
        (requests.exceptions.ChunkedEncodingError("reset mid-body"), "request failed"),
    ],
)
def test_timeouts_and_resets_are_retried_then_reported_with_a_reason(
    client, mocked, sleeps, exception, reason
):
    mocked.get(DETAILS, body=exception)
    with pytest.raises(TmdbUnavailable, match=reason):
        client.movie_details(438631)
    assert len(mocked.calls) == 4
    assert client.requests_made == 4


def test_a_reset_then_success_recovers(client, mocked):
    mocked.get(DETAILS, body=requests.ConnectionError("reset"))
    mocked.get(DETAILS, json=details(438631))
    assert client.movie_details(438631)["id"] == 438631


def test_another_client_error_is_not_retried(client, mocked, sleeps):
    mocked.get(SEARCH, status=422, json=tmdb_error(22, "Invalid page"))
    with pytest.raises(TmdbError, match="422") as caught:
        client.search_movie("Dune")
    assert type(caught.value) is TmdbError
    assert len(mocked.calls) == 1


def test_a_body_that_is_not_json_is_an_error(client, mocked):
    mocked.get(SEARCH, body="<html>gateway</html>", status=200)
    with pytest.raises(TmdbError, match="not JSON"):
        client.search_movie("Dune")


def test_the_connection_pool_is_sized_for_many_threads(client):
    adapter = client.session.get_adapter(BASE_URL)
    assert adapter._pool_maxsize >= 16


def test_a_client_without_retries_reports_the_first_server_error(sleeps, limiter, mocked):
    client = TmdbClient(API_KEY, BASE_URL, limiter=limiter, sleep=sleeps.append, max_retries=0)
    mocked.get(DETAILS, status=503, json=tmdb_error(9, "offline"))

    with pytest.raises(TmdbUnavailable, match="after 1 attempts"):
        client.movie_details(438631)
    assert sleeps == []


def test_a_client_that_may_not_wait_out_a_429_gives_up_at_once(sleeps, limiter, mocked):
    client = TmdbClient(
        API_KEY, BASE_URL, limiter=limiter, sleep=sleeps.append, max_rate_limit_wait=0.0
    )
    mocked.get(DETAILS, status=429, headers={"Retry-After": "2"}, json=tmdb_error(25, "slow"))

    with pytest.raises(TmdbUnavailable):
        client.movie_details(438631)
    assert sleeps == []


def test_a_rate_limit_slot_too_far_off_is_unavailability_not_a_wait(sleeps, mocked):
    clock_now = [0.0]
    busy = LocalRateLimiter(1, clock=lambda: clock_now[0], sleep=sleeps.append, max_wait=1.0)
    busy.defer(30)
    client = TmdbClient(API_KEY, BASE_URL, limiter=busy, sleep=sleeps.append)

    with pytest.raises(TmdbUnavailable, match="queued"):
        client.movie_details(438631)
    assert len(mocked.calls) == 0


def test_alternative_titles_alone_are_one_small_request(client, mocked):
    mocked.get(
        f"{BASE_URL}/movie/108/alternative_titles",
        json={"id": 108, "titles": [{"iso_3166_1": "GB", "title": "Three Colours: Blue"}]},
    )

    assert client.movie_alternative_titles(108) == ["Three Colours: Blue"]


@responses.activate
def test_on_response_hears_every_request_sent_and_what_came_back(sleeps, limiter):
    heard: list[int | None] = []
    client = TmdbClient(
        API_KEY, BASE_URL, limiter=limiter, sleep=sleeps.append, on_response=heard.append
    )
    responses.get(DETAILS, status=429, headers={"Retry-After": "1"})
    responses.get(DETAILS, body=requests.ConnectionError("reset"))
    responses.get(DETAILS, json=details(438631))

    client.movie_details(438631)

    assert heard == [429, None, 200]
