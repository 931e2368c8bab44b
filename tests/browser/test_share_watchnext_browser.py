"""Sharing, downloads and what to watch next in a real browser, with screenshots at desktop
and phone widths (into screenshots/, or SCREENSHOTS_DIR)."""

from __future__ import annotations

import csv

import pytest

from tests.browser.watchlist_session import make_watchlist_session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
CHARTS_DRAWN = """() => Array.from(document.querySelectorAll('canvas[data-chart]'))
  .every(c => window.Chart && window.Chart.getChart(c))"""
NO_SIDEWAYS_SCROLL = "() => document.documentElement.scrollWidth - window.innerWidth"


def test_the_owner_shares_and_a_visitor_sees_the_statistics_only(
    live_server, cdn_from_vendored_copy, screenshots
):
    page = cdn_from_vendored_copy
    session = make_watchlist_session()
    owner_url = f"{live_server.url}/s/{session.pk}/"

    page.set_viewport_size(WIDTHS["desktop"])
    page.goto(owner_url)
    page.get_by_role("button", name="Make a share link").click()
    share_url = page.locator("#share-link-input").input_value()
    assert share_url.startswith(f"{live_server.url}/share/")
    page.locator("#share").screenshot(path=screenshots / "share-card-desktop.png")

    for name, size in WIDTHS.items():
        page.set_viewport_size(size)
        page.goto(share_url)
        page.wait_for_function(CHARTS_DRAWN)
        assert page.evaluate(NO_SIDEWAYS_SCROLL) == 0, name
        page.screenshot(path=screenshots / f"share-page-{name}.png", full_page=True)
        html = page.content()
        assert str(session.pk) not in html and "/s/" not in html
        assert page.locator("form[method=post]").count() == 0

    # The pasted link previews with our 1200×630 image; it loads.
    preview = page.locator('meta[property="og:image"]').get_attribute("content")
    assert preview.startswith(f"{live_server.url}/share/") and "preview.png" in preview
    page.goto(preview)
    assert page.evaluate(
        "() => [document.images[0].naturalWidth, document.images[0].naturalHeight]"
    ) == [1200, 630]
    page.screenshot(path=screenshots / "share-image-preview.png")
    page.goto(preview.replace("preview.png", "story.png"))
    assert page.evaluate("() => document.images[0].naturalHeight") == 1920

    # Turned off, the link leads nowhere.
    page.goto(owner_url)
    page.get_by_role("button", name="Turn sharing off").click()
    assert page.goto(share_url).status == 404
    assert page.get_by_role("heading", name="This share link is off").is_visible()


def test_the_year_in_review_is_shared_with_its_own_image(
    live_server, cdn_from_vendored_copy, screenshots
):
    page = cdn_from_vendored_copy
    session = make_watchlist_session()
    token = session.share()

    page.set_viewport_size(WIDTHS["phone"])
    page.goto(f"{live_server.url}/share/{token}/")
    page.select_option("#year-select", "2024")
    page.wait_for_url("**/?year=2024")
    assert page.get_by_role("heading", name="2024 in review").is_visible()
    assert "year=2024" in page.locator('meta[property="og:image"]').get_attribute("content")
    page.screenshot(path=screenshots / "share-year-phone.png", full_page=True)
    page.goto(f"{live_server.url}/share/{token}/image/story.png?year=2024")
    page.screenshot(path=screenshots / "share-image-story-2024.png")


def test_what_to_watch_next_reads_well_at_both_widths(
    live_server, cdn_from_vendored_copy, screenshots
):
    page = cdn_from_vendored_copy
    session = make_watchlist_session()

    for name, size in WIDTHS.items():
        page.set_viewport_size(size)
        page.goto(f"{live_server.url}/s/{session.pk}/#watchlist")
        section = page.locator("#watchlist")
        picks = section.locator(".watch-next li")
        assert picks.count() == 6
        first = picks.first.inner_text()
        assert "Vagabond" in first or "The Gleaners and I" in first
        assert "You rate Agnès Varda’s films" in first
        assert "Transformers" in picks.last.inner_text() or "Bad Boys II" in picks.last.inner_text()
        # The same page, narrowed (the hash alone changes): the charts must follow it in.
        page.wait_for_function(f"() => ({NO_SIDEWAYS_SCROLL})() === 0", timeout=10_000)
        section.screenshot(path=screenshots / f"watchlist-{name}.png")


def test_the_watchlist_lookup_is_asked_for_with_a_button(
    live_server, page, screenshots, monkeypatch
):
    from sessions_app import queue

    monkeypatch.setattr(queue, "async_task", lambda *args, **kwargs: None)
    session = make_watchlist_session(listed_looked_up=False)

    page.set_viewport_size(WIDTHS["phone"])
    page.goto(f"{live_server.url}/s/{session.pk}/#watchlist")
    page.locator("#watchlist").screenshot(path=screenshots / "watchlist-not-looked-up-phone.png")
    page.get_by_role("button", name="Look up my 6 watchlist films").click()

    assert page.get_by_text("Looking up 6 watchlist films").is_visible()
    assert page.locator("#watchlist").get_by_role("status").is_visible()


def test_the_films_download_as_csv_and_json(live_server, page):
    session = make_watchlist_session()
    page.goto(f"{live_server.url}/s/{session.pk}/#downloads")

    with page.expect_download() as csv_download:
        page.get_by_role("link", name="Download as CSV").click()
    assert csv_download.value.suggested_filename == "letterboxd-stats-alice-films.csv"
    with open(csv_download.value.path(), encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 46
    assert {row["name"] for row in rows if row["on_watchlist"] == "true"} >= {
        "Vagabond",
        "Close-Up",
    }

    with page.expect_download() as json_download:
        page.get_by_role("link", name="Download as JSON").click()
    assert json_download.value.suggested_filename == "letterboxd-stats-alice-films.json"
