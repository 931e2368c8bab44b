"""A session's watchlist section: what is on it, and what to watch next (`movies.watch_next`).

No statistic of the dashboard counts a watchlist film; this section is the one place they
show. Loaded in three queries (counts, the watchlist's films, the rated films' facets),
computed, and cached under the session's `stats_version` like the statistics.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from django.core.cache import cache
from django.db.models import Count, Q, Sum

from movies import facets
from movies.models import Movie
from movies.session_stats import CACHE_SECONDS_ENRICHING, CACHE_SECONDS_FINISHED, SessionLike
from movies.stats.figures import series
from movies.watch_next import MIN_RATED, Features, TasteModel, rank

PICKS = 10
OLDEST = 5
TOP_GENRES = 8

State = Movie.EnrichmentStatus


def _decade(year: int | None) -> int | None:
    return year // 10 * 10 if year else None


def _people(value: Any) -> tuple[tuple[int, str], ...]:
    people = value if isinstance(value, list) else json.loads(value or "[]")
    return tuple(
        (p["id"], p.get("name") or "")
        for p in people
        if isinstance(p, dict) and isinstance(p.get("id"), int)
    )


def _names(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else json.loads(value or "[]")
    return tuple(i["name"] for i in items if isinstance(i, dict) and i.get("name"))


def _counts(session_id: Any) -> dict[str, int]:
    """The watchlist by state, in one query."""
    listed = Q(on_watchlist=True, watched=False)
    return Movie.objects.filter(session_id=session_id, on_watchlist=True).aggregate(
        listed=Count("pk", filter=listed),
        seen=Count("pk", filter=Q(watched=True)),
        looked_up=Count("pk", filter=listed & Q(enrichment_status=State.ENRICHED)),
        not_requested=Count("pk", filter=Q(enrichment_status=State.NOT_REQUESTED)),
        waiting=Count("pk", filter=listed & Q(enrichment_status=State.PENDING)),
        minutes=Sum("tmdb_movie__runtime", filter=listed & Q(enrichment_status=State.ENRICHED)),
    )


def _rated(session_id: Any) -> list[tuple[Features, float]]:
    """The member's rated films with TMDB data, as the model's features (ids only: the names
    of people are read from the watchlist films the reasons are about)."""
    rows = list(
        Movie.objects.filter(session_id=session_id, rating__isnull=False, tmdb_movie__isnull=False)
        .counted()
        .values_list("rating", "year", "tmdb_movie__facets")
    )
    if not rows:
        return []
    columns = facets.columns(text for _, _, text in rows)
    rated = []
    for i, (rating, year, _) in enumerate(rows):
        rated.append(
            (
                Features(
                    directors=tuple((person, "") for person in columns["directors"][i]),
                    actors=tuple((person, "") for person in columns["actors"][i]),
                    genres=tuple(columns["genres"][i]),
                    countries=tuple(columns["countries"][i]),
                    decade=_decade(year),
                ),
                float(rating),
            )
        )
    return rated


def watchlist_section(session: SessionLike) -> dict[str, Any]:
    """The watchlist section of a session, from the cache when its films have not changed."""
    key = f"watchlist:{session.pk}:{session.stats_version}"
    section = cache.get(key)
    if section is None:
        section = compute_watchlist(session.pk)
        timeout = CACHE_SECONDS_FINISHED if session.is_finished else CACHE_SECONDS_ENRICHING
        cache.set(key, section, timeout)
    return section


def compute_watchlist(session_id: Any) -> dict[str, Any]:
    counts = _counts(session_id)
    listed = (
        Movie.objects.filter(session_id=session_id, on_watchlist=True, watched=False)
        .order_by("pk")
        .values_list(
            "name",
            "year",
            "letterboxd_uri",
            "watchlist_added_on",
            "enrichment_status",
            "tmdb_movie_id",
            "tmdb_movie__genres",
            "tmdb_movie__directors",
            "tmdb_movie__cast",
            "tmdb_movie__countries",
            "tmdb_movie__release_date",
        )
    )
    films = []
    genres: Counter[str] = Counter()
    decades: Counter[int] = Counter()
    candidates = []
    for i, row in enumerate(listed):
        (name, year, uri, added_on, state, tmdb_id, g, directors, cast, countries, released) = row
        film = {"name": name, "year": year, "uri": uri, "added_on": added_on}
        films.append(film)
        decade = _decade(year or (released.year if released else None))
        if decade:
            decades[decade] += 1
        if state != State.ENRICHED or tmdb_id is None:
            continue
        genre_names = tuple(g or [])
        genres.update(genre_names)
        candidates.append(
            (
                i,
                Features(
                    directors=_people(directors),
                    actors=_people(cast),
                    genres=genre_names,
                    countries=_names(countries),
                    decade=decade,
                ),
            )
        )
    dated = sorted((f for f in films if f["added_on"]), key=lambda f: (f["added_on"], f["name"]))
    section: dict[str, Any] = {
        "listed": counts["listed"],
        "already_watched": counts["seen"],
        "looked_up": counts["looked_up"],
        "not_requested": counts["not_requested"],
        "waiting": counts["waiting"],
        "hours": round((counts["minutes"] or 0) / 60),
        "genres": [{"name": n, "count": c} for n, c in genres.most_common(TOP_GENRES)],
        "decades": [{"decade": d, "count": decades[d]} for d in sorted(decades)],
        "oldest": dated[:OLDEST],
        # Drawn as charts, each with the same figures as a table.
        "charts": {
            "watchlist_genres": series(
                [n for n, _ in genres.most_common(TOP_GENRES)],
                [c for _, c in genres.most_common(TOP_GENRES)],
            ),
            "watchlist_decades": series(
                [f"{d}s" for d in sorted(decades)], [decades[d] for d in sorted(decades)]
            ),
        },
        "tables": {
            "genres": genres.most_common(TOP_GENRES),
            "decades": [(f"{d}s", decades[d]) for d in sorted(decades)],
        },
        "picks": [],
        "rated": 0,
        "min_rated": MIN_RATED,
    }
    rated = _rated(session_id) if candidates else []
    section["rated"] = len(rated)
    if candidates and len(rated) >= MIN_RATED:
        model = TasteModel.fit(rated)
        section["average"] = round(model.average, 2)
        for i, prediction in rank(model, candidates, limit=PICKS):
            section["picks"].append(
                {
                    **films[i],
                    "predicted": round(prediction.rating, 1),
                    "why": prediction.in_words(),
                }
            )
    return section
