"""find_match over the fake TMDB catalogue: every film of its Letterboxd export, end to end.

Searches go through fake_tmdb.search, which imitates TMDB's looser matching (decoys included),
so these tests exercise the request plan and the scoring together, without HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from enrichment.search_strategy import find_match
from fake_tmdb.catalogue import Catalogue, ExportRow, load
from fake_tmdb.search import SearchFn, SearchIndex, searchers

# The catalogue is a stress test: remakes, TV miniseries and renamed films are over-represented,
# yet matching it must stay within this budget (one details request per match included).
MAX_REQUESTS_PER_FILM = 2.05
MIN_ACCURACY = 0.99


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load()


@pytest.fixture(scope="module")
def search(catalogue: Catalogue) -> tuple[SearchFn, SearchFn]:
    return searchers(SearchIndex(catalogue))


class _Counting:
    def __init__(self, search: SearchFn) -> None:
        self.search = search
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        self.calls.append((query, dict(params)))
        return self.search(query, params)


@dataclass
class _Report:
    rows: int = 0
    correct: int = 0
    confident_wrong: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    searches: int = 0
    details: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.rows

    @property
    def requests_per_film(self) -> float:
        return (self.searches + self.details) / self.rows

    def summary(self) -> str:
        return (
            f"{self.correct}/{self.rows} correct ({self.accuracy:.1%}), "
            f"{len(self.confident_wrong)} confident wrong; "
            f"{self.searches / self.rows:.3f} searches + {self.details / self.rows:.3f} details "
            f"= {self.requests_per_film:.3f} requests per film"
        )


def _is_correct(row: ExportRow, tmdb_id: int | None, media_type: str, confident: bool) -> bool:
    if row.expected_tmdb_id is None:
        return not confident
    return confident and (tmdb_id, media_type) == (row.expected_tmdb_id, row.expected_media_type)


def _evaluate(rows: list[ExportRow], search: tuple[SearchFn, SearchFn]) -> _Report:
    report = _Report()
    for row in rows:
        movie, tv = _Counting(search[0]), _Counting(search[1])
        match = find_match(row.name, row.year, movie, tv)
        used = match.requests
        assert used == len(movie.calls) + len(tv.calls)
        report.rows += 1
        report.searches += used
        # Enriching a match costs one more request: /movie/{id} or /tv/{id} with credits.
        report.details += 1 if match.confident else 0
        if _is_correct(row, match.tmdb_id, match.media_type, match.confident):
            report.correct += 1
            continue
        line = f"{row.name} ({row.year}): got {match.media_type}/{match.tmdb_id} {match.reason}"
        (report.confident_wrong if match.confident else report.misses).append(line)
    return report


@pytest.mark.xfail(
    strict=True, reason="the catalogue's new hard cases need the matcher the next commits build"
)
def test_the_whole_catalogue_matches_accurately_within_the_request_budget(
    catalogue: Catalogue, search: tuple[SearchFn, SearchFn]
) -> None:
    rows = catalogue.export_rows("tuning")

    report = _evaluate(rows, search)

    print("\ncatalogue:", report.summary())
    assert report.rows >= 150
    assert report.confident_wrong == []
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
    title: str, year: int, expected: int, search: tuple[SearchFn, SearchFn]
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
    title: str, year: int, expected: int | None, search: tuple[SearchFn, SearchFn]
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
def test_a_festival_premiere_year_finds_the_film_in_one_search(
    title: str, year: int, expected: int, search: tuple[SearchFn, SearchFn]
) -> None:
    match = find_match(title, year, *search)
    used = match.requests

    assert match.tmdb_id == expected
    assert used == 1


def test_a_year_tmdb_does_not_list_costs_more_searches_but_still_matches(
    search: tuple[SearchFn, SearchFn],
) -> None:
    match = find_match("Minari", 2020, *search)
    used = match.requests

    assert match.tmdb_id == 615643
    assert used == 3


@pytest.mark.parametrize(
    ("title", "year", "expected"),
    [
        ("Chernobyl", 2019, 87108),
        ("Band of Brothers", 2001, 4613),
        ("The Queen's Gambit", 2020, 87739),
        ("Dekalog", 1989, 9100001),
        ("Berlin Alexanderplatz", 1980, 9100002),
        ("Mildred Pierce", 2011, 9100007),
        ("The Kingdom", 1994, 9100008),
        ("Scenes from a Marriage", 2021, 9100004),
    ],
)
def test_a_tv_miniseries_is_recorded_as_tv_after_two_searches(
    title: str, year: int, expected: int, search: tuple[SearchFn, SearchFn]
) -> None:
    match = find_match(title, year, *search)
    used = match.requests

    assert (match.tmdb_id, match.media_type) == (expected, "tv")
    assert used == 2


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
    title: str, year: int, expected: int, search: tuple[SearchFn, SearchFn]
) -> None:
    match = find_match(title, year, *search)

    assert (match.tmdb_id, match.media_type) == (expected, "movie")


def test_an_ordinary_film_costs_exactly_one_search(search: tuple[SearchFn, SearchFn]) -> None:
    movie, tv = _Counting(search[0]), _Counting(search[1])

    match = find_match("Fight Club", 1999, movie, tv)

    used = match.requests

    assert match.tmdb_id == 550
    assert used == 1
    assert movie.calls == [("Fight Club", {"year": 1999})]
    assert tv.calls == []


def test_two_films_called_leo_from_2023_are_left_for_the_member_to_pick(
    search: tuple[SearchFn, SearchFn],
) -> None:
    match = find_match("Leo", 2023, *search)
    used = match.requests

    assert not match.confident
    assert {c.tmdb_id for c in match.candidates} >= {1075794, 9000032}
    assert used == 1  # more searches cannot tell them apart


def test_a_season_listed_as_a_film_is_not_forced_onto_the_series(
    search: tuple[SearchFn, SearchFn],
) -> None:
    match = find_match("Twin Peaks: The Return", 2017, *search)

    assert not match.confident
    assert ("tv", 1920) in {(c.media_type, c.tmdb_id) for c in match.candidates}


def test_a_sequel_found_by_the_search_is_not_taken_for_a_missing_film(
    search: tuple[SearchFn, SearchFn],
) -> None:
    match = find_match("Psycho", 1983, *search)

    assert match.tmdb_id is None


def test_an_unknown_title_is_no_match(search: tuple[SearchFn, SearchFn]) -> None:
    match = find_match("Grandma's 90th Birthday", 2016, *search)
    used = match.requests

    assert match.tmdb_id is None
    assert match.candidates == ()
    assert used == 3


def test_year_unknown_matches_a_unique_title(search: tuple[SearchFn, SearchFn]) -> None:
    match = find_match("Amélie", None, *search)
    used = match.requests

    assert match.tmdb_id == 194
    assert match.confident
    assert used == 1


def test_year_unknown_does_not_guess_between_remakes(search: tuple[SearchFn, SearchFn]) -> None:
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
