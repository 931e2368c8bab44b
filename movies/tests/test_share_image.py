"""The share image, drawn from plain figures: no Django, no network."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw

from movies.share_image import SHAPES, ShareCard, card_from_stats, fit, font, render


def stats(**cards) -> dict:
    return {
        "cards": {
            "films": 312,
            "hours": 541,
            "diary_entries": 1,
            "average_rating": 3.618,
            "likes": 87,
            "countries": 14,
            **cards,
        },
        "genres": {"watched": [{"name": "Drama", "count": 120}, {"name": "Comedy", "count": 80}]},
        "directors": {"watched": [{"name": "Agnès Varda", "count": 9}]},
        "actors": {"watched": []},
        "milestones": {"busiest_month": {"label": "Mar 2024", "count": 41}},
    }


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_card_renders_as_a_png_of_its_shape(shape):
    card = card_from_stats(stats(), owner="alice", year=2024)

    image = Image.open(io.BytesIO(render(card, shape)))

    assert (image.format, image.size) == ("PNG", SHAPES[shape])


def test_the_card_says_the_figures_in_words():
    card = card_from_stats(stats(), owner="alice", year=2024)

    assert (card.title, card.subtitle) == ("alice’s 2024", "2024 in review")
    assert card.figures[:4] == [
        ("312", "films"),
        ("541", "hours"),
        ("1", "diary entry"),
        ("3.62 ★", "average rating"),
    ]
    assert card.facts == [
        ("Genre of the year", "Drama"),
        ("Most watched director", "Agnès Varda"),
        ("Busiest month", "Mar 2024 (41)"),
    ]
    assert card.bars == [("Drama", 120), ("Comedy", 80)]


def test_all_time_without_a_name_or_ratings():
    card = card_from_stats(stats(average_rating=None), owner="", year=None)

    assert (card.title, card.subtitle) == ("My films", "All time")
    assert "average rating" not in [label for _, label in card.figures]


def test_long_or_odd_text_is_cut_to_fit_on_one_line():
    draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    face = font("bold", 40)

    cut = fit(draw, "A title\nwith a newline " + "and more " * 30, face, 400)

    assert "\n" not in cut and cut.endswith("…")
    assert draw.textlength(cut, font=face) <= 400
    assert fit(draw, "Short", face, 400) == "Short"


def test_text_beyond_the_fonts_glyphs_still_renders():
    card = ShareCard(title="千と千尋の神隠し 🎬", subtitle="All time", figures=[("1", "film")])
    for shape in SHAPES:
        assert render(card, shape).startswith(b"\x89PNG")
