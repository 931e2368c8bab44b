"""Tag statistics (movies.stats.tags) on plain lists: no database."""

from __future__ import annotations

from movies.stats.tags import tag_stats


def test_tags_are_counted_once_per_film_most_used_first_with_their_average():
    tags = [["cinema", "Paris"], ["Paris", "Paris"], ["Paris", "rewatch"], ["cinema"], []]
    ratings = [5.0, 4.0, None, 3.0, 2.0]
    stats = tag_stats(tags, ratings)
    assert [(r["name"], r["count"], r["rated"], r["average"]) for r in stats["used"]] == [
        ("Paris", 3, 2, 4.5),
        ("cinema", 2, 2, 4.0),
        ("rewatch", 1, 0, None),
    ]
    assert (stats["tags"], stats["tagged_films"]) == (3, 4)


def test_ties_go_to_more_rated_films_then_to_the_name_ignoring_case():
    tags = [["b"], ["B2"], ["a"], ["c"], ["c"]]
    ratings = [None, 1.0, None, None, None]
    assert [r["name"] for r in tag_stats(tags, ratings)["used"]] == ["c", "B2", "a", "b"]


def test_highest_rated_tags_need_two_rated_films_and_the_list_stops_at_n():
    tags = [["x", "y"], ["x", "y"], ["z"], ["w"]]
    ratings = [5.0, 1.0, 5.0, 4.0]
    stats = tag_stats(tags, ratings, n=3)
    assert len(stats["used"]) == 3
    assert [(r["name"], r["average"]) for r in stats["rated"]] == [("x", 3.0), ("y", 3.0)]
    assert stats["charts"]["tags_used"]["labels"] == ["x", "y", "w"]
    assert stats["charts"]["tags_rated"] == {"labels": ["x", "y"], "values": [3.0, 3.0]}


def test_no_tags_at_all_gives_empty_charts():
    stats = tag_stats([[], []], [None, 3.0])
    assert stats["used"] == [] and stats["tagged_films"] == 0
    assert stats["charts"]["tags_used"] == {"labels": [], "values": []}
