"""Which films the check page lists, in which order, and how it says so."""

from __future__ import annotations

import pytest

from enrichment.matching import CONFIDENCE_THRESHOLD, SURE
from movies.models import LOW_CONFIDENCE, CheckCounts, Movie
from movies.tests.factories import make_film, make_session, make_tmdb

pytestmark = pytest.mark.django_db
State = Movie.EnrichmentStatus


def _film(session, name: str, status: str, confidence: float | None = None, **fields) -> Movie:
    tmdb = make_tmdb() if status == State.ENRICHED else None
    return make_film(
        session,
        name,
        tmdb=tmdb,
        enrichment_status=status,
        match_confidence=confidence,
        **fields,
    )


@pytest.fixture
def session():
    session = make_session()
    _film(session, "Sure", State.ENRICHED, 1.0)
    _film(session, "Sure a year off", State.ENRICHED, 0.97)
    _film(session, "Tie", State.ENRICHED, 0.8)
    _film(session, "Partial title", State.ENRICHED, 0.77)
    _film(session, "Not found", State.NOT_FOUND, 0.6)
    _film(session, "TMDB failed", State.FAILED)
    _film(session, "A series", State.TV, 1.0)
    _film(session, "Left out", State.EXCLUDED)
    _film(session, "Kept by the member", State.ENRICHED, 0.8, matched_by_member=True)
    _film(session, "Still pending", State.PENDING)
    return session


def test_the_check_page_lists_exactly_the_matches_the_matcher_is_not_sure_of():
    assert LOW_CONFIDENCE == SURE
    assert CONFIDENCE_THRESHOLD < LOW_CONFIDENCE


def test_the_films_to_check_are_not_found_failed_tv_and_doubtful_never_sure(session):
    names = set(session.films.needs_checking().values_list("name", flat=True))

    assert names == {"Tie", "Partial title", "Not found", "TMDB failed", "A series"}


def test_the_most_doubtful_come_first(session):
    ordered = session.films.needs_checking().most_doubtful_first()

    assert list(ordered.values_list("name", flat=True)) == [
        "Not found",
        "TMDB failed",
        "A series",
        "Partial title",
        "Tie",
    ]


def test_the_counts_say_why_in_one_query(session, django_assert_num_queries):
    with django_assert_num_queries(1):
        counts = session.films.check_counts()

    assert counts == CheckCounts(not_found=1, failed=1, tv=1, unsure=2)
    assert counts.total == 5


def test_the_dashboard_summary_carries_the_same_counts(session, django_assert_num_queries):
    with django_assert_num_queries(1):
        summary = session.films.summary()

    assert summary["check"] == session.films.check_counts()
    assert summary["to_check"] == 5


@pytest.mark.parametrize(
    ("counts", "words"),
    [
        (CheckCounts(not_found=3, unsure=2), "3 films we could not find and 2 we are unsure of"),
        (CheckCounts(unsure=1), "1 film we are unsure of"),
        (
            CheckCounts(not_found=1, failed=2, tv=1, unsure=1200),
            "1 film we could not find, 2 we could not look up (TMDB did not answer), "
            "1 TMDB knows only as a TV series and 1,200 we are unsure of",
        ),
        (CheckCounts(), "No film needs a look"),
    ],
)
def test_the_counts_read_as_words_without_confidence_numbers(counts, words):
    assert counts.in_words() == words
    assert bool(counts) == (counts.total > 0)


def test_a_left_out_film_stays_in_the_films_table_marked_as_such(session):
    left_out = session.films.get(name="Left out")

    assert left_out in session.films.all()
    assert left_out.get_enrichment_status_display() == "Left out by you"
    assert left_out not in session.films.counted()


def test_a_doubtful_film_knows_it_is(session):
    assert session.films.get(name="Tie").is_doubtful
    assert not session.films.get(name="Sure a year off").is_doubtful
    assert not session.films.get(name="Kept by the member").is_doubtful
