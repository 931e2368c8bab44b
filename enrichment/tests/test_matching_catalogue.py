"""find_match over the fake TMDB catalogue: every film of its Letterboxd export, end to end.

Searches go through fake_tmdb.search, which imitates TMDB's looser matching (decoys included),
so these tests exercise the request plan and the scoring together, without HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from enrichment.search_strategy import Details, Search, SearchFailed, find_match
from fake_tmdb.catalogue import Catalogue, ExportRow, load
from fake_tmdb.payloads import movie_details
from fake_tmdb.search import SearchFault, SearchIndex, searchers

# The tuning part is a stress test: remakes, TV miniseries, renamed films and the four hard
# kinds are over-represented, yet matching it must stay within this budget (details included).
# A failing search counts once here; over HTTP the client's retries add to it.
MAX_REQUESTS_PER_FILM = 2.15
MIN_ACCURACY = 0.99


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load()


def _skippable(search) -> Search:
    """The fake's failing searches as the strategy's skippable steps."""

    def run(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        try:
            return search(query, params)
        except SearchFault as exc:
            raise SearchFailed(str(exc)) from exc

    return run


@pytest.fixture(scope="module")
def search(catalogue: Catalogue) -> tuple[Search, Search, Details]:
    """(search_movie, search_tv, details) over the fake catalogue, its failing searches on."""
    movie, tv = searchers(SearchIndex(catalogue), faults=True)

    def details(tmdb_id: int) -> dict[str, Any]:
        film = catalogue.film(tmdb_id)
        if film is None:
            raise SearchFailed(f"no film {tmdb_id}")
        return movie_details(film, {"credits", "alternative_titles"})

    return _skippable(movie), _skippable(tv), details


class _Counting:
    def __init__(self, call) -> None:
        self.call = call
        self.calls: list[Any] = []

    def __call__(self, *args: Any) -> Any:
        self.calls.append(args)
        return self.call(*args)


@dataclass
class _Report:
    rows: int = 0
    correct: int = 0
    # Wrong films linked without doubt: the check page would never show them.
    sure_wrong: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    requests: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.rows

    @property
    def requests_per_film(self) -> float:
        return self.requests / self.rows

    def summary(self) -> str:
        return (
            f"{self.correct}/{self.rows} right ({self.accuracy:.1%}), "
            f"{len(self.sure_wrong)} wrong without doubt; "
            f"{self.requests_per_film:.3f} requests per film"
        )


def _is_right(row: ExportRow, match) -> bool:
    if row.expect_failed:
        return bool(match.failure)
    if row.expected_tmdb_id is None:
        return not match.confident
    linked = (match.tmdb_id, match.media_type) if match.confident else None
    return linked == (row.expected_tmdb_id, row.expected_media_type)


def _evaluate(rows: list[ExportRow], search: tuple[Search, Search, Details]) -> _Report:
    report = _Report()
    for row in rows:
        calls = [_Counting(f) for f in search]
        match = find_match(row.name, row.year, *calls)
        assert match.requests == sum(len(c.calls) for c in calls)
        report.rows += 1
        report.requests += match.requests
        if _is_right(row, match):
            report.correct += 1
            continue
        line = f"{row.name} ({row.year}): got {match.media_type}/{match.tmdb_id} {match.reason}"
        (report.sure_wrong if match.sure else report.misses).append(line)
    return report


def test_the_tuning_part_matches_accurately_within_the_request_budget(
    catalogue: Catalogue, search: tuple[Search, Search, Details]
) -> None:
    rows = catalogue.export_rows("tuning")

    report = _evaluate(rows, search)

    print("\ncatalogue:", report.summary())
    assert report.rows >= 400
    assert report.sure_wrong == []
    assert report.accuracy >= MIN_ACCURACY, report.misses
    assert report.requests_per_film <= MAX_REQUESTS_PER_FILM, report.summary()


@pytest.mark.parametrize(
    ("title", "year", "expected"),
    [
        ("Dune", 1984, 841),
        ("Dune", 2021, 438631),
        ("Dune: Part Two", 2024, 693134),
        ("Jodorowsky's Dune", 2013, 9000005),
        ("Suspiria", 1977, 11906),
        ("Suspiria", 2018, 361292),
        ("The Thing from Another World", 1951, 10785),
        ("The Thing", 1982, 1091),
        ("The Thing", 2011, 60935),
        ("A Star Is Born", 1937, 9000009),
        ("A Star Is Born", 1954, 9000008),
        ("A Star Is Born", 1976, 9000007),
        ("A Star Is Born", 2018, 332562),
        ("Little Women", 1933, 9000011),
        ("Little Women", 1949, 9000010),
        ("Little Women", 1994, 9587),
        ("Little Women", 2019, 331482),
        ("Ocean's Eleven", 1960, 299),
        ("Ocean's Eleven", 2001, 161),
        ("Scarface", 1932, 877),
        ("Scarface", 1983, 111),
        ("Psycho", 1960, 539),
        ("Psycho", 1998, 11252),
        ("The Fly", 1958, 9000013),
        ("The Fly", 1986, 9426),
        ("Solaris", 1972, 593),
        ("Solaris", 2002, 2103),
        ("Nosferatu", 1922, 653),
        ("Nosferatu the Vampyre", 1979, 6404),
        ("Nosferatu", 2024, 426063),
        ("True Grit", 1969, 17529),
        ("True Grit", 2010, 44264),
        ("Cape Fear", 1962, 11349),
        ("Cape Fear", 1991, 1598),
        ("The Lion King", 1994, 8587),
        ("The Lion King", 2019, 420818),
        ("Oldboy", 2003, 670),
        ("Oldboy", 2013, 87516),
        ("Funny Games", 1997, 10234),
        ("Funny Games", 2007, 8461),
        ("Let the Right One In", 2008, 13310),
        ("Let Me In", 2010, 41402),
        ("Infernal Affairs", 2002, 10775),
        ("The Departed", 2006, 1422),
        ("Crash", 1996, 884),
        ("Crash", 2004, 1640),
        ("Halloween", 1978, 948),
        ("Halloween", 2007, 2082),
        ("Halloween", 2018, 424139),
        ("Ghost in the Shell", 1995, 9000030),
        ("Ghost in the Shell", 2017, 315837),
        ("The Secret in Their Eyes", 2009, 9000027),
        ("Secret in Their Eyes", 2015, 9000028),
        ("Titanic", 1953, 9000004),
        ("Titanic", 1997, 597),
    ],
)
def test_each_remake_family_is_told_apart_by_year(
    title: str, year: int, expected: int, search: tuple[Search, Search, Details]
) -> None:
    match = find_match(title, year, *search)

    assert (match.tmdb_id, match.media_type) == (expected, "movie")
    assert match.confident


@pytest.mark.parametrize(
    ("title", "year", "expected"),
    [
        ("Parasite", 2019, 496243),
        ("기생충", 2019, 496243),
        ("Spirited Away", 2001, 129),
        ("千と千尋の神隠し", 2001, 129),
        ("Amélie", 2001, 194),
        ("Amelie", 2001, 194),
        ("Le Fabuleux Destin d'Amélie Poulain", 2001, 194),
        ("The 400 Blows", 1959, 147),
        ("Les Quatre Cents Coups", 1959, 147),
        ("Bicycle Thieves", 1948, 5156),
        ("8½", 1963, 422),
        ("M", 1931, 832),
        ("WALL·E", 2008, 10681),
        ("WALL-E", 2008, 10681),
        ("Se7en", 1995, 807),
        ("Alien³", 1992, 8077),
        ("Alien 3", 1992, 8077),
        ("Léon: The Professional", 1994, 101),
        ("Y Tu Mamá También", 2001, 1391),
        ("Crouching Tiger, Hidden Dragon", 2000, 146),
        ("臥虎藏龍", 2000, 146),
        ("O Brother, Where Art Thou?", 2000, 134),
        ("2001: A Space Odyssey", 1968, 62),
        ("Star Wars", 1977, 11),
        ("Star Wars: Episode IV – A New Hope", 1977, 11),
        ("Mission: Impossible – Dead Reckoning Part One", 2023, 575264),
        ("Mission: Impossible - Dead Reckoning - Part One", 2023, 575264),
        ("Once Upon a Time… in Hollywood", 2019, 466272),
        ("Three Colours: Red", 1994, 110),
        ("mother!", 2017, 381283),
        ("Mother", 2009, 30018),
    ],
)
def test_titles_spelled_the_letterboxd_way_find_the_tmdb_film(
    title: str, year: int, expected: int | None, search: tuple[Search, Search, Details]
) -> None:
    match = find_match(title, year, *search)

    assert match.tmdb_id == expected


@pytest.mark.parametrize(
    ("title", "year", "expected"),
    [
        ("Under the Skin", 2013, 97370),
        ("It Follows", 2014, 270303),
        ("Ex Machina", 2014, 264660),
        ("Sound of Metal", 2019, 502033),
        ("Perfect Blue", 1997, 10494),
    ],
)
def test_a_festival_premiere_year_finds_the_film_sure_in_one_search(
    title: str, year: int, expected: int, search: tuple[Search, Search, Details]
) -> None:
    match = find_match(title, year, *search)
    used = match.requests

    assert match.tmdb_id == expected
    assert match.sure
    assert used == 2  # the search, then the details


def test_a_year_tmdb_does_not_list_costs_more_searches_but_still_matches(
    search: tuple[Search, Search, Details],
) -> None:
    match = find_match("Minari", 2020, *search)
    used = match.requests

    assert match.tmdb_id == 615643
    assert match.sure
    assert used == 3  # with and without the year, then the details


@pytest.mark.parametrize(
    ("title", "year", "expected"),
    [
        ("Chernobyl", 2019, 87108),
        ("Band of Brothers", 2001, 4613),
        ("The Queen's Gambit", 2020, 87739),
        ("Berlin Alexanderplatz", 1980, 9100002),
        ("Mildred Pierce", 2011, 9100007),
        ("The Kingdom", 1994, 9100008),
        ("Scenes from a Marriage", 2021, 9100004),
    ],
)
def test_a_tv_miniseries_is_recorded_as_tv_after_three_searches(
    title: str, year: int, expected: int, search: tuple[Search, Search, Details]
) -> None:
    match = find_match(title, year, *search)
    used = match.requests

    assert (match.tmdb_id, match.media_type) == (expected, "tv")
    assert used == 3


def test_a_series_whose_first_search_finds_an_episode_checks_its_other_titles_once(
    search: tuple[Search, Search, Details],
) -> None:
    # "Dekalog: One" (1988, shown in 1989) could have been listed as "Dekalog": its details
    # say not, so the plan goes on to the series.
    match = find_match("Dekalog", 1989, *search)

    assert (match.tmdb_id, match.media_type) == (9100001, "tv")
    assert match.requests == 4  # three searches and the episode's details


@pytest.mark.parametrize(
    ("title", "year", "expected"),
    [
        ("Berlin Alexanderplatz", 2020, 9000050),
        ("Mildred Pierce", 1945, 9000052),
        ("The Kingdom", 2007, 9000053),
        ("Fanny and Alexander", 1982, 5961),
    ],
)
def test_a_film_sharing_its_name_with_a_series_stays_a_film(
    title: str, year: int, expected: int, search: tuple[Search, Search, Details]
) -> None:
    match = find_match(title, year, *search)

    assert (match.tmdb_id, match.media_type) == (expected, "movie")


def test_an_ordinary_film_costs_one_search_and_its_details(
    search: tuple[Search, Search, Details],
) -> None:
    movie, tv, details = (_Counting(f) for f in search)

    match = find_match("Fight Club", 1999, movie, tv, details)

    assert match.tmdb_id == 550
    assert match.sure
    assert match.requests == 2
    assert movie.calls == [("Fight Club", {"year": 1999})]
    assert tv.calls == []
    assert details.calls == [(550,)]


def test_two_films_called_leo_from_2023_are_left_for_the_member_to_pick(
    search: tuple[Search, Search, Details],
) -> None:
    match = find_match("Leo", 2023, *search)
    used = match.requests

    assert not match.confident
    assert {c.tmdb_id for c in match.candidates} >= {1075794, 9000032}
    assert used == 3  # their runtimes (both features) are asked; more searches cannot help


def test_a_season_listed_as_a_film_is_not_forced_onto_the_series(
    search: tuple[Search, Search, Details],
) -> None:
    match = find_match("Twin Peaks: The Return", 2017, *search)

    assert not match.confident
    assert ("tv", 1920) in {(c.media_type, c.tmdb_id) for c in match.candidates}


def test_a_sequel_found_by_the_search_is_not_taken_for_a_missing_film(
    search: tuple[Search, Search, Details],
) -> None:
    match = find_match("Psycho", 1983, *search)

    assert match.tmdb_id is None


def test_an_unknown_title_is_no_match(search: tuple[Search, Search, Details]) -> None:
    match = find_match("Grandma's 90th Birthday", 2016, *search)
    used = match.requests

    assert match.tmdb_id is None
    assert match.candidates == ()
    assert used == 3


def test_year_unknown_matches_a_unique_title(search: tuple[Search, Search, Details]) -> None:
    match = find_match("Amélie", None, *search)
    used = match.requests

    assert match.tmdb_id == 194
    assert match.sure
    assert used == 2


def test_year_unknown_does_not_guess_between_remakes(
    search: tuple[Search, Search, Details],
) -> None:
    match = find_match("Dune", None, *search)
    used = match.requests

    assert not match.confident
    assert match.best_guess is not None
    assert match.best_guess.tmdb_id == 438631  # the most voted "Dune", offered first
    assert used == 1


def test_the_catalogue_has_enough_real_films_series_and_decoys(catalogue: Catalogue) -> None:
    rows = catalogue.export_rows("tuning")
    decoys = [f for f in catalogue.films if f.letterboxd_name is None]

    assert len([f for f in catalogue.films if f.tmdb_id < 9_000_000]) >= 160
    assert len(catalogue.films) >= 250
    assert len(catalogue.shows) >= 10
    assert len(decoys) >= 10
    assert len(rows) >= 150
    assert len({r.name for r in rows if r.expected_media_type == "tv"}) >= 8


def test_the_held_out_part_is_apart_from_the_tuning_part(catalogue: Catalogue) -> None:
    # Sizes only: no test matches the held-out part (see fake_tmdb/_held_out.py).
    tuning = catalogue.export_rows("tuning")
    held_out = catalogue.export_rows("held-out")

    assert len(held_out) >= 300
    assert {r.part for r in held_out} == {"held-out"}
    assert {r.catalogue_id for r in held_out if r.catalogue_id} & {
        r.catalogue_id for r in tuning if r.catalogue_id
    } == set()
    assert len(catalogue.export_rows()) == len(tuning) + len(held_out)
