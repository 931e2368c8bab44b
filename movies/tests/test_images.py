"""TMDB image URLs and the markup the templates make of them."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.test import override_settings

from movies import images

GOOD = "/d5NXSklXo0qyIYkgV94XAgMIckC.jpg"
BAD = [
    "",
    None,
    "https://evil.example/x.jpg",
    "//evil.example/x.jpg",
    "/../x.jpg",
    "/x.jpg?y=1",
    "/x.svg",
    '/x.jpg"onerror="alert(1)',
    "javascript:alert(1)",
]


def test_image_url_joins_base_size_and_path():
    assert images.image_url("https://image.tmdb.org/t/p/", "w185", GOOD) == (
        f"https://image.tmdb.org/t/p/w185{GOOD}"
    )
    assert images.image_url("https://cdn.example/t/p", "w45", GOOD) == (
        f"https://cdn.example/t/p/w45{GOOD}"
    )


@pytest.mark.parametrize("path", BAD)
def test_image_url_is_empty_for_anything_not_shaped_like_a_tmdb_path(path):
    assert images.image_url("https://image.tmdb.org/t/p/", "w92", path) == ""
    assert images.clean_path(path) == ""


def test_image_url_refuses_a_size_tmdb_does_not_serve():
    with pytest.raises(ValueError):
        images.image_url("https://image.tmdb.org/t/p/", "w100", GOOD)


def test_every_shape_asks_for_a_documented_size_in_two_by_three():
    for shape in images.SHAPES.values():
        assert shape.size in images.POSTER_SIZES + images.PROFILE_SIZES
        assert shape.width * 3 == shape.height * 2
    assert images.SHAPES["face"].size in images.PROFILE_SIZES


def render(text: str, **context) -> str:
    return Template("{% load dashboard %}" + text).render(Context(context))


def test_poster_is_a_lazy_image_with_its_size_set():
    html = render('{{ path|poster:"card" }}', path=GOOD)
    assert f'src="https://image.tmdb.org/t/p/w185{GOOD}"' in html
    assert 'loading="lazy"' in html
    assert 'width="92" height="138"' in html
    assert 'alt=""' in html


def test_a_film_without_poster_keeps_its_box_and_fetches_nothing():
    html = render("{{ path|poster }}", path=None)
    assert "<img" not in html
    assert "poster-none" in html and "poster-row" in html


@pytest.mark.parametrize("path", BAD)
def test_no_odd_path_reaches_the_markup(path):
    html = render("{{ path|poster }}{{ path|face }}", path=path)
    assert "<img" not in html
    assert "evil" not in html and "javascript" not in html and "onerror" not in html


def test_face_uses_a_profile_size():
    html = render("{{ path|face }}", path=GOOD)
    assert f"https://image.tmdb.org/t/p/w45{GOOD}" in html


@override_settings(TMDB_IMAGES=False)
def test_images_off_leave_no_image_nor_box():
    assert render("{{ path|poster }}{{ path|face }}", path=GOOD).strip() == ""


@override_settings(TMDB_IMAGE_BASE_URL="https://images.example.org/t/p/")
def test_the_base_url_is_a_setting():
    assert "https://images.example.org/t/p/w92/" in render("{{ path|poster }}", path=GOOD)
