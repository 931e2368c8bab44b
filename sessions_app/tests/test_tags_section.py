"""The dashboard's tags section: most used tags and their average rating, as charts and tables."""

from __future__ import annotations

import json
import re

import pytest
from django.core.cache import cache

from movies.tests.factories import make_film, make_session

pytestmark = pytest.mark.django_db

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def tags_section(html: str) -> str:
    return re.search(r'<section id="tags".*?</section>', html, re.S)[0]


def chart_data(html: str) -> dict:
    block = re.search(r'<script id="chart-data" type="application/json">(.*?)</script>', html)
    return json.loads(block[1])


def test_tags_are_ranked_by_use_with_their_average_rating(client):
    session = make_session()
    make_film(session, "A", rating=5, tags=["cinema", "paris"])
    make_film(session, "B", rating=4, tags=["paris"])
    make_film(session, "C", rating=2, tags=["paris", XSS])
    make_film(session, "D", rating=3, tags=["cinema"])
    make_film(session, "Left out", rating=1, tags=["paris"], enrichment_status="excluded")

    html = client.get(f"/s/{session.pk}/").content.decode()

    section = tags_section(html)
    assert "3 tags on 4 films" in section
    assert chart_data(html)["tags_used"] == {
        "labels": ["paris", "cinema", XSS],
        "values": [3, 2, 1],
    }
    assert chart_data(html)["tags_rated"] == {"labels": ["cinema", "paris"], "values": [4.0, 3.67]}
    table = re.search(r'id="chart-tags_used".*?<table>(.*?)</table>', section, re.S)[1]
    assert re.search(
        r'paris</td>\s*<td class="num">3</td>\s*<td class="num">3</td>\s*<td class="num">3.67',
        table,
    )
    assert XSS not in section and "&lt;img src=x" in section


def test_a_session_without_tags_says_so_and_draws_nothing(client):
    session = make_session()
    make_film(session, "A", rating=5)

    html = client.get(f"/s/{session.pk}/").content.decode()

    section = tags_section(html)
    assert "None of your films is tagged" in section
    assert "data-chart" not in section


def test_the_share_page_shows_the_tags_too(client):
    session = make_session()
    make_film(session, "A", rating=5, tags=["cinema"])
    session.share()

    assert "tags_used" in tags_section(client.get(session.get_share_url()).content.decode())
