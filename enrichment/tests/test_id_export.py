"""The daily ID export read as a title index, and the match one details request settles: plain
functions, no Django."""

from __future__ import annotations

from typing import Any

from enrichment.id_export import (
    ExportTally,
    index_key,
    index_match,
    parse_line,
    pick_candidate,
    read_export,
    release_years,
    title_hash,
)


def test_a_line_gives_the_film_by_its_normalised_original_title() -> None:
    line = b'{"adult":false,"id":3924,"original_title":"Blondie","popularity":2.5,"video":false}'

    entry = parse_line(line)

    assert (entry.tmdb_id, entry.normalised_title, entry.popularity) == (3924, "blondie", 2.5)


def test_adult_films_unreadable_lines_and_punctuation_titles_are_left_out_and_counted() -> None:
    lines = [
        b'{"adult":true,"id":1,"original_title":"Adult","popularity":1,"video":false}',
        b"not json",
        b'{"adult":false,"original_title":"No id"}',
        b'{"adult":false,"id":2,"original_title":"","popularity":1}',
        b'{"adult":false,"id":3,"original_title":"...","popularity":1}',
        b'{"adult":false,"id":4,"original_title":"Le M\xc3\xa9pris","popularity":null}',
        b'{"adult":false,"id":5,"original_title":"Nan","popularity":NaN}',
        b"[5]",
        b"\xff\xfe",
        b"",
    ]
    tally = ExportTally()

    entries = list(read_export(lines, tally))

    kept = [(e.tmdb_id, e.normalised_title, e.popularity) for e in entries]
    assert kept == [(4, "mepris", 0.0), (5, "nan", 0.0)]
    counts = (tally.lines, tally.entries, tally.adult, tally.unreadable, tally.untitled)
    assert counts == (9, 2, 1, 5, 1)


def test_reading_is_lazy_one_line_at_a_time() -> None:
    def endless():
        n = 0
        while True:
            n += 1
            yield f'{{"id":{n},"original_title":"Film {n}","popularity":1}}'

    entries = read_export(endless())

    assert [next(entries).tmdb_id for _ in range(3)] == [1, 2, 3]


def test_only_a_title_one_film_has_is_worth_a_details_request() -> None:
    assert pick_candidate([(11, 3.0)]) == 11
    assert pick_candidate([]) is None
    # Remakes: the export has no years to tell them apart, so the search decides.
    assert pick_candidate([(11, 30.0), (12, 1.0)]) is None


def details(
    release_date: str = "1949-09-01",
    *,
    title: str = "The Third Man",
    original_title: str | None = None,
    runtime: int = 104,
    other_years: tuple[int, ...] = (),
    alternative: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A /movie/{id} answer with release_dates appended."""
    dates = [{"release_date": f"{release_date}T00:00:00.000Z", "type": 3}]
    dates += [{"release_date": f"{y}-05-01T00:00:00.000Z", "type": 1} for y in other_years]
    return {
        "id": 1001,
        "title": title,
        "original_title": original_title or title,
        "release_date": release_date,
        "runtime": runtime,
        "genres": [{"id": 53, "name": "Thriller"}],
        "popularity": 12.0,
        "vote_count": 3300,
        "alternative_titles": {"titles": [{"title": t} for t in alternative]},
        "release_dates": {"results": [{"iso_3166_1": "GB", "release_dates": dates}]},
    }


def test_release_years_are_every_release_and_the_primary_date() -> None:
    assert release_years(details("1949-09-01", other_years=(1948, 1999))) == {1948, 1949, 1999}
    assert release_years({"release_date": ""}) == frozenset()


def test_same_title_and_year_is_a_sure_match_with_one_request() -> None:
    match = index_match("The Third Man", 1949, details())

    assert match is not None
    assert (match.tmdb_id, match.media_type, match.confidence) == (1001, "movie", 1.0)
    assert match.sure


def test_a_premiere_the_year_before_the_primary_release_fits() -> None:
    match = index_match("The Third Man", 1948, details("1949-09-01", other_years=(1948,)))

    assert match is not None and match.sure


def test_a_year_off_every_release_is_left_to_the_search() -> None:
    assert index_match("The Third Man", 1950, details("1949-09-01")) is None


def test_a_release_that_year_years_from_the_primary_one_is_left_to_the_search() -> None:
    # A re-release: TMDB lists 1999 too, but the film is of 1949.
    assert index_match("The Third Man", 1999, details("1949-09-01", other_years=(1999,))) is None


def test_no_year_in_the_export_is_left_to_the_search() -> None:
    assert index_match("The Third Man", None, details()) is None


def test_a_short_is_left_to_the_search_which_may_find_a_feature_a_year_apart() -> None:
    assert index_match("The Third Man", 1949, details(runtime=12)) is None


def test_a_title_only_like_the_films_own_is_left_to_the_search() -> None:
    # The export said another title a day ago, or the name is only one of its other titles.
    assert index_match("The Third Men", 1949, details()) is None
    assert index_match("Der dritte Mann", 1949, details(alternative=("Der dritte Mann",))) is None


def test_the_original_title_matches_when_tmdbs_own_title_is_a_translation() -> None:
    body = details("1963-08-29", title="8½", original_title="Otto e mezzo")

    match = index_match("Otto e mezzo", 1963, body)

    assert match is not None and match.sure


def test_the_title_hash_is_a_stable_signed_64_bit_number() -> None:
    # Stored in a database column: it must not change between processes or releases.
    assert title_hash("blondie") == title_hash("blondie")
    assert title_hash("blondie") != title_hash("blondie 2")
    assert all(-(2**63) <= title_hash(t) < 2**63 for t in ("", "a", "the thing " * 50))
    assert title_hash("blondie") == -258971276426480721


def test_tmdbs_layout_is_read_as_json_reads_it() -> None:
    import json

    from enrichment.id_export import _TMDB_LINE

    lines = [
        '{"adult":false,"id":3924,"original_title":"Blondie","popularity":2.5,"video":false}',
        '{"adult":false,"id":7,"original_title":"L\'Âge d\'or","popularity":0.6,"video":true}',
        '{"adult":false,"id":8,"original_title":"夜","popularity":12,"video":false}',
        '{"adult":false,"id":9,"original_title":"Big","popularity":1e-3,"video":false}',
        '{"adult":true,"id":10,"original_title":"Adult","popularity":3.0,"video":false}',
        # Escapes, and another order of keys: read by json.
        '{"adult":false,"id":11,"original_title":"Say \\"Hi\\"","popularity":1.0,"video":false}',
        '{"adult":false,"id":12,"original_title":"Am\\u00e9lie","popularity":9.5,"video":false}',
        '{"id":13,"adult":false,"popularity":4.0,"original_title":"Heat","video":false}',
    ]

    for line in lines:
        item = json.loads(line)
        expected = (
            None
            if item["adult"]
            else (item["id"], index_key(item["original_title"]), float(item["popularity"]))
        )
        entry = parse_line(line.encode())
        assert (tuple(entry) if entry else None) == expected, line
    assert sum(_TMDB_LINE.match(line) is not None for line in lines) == 5
