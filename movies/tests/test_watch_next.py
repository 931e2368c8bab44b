"""The taste model: plain features in, predictions with reasons out. No Django."""

from __future__ import annotations

import random

from movies.watch_next import MIN_RATED, Features, Reason, TasteModel, rank

VARDA = (1, "Agnès Varda")
BAY = (2, "Michael Bay")


def film(director=None, genres=("Drama",), decade=1990, countries=("France",), actors=()):
    return Features(
        directors=(director,) if director else (),
        actors=tuple(actors),
        genres=tuple(genres),
        countries=tuple(countries),
        decade=decade,
    )


def member(n: int = 60, seed: int = 1) -> list[tuple[Features, float]]:
    """Loves Varda (always 4.5–5), dislikes Bay (1–1.5), the rest scattered around 3."""
    rng = random.Random(seed)
    rated = []
    for i in range(n):
        if i % 6 == 0:
            rated.append((film(VARDA, ("Documentary",)), rng.choice([4.5, 5.0])))
        elif i % 6 == 1:
            rated.append(
                (film(BAY, ("Action",), countries=("United States",)), rng.choice([1, 1.5]))
            )
        else:
            rated.append((film((100 + i, f"Someone {i}"), ("Drama",)), rng.choice([2.5, 3, 3.5])))
    return rated


def test_a_loved_directors_unseen_film_ranks_above_a_disliked_ones():
    model = TasteModel.fit(member())

    varda = model.predict(film(VARDA, ("Documentary",)))
    bay = model.predict(film(BAY, ("Action",), countries=("United States",)))

    assert varda.rating > model.average + 1 > bay.rating + 2
    assert varda.reasons[0].group in {"directors", "genres"}
    assert "Agnès Varda’s films" in varda.in_words() or "documentaries" in varda.in_words()


def test_the_reason_gives_the_members_own_average_and_count():
    model = TasteModel.fit(member())

    prediction = model.predict(film(VARDA, ("Documentary",)))

    director = next(r for r in prediction.reasons if r.group == "directors")
    assert director.label == "Agnès Varda"
    assert director.count == 10
    assert 4.5 <= director.average <= 5.0
    assert director.in_words().startswith("you rate Agnès Varda’s films 4.")
    assert director.in_words().endswith("on average (10 rated)")


def test_shrinkage_one_film_moves_a_prediction_less_than_many():
    base = [(film((100 + i, "x"), ("Drama",)), 3.0) for i in range(40)]
    once = [*base, (film(VARDA), 5.0)]
    often = base + [(film(VARDA), 5.0)] * 8

    one = TasteModel.fit(once, tune=False).predict(film(VARDA)).rating
    many = TasteModel.fit(often, tune=False).predict(film(VARDA)).rating

    assert 3.0 < one < many < 5.0


def test_an_unknown_film_is_predicted_at_the_average_and_said_so():
    model = TasteModel.fit(member())

    prediction = model.predict(Features(genres=("Western",), countries=("Chile",)))

    assert prediction.rating == model.average
    assert prediction.reasons == ()
    assert prediction.in_words() == f"close to your average of {model.average:.1f}"


def test_noise_without_taste_falls_back_to_the_average():
    rng = random.Random(3)
    rated = [
        (film((i, f"P{i}"), (rng.choice(["Drama", "Comedy"]),)), rng.choice([1, 3, 5]))
        for i in range(MIN_RATED * 2)
    ]

    model = TasteModel.fit(rated)

    # A new film's genre says next to nothing here: its prediction stays near the average.
    for genre in ("Drama", "Comedy"):
        prediction = model.predict(film((10_000, "New"), (genre,)))
        assert abs(prediction.rating - model.average) < 0.25


def test_predictions_stay_within_letterboxds_stars():
    rated = [(film(VARDA), 5.0)] * 50 + [(film(BAY), 0.5)] * 50
    model = TasteModel.fit(
        rated,
        prior={g: 0.01 for g in ("directors", "actors", "genres", "decade", "countries")},
        tune=False,
    )
    assert model.predict(film(VARDA)).rating <= 5.0
    assert model.predict(film(BAY)).rating >= 0.5


def test_rank_puts_the_likeliest_first():
    model = TasteModel.fit(member())
    candidates = [
        ("bay", film(BAY, ("Action",), countries=("United States",))),
        ("varda", film(VARDA, ("Documentary",))),
        ("other", film((999, "New"), ("Drama",))),
    ]

    assert [ident for ident, _ in rank(model, candidates, limit=2)] == ["varda", "other"]


def test_reasons_in_words_for_each_group():
    def words(group, label):
        return Reason(group, label, 4.25, 3, 0.5).in_words()

    assert (
        words("actors", "Tilda Swinton")
        == "you rate films with Tilda Swinton 4.2 on average (3 rated)"
    )
    assert words("genres", "Horror") == "you rate Horror films 4.2 on average (3 rated)"
    assert words("genres", "Documentary") == "you rate documentaries 4.2 on average (3 rated)"
    assert words("decade", "1970s") == "you rate films from the 1970s 4.2 on average (3 rated)"
    assert words("countries", "Japan") == "you rate films from Japan 4.2 on average (3 rated)"


def test_an_empty_history_predicts_nothing_surprising():
    model = TasteModel.fit([])
    assert model.predict(film(VARDA)).rating == 0.5  # clipped: there is no average to give


def test_a_film_below_the_average_is_explained_by_what_pulls_it_down():
    model = TasteModel.fit(member())

    prediction = model.predict(film(BAY, ("Action",), countries=("United States",)))

    assert prediction.rating < model.average
    assert "Michael Bay’s films 1." in prediction.in_words()
    assert "Agnès Varda" not in prediction.in_words()


def test_a_reason_too_small_to_matter_is_not_given():
    rated = [(film((i, f"P{i}"), ("Drama",)), 3.0 + (i % 2) / 2) for i in range(60)]
    model = TasteModel.fit(rated, tune=False)

    prediction = model.predict(film((999, "New"), ("Drama",)))

    assert prediction.in_words() == f"close to your average of {model.average:.1f}"
