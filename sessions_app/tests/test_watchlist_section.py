"""The dashboard's watchlist section: what is on it, the opt-in lookup, what to watch next."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from django.core.cache import cache

from movies.models import Movie
from movies.tests.factories import make_film, make_session, make_tmdb

pytestmark = pytest.mark.django_db

XSS = "<img src=x onerror=alert(1)>"
VARDA = {"id": 1, "name": "Agnès Varda"}
BAY = {"id": 2, "name": "Michael Bay"}


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


def listed(session, name, *, added_on, tmdb=None, **fields) -> Movie:
    return Movie.objects.create(
        session=session,
        name=name,
        year=fields.pop("year", 2001),
        letterboxd_uri=f"https://boxd.it/w-{name[:20]}",
        watched=False,
        on_watchlist=True,
        watchlist_only=True,
        watchlist_added_on=added_on,
        tmdb_movie=tmdb,
        enrichment_status="enriched" if tmdb else "not_requested",
        **fields,
    )


def with_watchlist(**fields):
    return make_session(
        upload_metadata={"username": "alice", "rows_read": {"watched": 40, "watchlist": 3}},
        **fields,
    )


def rated_history(session) -> None:
    """40 rated films: Varda's loved, Bay's not, the rest in between."""
    for i in range(40):
        director, rating = (
            (VARDA, 5)
            if i % 4 == 0
            else (BAY, 1)
            if i % 4 == 1
            else (
                {"id": 100 + i, "name": f"Someone {i}"},
                3,
            )
        )
        make_film(
            session,
            f"Seen {i}",
            rating=rating,
            watched=[date(2023, 1, 1 + i % 28)],
            tmdb=make_tmdb(directors=[director], genres=["Drama"]),
        )


def test_a_watchlist_not_looked_up_shows_what_needs_no_tmdb_and_offers_the_lookup(client):
    session = with_watchlist()
    make_film(session, "Seen", rating=4, watched=[date(2024, 1, 1)])
    listed(session, "Jeanne Dielman", added_on=date(2019, 5, 1), year=1975)
    listed(session, XSS, added_on=date(2021, 1, 1))
    Movie.objects.filter(name="Seen").update(on_watchlist=True)

    html = client.get(f"/s/{session.pk}/").content.decode()

    section = html[html.index('id="watchlist"') :]
    assert "Look up my 2 watchlist films" in section
    assert re.search(r"Films to watch</dt><dd>2<", section)
    assert re.search(r"Watched already, still listed</dt><dd>1<", section)
    assert "1970s" in section and "2000s" in section
    assert section.index("Jeanne Dielman") < section.index("&lt;img src=x")  # oldest first
    assert XSS not in html
    # The figures above count the watched film alone.
    assert 'data-stat="films">1<' in html


def test_asking_for_the_lookup_queues_the_watchlist(client, monkeypatch):
    from sessions_app import queue

    monkeypatch.setattr(queue, "async_task", lambda *args, **kwargs: None)
    session = with_watchlist()
    listed(session, "Jeanne Dielman", added_on=date(2019, 5, 1))

    response = client.post(f"/s/{session.pk}/watchlist/", follow=True)

    assert Movie.objects.get(name="Jeanne Dielman").enrichment_status == "pending"
    html = response.content.decode()
    assert "Looking up 1 watchlist film" in html
    assert "wait behind the films other members are waiting for" in html
    assert client.get(f"/s/{session.pk}/watchlist/").status_code == 405


def test_what_to_watch_next_ranks_by_the_members_taste_and_says_why(client):
    session = with_watchlist()
    rated_history(session)
    listed(session, "Vagabond", added_on=date(2020, 1, 1), tmdb=make_tmdb(directors=[VARDA]))
    listed(session, "Bad Boys II", added_on=date(2020, 1, 1), tmdb=make_tmdb(directors=[BAY]))
    listed(
        session,
        XSS,
        added_on=date(2020, 1, 1),
        tmdb=make_tmdb(directors=[{"id": 999, "name": XSS}]),
    )

    html = client.get(f"/s/{session.pk}/").content.decode()

    section = html[html.index('id="watch-next-title"') :]
    picks = re.findall(r'<span class="pick-name">(.*?)</span>', section)
    assert "Vagabond" in picks[0] and "Bad Boys II" in picks[-1]
    assert "You rate Agnès Varda’s films 5.0 on average (10 rated)" in section
    assert XSS not in html


def test_too_few_ratings_ask_for_more_rather_than_guess(client):
    session = with_watchlist()
    make_film(session, "Seen", rating=4, tmdb=make_tmdb(directors=[VARDA]))
    listed(session, "Vagabond", added_on=date(2020, 1, 1), tmdb=make_tmdb(directors=[VARDA]))

    html = client.get(f"/s/{session.pk}/").content.decode()

    assert "Needs at least 30 rated films with TMDB data" in html
    assert 'class="watch-next"' not in html


def test_an_upload_without_a_watchlist_says_so(client):
    session = make_session()
    make_film(session, "Seen", rating=4)

    html = client.get(f"/s/{session.pk}/").content.decode()

    assert "This upload has no watchlist" in html


def test_the_share_page_does_not_show_the_watchlist(client):
    session = with_watchlist()
    listed(session, "Jeanne Dielman", added_on=date(2019, 5, 1))
    session.share()

    html = client.get(f"/share/{session.share_token}/").content.decode()

    assert 'id="watchlist"' not in html and "Jeanne Dielman" not in html


def test_the_watchlists_genres_and_decades_are_charts_with_their_tables(client):
    session = with_watchlist()
    make_film(session, "Seen", rating=4, watched=[date(2024, 1, 1)])
    listed(session, "Vagabond", added_on=date(2020, 1, 1), year=1985, tmdb=make_tmdb())
    listed(session, "Jeanne Dielman", added_on=date(2019, 5, 1), year=1975)

    html = client.get(f"/s/{session.pk}/").content.decode()

    section = html[html.index('id="watchlist"') :]
    for key in ("watchlist_genres", "watchlist_decades"):
        chart = re.search(
            rf'<figure class="chart-card[^"]*" id="chart-{key}">.*?</figure>', section, re.S
        )
        assert chart, key
        assert f'data-chart="{key}"' in chart[0] and "Show as a table" in chart[0]
    data = json.loads(
        re.search(
            r'<script id="watchlist-chart-data" type="application/json">(.*?)</script>', html
        )[1]
    )
    assert data["watchlist_decades"] == {"labels": ["1970s", "1980s"], "values": [1, 1]}
    assert data["watchlist_genres"] == {"labels": ["Drama"], "values": [1]}
