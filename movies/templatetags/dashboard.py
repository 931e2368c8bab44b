"""Small formatting filters for the dashboard's figures."""

from __future__ import annotations

import re
from decimal import Decimal

from django import template

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
