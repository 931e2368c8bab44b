from __future__ import annotations

from django import forms

from enrichment.tmdb_links import NotATmdbMovie, parse_tmdb_movie_reference


class FixMatchForm(forms.Form):
    """What a member does about one film's match."""

    class Action:
        CHOOSE = "choose"
        PASTE = "paste"
        EXCLUDE = "exclude"

    action = forms.ChoiceField(
        choices=[
            (Action.CHOOSE, "Pick a candidate"),
            (Action.PASTE, "Use a TMDB film"),
            (Action.EXCLUDE, "Not a film: exclude it"),
        ]
    )
    tmdb_id = forms.IntegerField(min_value=1, required=False)
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
