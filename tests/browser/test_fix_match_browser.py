"""Fixing a match in a real browser: the member pastes a TMDB film, or searches TMDB for it, and
the charts follow."""

from __future__ import annotations

import base64
import os
import re

import pytest

from fake_tmdb.server import DEFAULT_API_KEY, start_in_thread
from movies.models import Movie
from movies.tests.factories import make_film, make_session, make_tmdb
from tests.browser.test_dashboard_browser import PageProblems, shoot

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GENRE_LABELS = """() => {
  const canvas = document.querySelector('canvas[data-chart="genres_watched"]');
  const chart = canvas && window.Chart && window.Chart.getChart(canvas);
  return chart ? chart.data.labels : null;
}"""


def test_fixing_one_film_changes_a_chart(live_server, cdn_from_vendored_copy, screenshots):
    page = cdn_from_vendored_copy
    problems = PageProblems(page)
    session = make_session()
    for i in range(4):
        make_film(session, f"Drama {i}", year=2000 + i, rating=4, tmdb=make_tmdb(genres=["Drama"]))
    horror = make_tmdb(title="The Right Horror Film", genres=["Horror"])
    mystery = make_film(session, "Mystery Film", year=1999, rating=5)
    Movie.objects.filter(pk=mystery.pk).update(enrichment_status="not_found")

    page.goto(f"{live_server.url}/s/{session.pk}/")
    page.wait_for_function(f"({GENRE_LABELS})() !== null")
    assert "Horror" not in page.evaluate(GENRE_LABELS)

    page.get_by_role("link", name=re.compile(r"Check 1 match")).click()
    page.wait_for_url(re.compile(r"/check/$"))
    shoot(page, screenshots, "check-matches")
    row = page.locator(f"#fix-{mystery.pk}")
    row.get_by_label("TMDB film URL or id").fill(
        f"https://www.themoviedb.org/movie/{horror.pk}-the-right-horror-film"
    )
    row.get_by_role("button", name="Use this film").click()
    # HTMX swapped the row in place: same page, new content.
    page.locator(f"#fix-{mystery.pk}").get_by_text("chosen by you").wait_for()
    assert page.url.endswith("/check/")

    page.goto(f"{live_server.url}/s/{session.pk}/")
    page.wait_for_function(f"({GENRE_LABELS})() !== null")
    assert "Horror" in page.evaluate(GENRE_LABELS)
    assert problems.errors == []


SUSPIRIA_1977 = 11906  # a horror film in the fake TMDB's catalogue
# A 1×1 transparent PNG: TMDB's image CDN is not reached from tests.
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


@pytest.fixture
def fake_tmdb(settings):
    server, base_url = start_in_thread()
    settings.TMDB_API_URL = base_url
    settings.TMDB_API_KEY = DEFAULT_API_KEY
    settings.TMDB_MAX_RPS = 1000.0
    yield server
    server.stop()


@pytest.fixture
def posters(cdn_from_vendored_copy):
    """Posters come from TMDB's image CDN; here a pixel answers for it, and the URLs asked for
    are kept."""
    page, asked = cdn_from_vendored_copy, []

    def fulfil(route):
        asked.append(route.request.url)
        route.fulfill(status=200, body=PIXEL, headers={"content-type": "image/png"})

    page.route("https://image.tmdb.org/**", fulfil)
    return asked


def test_searching_tmdb_from_the_check_page_fixes_a_film_and_changes_a_chart(
    live_server, cdn_from_vendored_copy, posters, fake_tmdb, screenshots
):
    page = cdn_from_vendored_copy
    problems = PageProblems(page)
    session = make_session()
    for i in range(4):
        make_film(session, f"Drama {i}", year=2000 + i, rating=4, tmdb=make_tmdb(genres=["Drama"]))
    # Letterboxd's name for it is not one TMDB's search knows.
    unknown = make_film(session, "Suspiria (Argento cut)", year=1977, rating=5)
    Movie.objects.filter(pk=unknown.pk).update(enrichment_status="not_found")

    page.goto(f"{live_server.url}/s/{session.pk}/")
    page.wait_for_function(f"({GENRE_LABELS})() !== null")
    assert "Horror" not in page.evaluate(GENRE_LABELS)
    assert "1 film we could not find" in page.locator("#check").inner_text()

    page.get_by_role("link", name=re.compile(r"Check 1 match")).click()
    page.wait_for_url(re.compile(r"/check/$"))
    row = page.locator(f"#fix-{unknown.pk}")
    row.get_by_label("Title").fill("Suspiria")
    row.get_by_label("Year (optional)").fill("1977")
    row.get_by_role("button", name="Search TMDB").click()

    found = row.get_by_role("button", name=re.compile(r"Suspiria \(1977\)"))
    found.wait_for()
    shoot(page, screenshots, "check-matches-search")
    poster = found.locator("img.poster")
    assert poster.get_attribute("loading") == "lazy"
    assert (poster.get_attribute("width"), poster.get_attribute("height")) == ("92", "138")
    assert row.get_by_role("link", name=re.compile("TMDB page")).first.get_attribute("href") == (
        f"https://www.themoviedb.org/movie/{SUSPIRIA_1977}"
    )
    found.click()
    # HTMX swapped the row in place: same page, new content.
    page.locator(f"#fix-{unknown.pk}").get_by_text("chosen by you").wait_for()
    assert page.url.endswith("/check/")
    assert all(url.startswith("https://image.tmdb.org/t/p/w92/") for url in posters)

    page.goto(f"{live_server.url}/s/{session.pk}/")
    page.wait_for_function(f"({GENRE_LABELS})() !== null")
    assert "Horror" in page.evaluate(GENRE_LABELS)
    assert problems.errors == []


def test_a_search_with_no_title_says_so_in_the_browser(
    live_server, cdn_from_vendored_copy, posters, fake_tmdb
):
    page = cdn_from_vendored_copy
    problems = PageProblems(page)
    session = make_session()
    film = make_film(session, "Home Movie", year=2001)
    Movie.objects.filter(pk=film.pk).update(enrichment_status="not_found")

    page.goto(f"{live_server.url}/s/{session.pk}/films/{film.pk}/fix/")
    row = page.locator(f"#fix-{film.pk}")
    row.get_by_label("Title").fill("")
    row.get_by_role("button", name="Search TMDB").click()

    row.get_by_role("alert").get_by_text("Type a title to search TMDB for.").wait_for()
    assert Movie.objects.get(pk=film.pk).enrichment_status == "not_found"
    assert fake_tmdb.stats.snapshot()["total_requests"] == 0
    assert problems.errors == []
