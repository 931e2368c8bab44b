"""Fixing a match in a real browser: the member pastes a TMDB film and the charts follow."""

from __future__ import annotations

import os
import re

import pytest

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
