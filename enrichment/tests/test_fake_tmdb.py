"""The fake TMDB server, spoken to over real HTTP with `requests`."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

import pytest
import requests

from fake_tmdb.server import (
    DEFAULT_API_KEY,
    DEFAULT_READ_TOKEN,
    FakeTMDBServer,
    start_in_thread,
)

KEY = {"api_key": DEFAULT_API_KEY}
TIMEOUT = 10  # seconds; a broken fake should fail a test, not hang the suite
PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fake() -> Iterator[tuple[FakeTMDBServer, str]]:
    server, base_url = start_in_thread()
    yield server, base_url
    server.stop()


@pytest.fixture
def base_url(fake: tuple[FakeTMDBServer, str]) -> str:
    server, url = fake
    server.reset_state()
    return url


@pytest.fixture
def started() -> Iterator[list[FakeTMDBServer]]:
    """Servers a test starts with its own options; all stopped afterwards."""
    servers: list[FakeTMDBServer] = []
    yield servers
    for server in servers:
        server.stop()


class ManualClock:
    """The server's clock, standing still until a test moves it: rate windows then hold exactly
    the requests the test means, however slowly a busy machine sends them."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _start(
    started: list[FakeTMDBServer], clock: ManualClock | None = None, **options: object
) -> str:
    server, url = start_in_thread(**options)
    if clock is not None:
        server.clock = clock
    started.append(server)
    return url


def _eventually(predicate: Callable[[], bool], timeout: float = TIMEOUT * 3) -> bool:
    """Whether `predicate` comes true within `timeout`: for what the server's handler threads
    record, which a busy machine may run a little after the client has its answer."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _get(url: str, timeout: float = TIMEOUT, **kwargs: Any) -> requests.Response:
    return requests.get(url, timeout=timeout, **kwargs)


def _post(url: str, timeout: float = TIMEOUT, **kwargs: Any) -> requests.Response:
    return requests.post(url, timeout=timeout, **kwargs)


def _root(base_url: str) -> str:
    return base_url.removesuffix("/3")


def test_search_movie_answers_a_tmdb_shaped_page(base_url: str) -> None:
    response = _get(f"{base_url}/search/movie", params={**KEY, "query": "Fight Club"})

    body = response.json()
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    assert set(body) == {"page", "results", "total_pages", "total_results"}
    assert set(body["results"][0]) == {
        "adult", "backdrop_path", "genre_ids", "id", "original_language", "original_title",
        "overview", "popularity", "poster_path", "release_date", "title", "video",
        "vote_average", "vote_count",
    }  # fmt: skip
    assert body["results"][0]["id"] == 550


def test_search_is_loose_and_ranks_by_popularity_like_tmdb(base_url: str) -> None:
    body = _get(f"{base_url}/search/movie", params={**KEY, "query": "dune"}).json()

    titles = [r["title"] for r in body["results"]]
    assert titles[0] == "Dune: Part Two"
    assert {"Dune", "Jodorowsky's Dune"} <= set(titles)


def test_search_year_matches_any_release_year(base_url: str) -> None:
    params = {**KEY, "query": "Under the Skin"}

    by_year = _get(f"{base_url}/search/movie", params={**params, "year": 2013}).json()
    by_primary = _get(
        f"{base_url}/search/movie", params={**params, "primary_release_year": 2013}
    ).json()

    assert [r["id"] for r in by_year["results"]] == [97370]
    assert by_primary["results"] == []


def test_search_finds_original_and_alternative_titles(base_url: str) -> None:
    def first_id(query: str) -> int:
        params = {**KEY, "query": query}
        return _get(f"{base_url}/search/movie", params=params).json()["results"][0]["id"]

    assert first_id("Ladri di biciclette") == 5156
    assert first_id("Three Colours: Red") == 110
    assert first_id("amelie") == 194


def test_search_pages_hold_twenty_results(started: list[FakeTMDBServer]) -> None:
    url = _start(started, synthetic=45)

    first = _get(f"{url}/search/movie", params={**KEY, "query": "Synthetic Film"}).json()
    last = _get(f"{url}/search/movie", params={**KEY, "query": "Synthetic Film", "page": 3}).json()

    assert (first["total_results"], first["total_pages"]) == (45, 3)
    assert len(first["results"]) == 20
    assert len(last["results"]) == 5


def test_search_tv_finds_a_miniseries(base_url: str) -> None:
    body = _get(f"{base_url}/search/tv", params={**KEY, "query": "Chernobyl"}).json()

    assert body["results"][0]["id"] == 87108
    assert body["results"][0]["name"] == "Chernobyl"
    assert body["results"][0]["first_air_date"] == "2019-05-06"


def test_search_tv_answers_as_tmdb_does(base_url: str) -> None:
    body = _get(
        f"{base_url}/search/tv",
        params={**KEY, "query": "Berlin Alexanderplatz", "first_air_date_year": "1980"},
    ).json()

    assert [r["id"] for r in body["results"]] == [9100002]
    result = body["results"][0]
    assert {"name", "original_name", "first_air_date", "origin_country", "genre_ids"} <= set(result)
    assert "title" not in result and "release_date" not in result
    assert (body["page"], body["total_results"], body["total_pages"]) == (1, 1, 1)


def test_alternative_titles_come_appended_to_details_or_on_their_own(base_url: str) -> None:
    appended = _get(
        f"{base_url}/movie/108", params={**KEY, "append_to_response": "credits,alternative_titles"}
    ).json()
    alone = _get(f"{base_url}/movie/108/alternative_titles", params=KEY).json()

    titles = [t["title"] for t in appended["alternative_titles"]["titles"]]
    assert "Three Colours: Blue" in titles
    assert alone == {"id": 108, "titles": appended["alternative_titles"]["titles"]}
    assert _get(f"{base_url}/movie/1/alternative_titles", params=KEY).status_code == 404


def test_catalogue_faults_fail_the_same_searches_every_time(started: list[FakeTMDBServer]) -> None:
    url = _start(started, catalogue_faults=True)

    failing = {**KEY, "query": "Mandy", "year": "2018"}
    for _ in range(2):
        response = _get(f"{url}/search/movie", params=failing)
        assert response.status_code == 503
        assert response.json()["success"] is False
    assert _get(f"{url}/search/movie", params={**KEY, "query": "Mandy"}).status_code == 200
    assert _get(f"{url}/search/tv", params={**KEY, "query": "Top of the Lake"}).status_code == 503


def test_without_catalogue_faults_those_searches_answer(base_url: str) -> None:
    response = _get(f"{base_url}/search/movie", params={**KEY, "query": "Mandy", "year": "2018"})

    assert response.status_code == 200


def test_movie_details_with_credits_in_one_request(base_url: str) -> None:
    response = _get(f"{base_url}/movie/550", params={**KEY, "append_to_response": "credits"})

    film = response.json()
    assert response.status_code == 200
    assert film["title"] == "Fight Club"
    assert film["runtime"] == 139
    assert film["genres"] == [{"id": 18, "name": "Drama"}, {"id": 53, "name": "Thriller"}]
    assert film["production_countries"][0] == {
        "iso_3166_1": "US",
        "name": "United States of America",
    }
    assert film["spoken_languages"] == [
        {"english_name": "English", "iso_639_1": "en", "name": "English"}
    ]
    assert film["imdb_id"].startswith("tt")
    directors = [c["name"] for c in film["credits"]["crew"] if c["job"] == "Director"]
    assert directors == ["David Fincher"]
    top_billed = film["credits"]["cast"][0]
    assert (top_billed["name"], top_billed["character"], top_billed["order"]) == (
        "Brad Pitt",
        "Tyler Durden",
        0,
    )


def test_movie_details_without_append_have_no_credits(base_url: str) -> None:
    film = _get(f"{base_url}/movie/550", params=KEY).json()

    assert "credits" not in film


def test_a_film_by_two_directors_lists_both(base_url: str) -> None:
    film = _get(f"{base_url}/movie/6977", params={**KEY, "append_to_response": "credits"}).json()

    assert [c["name"] for c in film["credits"]["crew"] if c["job"] == "Director"] == [
        "Joel Coen",
        "Ethan Coen",
    ]


def test_tv_details(base_url: str) -> None:
    show = _get(f"{base_url}/tv/87108", params={**KEY, "append_to_response": "credits"}).json()

    assert show["name"] == "Chernobyl"
    assert show["number_of_episodes"] == 5
    assert show["type"] == "Miniseries"
    assert show["credits"]["cast"][0]["name"] == "Jared Harris"


def test_a_wrong_api_key_gets_tmdb_401(base_url: str) -> None:
    response = _get(f"{base_url}/movie/550", params={"api_key": "wrong"})

    assert response.status_code == 401
    assert response.json() == {
        "status_code": 7,
        "status_message": "Invalid API key: You must be granted a valid key.",
        "success": False,
    }


def test_no_credentials_get_401(base_url: str) -> None:
    assert _get(f"{base_url}/movie/550").status_code == 401


def test_a_bearer_token_is_accepted(base_url: str) -> None:
    for token in (DEFAULT_READ_TOKEN, DEFAULT_API_KEY):
        headers = {"Authorization": f"Bearer {token}"}
        assert _get(f"{base_url}/movie/550", headers=headers).status_code == 200
    wrong = {"Authorization": "Bearer eyJwrong"}
    assert _get(f"{base_url}/movie/550", headers=wrong).status_code == 401


def test_an_unknown_id_gets_tmdb_404(base_url: str) -> None:
    response = _get(f"{base_url}/movie/1", params=KEY)

    assert response.status_code == 404
    assert response.json()["status_code"] == 34
    assert _get(f"{base_url}/tv/550", params=KEY).status_code == 404
    assert _get(f"{base_url}/person/287", params=KEY).status_code == 404


def test_more_than_max_rps_in_a_second_gets_429_with_retry_after(
    started: list[FakeTMDBServer],
) -> None:
    url = _start(started, clock=ManualClock(), max_rps=5)

    with requests.Session() as session:
        responses = [session.get(f"{url}/movie/550", params=KEY) for _ in range(10)]

    statuses = [r.status_code for r in responses]
    assert statuses[:5] == [200] * 5
    assert set(statuses[5:]) == {429}
    limited = responses[-1]
    assert limited.headers["Retry-After"] == "1"
    assert limited.json()["status_code"] == 25


def test_the_rate_window_slides(started: list[FakeTMDBServer]) -> None:
    clock = ManualClock()
    url = _start(started, clock=clock, max_rps=3)

    def status() -> int:
        return session.get(f"{url}/movie/550", params=KEY).status_code

    with requests.Session() as session:
        first_three = [status() for _ in range(3)]
        clock.now += 0.5
        half_a_second_on = status()
        clock.now += 0.5
        a_second_on = status()  # the first three left the window; the 429'd one is still in it

    assert first_three == [200, 200, 200]
    assert half_a_second_on == 429
    assert a_second_on == 200


def test_stats_count_requests_endpoints_peaks_and_429s(started: list[FakeTMDBServer]) -> None:
    url = _start(started, clock=ManualClock(), max_rps=4)
    with requests.Session() as session:
        session.get(f"{url}/search/movie", params={**KEY, "query": "Heat", "year": 1995})
        session.get(f"{url}/search/tv", params={**KEY, "query": "Heat"})
        for _ in range(4):
            session.get(f"{url}/movie/949", params=KEY)

        stats = session.get(f"{_root(url)}/__stats__").json()

    assert stats["total_requests"] == 6
    assert stats["by_endpoint"] == {"search/movie": 1, "search/tv": 1, "movie": 4}
    assert stats["served_by_endpoint"] == {"search/movie": 1, "search/tv": 1, "movie": 2}
    assert stats["max_requests_in_1s"] == 6
    assert stats["responses_429"] == 2
    assert stats["by_status"] == {"200": 4, "429": 2}


def test_the_ten_second_peak_counts_what_arrived_within_ten_seconds(
    started: list[FakeTMDBServer],
) -> None:
    clock = ManualClock()
    url = _start(started, clock=clock)
    with requests.Session() as session:
        for step in (0.0, 4.0, 4.0, 1.5, 1.0):  # at 0, 4, 8, 9.5 and 10.5 s
            clock.now += step
            session.get(f"{url}/movie/949", params=KEY)
        stats = session.get(f"{_root(url)}/__stats__").json()

    # 0–9.5 s holds four; at 10.5 s the first has left the window: still four.
    assert stats["max_requests_in_10s"] == 4
    assert stats["max_requests_in_1s"] == 1  # no two within a second


def test_reset_zeroes_the_stats(base_url: str) -> None:
    _get(f"{base_url}/movie/550", params=KEY)

    assert _post(f"{_root(base_url)}/__reset__").json() == {"ok": True}
    stats = _get(f"{_root(base_url)}/__stats__").json()
    assert stats["total_requests"] == 0
    assert stats["max_requests_in_1s"] == 0


def test_config_changes_options_while_running(started: list[FakeTMDBServer]) -> None:
    url = _start(started, clock=ManualClock())

    changed = _post(f"{_root(url)}/__config__", json={"max_rps": 1}).json()
    rejected = _post(f"{_root(url)}/__config__", json={"no_such_option": 1})

    assert changed["max_rps"] == 1
    assert rejected.status_code == 400
    with requests.Session() as session:
        statuses = [session.get(f"{url}/movie/550", params=KEY).status_code for _ in range(2)]
    assert statuses == [200, 429]


def test_fault_rate_answers_tmdb_shaped_5xx(started: list[FakeTMDBServer]) -> None:
    url = _start(started, fault_rate_5xx=1.0, seed=3)

    responses = [_get(f"{url}/movie/550", params=KEY) for _ in range(8)]

    assert {r.status_code for r in responses} <= {500, 502, 503, 504}
    assert all(r.json()["success"] is False for r in responses)


def test_faults_repeat_for_the_same_seed(started: list[FakeTMDBServer]) -> None:
    def statuses(url: str) -> list[int]:
        return [_get(f"{url}/movie/550", params=KEY).status_code for _ in range(20)]

    first = statuses(_start(started, fault_rate_5xx=0.5, seed=42))
    second = statuses(_start(started, fault_rate_5xx=0.5, seed=42))

    assert first == second
    assert 200 in first
    assert len(set(first)) > 1


def _fate(url: str) -> str:
    """What one request met: its status, or "dropped" when the connection closed unanswered."""
    try:
        return str(_get(f"{url}/movie/550", params=KEY).status_code)
    except requests.ConnectionError:
        return "dropped"


def test_forced_faults_hit_exactly_the_numbered_requests(started: list[FakeTMDBServer]) -> None:
    url = _start(started, faults_at="2:503, 3:reset, 5:hang, 6:429", hang_seconds=600)
    server = started[0]

    fates = [_fate(url) for _ in range(4)]
    with ThreadPoolExecutor(max_workers=1) as pool:
        fifth = pool.submit(_fate, url)
        fifth_hangs = _eventually(lambda: server.stats.snapshot()["hangs"] == 1)
        fates += [_fate(url) for _ in range(2)]  # the sixth and seventh, while the fifth hangs
        server.stop()

    assert fates == ["200", "503", "dropped", "200", "429", "200"]
    assert fifth_hangs
    assert fifth.result() == "dropped"  # unanswered until the server stopped


def test_forced_faults_win_over_the_random_draws_and_leave_the_others_as_drawn(
    started: list[FakeTMDBServer],
) -> None:
    url = _start(started, fault_rate_5xx=0.5, seed=42)
    drawn = [_fate(url) for _ in range(12)]
    url = _start(started, fault_rate_5xx=0.5, seed=42, faults_at="1:reset,6:504")
    forced = [_fate(url) for _ in range(12)]

    assert forced[0] == "dropped" and forced[5] == "504"
    assert forced[1:5] + forced[6:] == drawn[1:5] + drawn[6:]
    assert len(set(drawn)) > 1  # the draws do fault some requests


def test_forced_faults_count_from_the_last_reset(started: list[FakeTMDBServer]) -> None:
    url = _start(started)
    config = _post(f"{_root(url)}/__config__", json={"faults_at": "2:500"})
    first = [_fate(url) for _ in range(3)]

    _post(f"{_root(url)}/__reset__")
    after_reset = [_fate(url) for _ in range(3)]

    assert config.json()["faults_at"] == "2:500"
    assert first == after_reset == ["200", "500", "200"]


def test_a_fault_schedule_that_makes_no_sense_is_refused(started: list[FakeTMDBServer]) -> None:
    url = _start(started)

    refused = _post(f"{_root(url)}/__config__", json={"faults_at": "3:explode"})

    assert refused.status_code == 400
    assert "3:explode" in refused.json()["error"]
    assert _get(f"{_root(url)}/__config__").json()["faults_at"] == ""


def test_reset_rate_closes_the_connection_without_an_answer(started: list[FakeTMDBServer]) -> None:
    url = _start(started, reset_rate=1.0)

    with pytest.raises(requests.ConnectionError):
        _get(f"{url}/movie/550", params=KEY, timeout=5)

    stats = _get(f"{_root(url)}/__stats__").json()
    assert stats["resets"] == 1


def test_hang_rate_outlasts_a_client_read_timeout(started: list[FakeTMDBServer]) -> None:
    # The hang outlasts the test: stopping the server cuts it short.
    url = _start(started, hang_rate=1.0, hang_seconds=600)

    with pytest.raises(requests.ReadTimeout):
        _get(f"{url}/movie/550", params=KEY, timeout=0.3)

    assert _eventually(lambda: started[0].stats.snapshot()["hangs"] == 1)


def test_burst_429_answers_429_for_a_while(started: list[FakeTMDBServer]) -> None:
    url = _start(started, burst_429=1.0, burst_seconds=0.5)

    response = _get(f"{url}/movie/550", params=KEY)

    assert response.status_code == 429
    assert response.headers["Retry-After"] == "1"


def test_latency_is_added_to_every_answer(started: list[FakeTMDBServer]) -> None:
    url = _start(started, latency_ms=150)

    started_at = time.monotonic()
    _get(f"{url}/movie/550", params=KEY)

    assert time.monotonic() - started_at >= 0.15


def test_requests_are_served_in_parallel(started: list[FakeTMDBServer]) -> None:
    """Five requests that each hang for ten minutes are all being served at once: a server that
    answered one at a time would still be on the first."""
    url = _start(started, hang_rate=1.0, hang_seconds=600)
    server = started[0]

    def fetch() -> None:
        with pytest.raises(requests.ConnectionError):  # stop() drops the hanging requests
            _get(f"{url}/movie/550", params=KEY, timeout=TIMEOUT * 6)

    with ThreadPoolExecutor(max_workers=5) as pool:
        fetches = [pool.submit(fetch) for _ in range(5)]
        all_hanging = _eventually(lambda: server.stats.snapshot()["hangs"] == 5)
        server.stop()
        wait(fetches)

    assert all_hanging
    assert [fetch.exception() for fetch in fetches] == [None] * 5


def test_synthetic_films_are_searchable_and_have_details(started: list[FakeTMDBServer]) -> None:
    url = _start(started, synthetic=100)

    found = _get(f"{url}/search/movie", params={**KEY, "query": "Synthetic Film 00042"}).json()
    film = _get(f"{url}/movie/20000042", params={**KEY, "append_to_response": "credits"}).json()

    assert [r["id"] for r in found["results"]] == [20_000_042]
    assert film["title"] == "Synthetic Film 00042"
    assert film["credits"]["crew"][0]["job"] == "Director"


def test_the_command_line_serves_until_terminated() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "fake_tmdb.server", "--port", "0", "--latency-ms", "1"],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        banner = process.stdout.readline() if process.stdout else ""
        url = banner.split(" on ")[1].split(" ")[0]

        assert _get(f"{url}/movie/550", params=KEY, timeout=5).status_code == 200
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0
