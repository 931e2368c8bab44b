"""The order and number of searches find_match makes, against scripted search functions."""

from __future__ import annotations

from typing import Any

from enrichment.search_strategy import find_match, simplified_query


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


def test_nothing_found_tries_tv_then_a_search_without_the_year() -> None:
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


def test_a_series_is_found_by_the_second_search_and_kept_as_tv() -> None:
    tv = _Scripted({("Chernobyl", ()): [_show(87108, "Chernobyl", "2019-05-06")]})
    movie = _Scripted()

    match = find_match("Chernobyl", 2019, movie, tv)

    used = match.requests

    assert (match.tmdb_id, match.media_type) == (87108, "tv")
    assert used == 2
    assert len(movie.calls) == 1


def test_a_year_tmdb_does_not_list_is_found_by_the_search_without_year() -> None:
    movie = _Scripted({("Minari", ()): [_movie(615643, "Minari", "2021-02-12")]})

    match = find_match("Minari", 2020, movie, _Scripted())

    used = match.requests

    assert match.tmdb_id == 615643
    assert used == 3


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
