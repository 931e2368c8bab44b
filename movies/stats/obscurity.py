"""How mainstream the member's taste is, by TMDB popularity."""

from __future__ import annotations

import statistics

from movies.stats.columns import Films
from movies.stats.figures import TOP, Section, film_ref, histogram, rounded, series, top_indexes

# Histogram buckets: lower bounds (TMDB popularity) and their labels.
POPULARITY_BOUNDS = [0, 1, 5, 10, 25, 50]
POPULARITY_LABELS = ["< 1", "1–5", "5–10", "10–25", "25–50", "50+"]


def obscurity(films: Films) -> Section:
    """Median popularity, the most and least popular films, and films per popularity bucket."""
    popularity = films.popularity
    values = list(filter(None, popularity))
    buckets = histogram(values, POPULARITY_BOUNDS)

    def with_popularity(indexes: list[int]) -> list[dict]:
        return [film_ref(films, i, popularity=round(popularity[i], 1)) for i in indexes]

    return Section(
        stats={
            "obscurity": {
                "films": len(values),
                "median": rounded(statistics.median(values) if values else None, 1),
                "most_popular": with_popularity(top_indexes(TOP, popularity)),
                "least_popular": with_popularity(top_indexes(TOP, popularity, smallest=True)),
                "buckets": [
                    {"label": lab, "count": c}
                    for lab, c in zip(POPULARITY_LABELS, buckets, strict=True)
                ],
            }
        },
        charts={"popularity": series(POPULARITY_LABELS, buckets)},
    )
