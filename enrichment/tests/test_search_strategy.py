"""The order and number of searches find_match makes, against scripted search functions."""

from __future__ import annotations

from typing import Any

from enrichment.search_strategy import (
    MAX_EXTRA_DETAILS,
    SearchFailed,
    find_match,
    simplified_query,
)


def _movie(tmdb_id: int, title: str, date: str, votes: int = 1000) -> dict[str, Any]:
    return {
        "id": tmdb_id,
        "title": title,
        "original_title": title,
        "release_date": date,
        "popularity": votes / 100,
        "vote_count": votes,
    }


def _show(tmdb_id: int, name: str, date: str) -> dict[str, Any]:
    return {
        "id": tmdb_id,
        "name": name,
        "original_name": name,
        "first_air_date": date,
        "popularity": 10.0,
        "vote_count": 100,
    }


class _Scripted:
    """A search function answering from a script keyed by (query, params); [] otherwise."""

    def __init__(self, script: dict[tuple[str, tuple[tuple[str, Any], ...]], list] | None = None):
        self.script = script or {}
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        self.calls.append((query, dict(params)))
        return self.script.get((query, tuple(sorted(params.items()))), [])


def test_a_confident_first_search_is_the_only_search() -> None:
    movie = _Scripted({("Heat", (("year", 1995),)): [_movie(949, "Heat", "1995-12-15")]})
    tv = _Scripted()

    match = find_match("Heat", 1995, movie, tv)

    used = match.requests

    assert match.tmdb_id == 949
    assert used == 1
    assert movie.calls == [("Heat", {"year": 1995})]
    assert tv.calls == []


def test_without_a_year_the_first_search_has_no_year_filter() -> None:
    movie = _Scripted({("Heat", ()): [_movie(949, "Heat", "1995-12-15")]})

    match = find_match("Heat", None, movie, _Scripted())

    used = match.requests

    assert match.tmdb_id == 949
    assert movie.calls == [("Heat", {})]
    assert used == 1


def test_nothing_found_tries_without_the_year_then_tv() -> None:
    movie, tv = _Scripted(), _Scripted()

    match = find_match("Nowhere", 2016, movie, tv)

    used = match.requests

    assert match.tmdb_id is None
    assert used == 3
    assert movie.calls == [("Nowhere", {"year": 2016}), ("Nowhere", {})]
    assert tv.calls == [("Nowhere", {})]


def test_nothing_found_without_a_year_needs_only_movie_and_tv() -> None:
    movie, tv = _Scripted(), _Scripted()

    used = find_match("Nowhere", None, movie, tv).requests

    assert used == 2
    assert movie.calls == [("Nowhere", {})]


def test_a_series_is_found_by_the_third_search_and_kept_as_tv() -> None:
    tv = _Scripted({("Chernobyl", ()): [_show(87108, "Chernobyl", "2019-05-06")]})
    movie = _Scripted()

    match = find_match("Chernobyl", 2019, movie, tv)

    used = match.requests

    assert (match.tmdb_id, match.media_type) == (87108, "tv")
    assert used == 3
    assert movie.calls == [("Chernobyl", {"year": 2019}), ("Chernobyl", {})]


def test_a_year_tmdb_does_not_list_is_found_by_the_second_search() -> None:
    movie = _Scripted({("Minari", ()): [_movie(615643, "Minari", "2021-02-12")]})
    tv = _Scripted()

    match = find_match("Minari", 2020, movie, tv)

    used = match.requests

    assert match.tmdb_id == 615643
    assert match.sure  # an exact title a year off, and no other film of that title
    assert used == 2
    assert tv.calls == []


def test_a_subtitle_is_dropped_only_when_nothing_at_all_was_found() -> None:
    movie = _Scripted({("Star Wars", (("year", 1977),)): [_movie(11, "Star Wars", "1977-05-25")]})

    match = find_match("Star Wars: Episode IV – A New Hope", 1977, movie, _Scripted())

    used = match.requests

    assert match.tmdb_id == 11
    assert used == 4
    assert movie.calls[-1] == ("Star Wars", {"year": 1977})


def test_no_shortened_search_when_something_was_found() -> None:
    tv = _Scripted({("Twin Peaks: The Return", ()): [_show(1920, "Twin Peaks", "1990-04-08")]})
    movie = _Scripted()

    match = find_match("Twin Peaks: The Return", 2017, movie, tv)

    used = match.requests

    assert not match.confident
    assert used == 3
    assert ("Twin Peaks", {"year": 2017}) not in movie.calls


def test_same_title_films_of_the_year_stop_the_search_when_they_tie() -> None:
    leos = [_movie(1, "Leo", "2023-11-17", votes=1100), _movie(2, "Leo", "2023-10-19", votes=350)]
    movie, tv = _Scripted({("Leo", (("year", 2023),)): leos}), _Scripted()

    match = find_match("Leo", 2023, movie, tv)

    used = match.requests

    assert not match.confident
    assert used == 1
    assert tv.calls == []


def test_candidates_from_every_search_are_kept() -> None:
    decoy = _movie(5, "Dekalog: One", "1988-05-10")
    movie = _Scripted({("Dekalog", (("year", 1989),)): [decoy]})
    tv = _Scripted({("Dekalog", ()): [_show(9100001, "Dekalog", "1989-12-10")]})

    match = find_match("Dekalog", 1989, movie, tv)

    assert (match.tmdb_id, match.media_type) == (9100001, "tv")
    assert {(c.media_type, c.tmdb_id) for c in match.candidates} == {
        ("tv", 9100001),
        ("movie", 5),
    }


def test_the_same_film_found_twice_is_one_candidate() -> None:
    minari = _movie(615643, "Minari", "2021-02-12")
    movie = _Scripted({("Minari", (("year", 2021),)): [], ("Minari", ()): [minari, minari]})

    match = find_match("Minari", 2022, movie, _Scripted())

    assert len(match.candidates) == 1


def test_simplified_query_is_the_text_before_the_first_colon() -> None:
    assert simplified_query("Star Wars: Episode IV – A New Hope") == "Star Wars"
    assert simplified_query("Mission: Impossible – Dead Reckoning") == "Mission"
    assert simplified_query("Heat") is None
    assert simplified_query(": Nothing before") is None


class _Failing:
    """A search or details function that always fails as TMDB's 5xx (after retries) would."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def __call__(self, *args: Any) -> Any:
        self.calls.append(args)
        raise SearchFailed("TMDB answered 503")


class _Details:
    """Details answers from a table; records what was asked."""

    def __init__(self, table: dict[int, dict[str, Any]]) -> None:
        self.table = table
        self.calls: list[int] = []

    def __call__(self, tmdb_id: int) -> dict[str, Any]:
        self.calls.append(tmdb_id)
        return self.table.get(tmdb_id, {"runtime": 100})


def _titles(*titles: str) -> dict[str, Any]:
    return {"runtime": 100, "alternative_titles": {"titles": [{"title": t} for t in titles]}}


def test_a_search_that_errors_is_skipped_and_the_next_one_finds_the_film() -> None:
    heat = _movie(949, "Heat", "1995-12-15")

    def movie(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        if params:
            raise SearchFailed("TMDB answered 503")
        return [heat]

    match = find_match("Heat", 1995, movie, _Scripted())

    assert match.tmdb_id == 949
    assert match.sure
    assert match.failed_steps == ("/search/movie (1995)",)
    assert not match.failure


def test_a_failing_tv_search_does_not_end_the_match() -> None:
    minari = _movie(615643, "Minari", "2021-02-12")
    movie = _Scripted({("Minari", ()): [minari]})
    tv = _Failing()

    match = find_match("Minari", 2020, movie, tv)

    assert match.tmdb_id == 615643
    assert tv.calls == []  # never needed: the search without a year found it


def test_nothing_found_after_a_failed_step_is_failed_not_absent() -> None:
    tv = _Failing()

    match = find_match("Normal People", 2020, _Scripted(), tv)

    assert match.tmdb_id is None
    assert match.failure  # asked again later, never cached as "not on TMDB"
    assert "/search/tv" in match.failure
    assert match.requests == 3


def test_every_step_failing_is_a_failed_match() -> None:
    match = find_match("Heat", 1995, _Failing(), _Failing())

    assert match.failure
    assert match.requests == 3


def test_an_alternative_title_costs_no_more_than_an_ordinary_film() -> None:
    mad_max_2 = _movie(8810, "Mad Max 2", "1981-12-24")
    movie = _Scripted({("The Road Warrior", (("year", 1981),)): [mad_max_2]})
    details = _Details({8810: _titles("The Road Warrior")})

    match = find_match("The Road Warrior", 1981, movie, _Scripted(), details)

    assert match.tmdb_id == 8810
    assert match.sure
    assert details.calls == [8810]  # asked once: for the titles, and kept for the match
    assert match.requests == 2


def test_tied_films_are_told_apart_by_their_runtimes() -> None:
    feature = _movie(1, "Sing", "2016-11-23", votes=7500)
    short = _movie(2, "Sing", "2016-09-17", votes=9000)
    movie = _Scripted({("Sing", (("year", 2016),)): [short, feature]})
    details = _Details({1: {"runtime": 108}, 2: {"runtime": 25}})

    match = find_match("Sing", 2016, movie, _Scripted(), details)

    assert match.tmdb_id == 1
    assert match.confident and not match.sure
    assert sorted(details.calls) == [1, 2]
    assert match.requests == 3


def test_a_short_found_by_the_year_alone_is_checked_against_a_search_without_it() -> None:
    short = _movie(1, "Saw", "2003-01-19", votes=500)
    feature = _movie(2, "Saw", "2004-10-01", votes=9000)
    movie = _Scripted({("Saw", (("year", 2003),)): [short], ("Saw", ()): [feature, short]})
    details = _Details({1: {"runtime": 9}, 2: {"runtime": 103}})

    match = find_match("Saw", 2003, movie, _Scripted(), details)

    assert match.tmdb_id == 1
    assert match.confident and not match.sure
    assert movie.calls == [("Saw", {"year": 2003}), ("Saw", {})]


def test_details_spent_on_candidates_that_are_not_the_film_are_bounded() -> None:
    decoys = [_movie(n, f"Decoy {n} of the Valley", "1984-03-11") for n in range(1, 6)]
    movie = _Scripted({("Valley", (("year", 1984),)): decoys})
    details = _Details({})

    match = find_match("Valley", 1984, movie, _Scripted(), details)

    assert match.tmdb_id is None
    assert len(details.calls) == MAX_EXTRA_DETAILS


def test_details_that_fail_leave_the_match_to_what_the_searches_said() -> None:
    heat = _movie(949, "Heat", "1995-12-15")
    movie = _Scripted({("Heat", (("year", 1995),)): [heat]})

    match = find_match("Heat", 1995, movie, _Scripted(), _Failing())

    assert match.tmdb_id == 949
    assert match.sure
    assert match.requests == 2
