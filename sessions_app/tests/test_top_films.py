"""The dashboard's top films (favourites, highest rated, most watched, each year's best) and
the posters and headshots beside them: markup only, no image is ever fetched."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.core.cache import cache
from django.test import override_settings

from movies.tests.factories import make_film, make_session, make_tmdb

pytestmark = pytest.mark.django_db

IMAGES = "https://image.tmdb.org/t/p/"
VARDA = {"id": 1, "name": "Agnès Varda", "profile_path": "/varda.jpg"}
TATI = {"id": 2, "name": "Jacques Tati", "profile_path": ""}


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def session():
    session = make_session(
        upload_metadata={
            "username": "cinephile",
            "favourites": [
                "https://boxd.it/jaws",
                "https://boxd.it/missing",
                "https://boxd.it/cleo",
            ],
        }
    )
    films = [
        ("Cléo from 5 to 7", "cleo", 5.0, [date(2023, 3, 1)], VARDA, "/cleo.jpg"),
        ("Vagabond", "vagabond", 5.0, [date(2022, 3, 2), date(2023, 1, 5)], VARDA, "/vagabond.jpg"),
        ("<script>alert(1)</script>", "jaws", 3.5, [date(2023, 6, 1)], TATI, ""),
        ("Playtime", "playtime", 4.0, [date(2023, 6, 2)], TATI, "https://evil.example/p.jpg"),
    ]
    for i, (name, slug, rating, watched, director, poster) in enumerate(films):
        tmdb = make_tmdb(9100 + i, directors=[director], poster_path=poster)
        make_film(
            session,
            name,
            rating=rating,
            watched=watched,
            tmdb=tmdb,
            letterboxd_uri=f"https://boxd.it/{slug}",
            rewatches=1 if slug == "vagabond" else 0,
        )
    return session


def section(body: str, section_id: str) -> str:
    match = re.search(rf'<section id="{section_id}".*?</section>', body, re.S)
    assert match, section_id
    return match[0]


def grid(html: str, label: str) -> list[str]:
    """The posters (or "none") of one row of films, in order."""
    match = re.search(rf'<ol class="film-grid" aria-label="{label}">(.*?)</ol>', html, re.S)
    assert match, label
    return [
        src or "none"
        for src, _ in re.findall(r'<li>(?:<img [^>]*src="([^"]*)"[^>]*>|(<span [^>]*>))', match[1])
    ]


def test_highest_rated_shows_posters_in_rating_then_rewatch_order(client, session):
    top = section(client.get(f"/s/{session.pk}/").content.decode(), "top-films")
    # Vagabond and Cléo are both 5 stars: Vagabond was rewatched.
    assert grid(top, "Your highest rated films") == [
        f"{IMAGES}w185/vagabond.jpg",
        f"{IMAGES}w185/cleo.jpg",
        "none",  # Playtime's poster path is a URL: never shown
        "none",  # no poster
    ]
    assert 'width="92" height="138"' in top and 'loading="lazy"' in top
    assert "evil.example" not in top


def test_the_profiles_favourites_come_in_its_order_escaped(client, session):
    top = section(client.get(f"/s/{session.pk}/").content.decode(), "top-films")
    assert grid(top, "Your favourite films") == ["none", f"{IMAGES}w185/cleo.jpg"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in top
    assert "<script>alert" not in top


def test_a_year_shows_its_own_best_with_posters_and_no_profile_favourites(client, session):
    body = client.get(f"/s/{session.pk}/?year=2022").content.decode()
    assert 'aria-label="Your favourite films"' not in body
    summary = re.search(r'<div class="year-summary card">.*?</div>', body, re.S)[0]
    assert grid(summary, "Your five highest rated films of the year") == [
        f"{IMAGES}w185/vagabond.jpg"
    ]


def test_most_watched_on_all_time(client, session):
    top = section(client.get(f"/s/{session.pk}/").content.decode(), "top-films")
    assert grid(top, "Your most watched films") == [f"{IMAGES}w185/vagabond.jpg"]


def test_top_directors_show_their_headshots(client, session):
    people = section(client.get(f"/s/{session.pk}/").content.decode(), "people")
    assert f'src="{IMAGES}w45/varda.jpg"' in people
    # Tati has no headshot: an empty box of the same size.
    assert re.search(
        r'poster-none"[^>]*></span><span class="face-text"><a [^>]*>Jacques Tati', people
    )


@override_settings(TMDB_IMAGES=False)
def test_with_images_off_the_dashboard_has_no_image(client, session):
    body = client.get(f"/s/{session.pk}/").content.decode()
    assert "image.tmdb.org" not in body
    assert not re.search(r'<img [^>]*class="poster', body)
    # The films are still listed, by name.
    assert "Vagabond" in section(body, "top-films")


def test_the_share_page_shows_the_top_films_too(client, session):
    session.share()
    body = client.get(session.get_share_url()).content.decode()
    assert f"{IMAGES}w185/vagabond.jpg" in section(body, "top-films")
