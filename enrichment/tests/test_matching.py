"""choose_match on hand-built candidates: the scoring rules one at a time."""

from __future__ import annotations

from dataclasses import replace

from enrichment.matching import (
    CONFIDENCE_THRESHOLD,
    Candidate,
    Match,
    choose_match,
    has_plausible,
    worth_details,
)


def _film(
    tmdb_id: int,
    title: str,
    release_date: str,
    *,
    votes: int = 1000,
    popularity: float = 20.0,
    original_title: str | None = None,
    media_type: str = "movie",
    **more,
) -> Candidate:
    return Candidate(
        tmdb_id=tmdb_id,
        title=title,
        original_title=original_title or title,
        release_date=release_date,
        popularity=popularity,
        vote_count=votes,
        media_type=media_type,
        **more,
    )


def _doubtful(match: Match) -> bool:
    """Linked, so the statistics count it, and listed on the check page."""
    return match.confident and not match.sure


DUNE_2021 = _film(438631, "Dune", "2021-09-15", votes=12500, popularity=100.0)
DUNE_1984 = _film(841, "Dune", "1984-12-14", votes=3000, popularity=30.0)
DUNE_PART_TWO = _film(693134, "Dune: Part Two", "2024-02-27", votes=7000, popularity=150.0)


def test_exact_title_and_year_is_a_confident_match() -> None:
    match = choose_match("Dune", 2021, [DUNE_PART_TWO, DUNE_2021, DUNE_1984])

    assert match.tmdb_id == 438631
    assert match.media_type == "movie"
    assert match.confident
    assert match.confidence >= 0.95


def test_the_year_tells_a_remake_from_the_original_whatever_the_popularity() -> None:
    match = choose_match("Dune", 1984, [DUNE_PART_TWO, DUNE_2021, DUNE_1984])

    assert match.tmdb_id == 841
    assert match.confident


def test_a_year_off_by_one_with_one_plausible_film_is_sure() -> None:
    match = choose_match("Repulsion", 1964, [_film(11481, "Repulsion", "1965-06-10")])

    assert match.tmdb_id == 11481
    assert match.sure


def test_a_release_in_the_year_counts_as_the_year() -> None:
    # A year-filtered search found it: TMDB lists a release that year (a festival premiere).
    premiered = _film(97370, "Under the Skin", "2014-03-14", released_in=2013)

    match = choose_match("Under the Skin", 2013, [premiered])

    assert match.confidence == 1.0


def test_a_release_in_the_year_years_from_the_primary_date_is_doubtful() -> None:
    # Only a re-release fits: the member's film may be another one TMDB lacks.
    rereleased = _film(578, "Jaws", "1975-06-20", released_in=2022)

    match = choose_match("Jaws", 2022, [rereleased])

    assert _doubtful(match)


def test_a_year_off_by_one_still_matches_but_with_less_confidence() -> None:
    exact = choose_match("Ex Machina", 2015, [_film(264660, "Ex Machina", "2015-01-21")])
    off_by_one = choose_match("Ex Machina", 2014, [_film(264660, "Ex Machina", "2015-01-21")])

    assert off_by_one.tmdb_id == 264660
    assert off_by_one.confident
    assert off_by_one.confidence < exact.confidence


def test_a_year_two_or_more_apart_is_not_confident() -> None:
    match = choose_match("Ex Machina", 2012, [_film(264660, "Ex Machina", "2015-01-21")])

    assert match.tmdb_id is None
    assert not match.confident


def test_the_original_title_counts_as_much_as_the_english_one() -> None:
    amelie = _film(
        194, "Amélie", "2001-04-25", original_title="Le Fabuleux Destin d'Amélie Poulain"
    )

    match = choose_match("Le Fabuleux Destin d'Amélie Poulain", 2001, [amelie])

    assert match.tmdb_id == 194
    assert match.confident


def test_same_title_same_year_goes_to_a_far_more_voted_film_with_doubt() -> None:
    popular = _film(1, "Home", "2015-03-26", votes=4000, popularity=40.0)
    obscure = _film(2, "Home", "2015-09-01", votes=12, popularity=1.5)

    match = choose_match("Home", 2015, [obscure, popular])

    assert match.tmdb_id == 1
    assert _doubtful(match)


def test_a_feature_and_a_short_of_one_title_and_year_go_to_the_feature_never_surely() -> None:
    # The short is better known: votes alone would have picked it, for sure.
    short = _film(1, "Skin", "2018-10-05", votes=5000, runtime=20, details_known=True)
    feature = _film(2, "Skin", "2019-07-26", votes=600, released_in=2018, runtime=117)

    match = choose_match("Skin", 2018, [short, feature])

    assert match.tmdb_id == 2
    assert _doubtful(match)
    assert "feature over the short" in match.reason


def test_a_film_and_a_tv_film_of_one_title_and_year_go_to_the_film_with_doubt() -> None:
    film = _film(1, "Emma", "1996-08-02", votes=900)
    tv_film = _film(2, "Emma", "1996-11-24", votes=120, tv_movie=True)

    match = choose_match("Emma", 1996, [tv_film, film])

    assert match.tmdb_id == 1
    assert _doubtful(match)


def test_a_film_titled_so_beats_one_only_known_so_abroad_with_doubt() -> None:
    own = _film(1, "Pinocchio", "2022-09-07", votes=1200)
    other = _film(
        2,
        "Guillermo del Toro's Pinocchio",
        "2022-11-09",
        votes=3000,
        alternative_titles=("Pinocchio",),
        details_known=True,
    )

    match = choose_match("Pinocchio", 2022, [other, own])

    assert match.tmdb_id == 1
    assert _doubtful(match)


def test_of_two_films_released_that_year_the_one_first_released_then_wins_with_doubt() -> None:
    zeller = _film(1, "The Father", "2020-12-23", votes=3000)
    bashtata = _film(2, "The Father", "2019-07-05", votes=40, released_in=2020)

    match = choose_match("The Father", 2020, [bashtata, zeller])

    assert match.tmdb_id == 1
    assert _doubtful(match)


def test_a_short_matched_alone_with_a_feature_a_year_apart_is_doubtful() -> None:
    short = _film(1, "Saw", "2003-01-19", votes=500, runtime=9, details_known=True)
    feature = _film(2, "Saw", "2004-10-01", votes=9000)

    match = choose_match("Saw", 2003, [feature, short])

    assert match.tmdb_id == 1
    assert _doubtful(match)


def test_a_feature_with_a_short_a_year_apart_is_still_sure() -> None:
    feature = _film(1, "Whiplash", "2014-10-10", votes=15000, runtime=107, details_known=True)
    short = _film(2, "Whiplash", "2013-01-18", votes=600, runtime=18, details_known=True)

    match = choose_match("Whiplash", 2014, [short, feature])

    assert match.tmdb_id == 1
    assert match.sure


def test_same_title_same_year_with_comparable_followings_is_left_to_the_member() -> None:
    netflix_leo = _film(1075794, "Leo", "2023-11-17", votes=1100, popularity=60.0)
    tamil_leo = _film(9000032, "Leo", "2023-10-19", votes=350, popularity=25.0)

    match = choose_match("Leo", 2023, [tamil_leo, netflix_leo])

    assert match.tmdb_id is None
    assert not match.confident
    assert match.best_guess == netflix_leo
    assert {c.tmdb_id for c in match.candidates} == {1075794, 9000032}


def test_year_unknown_with_one_exact_title_matches_with_lower_confidence() -> None:
    amelie = _film(194, "Amélie", "2001-04-25")

    with_year = choose_match("Amélie", 2001, [amelie])
    without_year = choose_match("Amélie", None, [amelie])

    assert without_year.tmdb_id == 194
    assert without_year.confident
    assert without_year.confidence < with_year.confidence


def test_year_unknown_with_several_exact_titles_keeps_the_most_popular_first_unconfirmed() -> None:
    match = choose_match("Dune", None, [DUNE_1984, DUNE_PART_TWO, DUNE_2021])

    assert not match.confident
    assert match.best_guess == DUNE_2021


def test_a_sequel_is_never_taken_for_the_film_it_follows() -> None:
    psycho_ii = _film(9000001, "Psycho II", "1983-06-03")

    match = choose_match("Psycho", 1983, [psycho_ii])

    assert match.tmdb_id is None


def test_a_longer_title_of_the_same_series_is_not_the_film() -> None:
    match = choose_match("Dune", 2024, [DUNE_PART_TWO])

    assert match.tmdb_id is None


def test_a_spelling_variant_of_the_title_matches_in_the_same_year_with_doubt() -> None:
    blue = _film(108, "Three Colors: Blue", "1993-09-08")

    match = choose_match("Three Colours: Blue", 1993, [blue])

    assert match.tmdb_id == 108
    assert _doubtful(match)


def test_an_alternative_title_is_a_sure_match() -> None:
    blue = _film(
        108,
        "Three Colors: Blue",
        "1993-09-08",
        alternative_titles=("Three Colours: Blue",),
        details_known=True,
    )

    match = choose_match("Three Colours: Blue", 1993, [blue])

    assert match.tmdb_id == 108
    assert match.sure
    assert "other titles" in match.reason


def test_a_uk_title_finds_the_film_over_a_same_titled_film_of_another_year() -> None:
    avengers_2012 = _film(
        24428, "The Avengers", "2012-04-25", votes=30000, alternative_titles=("Avengers Assemble",)
    )
    avengers_1998 = _film(9318, "The Avengers", "1998-08-14", votes=600)

    match = choose_match("Avengers Assemble", 2012, [avengers_1998, avengers_2012])

    assert match.tmdb_id == 24428
    assert match.sure


def test_a_one_letter_difference_in_a_short_title_is_not_a_match() -> None:
    hero = _film(1, "Hero", "2013-05-01")

    match = choose_match("Her", 2013, [hero])

    assert match.tmdb_id is None


def test_an_exported_subtitle_tmdb_lacks_still_matches_in_the_same_year_with_doubt() -> None:
    star_wars = _film(11, "Star Wars", "1977-05-25", votes=21000)

    match = choose_match("Star Wars: Episode IV – A New Hope", 1977, [star_wars])

    assert match.tmdb_id == 11
    assert _doubtful(match)


def test_a_candidate_without_a_release_date_is_not_confident() -> None:
    undated = _film(5, "Night Walk", "")

    match = choose_match("Night Walk", 2021, [undated])

    assert match.tmdb_id is None
    assert match.best_guess == undated


def test_no_candidates_is_no_match() -> None:
    match = choose_match("Anything", 2020, [])

    assert match == Match(None, "", 0.0, "TMDB found nothing of this title.", ())
    assert not match.confident


def test_no_close_title_is_no_match_but_keeps_what_was_considered() -> None:
    match = choose_match("Grandma's 90th Birthday", 2016, [DUNE_2021])

    assert match.tmdb_id is None
    assert match.candidates == (DUNE_2021,)


def test_a_tv_series_matches_with_its_media_type() -> None:
    chernobyl = _film(87108, "Chernobyl", "2019-05-06", media_type="tv")

    match = choose_match("Chernobyl", 2019, [chernobyl])

    assert (match.tmdb_id, match.media_type) == (87108, "tv")


def test_a_film_and_a_series_with_one_id_are_different_candidates() -> None:
    film = _film(100, "Same Number", "2001-01-01", votes=10)
    show = _film(100, "Same Number", "2001-01-01", votes=5, media_type="tv")

    match = choose_match("Same Number", 2001, [film, show])

    assert len(match.candidates) == 2


def test_duplicate_candidates_are_considered_once() -> None:
    match = choose_match("Dune", 2021, [DUNE_2021, DUNE_2021])

    assert match.candidates == (DUNE_2021,)
    assert match.confident


def test_candidates_come_back_best_first() -> None:
    match = choose_match("Dune", 1984, [DUNE_PART_TWO, DUNE_2021, DUNE_1984])

    assert match.candidates[0] == DUNE_1984
    assert set(match.candidates) == {DUNE_PART_TWO, DUNE_2021, DUNE_1984}


def test_confident_means_above_the_threshold() -> None:
    below = Match(1, "movie", CONFIDENCE_THRESHOLD - 0.01, "", ())
    at = Match(1, "movie", CONFIDENCE_THRESHOLD, "", ())
    no_id = Match(None, "", 1.0, "", ())

    assert not below.confident
    assert at.confident
    assert not no_id.confident


def test_candidate_reads_a_movie_search_result() -> None:
    result = {
        "id": 550,
        "title": "Fight Club",
        "original_title": "Fight Club",
        "release_date": "1999-10-15",
        "popularity": 61.4,
        "vote_count": 30500,
    }

    candidate = Candidate.from_search_result(result)

    assert candidate == _film(550, "Fight Club", "1999-10-15", votes=30500, popularity=61.4)
    assert candidate.year == 1999


def test_candidate_reads_a_tv_search_result() -> None:
    result = {
        "id": 87108,
        "name": "Chernobyl",
        "original_name": "Chernobyl",
        "first_air_date": "2019-05-06",
        "popularity": 60.2,
        "vote_count": 7000,
    }

    candidate = Candidate.from_search_result(result, media_type="tv")

    assert (candidate.title, candidate.release_date, candidate.media_type) == (
        "Chernobyl",
        "2019-05-06",
        "tv",
    )


def test_candidate_tolerates_missing_and_null_fields() -> None:
    candidate = Candidate.from_search_result(
        {"id": 7, "title": "Untitled", "release_date": None, "popularity": None}
    )

    assert candidate.original_title == "Untitled"
    assert candidate.release_date == ""
    assert candidate.year is None
    assert (candidate.popularity, candidate.vote_count) == (0.0, 0)


def test_candidate_reads_the_release_year_searched_genres_and_poster() -> None:
    result = {
        "id": 1,
        "title": "Emma",
        "release_date": "1996-11-24",
        "genre_ids": [18, 10770],
        "poster_path": "/abc.jpg",
    }

    candidate = Candidate.from_search_result(result, searched_year=1996)

    assert candidate.released_in == 1996
    assert candidate.tv_movie
    assert candidate.poster_path == "/abc.jpg"


def test_details_add_runtime_alternative_titles_and_the_tv_film_genre() -> None:
    candidate = _film(1, "Emma", "1996-11-24")

    known = candidate.with_details(
        {
            "runtime": 107,
            "genres": [{"id": 10770, "name": "TV Movie"}],
            "alternative_titles": {"titles": [{"iso_3166_1": "GB", "title": "Jane Austen's Emma"}]},
        }
    )

    assert (known.runtime, known.tv_movie, known.details_known) == (107, True, True)
    assert known.alternative_titles == ("Jane Austen's Emma",)
    assert known.kind_name == "TV film"
    assert not known.with_details({"runtime": 0}).is_short  # 0 is TMDB's "unknown"


def test_two_sightings_of_one_film_keep_what_each_knew() -> None:
    from_year_search = _film(1, "Skin", "2019-07-26", released_in=2018)
    with_details = _film(1, "Skin", "2019-07-26", runtime=117, details_known=True)

    merged = choose_match("Skin", 2018, [from_year_search, with_details]).candidates

    assert merged == (replace(with_details, released_in=2018),)


def test_tied_films_want_their_runtimes_and_nothing_else_does() -> None:
    sing = _film(1, "Sing", "2016-11-23", votes=7500)
    short = _film(2, "Sing", "2016-09-17", votes=90)
    known = replace(sing, runtime=108, details_known=True)

    assert worth_details("Sing", 2016, [sing, short]) == [sing, short]
    assert worth_details("Sing", 2016, [known, short]) == [short]
    assert worth_details("Sing", None, [sing, short]) == []  # without a year: undecided anyway
    assert worth_details("Sing", 2016, [sing]) == []


def test_a_film_found_under_another_title_wants_its_alternative_titles() -> None:
    mad_max_2 = _film(8810, "Mad Max 2", "1981-12-24")
    fury_road = _film(76341, "Mad Max: Fury Road", "2015-05-13")

    assert worth_details("The Road Warrior", 1981, [fury_road, mad_max_2]) == [mad_max_2]
    assert not has_plausible("The Road Warrior", 1981, [fury_road, mad_max_2])
