"""When the member watches: diary entries per month and per weekday."""

from __future__ import annotations

from collections import Counter

from movies.stats.figures import Section, series
from movies.stats.scope import Diary

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def months_and_weekdays(diary: Diary) -> Section:
    """Entries per month (a year's twelve, or every month from the first entry to the last) and
    per day of the week."""
    month_labels, month_values = _continuous_months(diary.by_month, diary.year)
    by_weekday = diary.by_weekday
    return Section(
        stats={
            "months": [
                {"month": m, "count": c}
                for m, c in zip(month_labels, month_values, strict=True)
                if c
            ],
            "weekdays": [{"day": d, "count": c} for d, c in zip(WEEKDAYS, by_weekday, strict=True)],
        },
        charts={
            "months": series(month_labels, month_values),
            "weekdays": series(WEEKDAYS, by_weekday),
        },
    )


def _continuous_months(
    counts: Counter[tuple[int, int]], year: int | None
) -> tuple[list[str], list[int]]:
    """Labels and entries of a year's twelve months, or of every month from the first entry to
    the last, empty months included (a gap in a line chart would hide them)."""
    if year is not None:
        return [f"{MONTHS[m - 1]}" for m in range(1, 13)], [counts[(year, m)] for m in range(1, 13)]
    if not counts:
        return [], []
    (y, m), last = min(counts), max(counts)
    labels, values = [], []
    while (y, m) <= last:
        labels.append(f"{y}-{m:02d}")
        values.append(counts[(y, m)])
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return labels, values
