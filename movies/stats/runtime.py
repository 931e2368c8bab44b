"""How long the films run, and how many hours the member spent on them."""

from __future__ import annotations

from movies.stats.columns import Films
from movies.stats.figures import Section, average, film_ref, histogram, rounded, series, top_indexes

# Histogram buckets: lower bounds (minutes) and their labels.
RUNTIME_BOUNDS = [0, 60, 90, 120, 150, 180]
RUNTIME_LABELS = ["< 60", "60–89", "90–119", "120–149", "150–179", "180+"]


def minutes_watched(films: Films, watches: list[int | None]) -> int:
    """Each film's TMDB runtime once per diary entry in scope (once for a film marked watched
    without one)."""
    return sum([r * (w or 1) for r, w in zip(films.runtime, watches, strict=True) if r])


def runtimes(films: Films, minutes: int) -> Section:
    """Average, longest and shortest runtimes, and films per runtime bucket."""
    runtime = films.runtime
    values = list(filter(None, runtime))
    buckets = histogram(values, RUNTIME_BOUNDS)
    return Section(
        stats={
            "runtime": {
                "films": len(values),
                "minutes": minutes,
                "average": rounded(average(sum(values), len(values)), 0),
                "longest": [
                    film_ref(films, i, runtime=runtime[i]) for i in top_indexes(5, runtime)
                ],
                "shortest": [
                    film_ref(films, i, runtime=runtime[i])
                    for i in top_indexes(5, runtime, smallest=True)
                ],
                "buckets": [
                    {"label": lab, "count": c}
                    for lab, c in zip(RUNTIME_LABELS, buckets, strict=True)
                ],
            }
        },
        charts={"runtimes": series(RUNTIME_LABELS, buckets)},
    )
