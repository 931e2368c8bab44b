"""What to watch next: how a member would likely rate a film, from their own ratings.

The model is additive and says why. A prediction is the member's average rating plus one
effect for each of five things a film has: its directors, its top-billed actors, its genres,
its decade and its production countries. An effect is how far the member's ratings of the
films sharing that thing sit from what the rest of the model expects of them, shrunk toward
nothing by a prior worth `PRIOR[group]` films: one 5-star film by a director moves their
effect a little, ten move it a lot. The effects are fitted together (backfitting, a few
rounds), so a director whose films are all dramas is not counted once as the director and
again as the drama. A film's effect in a group is the mean of its known keys' effects.

So the prediction is a weighted average between "your average" and what your ratings of
similar films say, and each part can be put in words: "you rate Agnès Varda's films 4.6 on
average". `bench/watch_next_bench.py` checks on held-out ratings that it beats the average.

Pure Python: no Django, no database; the caller hands in plain features.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

GROUPS = ("directors", "actors", "genres", "decade", "countries")
# How many rated films each group's prior is worth: the evidence a key needs before its
# effect counts for much. People are specific (a director's films resemble each other), so
# they earn their effect sooner than a genre, which covers films of every kind.
PRIOR = {"directors": 2.0, "actors": 4.0, "genres": 8.0, "decade": 8.0, "countries": 8.0}
# Only the first few billed actors say much about a film.
TOP_ACTORS = 5
ROUNDS = 6
# Fewer rated films (with TMDB data) than this say too little of a member's taste to rank
# anything by: the watchlist section asks for more ratings instead.
MIN_RATED = 30
MIN_RATING, MAX_RATING = 0.5, 5.0
# A reason that moves a prediction by less than this (in stars) is not worth a word.
NOTABLE_EFFECT = 0.05


@dataclass(frozen=True)
class Features:
    """What the model knows of a film. People are (TMDB id, name); the rest are names."""

    directors: tuple[tuple[int, str], ...] = ()
    actors: tuple[tuple[int, str], ...] = ()
    genres: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    decade: int | None = None

    def keys(self, group: str) -> list[Hashable]:
        if group == "directors":
            return [person for person, _ in self.directors]
        if group == "actors":
            return [person for person, _ in self.actors[:TOP_ACTORS]]
        if group == "decade":
            return [] if self.decade is None else [self.decade]
        return list(dict.fromkeys(getattr(self, group)))

    def label(self, group: str, key: Hashable) -> str:
        """The name the member knows a key by."""
        if group in ("directors", "actors"):
            people = dict(self.directors if group == "directors" else self.actors)
            return people.get(key, "")
        if group == "decade":
            return f"{key}s"
        return str(key)


@dataclass(frozen=True)
class Reason:
    """One part of a prediction, with the member's own figures behind it."""

    group: str
    label: str
    average: float  # the member's mean rating of the films sharing it
    count: int  # how many of their rated films share it
    effect: float  # what it adds to the prediction, in stars (shrunk)

    def in_words(self) -> str:
        """ "you rate Agnès Varda's films 4.6 on average (5 rated)"."""
        films = "1 rated" if self.count == 1 else f"{self.count} rated"
        average = f"{self.average:.1f}"
        if self.group == "directors":
            what = f"{self.label}’s films"
        elif self.group == "actors":
            what = f"films with {self.label}"
        elif self.group == "genres":
            what = f"{self.label} films" if self.label.lower() != "documentary" else "documentaries"
        elif self.group == "decade":
            what = f"films from the {self.label}"
        else:
            what = f"films from {self.label}"
        return f"you rate {what} {average} on average ({films})"


@dataclass(frozen=True)
class Prediction:
    rating: float
    average: float  # the member's average, where every prediction starts
    reasons: tuple[Reason, ...] = ()  # strongest first

    def in_words(self, limit: int = 2) -> str:
        """Why, in a sentence: the strongest reasons that moved it the way it went (up for a
        film above the member's average, down below it), or the average when none did."""
        up = self.rating >= self.average
        # A reason must also read true: its films' own average on the same side of the
        # member's (a key every film shares explains nothing, whatever the fit gave it).
        moved = [
            reason
            for reason in self.reasons
            if abs(reason.effect) >= NOTABLE_EFFECT
            and (reason.effect > 0) == up
            and (
                reason.average - self.average >= 0.1 if up else self.average - reason.average >= 0.1
            )
        ][:limit]
        if not moved:
            return f"close to your average of {self.average:.1f}"
        return "; ".join(reason.in_words() for reason in moved)


@dataclass
class _Tally:
    count: int = 0
    total: float = 0.0


@dataclass
class TasteModel:
    average: float
    effects: dict[str, dict[Hashable, float]] = field(default_factory=dict)
    tallies: dict[str, dict[Hashable, _Tally]] = field(default_factory=dict)
    prior: Mapping[str, float] = field(default_factory=lambda: dict(PRIOR))

    @classmethod
    def fit(
        cls,
        rated: Sequence[tuple[Features, float]],
        *,
        prior: Mapping[str, float] | None = None,
        rounds: int = ROUNDS,
        tune: bool = True,
    ) -> TasteModel:
        """Fit the effects to `rated` (features, rating 0.5–5) by backfitting: each round, each
        group's effects are set to the shrunk mean of what the other groups leave unexplained.

        With `tune`, how hard to shrink is chosen for this member first, by cross-validation
        on their own ratings (`shrink_for`): a member with few or scattered ratings gets
        their average back, rather than a guess dressed up as taste."""
        prior = dict(PRIOR if prior is None else prior)
        if tune:
            scale = shrink_for(rated, prior, rounds)
            if scale is None:  # nothing beat the average: predict it
                return cls.fit(rated, prior={g: math.inf for g in GROUPS}, rounds=1, tune=False)
            prior = {group: strength * scale for group, strength in prior.items()}
        if not rated:
            return cls(average=0.0, prior=prior)
        ratings = [rating for _, rating in rated]
        average = sum(ratings) / len(ratings)
        keys = {group: [features.keys(group) for features, _ in rated] for group in GROUPS}
        tallies: dict[str, dict[Hashable, _Tally]] = {}
        for group in GROUPS:
            by_key: dict[Hashable, _Tally] = defaultdict(_Tally)
            for film_keys, rating in zip(keys[group], ratings, strict=True):
                for key in film_keys:
                    by_key[key].count += 1
                    by_key[key].total += rating
            tallies[group] = dict(by_key)
        effects: dict[str, dict[Hashable, float]] = {group: {} for group in GROUPS}
        # What each group adds to each film, kept up to date as the effects move.
        parts = {group: [0.0] * len(rated) for group in GROUPS}
        for _ in range(rounds):
            for group in GROUPS:
                totals = [sum(film_parts) for film_parts in zip(*parts.values(), strict=True)]
                sums: dict[Hashable, float] = defaultdict(float)
                for i, film_keys in enumerate(keys[group]):
                    left = ratings[i] - average - (totals[i] - parts[group][i])
                    for key in film_keys:
                        sums[key] += left
                strength = prior[group]
                effects[group] = {
                    key: total / (tallies[group][key].count + strength)
                    for key, total in sums.items()
                }  # an infinite prior gives 0.0: the average alone
                effect = effects[group].__getitem__
                parts[group] = [
                    sum(map(effect, film_keys)) / len(film_keys) if film_keys else 0.0
                    for film_keys in keys[group]
                ]
        return cls(average=average, effects=effects, tallies=tallies, prior=prior)

    def predict(self, features: Features) -> Prediction:
        """The likely rating of a film, with what moved it from the average, strongest first."""
        rating = self.average
        reasons = []
        for group in GROUPS:
            known = [key for key in features.keys(group) if key in self.effects.get(group, {})]
            if not known:
                continue
            rating += _mean(self.effects[group], known)
            # The key that moved it most stands for the group in words.
            key = max(known, key=lambda k: abs(self.effects[group][k]))
            tally = self.tallies[group][key]
            reasons.append(
                Reason(
                    group=group,
                    label=features.label(group, key),
                    average=tally.total / tally.count,
                    count=tally.count,
                    effect=_mean(self.effects[group], known),
                )
            )
        reasons.sort(key=lambda reason: -abs(reason.effect))
        rating = min(max(rating, MIN_RATING), MAX_RATING)
        return Prediction(rating=rating, average=self.average, reasons=tuple(reasons))


# The prior strengths tried, as multiples of PRIOR, and how the tuning samples a member.
SCALES = (0.5, 1.0, 2.0, 4.0, 8.0)
FOLDS = 4
MAX_TUNING_FILMS = 1000
# Tuning compares settings, for which fewer rounds tell the same.
TUNING_ROUNDS = 3


def shrink_for(
    rated: Sequence[tuple[Features, float]], prior: Mapping[str, float], rounds: int
) -> float | None:
    """The multiple of `prior` that predicts this member's own ratings best, by `FOLDS`-fold
    cross-validation (on at most MAX_TUNING_FILMS of them, drawn the same way every time);
    None when no multiple beats their average."""
    if len(rated) < 2 * FOLDS:
        return None
    sample = list(rated)
    random.Random(len(sample)).shuffle(sample)
    sample = sample[:MAX_TUNING_FILMS]
    errors = dict.fromkeys((None, *SCALES), 0.0)
    for fold in range(FOLDS):
        held = sample[fold::FOLDS]
        kept = [film for i, film in enumerate(sample) if i % FOLDS != fold]
        average = sum(rating for _, rating in kept) / len(kept)
        errors[None] += sum((rating - average) ** 2 for _, rating in held)
        for scale in SCALES:
            scaled = {group: strength * scale for group, strength in prior.items()}
            model = TasteModel.fit(kept, prior=scaled, rounds=TUNING_ROUNDS, tune=False)
            errors[scale] += sum(
                (rating - model.predict(features).rating) ** 2 for features, rating in held
            )
    return min(errors, key=lambda scale: errors[scale])


def _mean(effects: Mapping[Hashable, float], keys: Iterable[Hashable]) -> float:
    values = [effects.get(key, 0.0) for key in keys]
    return sum(values) / len(values) if values else 0.0


def rank(
    model: TasteModel, candidates: Iterable[tuple[Hashable, Features]], limit: int = 10
) -> list[tuple[Hashable, Prediction]]:
    """The `limit` candidates the member would likely rate highest, best first; ties keep
    the candidates' order."""
    predicted = [(ident, model.predict(features)) for ident, features in candidates]
    predicted.sort(key=lambda pair: -pair[1].rating)
    return predicted[:limit]
