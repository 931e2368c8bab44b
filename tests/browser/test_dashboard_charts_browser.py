"""What the dashboard's charts and lists say in a real browser: ratings as stars, film titles
whole beside their bars, a long title keeping its figure on its own row."""

from __future__ import annotations

from datetime import date

import pytest

from movies.tests.factories import make_film, make_session, make_tmdb

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONG = "Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb"
DRAWN = """name => {
  const canvas = document.querySelector(`canvas[data-chart='${name}']`);
  return !!(window.Chart && canvas && window.Chart.getChart(canvas));
}"""
TICKS = """([name, axis]) => {
  const chart = window.Chart.getChart(document.querySelector(`canvas[data-chart='${name}']`));
  return chart.scales[axis].ticks.map(t => [].concat(t.label).join(' '));
}"""


@pytest.fixture
def rated_session():
    session = make_session()
    for i in range(10):
        make_film(
            session,
            LONG if i == 0 else f"Film {i}",
            year=1964 if i == 0 else 2000 + i,
            rating=(i + 1) / 2,
            watched=[date(2023, 1, 1 + d) for d in range(8 if i == 0 else 1)],
            rewatches=7 if i == 0 else 0,
            tmdb=make_tmdb(vote_average=9.5 - i, vote_count=500),
        )
    return session


def test_the_ratings_axis_reads_in_stars(live_server, cdn_from_vendored_copy, rated_session):
    page = cdn_from_vendored_copy
    page.goto(f"{live_server.url}/s/{rated_session.pk}/")
    page.wait_for_function(DRAWN, arg="ratings")

    ticks = page.evaluate(TICKS, ["ratings", "x"])

    assert ticks == ["½", "★", "★½", "★★", "★★½", "★★★", "★★★½", "★★★★", "★★★★½", "★★★★★"]


@pytest.mark.parametrize("width", [1366, 390])
def test_you_versus_tmdb_shows_whole_titles(
    live_server, cdn_from_vendored_copy, rated_session, width
):
    page = cdn_from_vendored_copy
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{live_server.url}/s/{rated_session.pk}/")
    page.wait_for_function(DRAWN, arg="rating_vs_tmdb")

    ticks = page.evaluate(TICKS, ["rating_vs_tmdb", "y"])

    assert f"{LONG} (1964)" in ticks
    assert not any("…" in tick for tick in ticks)


def test_a_long_title_keeps_its_rewatches_on_its_own_row_at_1366_px(
    live_server, cdn_from_vendored_copy, rated_session
):
    page = cdn_from_vendored_copy
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{live_server.url}/s/{rated_session.pk}/")

    rows = page.eval_on_selector_all(
        ".rewatched li",
        """items => items.map(li => {
          const box = li.getBoundingClientRect();
          const figure = li.querySelector('.num').getBoundingClientRect();
          const name = li.querySelector('.ranked-name').getBoundingClientRect();
          return {text: li.innerText, inside: figure.top >= box.top && figure.bottom <= box.bottom,
                  right: figure.left >= name.right};
        })""",
    )

    assert rows and rows[0]["text"].endswith("7 rewatches")
    assert all(row["inside"] and row["right"] for row in rows), rows
