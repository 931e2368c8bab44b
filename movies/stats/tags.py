"""The member's tags: how many films each one is on, and how they rate those films.

Tags are Letterboxd's, as the member typed them; a film counts once per tag however many of its
diary entries carry it. Pure Python: tested without Django.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from movies.stats.figures import average, rounded, series

TOP_TAGS = 15
# A tag's average rating is shown in the "highest rated" chart only over this many rated films.
MIN_RATED_TAG = 2


def tag_stats(
    tags: Sequence[Sequence[str]], ratings: Sequence[float | None], n: int = TOP_TAGS
) -> dict[str, Any]:
    """The n most used tags (films, rated films, their average rating), most used first; ties
    by more rated films, then by name ignoring case. `tags[i]` are film i's, `ratings[i]` its
    rating (None: unrated)."""
    counts: Counter[str] = Counter()
    rated: Counter[str] = Counter()
    sums: dict[str, float] = {}
    for film_tags, rating in zip(tags, ratings, strict=True):
        for tag in set(film_tags):
            if not isinstance(tag, str) or not tag.strip():
                continue
            counts[tag] += 1
            if rating is not None:
                rated[tag] += 1
                sums[tag] = sums.get(tag, 0.0) + rating
    order = sorted(counts, key=lambda tag: (-counts[tag], -rated[tag], tag.casefold(), tag))
    rows = [
        {
            "name": tag,
            "count": counts[tag],
            "rated": rated[tag],
            "average": rounded(average(sums.get(tag, 0.0), rated[tag])),
        }
        for tag in order[:n]
    ]
    best = sorted(
        (row for row in rows if row["rated"] >= MIN_RATED_TAG),
        key=lambda row: (-row["average"], -row["rated"], row["name"].casefold()),
    )
    return {
        "used": rows,
        "rated": best,
        "tags": len(counts),
        "tagged_films": sum(1 for film_tags in tags if any(film_tags)),
        "charts": {
            "tags_used": series([r["name"] for r in rows], [r["count"] for r in rows]),
            "tags_rated": series([r["name"] for r in best], [r["average"] for r in best]),
        },
    }
