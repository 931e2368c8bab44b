"""The member's ratings: how many films at each half star."""

from __future__ import annotations

from collections import Counter

from movies.stats.figures import Section, series

RATING_STEPS = [x / 2 for x in range(1, 11)]  # 0.5 … 5.0


def rating_distribution(rated_values: list[float]) -> Section:
    """Films per rating, every half star shown even when none has it."""
    ratings = Counter(rated_values)
    counts = [ratings[r] for r in RATING_STEPS]
    return Section(
        stats={"ratings": [{"rating": r, "count": ratings[r]} for r in RATING_STEPS]},
        charts={"ratings": series([f"{r:g}" for r in RATING_STEPS], counts)},
    )
