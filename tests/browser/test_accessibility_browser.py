"""axe-core over every page of the member's side of the app, at desktop and phone widths: no
serious or critical violation. (The check-and-fix pages under /s/<id>/check/ belong to the
matching work and are not listed here.)

axe is injected through the DevTools protocol (`page.evaluate`), which the pages' strict CSP
does not govern, so the pages are checked with the very headers they are served with.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from django.test import Client

from movies.tests.factories import make_film, make_session, make_tmdb
from sessions_app.models import UploadSession

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).parent / "vendor" / "axe-core-4.14.1.min.js"
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
# What fails a page: the two worst of axe's four impacts.
FAILING = {"serious", "critical"}
RUN_AXE = """async () => {
  const results = await window.axe.run(document, {resultTypes: ['violations']});
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary),
  }));
}"""
# Tables behind the charts and notes are in closed <details>: open them so axe sees them too.
OPEN_ALL = "() => document.querySelectorAll('details').forEach(d => { d.open = true; })"


def serious_violations(page) -> list[dict]:
    page.evaluate(OPEN_ALL)
    if not page.evaluate("() => !!window.axe"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    return [v for v in page.evaluate(RUN_AXE) if v["impact"] in FAILING]


def check(page, open_page: Callable[[], None]) -> None:
    """Open the page at each width and collect what axe finds; fail with all of it at once."""
    found = {}
    for name, size in WIDTHS.items():
        page.set_viewport_size(size)
        open_page()
        found[name] = serious_violations(page)
    assert found == {name: [] for name in WIDTHS}, found


def served(page, live_server, path: str, html: str, status: int) -> Callable[[], None]:
    """A page Django rendered for a request a browser cannot make (a forged Host, a missing
    CSRF token, a crash), served at `path` of the live server so its CSS loads as it would."""

    def fulfil(route):
        route.fulfill(status=status, body=html, content_type="text/html; charset=utf-8")

    page.route(f"{live_server.url}{path}", fulfil)
    return lambda: page.goto(f"{live_server.url}{path}")


@pytest.fixture
def finished():
    session = make_session(total_movies=12, upload_metadata={"username": "alice"})
    for i in range(12):
        tmdb = make_tmdb(
            genres=["Drama", "Comedy", "Horror"][i % 3 :],
            directors=[{"id": 1 + i % 3, "name": f"Director {i % 3}"}],
            runtime=80 + i * 5,
            revenue=10**6 * (i + 1),
            budget=10**5 * (i + 1),
            vote_average=5 + i / 3,
        )
        watched = [date(2023 + i % 2, 1 + i, 5)] + ([date(2024, 12, 1)] if i % 4 == 0 else [])
        make_film(
            session,
            f"Film number {i}" if i else "A very long film title that wraps on a phone screen",
            year=1950 + 5 * i,
            rating=(i % 10 + 1) / 2,
            watched=sorted(watched),
            rewatches=1 if i % 4 == 0 else 0,
            liked=i % 3 == 0,
            tmdb=tmdb if i != 5 else None,
            enrichment_status="enriched" if i != 5 else "not_found",
        )
    return session


@pytest.fixture
def enriching():
    session = make_session(status=UploadSession.Status.ENRICHING, total_movies=6)
    for i in range(6):
        make_film(
            session,
            f"Film {i}",
            tmdb=make_tmdb() if i < 2 else None,
            enrichment_attempts=1 if i == 5 else 0,
        )
    return session


CHARTS_DRAWN = """() => Array.from(document.querySelectorAll('canvas[data-chart]'))
  .every(c => window.Chart && window.Chart.getChart(c))"""


def test_home_page(live_server, page):
    check(page, lambda: page.goto(live_server.url + "/"))


def test_home_page_with_an_upload_error(live_server, page):
    def open_page():
        page.goto(live_server.url + "/")
        page.get_by_role("button", name="Show my stats").click()
        page.wait_for_selector(".form-error")

    check(page, open_page)


def test_dashboard_all_time(live_server, cdn_from_vendored_copy, finished):
    page = cdn_from_vendored_copy

    def open_page():
        page.goto(f"{live_server.url}/s/{finished.pk}/")
        page.wait_for_function(CHARTS_DRAWN)

    check(page, open_page)


def test_dashboard_of_a_year(live_server, cdn_from_vendored_copy, finished):
    page = cdn_from_vendored_copy

    def open_page():
        page.goto(f"{live_server.url}/s/{finished.pk}/?year=2024")
        page.wait_for_function(CHARTS_DRAWN)

    check(page, open_page)


def test_dashboard_while_enriching(live_server, cdn_from_vendored_copy, enriching):
    page = cdn_from_vendored_copy
    check(page, lambda: page.goto(f"{live_server.url}/s/{enriching.pk}/"))


def test_films_table(live_server, page, finished):
    check(page, lambda: page.goto(f"{live_server.url}/s/{finished.pk}/films/?sort=-rating"))


def test_films_table_with_filters_and_no_match(live_server, page, finished):
    url = f"{live_server.url}/s/{finished.pk}/films/?q=zzzz&genre=Drama&liked=yes"
    check(page, lambda: page.goto(url))


def test_films_table_with_an_invalid_filter(live_server, page, finished):
    check(page, lambda: page.goto(f"{live_server.url}/s/{finished.pk}/films/?decade=1965"))


def test_delete_confirm_page(live_server, page, finished):
    check(page, lambda: page.goto(f"{live_server.url}/s/{finished.pk}/delete/"))


def test_not_found_pages(live_server, page):
    check(page, lambda: page.goto(f"{live_server.url}/no/such/page/"))
    gone = "/s/11111111-2222-3333-4444-555555555555/"
    check(page, lambda: page.goto(f"{live_server.url}{gone}"))


def test_bad_request_page(live_server, page):
    html = Client().get("/", HTTP_HOST="evil.example").content.decode()
    check(page, served(page, live_server, "/error-400/", html, 400))


def test_csrf_failure_page(live_server, page, finished):
    response = Client(enforce_csrf_checks=True).post(f"/s/{finished.pk}/delete/")
    check(page, served(page, live_server, "/error-403/", response.content.decode(), 403))


def test_server_error_pages(live_server, page, monkeypatch):
    from django.db import OperationalError

    from sessions_app import views

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    with monkeypatch.context() as patch:
        patch.setattr(views, "UploadForm", broken)
        html = Client(raise_request_exception=False).get("/").content.decode()
    check(page, served(page, live_server, "/error-500/", html, 500))

    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    session = make_session()
    with monkeypatch.context() as patch:
        patch.setattr(UploadSession.objects, "get", unreachable)
        html = Client(raise_request_exception=False).get(f"/s/{session.pk}/").content.decode()
    assert "Back in a moment" in html
    check(page, served(page, live_server, "/error-503/", html, 503))


def test_the_check_itself_finds_a_serious_violation(live_server, page):
    """The harness is live: an image without a text alternative on the home page is caught."""
    page.goto(live_server.url + "/")
    page.evaluate("() => document.querySelector('main').append(document.createElement('img'))")
    assert [v["id"] for v in serious_violations(page)] == ["image-alt"]


@pytest.fixture
def with_watchlist():
    from tests.browser.watchlist_session import make_watchlist_session

    return make_watchlist_session()


def test_dashboard_with_the_watchlist_and_share_card(
    live_server, cdn_from_vendored_copy, with_watchlist
):
    page = cdn_from_vendored_copy
    with_watchlist.share()

    def open_page():
        page.goto(f"{live_server.url}/s/{with_watchlist.pk}/")
        page.wait_for_function(CHARTS_DRAWN)

    check(page, open_page)


def test_dashboard_with_a_watchlist_not_looked_up(live_server, cdn_from_vendored_copy):
    from tests.browser.watchlist_session import make_watchlist_session

    page = cdn_from_vendored_copy
    session = make_watchlist_session(listed_looked_up=False)
    check(page, lambda: page.goto(f"{live_server.url}/s/{session.pk}/#watchlist"))


def test_share_pages(live_server, cdn_from_vendored_copy, with_watchlist):
    page = cdn_from_vendored_copy
    token = with_watchlist.share()

    def open_share(query: str = "") -> Callable[[], None]:
        def open_page():
            page.goto(f"{live_server.url}/share/{token}/{query}")
            page.wait_for_function(CHARTS_DRAWN)

        return open_page

    check(page, open_share())
    check(page, open_share("?year=2024"))
    check(page, lambda: page.goto(f"{live_server.url}/share/{token}/films/?sort=-rating"))
    check(page, lambda: page.goto(f"{live_server.url}/share/no-such-link/"))
