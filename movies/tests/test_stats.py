"""movies.stats on plain rows: no database."""

from __future__ import annotations

import json
from datetime import date

import pytest

from movies.stats import film_filters
from movies.tests.stats_rows import (
    FilmRow,
    TmdbRow,
    ViewingRow,
    stats_from_rows,
    tables_from_rows,
)


def tmdb(tmdb_id: int, **fields) -> TmdbRow:
    defaults = {
        "genres": ["Drama"],
        "directors": [{"id": 1, "name": "Agnès Varda"}],
        "cast_ids": [10],
        "cast_names": ["Corinne Marchand"],
        "runtime": 90,
        "popularity": 5.0,
        "vote_average": 7.0,
        "vote_count": 500,
        "countries": [{"code": "FR", "name": "France"}],
        "languages": [{"code": "fr", "name": "French"}],
        "original_language": "fr",
    }
    return TmdbRow(tmdb_id=tmdb_id, **{**defaults, **fields})


def film(film_id: int, name: str | None = None, **fields) -> FilmRow:
    fields.setdefault("year", 2000)
    fields.setdefault("enrichment_status", "enriched" if fields.get("tmdb") else "pending")
    return FilmRow(id=film_id, name=name or f"Film {film_id}", **fields)


def seen(film_id: int, day: str, **fields) -> ViewingRow:
    return ViewingRow(movie_id=film_id, watched_on=date.fromisoformat(day), **fields)


def test_empty_session_gives_zeroes_and_empty_charts():
    stats = stats_from_rows([], [])

    assert stats["cards"]["films"] == 0
    assert stats["cards"]["average_rating"] is None
    assert stats["years"] == []
    assert stats["milestones"]["first"] is None
    assert all(not any(chart["values"]) for chart in stats["charts"].values())


def test_headline_cards_count_films_viewings_and_tmdb_people():
    films = [
        film(1, rating=4.0, liked=True, tmdb=tmdb(1, runtime=100)),
        film(
            2, rating=3.0, tmdb=tmdb(2, runtime=120, directors=[{"id": 2, "name": "Jacques Demy"}])
        ),
        film(3, rating=None, marked_watched_on=date(2020, 1, 1)),
    ]
    viewings = [
        seen(1, "2021-03-01", has_review=True),
        seen(1, "2022-03-01", rewatch=True),
        seen(2, "2022-05-01"),
    ]

    cards = stats_from_rows(films, viewings)["cards"]

    assert cards["films"] == 3
    assert cards["diary_entries"] == 3
    assert cards["rewatches"] == 1
    assert cards["reviews"] == 1
    assert cards["likes"] == 1
    assert cards["rated"] == 2
    assert cards["average_rating"] == 3.5
    assert cards["directors"] == 2
    assert cards["countries"] == 1
    assert cards["languages"] == 1
    # Film 1 twice (200 min), film 2 once (120 min); film 3 has no TMDB runtime.
    assert cards["hours"] == round(320 / 60)


def test_a_film_marked_watched_without_diary_entry_counts_once_in_hours():
    stats = stats_from_rows([film(1, tmdb=tmdb(1, runtime=180))], [])
    assert stats["cards"]["hours"] == 3


def test_ratings_distribution_has_all_ten_half_stars():
    films = [film(1, rating=0.5), film(2, rating=5.0), film(3, rating=5.0), film(4)]
    chart = stats_from_rows(films, [])["charts"]["ratings"]

    assert chart["labels"] == ["0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5"]
    assert chart["values"] == [1, 0, 0, 0, 0, 0, 0, 0, 0, 2]


def test_release_years_and_decades_are_continuous():
    films = [film(1, year=1968), film(2, year=1971), film(3, year=1971)]
    charts = stats_from_rows(films, [])["charts"]

    assert charts["release_years"]["labels"] == ["1968", "1969", "1970", "1971"]
    assert charts["release_years"]["values"] == [1, 0, 0, 2]
    assert charts["decades"] == {"labels": ["1960s", "1970s"], "values": [1, 2]}


def test_viewings_per_month_fill_the_gaps_and_weekdays_count_each_entry():
    viewings = [seen(1, "2024-01-01"), seen(1, "2024-03-04"), seen(2, "2024-03-05")]
    charts = stats_from_rows([film(1), film(2)], viewings)["charts"]

    assert charts["months"] == {"labels": ["2024-01", "2024-02", "2024-03"], "values": [1, 0, 2]}
    # 1 Jan and 4 Mar 2024 are Mondays, 5 Mar a Tuesday.
    assert charts["weekdays"]["values"] == [2, 1, 0, 0, 0, 0, 0]


def test_genres_most_watched_and_highest_rated_with_a_minimum_count():
    films = [
        film(1, rating=5.0, tmdb=tmdb(1, genres=["Horror"])),
        film(2, rating=1.0, tmdb=tmdb(2, genres=["Drama", "Romance"])),
        film(3, rating=2.0, tmdb=tmdb(3, genres=["Drama"])),
        film(4, rating=3.0, tmdb=tmdb(4, genres=["Drama"])),
    ]
    stats = stats_from_rows(films, [])

    assert [(g["name"], g["count"]) for g in stats["genres"]["watched"]] == [
        ("Drama", 3),
        ("Horror", 1),
        ("Romance", 1),
    ]
    # Horror has the best average but only one film: below the minimum of three.
    assert [(g["name"], g["average"]) for g in stats["genres"]["rated"]] == [("Drama", 2.0)]
    assert stats["charts"]["genres_watched"]["labels"][0] == "Drama"


def test_people_are_keyed_by_tmdb_id_so_namesakes_stay_apart():
    twin_a = {"id": 1, "name": "John Smith"}
    twin_b = {"id": 2, "name": "John Smith"}
    films = [
        film(1, tmdb=tmdb(1, directors=[twin_a])),
        film(2, tmdb=tmdb(2, directors=[twin_a])),
        film(3, tmdb=tmdb(3, directors=[twin_b])),
    ]
    watched = stats_from_rows(films, [])["directors"]["watched"]

    assert [(d["id"], d["count"]) for d in watched] == [(1, 2), (2, 1)]


def test_highest_rated_directors_need_enough_rated_films():
    varda = [{"id": 1, "name": "Agnès Varda"}]
    demy = [{"id": 2, "name": "Jacques Demy"}]
    films = [
        film(1, rating=5.0, tmdb=tmdb(1, directors=varda)),
        film(2, rating=4.0, tmdb=tmdb(2, directors=varda)),
        film(3, rating=5.0, tmdb=tmdb(3, directors=demy)),
        film(4, tmdb=tmdb(4, directors=demy)),  # unrated: does not count towards the minimum
    ]
    stats = stats_from_rows(films, [])

    assert stats["min_rated"]["people"] == 2
    assert [(d["name"], d["average"], d["rated"]) for d in stats["directors"]["rated"]] == [
        ("Agnès Varda", 4.5, 2)
    ]


def test_language_is_the_original_language_named_from_the_film_or_a_fallback():
    films = [
        film(1, tmdb=tmdb(1, original_language="fr", languages=[{"code": "fr", "name": "French"}])),
        film(2, tmdb=tmdb(2, original_language="ko", languages=[])),
        film(3, tmdb=tmdb(3, original_language="qq", languages=[])),
    ]
    names = {lang["name"] for lang in stats_from_rows(films, [])["languages"]}
    assert names == {"French", "Korean", "QQ"}


def test_rating_versus_tmdb_lists_the_biggest_differences_both_ways():
    films = [
        film(1, "Loved", rating=5.0, tmdb=tmdb(1, vote_average=5.0)),  # +2.5 stars
        film(2, "Hated", rating=1.0, tmdb=tmdb(2, vote_average=8.0)),  # −3 stars
        film(3, "Agreed", rating=3.5, tmdb=tmdb(3, vote_average=7.0)),  # 0
        film(4, "Few votes", rating=5.0, tmdb=tmdb(4, vote_average=2.0, vote_count=3)),
    ]
    versus = stats_from_rows(films, [])["rating_vs_tmdb"]

    assert [(f["name"], f["difference"]) for f in versus["above"]] == [("Loved", 2.5)]
    assert [(f["name"], f["difference"]) for f in versus["below"]] == [("Hated", -3.0)]
    assert versus["compared"] == 3
    assert versus["mean_difference"] == round((2.5 - 3.0 + 0) / 3, 2)


def test_runtime_money_and_obscurity():
    films = [
        film(1, "Short", tmdb=tmdb(1, runtime=45, popularity=0.5, budget=1_000_000)),
        film(2, "Epic", tmdb=tmdb(2, runtime=200, popularity=80.0, revenue=900_000_000)),
        film(3, "Usual", tmdb=tmdb(3, runtime=95, popularity=8.0, budget=5, revenue=10)),
    ]
    stats = stats_from_rows(films, [])

    assert stats["runtime"]["longest"][0]["name"] == "Epic"
    assert stats["runtime"]["shortest"][0]["name"] == "Short"
    assert stats["charts"]["runtimes"]["values"] == [1, 0, 1, 0, 0, 1]
    assert stats["money"]["budget_total"] == 1_000_005
    assert stats["money"]["revenue_films"] == 2
    assert [f["name"] for f in stats["money"]["box_office"]] == ["Epic", "Usual"]
    assert stats["charts"]["box_office"]["budgets"] == [0, 5]
    assert stats["obscurity"]["most_popular"][0]["name"] == "Epic"
    assert stats["obscurity"]["least_popular"][0]["name"] == "Short"
    assert stats["obscurity"]["median"] == 8.0


def test_milestones_first_latest_nth_and_habits():
    films = [film(i) for i in range(1, 121)]
    viewings = [seen(i, f"2023-01-{(i % 28) + 1:02d}") for i in range(1, 121)]
    viewings += [seen(7, "2023-02-01", rewatch=True), seen(7, "2023-02-02", rewatch=True)]
    ms = stats_from_rows(films, viewings)["milestones"]

    assert ms["first"]["date"] == date(2023, 1, 1)
    assert ms["latest"] == {"film": ms["latest"]["film"], "date": date(2023, 2, 2)}
    assert ms["latest"]["film"]["id"] == 7
    assert [m["n"] for m in ms["nth"]] == [50, 100]
    assert ms["longest_streak"] == {
        "days": 28,
        "start": date(2023, 1, 1),
        "end": date(2023, 1, 28),
    }
    assert ms["busiest_day"]["count"] == 5  # 120 entries over 28 days: 8 days get 5
    assert ms["busiest_month"]["label"] == "Jan 2023"
    # Three entries, two of them marked as rewatches: two rewatches, not three viewings.
    assert ms["most_rewatched"] == [{**ms["most_rewatched"][0], "id": 7, "count": 2}]


def test_most_rewatched_counts_the_rewatches_of_the_scope_not_viewings():
    films = [film(1, "Logged twice"), film(2, "Rewatched"), film(3, "Once")]
    viewings = [seen(1, "2023-01-01"), seen(1, "2023-02-01")]  # never marked a rewatch
    viewings += [seen(2, "2022-05-05"), seen(2, "2023-03-03", rewatch=True)]
    viewings += [seen(2, "2024-04-04", rewatch=True), seen(3, "2023-01-01")]

    assert [
        (f["name"], f["count"])
        for f in stats_from_rows(films, viewings)["milestones"]["most_rewatched"]
    ] == [("Rewatched", 2)]
    in_2024 = stats_from_rows(films, viewings, year=2024)["milestones"]["most_rewatched"]
    assert [(f["name"], f["count"]) for f in in_2024] == [("Rewatched", 1)]


def test_longest_streak_spans_month_and_year_ends():
    viewings = [seen(1, d) for d in ("2022-12-30", "2022-12-31", "2023-01-01", "2023-01-03")]
    streak = stats_from_rows([film(1)], viewings)["milestones"]["longest_streak"]
    assert streak == {"days": 3, "start": date(2022, 12, 30), "end": date(2023, 1, 1)}


def test_a_year_keeps_only_that_years_viewings_and_their_films():
    films = [
        film(1, rating=5.0, tmdb=tmdb(1, runtime=60, genres=["Horror"])),
        film(2, rating=1.0, tmdb=tmdb(2, runtime=120, genres=["Drama"])),
        film(3, rating=3.0, marked_watched_on=date(2023, 6, 1)),  # no diary entry: not in a year
    ]
    viewings = [
        seen(1, "2022-10-31"),
        seen(1, "2023-10-31", rewatch=True),
        seen(2, "2023-02-01"),
        seen(2, "2023-02-02", rewatch=True),
    ]
    all_time = stats_from_rows(films, viewings)
    year = stats_from_rows(films, viewings, year=2022)

    assert all_time["years"] == [2023, 2022]
    assert year["years"] == [2023, 2022]
    assert year["cards"]["films"] == 1
    assert year["cards"]["diary_entries"] == 1
    assert year["cards"]["hours"] == 1
    assert year["cards"]["average_rating"] == 5.0
    assert [g["name"] for g in year["genres"]["watched"]] == ["Horror"]
    assert year["charts"]["months"]["labels"][0] == "Jan"
    assert year["charts"]["months"]["values"][9] == 1


def test_the_year_summary_tells_new_films_from_rewatched_ones():
    films = [film(1, tmdb=tmdb(1, genres=["Horror"])), film(2, tmdb=tmdb(2))]
    viewings = [
        seen(1, "2022-10-31"),
        seen(1, "2023-10-31", rewatch=True),
        seen(2, "2023-02-01"),
    ]
    summary = stats_from_rows(films, viewings, year=2023)["summary"]

    assert summary["films"] == 2
    assert summary["new_films"] == 1
    assert summary["rewatches"] == 1
    assert summary["previous_year_entries"] == 1
    assert summary["change_from_previous"] == 1


def test_a_year_without_entries_is_empty_not_an_error():
    stats = stats_from_rows([film(1)], [seen(1, "2020-01-01")], year=1999)
    assert stats["cards"]["films"] == 0
    assert stats["summary"]["diary_entries"] == 0


def test_films_table_filters_list_every_genre_and_the_most_watched_directors():
    films = [
        film(1, tmdb=tmdb(1, genres=["War", "Drama"])),
        film(2, tmdb=tmdb(2, genres=["Comedy"], directors=[{"id": 9, "name": "Tati"}])),
        film(3, tmdb=tmdb(3, genres=["Comedy"], directors=[{"id": 9, "name": "Tati"}])),
    ]
    films[0].year, films[1].year = 1958, 1967
    filters = film_filters(tables_from_rows(films, [])[0])

    assert filters["genres"] == ["Comedy", "Drama", "War"]
    assert filters["directors"][0] == {"id": 9, "name": "Tati", "count": 2}
    assert filters["decades"] == [1950, 1960, 2000]


def test_chart_data_is_plain_json():
    films = [film(1, rating=4.5, tmdb=tmdb(1))]
    charts = stats_from_rows(films, [seen(1, "2024-05-05")])["charts"]
    assert json.loads(json.dumps(charts)) == charts


@pytest.mark.parametrize("year", [None, 2019])
def test_ten_thousand_films_take_one_pass_not_a_quadratic_walk(year):
    # Guards the shape of the algorithm (not a timing test): 10,000 films, 14,000 viewings.
    films = [
        film(i, rating=(i % 10 + 1) / 2, tmdb=tmdb(i, cast_ids=[i % 997], cast_names=["A"]))
        for i in range(10_000)
    ]
    viewings = [seen(i % 10_000, f"{2015 + i % 8}-0{1 + i % 9}-1{i % 9}") for i in range(14_000)]
    stats = stats_from_rows(films, viewings, year=year)
    assert stats["cards"]["diary_entries"] == (14_000 if year is None else 1_750)


def test_ties_go_to_more_rated_films_then_to_the_lower_key():
    def cast(*ids):
        return tmdb(0, cast_ids=list(ids), cast_names=[f"Actor {i}" for i in ids])

    films = [
        film(1, rating=4.0, tmdb=cast(20, 30, 40, 50)),
        film(2, rating=3.0, tmdb=cast(20, 30)),
        film(3, rating=None, tmdb=cast(20, 10)),
        film(4, rating=2.0, tmdb=cast(10)),
    ]
    actors = stats_from_rows(films, [])["actors"]

    # 30 and 10 are in two films each, but 30 in two rated ones; 40 and 50 tie on everything.
    assert [(a["id"], a["count"], a["rated"]) for a in actors["watched"]] == [
        (20, 3, 2),
        (30, 2, 2),
        (10, 2, 1),
        (40, 1, 1),
        (50, 1, 1),
    ]
    assert [a["name"] for a in actors["watched"]][:2] == ["Actor 20", "Actor 30"]
    # 20 and 30 both average 3.5 over two rated films: the lower id first.
    assert [(a["id"], a["average"]) for a in actors["rated"]] == [(20, 3.5), (30, 3.5)]
