"""When the films came out: per release year and per decade."""

from __future__ import annotations

from collections import Counter

from movies.stats.columns import Films
from movies.stats.figures import Section, series


def release_years(films: Films) -> Section:
    """Films per release year and per decade; the charts keep the empty years between."""
    per_year = Counter([y for y in films.year if y])
    year_labels, year_values = _continuous(per_year)
    per_decade: Counter[int] = Counter()
    for release_year, times in per_year.items():
        per_decade[release_year // 10 * 10] += times
    decade_labels, decade_values = _continuous(per_decade, step=10)
    return Section(
        stats={
            "release_years": [
                {"year": y, "count": c} for y, c in zip(year_labels, year_values, strict=True) if c
            ],
            "decades": [
                {"decade": d, "count": c} for d, c in zip(decade_labels, decade_values, strict=True)
            ],
        },
        charts={
            "release_years": series(year_labels, year_values),
            "decades": series([f"{d}s" for d in decade_labels], decade_values),
        },
    )


def _continuous(counts: Counter, step: int = 1) -> tuple[list[int], list[int]]:
    """Every key from the smallest to the largest, by `step`, with its count (0 for a gap)."""
    if not counts:
        return [], []
    keys = list(range(min(counts), max(counts) + 1, step))
    return keys, [counts[k] for k in keys]
