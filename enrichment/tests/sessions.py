"""Sessions of films waiting for enrichment, for the worker and command tests."""

from __future__ import annotations

from movies.models import Movie
from sessions_app.models import UploadSession

FILMS = [
    ("Parasite", 2019),
    ("Dune", 1984),
    ("Dune", 2021),
    ("Spirited Away", 2001),
    ("A Film That Does Not Exist Anywhere", 1999),
]


def make_session(films=FILMS, status=UploadSession.Status.ENRICHING) -> UploadSession:
    session = UploadSession.objects.create(status=status, total_movies=len(films))
    Movie.objects.bulk_create(
        Movie(session=session, name=name, year=year, letterboxd_uri=f"https://boxd.it/{i}")
        for i, (name, year) in enumerate(films)
    )
    return session
