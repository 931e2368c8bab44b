"""Take the data away: every film with every field, as CSV and JSON, streamed."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from django.http import StreamingHttpResponse

from movies.film_export import COLUMNS, csv_cell
from movies.models import Movie
from movies.tests.factories import make_film, make_session, make_tmdb

pytestmark = pytest.mark.django_db


@pytest.fixture
def session():
    session = make_session(upload_metadata={"username": "alice"})
    make_film(
        session,
        "Cléo from 5 to 7",
        rating=4.5,
        watched=[date(2024, 3, 1), date(2024, 5, 1)],
        rewatches=1,
        liked=True,
        tags=["paris", '=HYPERLINK("http://evil.example")'],
        tmdb=make_tmdb(
            tmdb_id=499,
            title="Cléo de 5 à 7",
            genres=["Drama", "Comedy"],
            directors=[{"id": 1, "name": "Agnès Varda"}],
            cast=[{"id": 10, "name": "Corinne Marchand", "character": "Cléo", "order": 0}],
            countries=[{"code": "FR", "name": "France"}],
            imdb_id="tt0055852",
        ),
    )
    make_film(session, "=1+1", year=None, enrichment_status="not_found")
    make_film(session, "@SUM(A1)", watched=[], rating=None)
    Movie.objects.create(
        session=session,
        name="Jeanne Dielman",
        year=1975,
        letterboxd_uri="https://boxd.it/jd",
        watched=False,
        on_watchlist=True,
        watchlist_only=True,
        watchlist_added_on=date(2020, 1, 2),
        enrichment_status="not_requested",
    )
    return session


def body(response) -> str:
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content).decode("utf-8")


def test_csv_has_every_film_and_field(client, session):
    response = client.get(f"/s/{session.pk}/films.csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        response["Content-Disposition"] == 'attachment; filename="letterboxd-stats-alice-films.csv"'
    )
    text = body(response)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    # In the films table's order, by name as it sorts (without punctuation).
    assert [row["name"] for row in rows] == [
        "'=1+1",
        "Cléo from 5 to 7",
        "Jeanne Dielman",
        "'@SUM(A1)",
    ]
    cleo = rows[1]
    assert cleo["rating"] == "4.5"
    assert cleo["liked"] == "true"
    assert cleo["diary_entries"] == "2" and cleo["rewatches"] == "1"
    assert cleo["last_watched_on"] == "2024-05-01"
    assert cleo["tmdb_id"] == "499" and cleo["tmdb_title"] == "Cléo de 5 à 7"
    assert cleo["genres"] == "Drama; Comedy"
    assert cleo["directors"] == "Agnès Varda" and cleo["cast"] == "Corinne Marchand"
    assert cleo["countries"] == "France" and cleo["imdb_id"] == "tt0055852"
    # A tag a spreadsheet would run is made inert, inside the joined cell too.
    assert cleo["tags"] == 'paris; =HYPERLINK("http://evil.example")'
    listed = rows[2]
    assert (listed["watched"], listed["on_watchlist"], listed["watchlist_added_on"]) == (
        "false",
        "true",
        "2020-01-02",
    )
    assert listed["tmdb_state"] == "not_requested" and listed["tmdb_id"] == ""
    assert list(rows[0]) == COLUMNS


def test_a_cell_a_spreadsheet_would_run_gets_an_apostrophe():
    assert [csv_cell(v) for v in ("=A1", "+1", "-1", "@x", "\tx", "x=1", 7, None, True)] == [
        "'=A1",
        "'+1",
        "'-1",
        "'@x",
        "'\tx",
        "x=1",
        7,
        "",
        "true",
    ]
    assert csv_cell(["=a", "b"]) == "'=a; b"


def test_json_has_every_film_and_field(client, session):
    response = client.get(f"/s/{session.pk}/films.json")

    assert response["Content-Type"] == "application/json"
    data = json.loads(body(response))
    assert data["session_id"] == str(session.pk) and data["username"] == "alice"
    assert data["count"] == len(data["films"]) == 4
    cleo = next(film for film in data["films"] if film["name"] == "Cléo from 5 to 7")
    assert list(cleo) == COLUMNS
    assert cleo["rating"] == 4.5 and cleo["liked"] is True
    assert cleo["genres"] == ["Drama", "Comedy"] and cleo["directors"] == ["Agnès Varda"]
    # JSON keeps text as it is: only a spreadsheet runs formulas.
    assert "=1+1" in [film["name"] for film in data["films"]]


def test_the_api_serves_the_same_files_with_or_without_a_slash(client, session):
    for path in ("export.csv", "export.csv/", "export.json", "export.json/"):
        response = client.get(f"/api/session/{session.pk}/{path}")
        assert response.status_code == 200, path
    assert client.post(f"/api/session/{session.pk}/export.csv").status_code == 405
    missing = client.get("/api/session/11111111-2222-3333-4444-555555555555/export.json")
    assert missing.status_code == 404 and "error" in missing.json()


def test_an_odd_username_stays_out_of_the_file_name(client):
    session = make_session(upload_metadata={"username": 'a"b\r\nSet-Cookie: x'})
    response = client.get(f"/s/{session.pk}/films.csv")
    assert response["Content-Disposition"] == 'attachment; filename="letterboxd-stats-films.csv"'


def test_the_dashboard_links_both_downloads(client, session):
    html = client.get(f"/s/{session.pk}/").content.decode()
    assert f'href="/s/{session.pk}/films.csv"' in html
    assert f'href="/s/{session.pk}/films.json"' in html
