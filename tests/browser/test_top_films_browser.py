"""Posters, headshots, top films, tags and the watchlist's charts in a real browser, with
screenshots at desktop and phone widths (into screenshots/, or SCREENSHOTS_DIR).

TMDB's image server is never reached: every request for it is answered here with a plain
picture, and the test checks that no request went anywhere else."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from urllib.parse import urlsplit

import pytest
from PIL import Image

from movies.models import Movie, Viewing
from sessions_app.letterboxd.lists import summarise
from tests.browser.watchlist_session import make_watchlist_session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
CHARTS_DRAWN = """() => Array.from(document.querySelectorAll('canvas[data-chart]'))
  .every(c => window.Chart && window.Chart.getChart(c))"""
NO_SIDEWAYS_SCROLL = "() => document.documentElement.scrollWidth - window.innerWidth"
IMAGES = "https://image.tmdb.org/"
ALL_LOADED = """(selector) => Array.from(document.querySelectorAll(selector))
  .every(img => img.complete && img.naturalWidth > 0)"""


def _picture(url: str) -> bytes:
    """A flat 2:3 picture, its colour drawn from the URL, standing in for TMDB's."""
    r, g, b = hashlib.sha256(url.encode()).digest()[:3]
    out = io.BytesIO()
    Image.new("RGB", (40, 60), (r // 2 + 40, g // 2 + 40, b // 2 + 40)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def tmdb_images(cdn_from_vendored_copy):
    """Answer for TMDB's image server; record what was asked of it, and of anywhere at all."""
    page, answered, every_request = cdn_from_vendored_copy, [], []

    def fulfil(route):
        answered.append(route.request.url)
        route.fulfill(
            status=200, body=_picture(route.request.url), headers={"content-type": "image/png"}
        )

    page.route(f"{IMAGES}**", fulfil)
    page.on("request", lambda request: every_request.append(request.url))
    return page, answered, every_request


def make_session_with_images():
    """The watch-next session, with posters, headshots, rewatches, tags and four favourites."""
    session = make_watchlist_session()
    films = list(Movie.objects.filter(session=session, watchlist_only=False).order_by("pk"))
    for n, film in enumerate(films):
        tmdb = film.tmdb_movie
        # One film in seven has no poster on TMDB: its box stays, empty.
        tmdb.poster_path = "" if n % 7 == 3 else f"/poster{n}.jpg"
        tmdb.directors = [
            {**d, "profile_path": "" if d["id"] == 2 else f"/face{d['id']}.jpg"}
            for d in tmdb.directors
        ]
        tmdb.save()
        film.tags = [["cinema", "paris"], ["festival"], ["cinema"], []][n % 4] + (
            ["with <b>friends</b>"] if n % 5 == 0 else []
        )
        film.save(update_fields=["tags"])
    for film in films[:3]:
        for k in range(2 + films.index(film)):
            Viewing.objects.create(
                session=session, movie=film, watched_on=date(2024, 5, 1 + k), rewatch=True
            )
    session.upload_metadata["favourites"] = [films[i].letterboxd_uri for i in (8, 0, 4, 12)]
    entries = [(film.name, str(film.year), film.letterboxd_uri) for film in films]
    session.upload_metadata["lists"] = summarise(
        [
            ("Varda, always", entries[0:40:4]),
            ("A very long list name that a member typed to see how it wraps", entries[:25]),
            ("Seventies", entries[10:20]),
            ("Empty for now", []),
        ]
    )
    session.save(update_fields=["upload_metadata"])
    session.bump_stats_version()
    return session


def test_top_films_posters_faces_and_tags_at_both_widths(live_server, tmdb_images, screenshots):
    page, answered, every_request = tmdb_images
    session = make_session_with_images()
    allowed_hosts = {urlsplit(live_server.url).netloc, "image.tmdb.org", "cdn.jsdelivr.net"}

    for name, size in WIDTHS.items():
        page.set_viewport_size(size)
        page.goto(f"{live_server.url}/s/{session.pk}/")
        page.wait_for_function(CHARTS_DRAWN)
        assert page.evaluate(NO_SIDEWAYS_SCROLL) == 0, name

        top = page.locator("#top-films")
        favourites = top.get_by_role("list", name="Your favourite films").locator("li")
        assert favourites.count() == 4
        assert favourites.first.inner_text().startswith("Seen film 8")
        highest = top.get_by_role("list", name="Your highest rated films").locator("li")
        assert highest.count() == 10
        poster = highest.first.locator("img")
        assert poster.get_attribute("loading") == "lazy"
        assert (poster.get_attribute("width"), poster.get_attribute("height")) == ("92", "138")
        # Drawn in their 2:3 box (92 × 138 on a desktop, a quarter of the row on a phone),
        # whether the picture has arrived or not: nothing moves.
        box = poster.bounding_box()
        assert abs(box["width"] * 3 - box["height"] * 2) < 3, box
        if name == "desktop":
            assert (round(box["width"]), round(box["height"])) == (92, 138)
        empty = highest.locator(".poster-none").first.bounding_box()
        assert (round(empty["width"]), round(empty["height"])) == (
            round(box["width"]),
            round(box["height"]),
        )
        top.scroll_into_view_if_needed()
        page.wait_for_function(ALL_LOADED, arg="#top-films img")
        top.screenshot(path=screenshots / f"top-films-{name}.png")

        people = page.locator("#people")
        people.scroll_into_view_if_needed()
        faces = people.locator("ol.faces").first
        assert "Agnès Varda" in faces.inner_text()
        page.wait_for_function(ALL_LOADED, arg="#people img")
        people.screenshot(path=screenshots / f"people-faces-{name}.png")

        tags = page.locator("#tags")
        tags.scroll_into_view_if_needed()
        tags.get_by_text("Show as a table").first.click()
        table = tags.locator("#chart-tags_used table")
        assert table.is_visible()
        assert "with <b>friends</b>" in table.inner_text()  # shown as text, not markup
        tags.screenshot(path=screenshots / f"tags-{name}.png")

        lists = page.locator("#lists")
        lists.scroll_into_view_if_needed()
        assert lists.locator('canvas[data-chart="lists_sizes"]').is_visible()
        assert "4 lists with 45 entries" in lists.inner_text()
        lists.get_by_text("Show as a table").last.click()
        assert lists.locator("#chart-lists_films table").is_visible()
        lists.screenshot(path=screenshots / f"lists-{name}.png")

        watchlist = page.locator("#watchlist")
        watchlist.scroll_into_view_if_needed()
        assert watchlist.locator('canvas[data-chart="watchlist_genres"]').is_visible()
        watchlist.screenshot(path=screenshots / f"watchlist-charts-{name}.png")

    # Posters were asked for, every one of them answered here; nothing else left the page.
    assert any("/w185/poster" in url for url in answered)
    assert any("/w45/face1.jpg" in url for url in answered)
    escaped = [url for url in every_request if url.startswith(IMAGES) and url not in answered]
    assert escaped == []
    assert {urlsplit(url).netloc for url in every_request if url.startswith("http")} <= (
        allowed_hosts
    )


def test_the_year_in_review_and_the_films_table_show_posters(live_server, tmdb_images, screenshots):
    page, answered, _ = tmdb_images
    session = make_session_with_images()

    for name, size in WIDTHS.items():
        page.set_viewport_size(size)
        page.goto(f"{live_server.url}/s/{session.pk}/?year=2024")
        summary = page.locator(".year-summary")
        best = summary.get_by_role("list", name="Your five highest rated films of the year")
        assert best.locator("li").count() == 5
        page.wait_for_function(ALL_LOADED, arg=".year-summary img")
        assert page.evaluate(NO_SIDEWAYS_SCROLL) == 0, name
        summary.screenshot(path=screenshots / f"year-in-review-{name}.png")

        page.goto(f"{live_server.url}/s/{session.pk}/films/")
        rows = page.locator(".films-table tbody tr")
        assert rows.first.locator(".poster-row").count() == 1
        # Lazy: the rows in view have theirs; the others are asked for on the way down.
        page.wait_for_function(ALL_LOADED, arg=".films-table tbody tr:nth-child(-n+4) img")
        assert page.evaluate(NO_SIDEWAYS_SCROLL) == 0, name
        page.screenshot(path=screenshots / f"films-table-posters-{name}.png")
    assert any("/w92/poster" in url for url in answered)


def test_with_images_off_no_image_is_asked_for(live_server, tmdb_images, settings):
    page, answered, _ = tmdb_images
    settings.TMDB_IMAGES = False
    session = make_session_with_images()

    page.goto(f"{live_server.url}/s/{session.pk}/")
    page.wait_for_function(CHARTS_DRAWN)
    assert page.locator("img.poster").count() == 0
    assert page.locator("#top-films").get_by_text("Seen film 8").first.is_visible()
    page.goto(f"{live_server.url}/s/{session.pk}/films/")
    assert page.locator("img.poster").count() == 0
    assert answered == []
