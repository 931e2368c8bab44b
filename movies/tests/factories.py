"""Hand-written builders for sessions, films, viewings and their TMDB data."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from itertools import count
from typing import Any

from django.utils import timezone

from enrichment.models import TmdbMovie
from movies.models import Movie, Viewing
from sessions_app.models import UploadSession

_ids = count(1)

GENRES = [
    "Drama",
    "Comedy",
    "Thriller",
    "Horror",
    "Romance",
    "Action",
    "Animation",
    "Documentary",
    "Crime",
    "Science Fiction",
    "Fantasy",
    "Mystery",
    "War",
    "Western",
    "Music",
    "History",
]
COUNTRIES = [
    ("US", "United States of America"),
    ("GB", "United Kingdom"),
    ("FR", "France"),
    ("JP", "Japan"),
    ("KR", "South Korea"),
    ("DE", "Germany"),
    ("IT", "Italy"),
    ("IN", "India"),
    ("SE", "Sweden"),
    ("MX", "Mexico"),
]
LANGUAGES = [
    ("en", "English"),
    ("fr", "French"),
    ("ja", "Japanese"),
    ("ko", "Korean"),
    ("de", "German"),
    ("it", "Italian"),
    ("hi", "Hindi"),
    ("sv", "Swedish"),
    ("es", "Spanish"),
]


def make_session(**fields: Any) -> UploadSession:
    now = timezone.now()
    fields.setdefault("status", UploadSession.Status.COMPLETED)
    fields.setdefault("upload_metadata", {"username": "cinephile"})
    if fields["status"] == UploadSession.Status.ENRICHING:
        fields.setdefault("enriching_started_at", now - timedelta(seconds=60))
    return UploadSession.objects.create(**fields)


def make_tmdb(tmdb_id: int | None = None, **fields: Any) -> TmdbMovie:
    tmdb_id = tmdb_id or 100_000 + next(_ids)
    defaults: dict[str, Any] = {
        "title": f"TMDB film {tmdb_id}",
        "original_language": "en",
        "genres": ["Drama"],
        "directors": [{"id": 1, "name": "Agnès Varda"}],
        "cast": [{"id": 10, "name": "Tilda Swinton", "character": "", "order": 0}],
        "runtime": 100,
        "popularity": 10.0,
        "vote_average": 7.0,
        "vote_count": 1000,
        "countries": [{"code": "FR", "name": "France"}],
        "languages": [{"code": "en", "name": "English"}],
    }
    return TmdbMovie.objects.create(tmdb_id=tmdb_id, **{**defaults, **fields})


def make_film(
    session: UploadSession,
    name: str = "Cléo from 5 to 7",
    *,
    year: int | None = 1962,
    rating: str | float | None = None,
    watched: list[date] = (),
    rewatches: int = 0,
    tmdb: TmdbMovie | None = None,
    **fields: Any,
) -> Movie:
    """A film of the session with a diary entry per date in `watched` (the last `rewatches` of
    them marked as rewatches)."""
    n = next(_ids)
    fields.setdefault(
        "enrichment_status",
        Movie.EnrichmentStatus.ENRICHED if tmdb else Movie.EnrichmentStatus.PENDING,
    )
    movie = Movie.objects.create(
        session=session,
        name=name,
        year=year,
        letterboxd_uri=fields.pop("letterboxd_uri", f"https://boxd.it/t{n}"),
        rating=Decimal(str(rating)) if rating is not None else None,
        tmdb_movie=tmdb,
        viewing_count=len(watched),
        rewatch_count=rewatches,
        first_watched_on=min(watched) if watched else None,
        last_watched_on=max(watched) if watched else None,
        **fields,
    )
    Viewing.objects.bulk_create(
        Viewing(
            session=session,
            movie=movie,
            watched_on=day,
            rating=movie.rating,
            rewatch=i >= len(watched) - rewatches,
        )
        for i, day in enumerate(sorted(watched))
    )
    return movie


def make_big_session(
    n_films: int = 10_000,
    n_viewings: int = 14_000,
    seed: int = 1,
    enriched: float = 1.0,
    status: str = UploadSession.Status.COMPLETED,
    watchlist: int = 0,
) -> UploadSession:
    """A session the size of a heavy Letterboxd member's, with TMDB data, in bulk.

    Every film has its own TMDB row. People come from pools shaped like a real history's: a few
    directors and actors recur in dozens of films, most appear once or twice (a skewed draw over
    thousands of directors and tens of thousands of actors).

    With `watchlist`, that many films only on the watchlist follow, looked up on TMDB (drawn
    after the films, so the films are the same with or without them), and one watched film in
    ten is on the watchlist too: none of it may change a statistic.
    """
    rng = random.Random(seed)
    session = make_session(status=status, total_movies=n_films)
    # Every film has a poster and every person a headshot, as TMDB's answers give them (no draw
    # from `rng`: the films are the same as without them).
    directors = [
        {"id": 1_000_000 + i, "name": f"Director {i}", "profile_path": f"/director{i}.jpg"}
        for i in range(n_films // 2)
    ]
    actors = [
        {"id": 2_000_000 + i, "name": f"Actor {i}", "profile_path": f"/actor{i}.jpg"}
        for i in range(n_films * 5)
    ]

    def skewed(pool: list) -> dict:
        return pool[int(len(pool) * rng.random() ** 2.5)]

    def cast() -> list[dict]:
        people: dict[int, dict] = {}
        while len(people) < 10:
            person = skewed(actors)
            people[person["id"]] = person
        return [{**p, "character": "", "order": k} for k, p in enumerate(people.values())]

    first_day = date(2012, 1, 1)
    tmdb_rows, movies = [], []
    base = 5_000_000 + seed * 100_000
    for i in range(n_films):
        tmdb = None
        if rng.random() < enriched:
            country = rng.choice(COUNTRIES)
            language = rng.choice(LANGUAGES)
            tmdb = TmdbMovie(
                tmdb_id=base + i,
                title=f"Film {i}",
                original_language=language[0],
                release_date=date(rng.randint(1920, 2025), 1, 1),
                genres=rng.sample(GENRES, rng.randint(1, 3)),
                directors=[skewed(directors)],
                cast=cast(),
                runtime=rng.randint(70, 200),
                budget=rng.choice([None, None, rng.randint(1, 200) * 1_000_000]),
                revenue=rng.choice([None, None, rng.randint(1, 900) * 1_000_000]),
                popularity=round(rng.expovariate(0.1), 3),
                vote_average=round(rng.uniform(4, 9), 1),
                vote_count=rng.randint(0, 20_000),
                countries=[{"code": country[0], "name": country[1]}],
                languages=[{"code": language[0], "name": language[1]}],
                poster_path=f"/poster{base + i}.jpg",
            )
            tmdb.facets = tmdb.derive_facets()  # as save() and from_tmdb() do
            tmdb_rows.append(tmdb)
        movies.append(
            Movie(
                session=session,
                name=f"Film {i}",
                year=rng.randint(1920, 2025),
                letterboxd_uri=f"https://boxd.it/b{seed}x{i}",
                rating=Decimal(rng.randint(1, 10)) / 2 if rng.random() < 0.85 else None,
                liked=rng.random() < 0.2,
                marked_watched_on=first_day + timedelta(days=rng.randint(0, 4000)),
                enrichment_status=(
                    Movie.EnrichmentStatus.ENRICHED if tmdb else Movie.EnrichmentStatus.PENDING
                ),
                tmdb_movie=tmdb,
            )
        )
    TmdbMovie.objects.bulk_create(tmdb_rows, batch_size=2000, ignore_conflicts=True)
    Movie.objects.bulk_create(movies, batch_size=2000)
    viewings = []
    for _ in range(n_viewings):
        movie = rng.choice(movies)
        viewings.append(
            Viewing(
                session=session,
                movie=movie,
                watched_on=first_day + timedelta(days=rng.randint(0, 4700)),
                rating=movie.rating,
                rewatch=rng.random() < 0.1,
                review="Loved it." if rng.random() < 0.1 else "",
            )
        )
    Viewing.objects.bulk_create(viewings, batch_size=2000)
    if watchlist:
        _add_watchlist(session, movies, watchlist, rng, base + n_films)
    return session


def _add_watchlist(
    session: UploadSession, films: list[Movie], n: int, rng: random.Random, first_tmdb_id: int
) -> None:
    """`n` films only on the watchlist, enriched with genres of their own, and a tenth of
    `films` listed too."""
    listed_since = date(2015, 1, 1)
    tmdb_rows, listed = [], []
    for i in range(n):
        tmdb = TmdbMovie(
            tmdb_id=first_tmdb_id + i,
            title=f"Someday {i}",
            original_language="xx",
            release_date=date(rng.randint(1920, 2025), 1, 1),
            genres=["Watchlist genre"],
            directors=[{"id": 9_000_000 + i, "name": f"Listed director {i}"}],
            runtime=rng.randint(70, 200),
            vote_average=5.0,
            vote_count=100,
            countries=[{"code": "ZZ", "name": "Watchlistland"}],
        )
        tmdb.facets = tmdb.derive_facets()
        tmdb_rows.append(tmdb)
        listed.append(
            Movie(
                session=session,
                name=f"Someday {i}",
                year=tmdb.release_date.year,
                letterboxd_uri=f"https://boxd.it/w{i}",
                watched=False,
                on_watchlist=True,
                watchlist_only=True,
                watchlist_added_on=listed_since + timedelta(days=rng.randint(0, 3000)),
                enrichment_status=Movie.EnrichmentStatus.ENRICHED,
                tmdb_movie=tmdb,
            )
        )
    TmdbMovie.objects.bulk_create(tmdb_rows, batch_size=2000, ignore_conflicts=True)
    Movie.objects.bulk_create(listed, batch_size=2000)
    also_listed = [film.pk for film in films[::10]]
    Movie.objects.filter(pk__in=also_listed).update(
        on_watchlist=True, watchlist_added_on=listed_since
    )
