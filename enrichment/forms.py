from __future__ import annotations

from datetime import date

from django import forms
from django.core.validators import MaxValueValidator

from enrichment.tmdb_links import MAX_TMDB_ID, NotATmdbMovie, parse_tmdb_movie_reference

# Long enough for any film title ("Night of the Day of the Dawn of the Son of the Bride of the
# Return of the Revenge of the Terror of the Attack of the Evil, Mutant, Hellbound, Flesh-Eating,
# Crawling, Alien, Zombified, Subhumanoid Living Dead — Part 5" is 190), short enough that no
# one pastes a page into TMDB's search.
MAX_QUERY_LENGTH = 200
FIRST_FILM_YEAR = 1870


class FixMatchForm(forms.Form):
    """What a member does about one film's match."""

    class Action:
        CHOOSE = "choose"  # one of the candidates matching considered
        PICK = "pick"  # a film the member found by searching TMDB from the fix page
        PASTE = "paste"
        EXCLUDE = "exclude"

    action = forms.ChoiceField(
        choices=[
            (Action.CHOOSE, "Pick a candidate"),
            (Action.PICK, "Pick a film found on TMDB"),
            (Action.PASTE, "Use a TMDB film"),
            (Action.EXCLUDE, "Leave it out of my statistics"),
        ]
    )
    tmdb_id = forms.IntegerField(min_value=1, max_value=MAX_TMDB_ID, required=False)
    reference = forms.CharField(
        label="TMDB film URL or id",
        max_length=300,
        required=False,
        widget=forms.TextInput(
            attrs={"placeholder": "https://www.themoviedb.org/movie/…", "autocomplete": "off"}
        ),
    )
    next = forms.CharField(max_length=500, required=False)

    def __init__(self, *args, candidate_ids: set[int] = frozenset(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.candidate_ids = candidate_ids

    def clean(self) -> dict:
        cleaned = super().clean()
        action = cleaned.get("action")
        if action == self.Action.CHOOSE:
            tmdb_id = cleaned.get("tmdb_id")
            if tmdb_id is None:
                raise forms.ValidationError("Pick one of the candidates.")
            if tmdb_id not in self.candidate_ids:
                raise forms.ValidationError(
                    "That film is not among this entry's candidates; paste its TMDB link instead."
                )
        elif action == self.Action.PICK:
            if cleaned.get("tmdb_id") is None and "tmdb_id" not in self.errors:
                raise forms.ValidationError("Pick one of the films found.")
        elif action == self.Action.PASTE:
            try:
                cleaned["tmdb_id"] = parse_tmdb_movie_reference(cleaned.get("reference") or "")
            except NotATmdbMovie as exc:
                self.add_error("reference", str(exc))
        return cleaned

    def first_error(self) -> str:
        for errors in self.errors.values():
            return errors[0]
        return ""


class TmdbSearchForm(forms.Form):
    """Search TMDB for the film an entry should be: a title, and a year if the member knows it."""

    q = forms.CharField(
        label="Title",
        max_length=MAX_QUERY_LENGTH,
        strip=True,
        error_messages={
            "required": "Type a title to search TMDB for.",
            "max_length": f"That is too long for a title: at most {MAX_QUERY_LENGTH} characters.",
        },
        widget=forms.TextInput(attrs={"autocomplete": "off", "type": "search"}),
    )
    year = forms.IntegerField(
        label="Year (optional)",
        required=False,
        min_value=FIRST_FILM_YEAR,
        error_messages={"invalid": "The year is a number, such as 1999."},
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Films are announced a few years ahead; later than that is a typo.
        latest = date.today().year + 5
        self.fields["year"].validators.append(MaxValueValidator(latest))
        self.fields["year"].widget.attrs.update(min=FIRST_FILM_YEAR, max=latest)

    def first_error(self) -> str:
        for errors in self.errors.values():
            return errors[0]
        return ""
