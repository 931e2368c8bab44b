"""What the dashboard's sections share: the shape of a section, rounding, top lists, histograms,
chart series and how a film is referred to."""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import compress
from typing import Any

from movies.stats.columns import Films

# How many rows a top list shows.
TOP = 10


@dataclass(frozen=True, slots=True)
class Section:
    """One part of the dashboard: its entries in the statistics, and the series of its charts
    (which all go under the statistics' "charts")."""

    stats: dict[str, Any]
    charts: dict[str, dict[str, list]]


def rounded(value: float | None, digits: int = 2) -> float | None:
    """round(), letting "no figure" (None) through."""
    return None if value is None else round(value, digits)


def average(total: float, count: int) -> float | None:
    """total / count, or None for nothing to average (not 0, which would read as a figure)."""
    return total / count if count else None


def top_indexes(n: int, values: list, smallest: bool = False) -> list[int]:
    """The indexes of the n largest (or smallest) values, leaving out None and 0 (TMDB's
    "unknown"); ties go to the lower index, which is the lower id (films come ordered by id)."""
    pick = heapq.nsmallest if smallest else heapq.nlargest
    # compress() keeps the indexes of the values that are set, in C.
    return pick(n, compress(range(len(values)), values), key=values.__getitem__)


def histogram(values: Iterable[float], bounds: list[float]) -> list[int]:
    """How many values fall in each bucket; `bounds` are the buckets' lower bounds."""
    counts = Counter(map(partial(bisect_right, bounds), values))
    return [counts[i] for i in range(1, len(bounds) + 1)]


def series(labels: Sequence[Any], values: Sequence[Any]) -> dict[str, list]:
    """A chart's data, as the page's script draws it."""
    return {"labels": [str(label) for label in labels], "values": list(values)}


def film_ref(films: Films, i: int, **extra: Any) -> dict[str, Any]:
    """Film i as the tables show it (a link and its year), with any figures of the section."""
    return {
        "id": films.id[i],
        "name": films.name[i],
        "year": films.year[i],
        "uri": films.uri[i],
        **extra,
    }


def film_label(films: Films, i: int) -> str:
    """Film i as a chart's axis names it."""
    return f"{films.name[i]} ({films.year[i]})" if films.year[i] else films.name[i]
