"""Small formatting filters for the dashboard's figures."""

from __future__ import annotations

import re
from decimal import Decimal

from django import template
from django.conf import settings
from django.utils.html import format_html

from movies import images

register = template.Library()


@register.filter
def stars(rating: float | Decimal | None) -> str:
    """3.5 → "★★★½", as Letterboxd writes ratings."""
    if rating is None:
        return ""
    halves = round(float(rating) * 2)
    return "★" * (halves // 2) + ("½" if halves % 2 else "")


@register.filter
def usd(amount: int | None) -> str:
    """A dollar amount, short: 1_234_000_000 → "$1.23B", 35_000_000 → "$35M"."""
    if amount is None:
        return "–"
    for size, suffix in ((10**9, "B"), (10**6, "M"), (10**3, "K")):
        if abs(amount) >= size:
            return f"${amount / size:.3g}{suffix}"
    return f"${amount}"


@register.filter
def runtime(minutes: int | None) -> str:
    """142 → "2 h 22 min"."""
    if not minutes:
        return "–"
    hours, rest = divmod(int(minutes), 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"


@register.filter
def signed(value: float | None) -> str:
    """A difference with its sign: 1.5 → "+1.5", −0.25 → "−0.25"."""
    if value is None:
        return "–"
    return f"+{value:g}" if value > 0 else f"−{abs(value):g}" if value < 0 else "0"


@register.filter
def film_label(film: dict) -> str:
    return f"{film['name']} ({film['year']})" if film.get("year") else film["name"]


@register.filter
def get_item(mapping: dict, key: str):
    return mapping.get(key)


_LETTERBOXD_LINK = re.compile(r"^https://(?:letterboxd\.com|boxd\.it)/[^\s\"'<>]*$")


@register.filter
def letterboxd_link(uri: str | None) -> str:
    """The film's Letterboxd URI when it is one; "" otherwise.

    The URI comes from an uploaded file: escaping keeps it out of the markup, but only this
    check keeps a `javascript:` URI out of an href.
    """
    return uri if uri and _LETTERBOXD_LINK.match(uri) else ""


def _image(path: object, shape_name: str) -> str:
    """An <img> of a TMDB image in one of `images.SHAPES`, lazy and with its box's size so the
    page does not move when it arrives; an empty box of that size when TMDB has none; nothing
    at all when images are off (`TMDB_IMAGES`)."""
    if not settings.TMDB_IMAGES:
        return ""
    shape = images.SHAPES[shape_name]
    url = images.image_url(settings.TMDB_IMAGE_BASE_URL, shape.size, path)
    if not url:
        return format_html('<span class="{} poster-none" aria-hidden="true"></span>', shape.css)
    return format_html(
        '<img class="{}" src="{}" alt="" width="{}" height="{}" loading="lazy" decoding="async">',
        shape.css,
        url,
        shape.width,
        shape.height,
    )


@register.filter
def poster(path: object, shape: str = "row") -> str:
    """`{{ film.poster|poster:"card" }}`: a film's poster (decorative: its name is beside it).
    A filter rather than a tag: a dashboard draws some dozens, and a filter costs less."""
    return _image(path, shape)


@register.filter
def face(path: object) -> str:
    """`{{ person.profile_path|face }}`: a director's or actor's headshot."""
    return _image(path, "face")


@register.simple_tag
def images_on() -> bool:
    return bool(settings.TMDB_IMAGES)


@register.filter
def plain_number(value: float | Decimal | None) -> str:
    """4.0 → "4", 3.67 → "3.67": a figure the statistics already rounded, without
    `floatformat`'s locale machinery (a dashboard shows some hundreds of them)."""
    if value is None:
        return "–"
    return f"{float(value):g}"
