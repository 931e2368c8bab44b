"""The member's top films (movies.stats.favourites) on plain rows: no database."""

from __future__ import annotations

from datetime import date

from movies.stats.favourites import rank_highest_rated, rank_most_watched
from movies.tests.stats_rows import FilmRow, ViewingRow, stats_from_rows

D = date.fromisoformat


def test_highest_rated_is_by_rating_then_rewatches_then_the_earlier_date():
    ratings = [4.0, 5.0, 5.0, 5.0, None, 5.0]
    rewatches = [9, 0, 2, 0, 9, 0]
    dates = [D("2020-01-01"), D("2021-01-01"), D("2022-01-01"), D("2019-06-01"), None, None]
    assert rank_highest_rated(ratings, rewatches, dates, n=10) == [2, 3, 1, 5, 0]


def test_highest_rated_breaks_a_full_tie_by_index_and_stops_at_n():
    assert rank_highest_rated([3.0, 3.0, 3.0], [0, 0, 0], [None, None, None], n=2) == [0, 1]
    assert rank_highest_rated([None, None], [0, 0], [None, None]) == []


def test_highest_rated_beyond_the_top_rating_still_orders_every_tie():
    # Fewer films have the best rating than asked for: the next ratings fill in, in order.
    ratings = [4.5, 5.0, 4.5, 3.0, 4.5]
    rewatches = [0, 0, 1, 0, 0]
    dates = [D("2020-05-01"), None, D("2021-01-01"), None, D("2020-01-01")]
    assert rank_highest_rated(ratings, rewatches, dates, n=4) == [1, 2, 4, 0]


def test_most_watched_needs_two_entries_and_ties_like_highest_rated():
    entries = [1, 3, 3, 2, 3]
    rewatches = [0, 1, 2, 1, 2]
    dates = [None, D("2020-01-01"), D("2021-01-01"), None, D("2020-06-01")]
    assert rank_most_watched(entries, rewatches, dates, n=10) == [4, 2, 1, 3]


def _rows():
    films = [
        FilmRow(id=1, name="Cléo from 5 to 7", year=1962, rating=5.0),
        FilmRow(id=2, name="Vagabond", year=1985, rating=5.0),
        FilmRow(id=3, name="Playtime", year=1967, rating=4.0),
        FilmRow(id=4, name="Unrated", year=1990, marked_watched_on=D("2018-01-01")),
    ]
    viewings = [
        ViewingRow(1, D("2021-03-01")),
        ViewingRow(2, D("2020-02-01")),
        ViewingRow(2, D("2021-05-01"), rewatch=True),
        ViewingRow(3, D("2021-01-01")),
        ViewingRow(3, D("2021-02-01"), rewatch=True),
        ViewingRow(3, D("2021-04-01"), rewatch=True),
    ]
    return films, viewings


def test_the_dashboard_lists_highest_rated_and_most_watched():
    stats = stats_from_rows(*_rows())
    assert [f["name"] for f in stats["highest_rated"]] == [
        "Vagabond",
        "Cléo from 5 to 7",
        "Playtime",
    ]
    assert stats["highest_rated"][0] | {"rating": 5.0, "rewatches": 1} == stats["highest_rated"][0]
    assert [(f["name"], f["entries"]) for f in stats["most_watched"]] == [
        ("Playtime", 3),
        ("Vagabond", 2),
    ]


def test_a_year_ranks_only_its_own_films_and_rewatches():
    stats = stats_from_rows(*_rows(), year=2020)
    assert [f["name"] for f in stats["highest_rated"]] == ["Vagabond"]
    assert stats["highest_rated"][0]["rewatches"] == 0
    assert stats["most_watched"] == []


def test_the_dashboard_counts_tags_of_the_films_in_scope():
    films, viewings = _rows()
    films[0].tags, films[1].tags, films[2].tags = ["paris"], ["paris", "road"], ["paris"]
    stats = stats_from_rows(films, viewings)
    assert [(t["name"], t["count"], t["average"]) for t in stats["tags"]["used"]] == [
        ("paris", 3, 4.67),
        ("road", 1, 5.0),
    ]
    assert stats["charts"]["tags_used"] == {"labels": ["paris", "road"], "values": [3, 1]}
    # 2020 has Vagabond alone.
    in_2020 = stats_from_rows(films, viewings, year=2020)
    assert [t["name"] for t in in_2020["tags"]["used"]] == ["paris", "road"]
    assert in_2020["tags"]["tagged_films"] == 1


def test_ranking_only_the_contenders_gives_what_ranking_every_film_would():
    import random

    from movies.stats.favourites import favourites
    from movies.stats.scope import scope_of
    from movies.tests.stats_rows import tables_from_rows

    rng = random.Random(7)
    films = [
        FilmRow(id=i, name=f"F{i}", rating=rng.choice([None, 3.0, 4.0, 4.5, 5.0]))
        for i in range(300)
    ]
    viewings = [
        ViewingRow(
            rng.randrange(300),
            D(f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{k % 9}"),
            rewatch=rng.random() < 0.3,
        )
        for k in range(600)
    ]
    scope = scope_of(*tables_from_rows(films, viewings))
    diary = scope.diary
    ids = scope.films.id
    rewatches = [diary.rewatched.get(m, 0) for m in ids]
    entries = [diary.seen.get(m, 0) for m in ids]
    dates = [diary.first_in_scope.get(m) for m in ids]
    ratings = scope.films.rating
    got = favourites(scope)
    assert [f["id"] for f in got["highest_rated"]] == [
        ids[i] for i in rank_highest_rated(ratings, rewatches, dates, n=10)
    ]
    assert [f["id"] for f in got["most_watched"]] == [
        ids[i] for i in rank_most_watched(entries, rewatches, dates, n=10)
    ]
