"""GET forms of the dashboard: the year selector and the films table's filters."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.db.models import F, QuerySet

from movies.json_lookups import JSONArrayHas
from movies.models import Movie

RATING_CHOICES = [("", "Any rating"), ("unrated", "Unrated")] + [
    (f"{x / 2:.1f}", f"{x / 2:g} ★") for x in range(10, 0, -1)
]

# Sort key → the ordering it means. Nulls go last both ways: an unrated film is not "lowest".
SORTS: dict[str, tuple[str, bool]] = {
    "name": ("name", False),
    "-name": ("name", True),
    "year": ("year", False),
    "-year": ("year", True),
    "rating": ("rating", False),
    "-rating": ("rating", True),
    "watched": ("last_watched_on", False),
    "-watched": ("last_watched_on", True),
    "viewings": ("viewing_count", False),
    "-viewings": ("viewing_count", True),
    "runtime": ("tmdb_movie__runtime", False),
    "-runtime": ("tmdb_movie__runtime", True),
    "tmdb": ("tmdb_movie__vote_average", False),
    "-tmdb": ("tmdb_movie__vote_average", True),
    "popularity": ("tmdb_movie__popularity", False),
    "-popularity": ("tmdb_movie__popularity", True),
}
SORT_CHOICES = [
    ("name", "Name A–Z"),
    ("-name", "Name Z–A"),
    ("-year", "Newest release"),
    ("year", "Oldest release"),
    ("-rating", "Highest rated"),
    ("rating", "Lowest rated"),
    ("-watched", "Last watched"),
    ("watched", "First watched"),
    ("-viewings", "Most viewings"),
    ("-runtime", "Longest"),
    ("runtime", "Shortest"),
    ("-tmdb", "TMDB: highest"),
    ("tmdb", "TMDB: lowest"),
    ("-popularity", "Most popular"),
    ("popularity", "Least popular"),
]
# Every key of SORTS is offered, some only through the column headers.
_SORT_FIELD_CHOICES = SORT_CHOICES + [(key, key) for key in SORTS if key not in dict(SORT_CHOICES)]


# TMDB ids fit a 32-bit integer; a longer number is no one (and overflows SQLite).
MAX_PERSON_ID = 2**31 - 1


def _is_person_id(text: str) -> bool:
    # ASCII digits only: str.isdigit() also takes "²", which int() refuses.
    return text.isascii() and text.isdigit() and int(text) <= MAX_PERSON_ID


class YearForm(forms.Form):
    year = forms.IntegerField(min_value=1870, max_value=2100, required=False)


class FilmFilterForm(forms.Form):
    """Filters of the films table. Choices of genre and director come from the session's stats."""

    q = forms.CharField(label="Search", max_length=200, required=False, strip=True)
    genre = forms.ChoiceField(label="Genre", required=False)
    director = forms.TypedChoiceField(
        label="Director", coerce=int, required=False, empty_value=None
    )
    decade = forms.TypedChoiceField(label="Decade", coerce=int, required=False, empty_value=None)
    rating = forms.ChoiceField(label="Your rating", choices=RATING_CHOICES, required=False)
    status = forms.ChoiceField(label="TMDB data", required=False)
    sort = forms.ChoiceField(label="Sort", choices=_SORT_FIELD_CHOICES, required=False)
    page = forms.IntegerField(min_value=1, required=False)

    def __init__(
        self,
        data: Any = None,
        *,
        genres: list[str] = (),
        directors: list[dict[str, Any]] = (),
        decades: list[int] = (),
    ) -> None:
        super().__init__(data)
        self.fields["genre"].choices = [("", "Any genre")] + [(g, g) for g in genres]
        director_choices = [(d["id"], f"{d['name']} ({d['count']})") for d in directors]
        # A link from the dashboard may name a director beyond the listed ones: keep it valid.
        chosen = str((data or {}).get("director") or "")
        if _is_person_id(chosen) and chosen not in {str(d["id"]) for d in directors}:
            director_choices.append((int(chosen), "The chosen director"))
        self.fields["director"].choices = [("", "Any director"), *director_choices]
        self.fields["decade"].choices = [("", "Any decade")] + [(d, f"{d}s") for d in decades]
        self.fields["status"].choices = [("", "Any state"), *Movie.EnrichmentStatus.choices]
        self.fields["sort"].widget.choices = SORT_CHOICES

    def filter(self, films: QuerySet[Movie]) -> QuerySet[Movie]:
        """Apply the cleaned filters and ordering to a session's films."""
        data = self.cleaned_data
        if data.get("q"):
            films = films.filter(name__icontains=data["q"])
        if data.get("genre"):
            films = films.filter(JSONArrayHas("tmdb_movie__genres", data["genre"]))
        if data.get("director") is not None:
            films = films.filter(JSONArrayHas("tmdb_movie__directors", data["director"], key="id"))
        if data.get("decade") is not None:
            films = films.filter(year__gte=data["decade"], year__lt=data["decade"] + 10)
        if data.get("rating") == "unrated":
            films = films.filter(rating__isnull=True)
        elif data.get("rating"):
            films = films.filter(rating=Decimal(data["rating"]))
        if data.get("status"):
            films = films.filter(enrichment_status=data["status"])
        field, descending = SORTS[data.get("sort") or "name"]
        ordering = F(field).desc(nulls_last=True) if descending else F(field).asc(nulls_last=True)
        return films.order_by(ordering, "name", "id")

    def active_filters(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        names = ("q", "genre", "director", "decade", "rating", "status")
        return any(data.get(name) not in (None, "") for name in names)
