"""You versus TMDB: the films the member rates furthest above and below TMDB's voters."""

from __future__ import annotations

import heapq
from operator import itemgetter
from typing import Any

from movies.stats.columns import Films
from movies.stats.figures import TOP, Section, average, film_label, film_ref, rounded, series

# A TMDB vote average on fewer votes than this says little; leave such films out of the
# comparison.
MIN_TMDB_VOTES = 50

_first = itemgetter(0)


def versus_tmdb(films: Films) -> Section:
    """The biggest differences both ways between the member's rating and TMDB's average, in
    stars (TMDB's 0–10 halved)."""
    rating, vote_average = films.rating, films.vote_average
    # (difference on TMDB's 0–10 scale, index) pairs.
    differences = [
        (r * 2 - va, i)
        for i, (r, va, votes) in enumerate(zip(rating, vote_average, films.vote_count, strict=True))
        if r is not None and va and (votes or 0) >= MIN_TMDB_VOTES
    ]
    above = [d for d in heapq.nlargest(TOP, differences, key=_first) if d[0] > 0]
    below = [d for d in heapq.nsmallest(TOP, differences, key=_first) if d[0] < 0]
    # Biggest above first, then the ones below, ending with the biggest below.
    both = [*above, *reversed(below)]

    def row(difference: tuple[float, int]) -> dict[str, Any]:
        i = difference[1]
        return film_ref(
            films,
            i,
            rating=rating[i],
            tmdb=round(vote_average[i] / 2, 2),
            difference=round(difference[0] / 2, 2),
        )

    return Section(
        stats={
            "rating_vs_tmdb": {
                "above": [row(d) for d in above],
                "below": [row(d) for d in below],
                "compared": len(differences),
                "mean_difference": rounded(
                    average(sum(map(_first, differences)), len(differences) * 2)
                ),
                "min_votes": MIN_TMDB_VOTES,
            }
        },
        charts={
            "rating_vs_tmdb": series(
                [film_label(films, i) for _, i in both], [round(d / 2, 2) for d, _ in both]
            )
        },
    )
