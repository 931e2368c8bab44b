"""Every statistic of the dashboard, computed from plain data: no Django, no database.

`dashboard_stats(films, viewings, year=None)` takes the films and the diary entries as columns
(`Films`, `Viewings`: one list per field, see `columns`) and returns a plain dict of numbers,
strings and lists (JSON-ready, so it can be cached and handed to `json_script`): headline cards,
the series behind each chart (`charts`), the tables beside them, milestones and habits, and, for a
year, the year's own summary. `film_filters(films, viewings)` gives the films table's filter
choices.

The many-valued TMDB fields (genres, directors, cast, countries, language) come as `Credits`:
each film's keys in that dimension (`movies.facets`), people by TMDB id. People are named last,
and only those shown, through `Films.people_names`. (The tests build the columns from one
dataclass per film: `movies/tests/stats_rows.py`.)

Layout: `scope` works out once what the sections share (the diary entries of the year or of all
time, their films, each film's viewings); `tally` counts the films per genre, person, country and
language; one module per part of the page builds it (`headline`, `ratings`, `release`, `months`,
`rankings`, `versus_tmdb`, `runtime`, `money`, `obscurity`, `milestones`, `summary`); `sections`
puts them together in the page's order.
"""

from __future__ import annotations

from movies.stats.columns import Credits, Films, PeopleNames, Viewings
from movies.stats.filters import film_filters
from movies.stats.sections import dashboard_stats

__all__ = [
    "Credits",
    "Films",
    "PeopleNames",
    "Viewings",
    "dashboard_stats",
    "film_filters",
]
