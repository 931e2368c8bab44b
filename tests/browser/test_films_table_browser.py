"""The films table on a phone: short rows, and no sideways scroll."""

from __future__ import annotations

from statistics import median

import pytest

from movies.tests.factories import make_film, make_session, make_tmdb

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROWS = """() => Array.from(document.querySelectorAll('.films-table tbody tr'))
  .map(row => row.getBoundingClientRect().height)"""
OVERFLOW = """() => {
  const wrap = document.querySelector('.table-wrap');
  return {page: document.documentElement.scrollWidth - window.innerWidth,
          table: wrap.scrollWidth - wrap.clientWidth};
}"""


@pytest.fixture
def session():
    session = make_session(total_movies=30)
    for i in range(30):
        make_film(
            session,
            f"Film {i}" if i % 5 else f"A rather long film title number {i}",
            year=1960 + i,
            rating=(i % 10 + 1) / 2,
            tmdb=make_tmdb(genres=["Drama", "Comedy", "Science Fiction"], runtime=100 + i),
            liked=i % 3 == 0,
        )
    return session


def test_on_a_phone_the_table_fits_the_screen_in_short_rows(live_server, page, session):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/s/{session.pk}/films/")

    assert page.evaluate(OVERFLOW) == {"page": 0, "table": 0}
    heights = page.evaluate(ROWS)
    assert len(heights) == 30
    # Two lines (the name, then its TMDB state and links) and no empty third.
    assert median(heights) < 64, heights
    # What the hidden columns held is a filter or a sort away; the year stays by the name.
    assert page.locator(".films-table tbody tr").first.locator(".on-phone").first.is_visible()


def test_on_a_desktop_every_column_shows_and_a_film_links_to_tmdb(live_server, page, session):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/s/{session.pk}/films/")

    headers = page.locator(".films-table thead th").all_inner_texts()
    assert [h.split(" ")[0] for h in headers][:4] == ["Film", "Year", "Rating", "Diary"]
    assert page.get_by_role("link", name="Film 1 on TMDB").is_visible()
