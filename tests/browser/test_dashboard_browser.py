"""The dashboard in a real browser: upload, live progress against a fake TMDB, charts, year
selector, escaping, delete; with screenshots at desktop and phone widths into screenshots/."""

from __future__ import annotations

import os
import re
from datetime import date

import pytest

from enrichment import worker
from fake_tmdb.catalogue import load as load_catalogue
from fake_tmdb.server import DEFAULT_API_KEY, start_in_thread
from movies.tests.factories import make_film, make_session, make_tmdb
from sessions_app.models import UploadSession
from sessions_app.tests.export_factory import (
    DIARY_HEADER,
    RATINGS_HEADER,
    WATCHED_HEADER,
    csv_bytes,
    diary_row,
    entry_uri,
    film_row,
    make_export_zip,
)

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

XSS = "<img src=x onerror=alert(1)>"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# Every canvas on the page: drawn by Chart.js, with data, and with pixels painted.
CHART_STATE = """() => Array.from(document.querySelectorAll('canvas[data-chart]')).map(c => {
  const chart = window.Chart && window.Chart.getChart(c);
  let painted = false;
  if (c.width && c.height) {
    const pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < pixels.length; i += 4) { if (pixels[i]) { painted = true; break; } }
  }
  const points = chart ? chart.data.labels.length : 0;
  return {name: c.dataset.chart, chart: !!chart, points, painted};
})"""
SHOWS_DONE = "done => Number(document.querySelector('#progress progress')?.value) === done"
ALL_PAINTED = """() => {
  const canvases = Array.from(document.querySelectorAll('canvas[data-chart]'));
  return canvases.length > 0 && canvases.every(c => {
    if (!window.Chart || !window.Chart.getChart(c) || !c.width) return false;
    const pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < pixels.length; i += 4) { if (pixels[i]) return true; }
    return false;
  });
}"""


class PageProblems:
    """What a page said that a member would notice: console errors, uncaught errors, dialogs."""

    def __init__(self, page, allowed: tuple[str, ...] = ()) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.allowed = allowed
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))
        page.on("dialog", self._dialog)

    def _console(self, message) -> None:
        if message.type == "error" and not any(a in message.text for a in self.allowed):
            self.errors.append(f"console: {message.text}")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


def export_of_catalogue_films(n: int) -> bytes:
    """An export of n films the fake TMDB knows, rated and logged over two years, plus a film
    named like an XSS attack, logged last."""
    rows = [row for row in load_catalogue().export_rows() if row.expected_tmdb_id][:n]
    watched, ratings, diary = [], [], []
    for i, row in enumerate(rows):
        uri = f"https://letterboxd.com/film/catalogue-{i}/"
        year = str(row.year or "")
        watched.append(film_row(row.name, year, uri, on="2023-01-01"))
        ratings.append(
            ["2023-01-01", row.name, year, uri, str((i % 10 + 1) / 2).removesuffix(".0")]
        )
        day = date(2023 + i % 2, 1 + i % 12, 1 + i % 27).isoformat()
        diary.append(diary_row(row.name, year, entry_uri(i), day, rating=ratings[-1][-1]))
        if i % 7 == 0:
            diary.append(
                diary_row(row.name, year, entry_uri(1000 + i), "2024-12-20", rewatch="Yes")
            )
    xss_uri = "https://letterboxd.com/film/xss/"
    watched.append(film_row(XSS, "2020", xss_uri))
    diary.append(diary_row(XSS, "2020", entry_uri(9999), "2024-12-31", rating="5"))
    return make_export_zip(
        {
            "watched.csv": csv_bytes(WATCHED_HEADER, watched),
            "ratings.csv": csv_bytes(RATINGS_HEADER, ratings),
            "diary.csv": csv_bytes(DIARY_HEADER, diary),
        }
    )


@pytest.fixture
def fake_tmdb(settings):
    server, base_url = start_in_thread(latency_ms=20)
    settings.TMDB_API_URL = base_url
    settings.TMDB_API_KEY = DEFAULT_API_KEY
    settings.TMDB_MAX_RPS = 1000.0
    # One worker thread: the test steps through the chunks itself, so the page's polls can be
    # matched to them one by one.
    settings.ENRICH_THREADS = 1
    yield server
    server.stop()


def stat(page, name: str) -> str:
    return page.locator(f'[data-stat="{name}"]').inner_text()


def shoot(page, screenshots, name: str) -> None:
    for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.wait_for_timeout(400)  # Chart.js redraws on resize
        page.screenshot(path=str(screenshots / f"{name}-{label}.png"), full_page=True)
    page.set_viewport_size(DESKTOP)


def test_upload_then_watch_enrichment_fill_in_every_chart(
    live_server, cdn_from_vendored_copy, fake_tmdb, screenshots
):
    page = cdn_from_vendored_copy
    page.set_viewport_size(DESKTOP)
    problems = PageProblems(page)

    # Upload through the page, as a member would.
    page.goto(live_server.url + "/")
    shoot(page, screenshots, "home")
    page.set_input_files(
        'input[name="export"]',
        files=[
            {
                "name": "letterboxd-alice-2026-11-24-10-00-utc.zip",
                "mimeType": "application/zip",
                "buffer": export_of_catalogue_films(48),
            }
        ],
    )
    assert "letterboxd-alice" in page.locator("[data-files]").inner_text()
    page.get_by_role("button", name="Show my stats").click()
    page.wait_for_url(re.compile(r"/s/[0-9a-f-]{36}/$"))

    session = UploadSession.objects.get()
    # Stored, waiting for a worker; the worker below picks it up as the cluster would.
    assert session.status == UploadSession.Status.PROCESSING
    assert UploadSession.objects.filter(pk=session.pk).begin_enriching() == 1
    bar = page.locator("#progress progress")
    assert bar.get_attribute("value") == "0"
    assert "0 of 49 films enriched" in page.locator("#progress").inner_text()

    # Enrich against the fake TMDB a chunk at a time, letting the page poll in between.
    worker.link_cached_films(session.pk)
    shown = []
    for token in list(worker.plan_chunks(session.pk, chunk_size=12)):
        worker.process_chunk(session.pk, token)
        done = session.movies.exclude(enrichment_status="pending").count()
        # The page polls every 2 s; wait for the poll that shows this chunk, however long a
        # busy machine takes, rather than a fixed time it may miss.
        page.wait_for_function(SHOWS_DONE, arg=done, timeout=60_000)
        shown.append(int(bar.get_attribute("value")))
        if len(shown) == 2:
            shoot(page, screenshots, "dashboard-enriching")
    session.complete_if_finished()
    assert shown == sorted(shown) and len(set(shown)) >= 3, shown
    assert not session.movies.filter(enrichment_status="failed").exists()
    assert shown[0] > 0

    # The last poll stops the polling and brings the final figures in without a reload.
    page.wait_for_selector("#progress.is-finished", timeout=10_000)
    page.wait_for_function(ALL_PAINTED, timeout=10_000)
    charts = page.evaluate(CHART_STATE)
    assert {c["name"] for c in charts} >= {
        "ratings", "rating_vs_tmdb", "release_years", "decades", "months", "weekdays",
        "genres_watched", "genres_rated", "directors_watched", "directors_rated",
        "actors_watched", "actors_rated", "countries", "languages", "runtimes", "box_office",
        "popularity",
    }  # fmt: skip
    assert all(c["chart"] and c["points"] and c["painted"] for c in charts), charts
    assert page.url.endswith(f"/s/{session.pk}/")
    assert stat(page, "films") == "49"
    # The film TMDB does not know is offered for checking, though the page opened mid-match.
    # The summary comes with the last statistics swap, which may land after the charts paint.
    page.locator("#check").get_by_text("Check 1 match").wait_for(timeout=30_000)

    # The film named like markup shows as text, and nothing ran.
    assert page.get_by_text(XSS, exact=False).first.is_visible()
    assert problems.dialogs == []
    assert problems.errors == []
    shoot(page, screenshots, "dashboard")

    page.goto(f"{live_server.url}/s/{session.pk}/films/?sort=-rating")
    assert page.locator(".films-table tbody tr").count() == 49
    shoot(page, screenshots, "films")
    assert problems.errors == []


@pytest.fixture
def two_years():
    session = make_session()
    for i in range(12):
        tmdb = make_tmdb(genres=["Drama", "Comedy"][i % 2 :], runtime=80 + i, revenue=10**6 * i)
        watched = [date(2023, 1 + i, 5)] if i < 8 else [date(2024, i - 7, 5)]
        make_film(
            session,
            f"Film {i}",
            year=1950 + 5 * i,
            rating=(i % 10 + 1) / 2,
            watched=watched,
            tmdb=tmdb,
        )
    return session


def test_the_year_selector_changes_the_numbers(
    live_server, cdn_from_vendored_copy, two_years, screenshots
):
    page = cdn_from_vendored_copy
    problems = PageProblems(page)
    page.goto(f"{live_server.url}/s/{two_years.pk}/")
    assert stat(page, "films") == "12"

    page.select_option("#year-select", "2024")
    page.wait_for_url(re.compile(r"\?year=2024$"))

    assert stat(page, "films") == "4"
    assert "2024 in review" in page.locator(".year-summary").inner_text()
    page.wait_for_function(ALL_PAINTED)
    assert problems.errors == []
    shoot(page, screenshots, "dashboard-year")


def test_charts_draw_from_the_vendored_copy_when_the_cdn_is_unreachable(
    live_server, page, two_years
):
    page.route("https://cdn.jsdelivr.net/**", lambda route: route.abort())
    problems = PageProblems(page, allowed=("net::ERR_FAILED",))

    page.goto(f"{live_server.url}/s/{two_years.pk}/")

    page.wait_for_function(ALL_PAINTED)
    assert page.evaluate("() => window.Chart.version").startswith("4.")
    assert problems.errors == []


def test_delete_removes_the_session(live_server, cdn_from_vendored_copy, two_years, screenshots):
    page = cdn_from_vendored_copy
    page.goto(f"{live_server.url}/s/{two_years.pk}/")

    page.get_by_role("link", name="Delete this session…").click()
    page.wait_for_url(re.compile(r"/delete/$"))
    shoot(page, screenshots, "delete-confirm")
    page.get_by_role("button", name="Delete everything").click()
    page.wait_for_url(live_server.url + "/")

    assert "are deleted" in page.locator(".messages").inner_text()
    assert not UploadSession.objects.filter(pk=two_years.pk).exists()
    assert page.goto(f"{live_server.url}/s/{two_years.pk}/").status == 404
