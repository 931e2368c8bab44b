"""GET forms of the dashboard: the year selector and the films table's filters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, F, OuterRef, Q, QuerySet

from movies import search_text
from movies.json_lookups import JSONArrayHas
from movies.models import Movie, Viewing

RATING_CHOICES = [("", "Any rating"), ("unrated", "Unrated")] + [
    (f"{x / 2:.1f}", f"{x / 2:g} ★") for x in range(10, 0, -1)
]

# Sort key → the ordering it means. Nulls go last both ways: an unrated film is not "lowest".
# Names sort as Letterboxd sorts them: without accents, case or a leading "The", "A" or "An".
SORTS: dict[str, tuple[str, bool]] = {
    "name": ("sort_name", False),
    "-name": ("sort_name", True),
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
    ("-viewings", "Most diary entries"),
    ("-runtime", "Longest"),
    ("runtime", "Shortest"),
    ("-tmdb", "TMDB: highest"),
    ("tmdb", "TMDB: lowest"),
    ("-popularity", "Most popular"),
    ("popularity", "Least popular"),
]
# Every key of SORTS is offered, some only through the column headers.
_SORT_FIELD_CHOICES = SORT_CHOICES + [(key, key) for key in SORTS if key not in dict(SORT_CHOICES)]
YES_NO = [("", "Either"), ("yes", "Yes"), ("no", "No")]


# TMDB ids fit a 32-bit integer; a longer number is no one (and overflows SQLite).
MAX_PERSON_ID = 2**31 - 1


def _is_digits(text: str) -> bool:
    # ASCII digits only: str.isdigit() also takes "²", which int() refuses.
    return text.isascii() and text.isdigit()


@dataclass(frozen=True)
class PersonFilter:
    """A director or actor filter: a TMDB person id (from a link) or the words of a name (typed,
    or picked from the suggestions)."""

    person_id: int | None = None
    words: tuple[str, ...] = ()

    def q(self, ids_field: str, text_field: str) -> Q:
        if self.person_id is not None:
            return Q(JSONArrayHas(ids_field, self.person_id, key="id"))
        return Q(*(Q(**{f"{text_field}__contains": word}) for word in self.words))


class PersonField(forms.CharField):
    """A person's TMDB id or name. Ids come from the dashboard's and the table's links; names are
    typed, with the session's most watched people as suggestions."""

    def clean(self, value: Any) -> PersonFilter | None:
        text = super().clean(value)  # stripped, and no longer than max_length
        if not text:
            return None
        if _is_digits(text):
            if int(text) > MAX_PERSON_ID:
                raise ValidationError("No TMDB person has an id that long.", code="invalid")
            return PersonFilter(person_id=int(text))
        words = tuple(search_text.search_terms(text))
        return PersonFilter(words=words) if words else None


class YearForm(forms.Form):
    year = forms.IntegerField(min_value=1870, max_value=2100, required=False)


class FilmFilterForm(forms.Form):
    """Filters of the films table. Choices of genre, decade and year come from the session's
    films; directors and actors are typed, with its most watched ones as suggestions."""

    q = forms.CharField(label="Search", max_length=200, required=False, strip=True)
    genre = forms.ChoiceField(label="Genre", required=False)
    director = PersonField(label="Director", max_length=200, required=False)
    actor = PersonField(label="Actor", max_length=200, required=False)
    decade = forms.TypedChoiceField(label="Decade", coerce=int, required=False, empty_value=None)
    watched_in = forms.TypedChoiceField(
        label="Year watched", coerce=int, required=False, empty_value=None
    )
    rating = forms.ChoiceField(label="Your rating", choices=RATING_CHOICES, required=False)
    liked = forms.ChoiceField(label="Liked", choices=YES_NO, required=False)
    rewatched = forms.ChoiceField(label="Rewatched", choices=YES_NO, required=False)
    status = forms.ChoiceField(label="TMDB data", required=False)
    sort = forms.ChoiceField(label="Sort", choices=_SORT_FIELD_CHOICES, required=False)
    page = forms.IntegerField(min_value=1, required=False)

    # The filters, in the order the table lists the active ones.
    FILTERS = (
        "q",
        "genre",
        "director",
        "actor",
        "decade",
        "watched_in",
        "rating",
        "liked",
        "rewatched",
        "status",
    )

    def __init__(
        self,
        data: Any = None,
        *,
        genres: Sequence[str] = (),
        directors: Sequence[dict[str, Any]] = (),
        actors: Sequence[dict[str, Any]] = (),
        decades: Sequence[int] = (),
        years: Sequence[int] = (),
    ) -> None:
        super().__init__(data)
        self.fields["genre"].choices = [("", "Any genre")] + [(g, g) for g in genres]
        self.fields["decade"].choices = [("", "Any decade")] + [(d, f"{d}s") for d in decades]
        self.fields["watched_in"].choices = [("", "Any year")] + [(y, str(y)) for y in years]
        # Only a film on the watchlist alone is never looked up, and the table does not list it.
        states = [c for c in Movie.EnrichmentStatus.choices if c[0] != "not_requested"]
        self.fields["status"].choices = [("", "Any state"), *states]
        self.fields["sort"].widget.choices = SORT_CHOICES
        # The suggestions, and the names that ids from links are shown by.
        self.people = {"director": list(directors), "actor": list(actors)}
        self.person_names = {
            field: {person["id"]: person["name"] for person in people if person.get("name")}
            for field, people in self.people.items()
        }

    def filter(self, films: QuerySet[Movie]) -> QuerySet[Movie]:
        """Apply the cleaned filters and ordering to a session's films."""
        data = self.cleaned_data
        for word in search_text.search_terms(data.get("q") or ""):
            films = films.filter(
                Q(search_name__contains=word)
                | Q(tmdb_movie__search_titles__contains=word)
                | Q(tmdb_movie__search_directors__contains=word)
                | Q(tmdb_movie__search_cast__contains=word)
            )
        if data.get("genre"):
            films = films.filter(JSONArrayHas("tmdb_movie__genres", data["genre"]))
        if data.get("director"):
            films = films.filter(
                data["director"].q("tmdb_movie__directors", "tmdb_movie__search_directors")
            )
        if data.get("actor"):
            films = films.filter(data["actor"].q("tmdb_movie__cast", "tmdb_movie__search_cast"))
        if data.get("decade") is not None:
            films = films.filter(year__gte=data["decade"], year__lt=data["decade"] + 10)
        if data.get("watched_in") is not None:
            logged = Viewing.objects.filter(
                movie=OuterRef("pk"), watched_on__year=data["watched_in"]
            )
            films = films.filter(Exists(logged))
        if data.get("rating") == "unrated":
            films = films.filter(rating__isnull=True)
        elif data.get("rating"):
            films = films.filter(rating=Decimal(data["rating"]))
        if data.get("liked"):
            films = films.filter(liked=data["liked"] == "yes")
        if data.get("rewatched") == "yes":
            films = films.filter(rewatch_count__gt=0)
        elif data.get("rewatched") == "no":
            films = films.filter(rewatch_count=0)
        if data.get("status"):
            films = films.filter(enrichment_status=data["status"])
        field, descending = SORTS[data.get("sort") or "name"]
        ordering = F(field).desc(nulls_last=True) if descending else F(field).asc(nulls_last=True)
        return films.order_by(ordering, "name", "id")

    def active_filters(self) -> bool:
        return bool(self.active_filter_list())

    def active_filter_list(self) -> list[dict[str, str]]:
        """The filters in use, each as {"name", "label", "value"} for the table to list (and
        offer to remove one by one)."""
        data = getattr(self, "cleaned_data", {})
        active = []
        for name in self.FILTERS:
            value = data.get(name)
            if value in (None, ""):
                continue
            raw = self.data.get(name, "")
            field = self.fields[name]
            if isinstance(value, PersonFilter):
                shown = self.person_label(name) or raw
            elif isinstance(field, forms.ChoiceField):
                shown = str({str(key): label for key, label in field.choices}.get(raw, raw))
            else:
                shown = raw
            active.append({"name": name, "label": str(field.label), "value": shown})
        return active

    def person_label(self, name: str) -> str:
        """What the director or actor box shows: the person's name, also when a link gave an id."""
        value = getattr(self, "cleaned_data", {}).get(name)
        if isinstance(value, PersonFilter) and value.person_id is not None:
            return self.person_names[name].get(value.person_id, str(value.person_id))
        return self.data.get(name, "") if self.is_bound else ""

    @property
    def person_labels(self) -> dict[str, str]:
        return {name: self.person_label(name) for name in self.person_names}
