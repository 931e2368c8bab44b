"""The dashboard's lists section: how many lists, the longest, and the films on most of them."""

from __future__ import annotations

import json
import re

import pytest

from movies.tests.factories import make_film, make_session

pytestmark = pytest.mark.django_db

XSS = "<img src=x onerror=alert(1)>"
LISTS = {
    "count": 3,
    "films": 7,
    "longest": [
        {"name": XSS, "size": 3},
        {"name": "Scary", "size": 3},
        {"name": "Nineties", "size": 1},
    ],
    "most_listed": [
        {"name": "Alien", "year": 1979, "uri": "https://boxd.it/alien", "lists": 2},
        {"name": "Heat", "year": 1995, "uri": "javascript:alert(1)", "lists": 2},
    ],
}


def lists_section(html: str) -> str:
    match = re.search(r'<section id="lists".*?</section>', html, re.S)
    assert match
    return match[0]


def test_the_lists_section_draws_the_longest_lists_and_the_films_on_most(client):
    session = make_session(upload_metadata={"username": "alice", "lists": LISTS})
    make_film(session, "Heat", rating=4)

    html = client.get(f"/s/{session.pk}/").content.decode()

    section = lists_section(html)
    assert "3 lists with 7 entries in all" in section
    data = json.loads(
        re.search(r'<script id="lists-chart-data" type="application/json">(.*?)</script>', html)[1]
    )
    assert data["lists_sizes"] == {"labels": [XSS, "Scary", "Nineties"], "values": [3, 3, 1]}
    assert data["lists_films"] == {"labels": ["Alien (1979)", "Heat (1995)"], "values": [2, 2]}
    assert section.count("Show as a table") == 2
    assert XSS not in section and "&lt;img src=x" in section
    assert 'href="https://boxd.it/alien"' in section and "javascript:" not in section
    assert 'href="#lists"' in html


def test_without_lists_there_is_no_section(client):
    session = make_session()
    make_film(session, "Heat", rating=4)

    html = client.get(f"/s/{session.pk}/").content.decode()

    assert 'id="lists"' not in html and 'href="#lists"' not in html


def test_the_share_page_shows_the_lists_too(client):
    session = make_session(upload_metadata={"username": "alice", "lists": LISTS})
    make_film(session, "Heat", rating=4)
    session.share()

    assert "Films on most of your lists" in lists_section(
        client.get(session.get_share_url()).content.decode()
    )
