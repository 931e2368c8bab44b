"""A finished session with a rated history, a watchlist looked up on TMDB, and a share link:
what the share, download and watch-next browser tests open."""

from __future__ import annotations

from datetime import date

from movies.models import Movie
from movies.tests.factories import make_film, make_session, make_tmdb
from sessions_app.models import UploadSession

VARDA = {"id": 1, "name": "Agnès Varda"}
BAY = {"id": 2, "name": "Michael Bay"}
LISTED = [
    ("Vagabond", 1985, VARDA, ["Drama"]),
    ("The Gleaners and I", 2000, VARDA, ["Documentary"]),
    (
        "Jeanne Dielman, 23 quai du Commerce, 1080 Bruxelles",
        1975,
        {"id": 7, "name": "Chantal Akerman"},
        ["Drama"],
    ),
    ("Bad Boys II", 2003, BAY, ["Action", "Comedy"]),
    ("Transformers", 2007, BAY, ["Action", "Science Fiction"]),
    ("Close-Up", 1990, {"id": 8, "name": "Abbas Kiarostami"}, ["Drama", "Documentary"]),
]


def make_watchlist_session(listed_looked_up: bool = True) -> UploadSession:
    session = make_session(
        total_movies=40,
        upload_metadata={"username": "alice", "rows_read": {"watched": 40, "watchlist": 6}},
    )
    for i in range(40):
        director, rating = (
            (VARDA, 5 - (i % 8) / 8)
            if i % 4 == 0
            else (BAY, 1.5)
            if i % 4 == 1
            else ({"id": 100 + i, "name": f"Someone {i}"}, 3 + (i % 3) / 2)
        )
        make_film(
            session,
            f"Seen film {i}",
            year=1960 + i,
            rating=round(rating * 2) / 2,
            watched=[date(2023 + i % 2, 1 + i % 12, 3)],
            liked=i % 5 == 0,
            tmdb=make_tmdb(
                directors=[director],
                genres=[
                    "Documentary" if director is VARDA else "Action" if director is BAY else "Drama"
                ],
                runtime=85 + i,
            ),
        )
    for i, (name, year, director, genres) in enumerate(LISTED):
        tmdb = make_tmdb(directors=[director], genres=genres, runtime=90 + 10 * i)
        Movie.objects.create(
            session=session,
            name=name,
            year=year,
            letterboxd_uri=f"https://letterboxd.com/film/listed-{i}/",
            watched=False,
            on_watchlist=True,
            watchlist_only=True,
            watchlist_added_on=date(2016 + i, 3, 1),
            tmdb_movie=tmdb if listed_looked_up else None,
            enrichment_status="enriched" if listed_looked_up else "not_requested",
        )
    return session
