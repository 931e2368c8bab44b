"""TMDB's images: which paths may go into a page, and the URL of one at a documented size.

TMDB's configuration endpoint documents the sizes its image CDN serves; a URL is the base, a
size and the file path (`https://image.tmdb.org/t/p/w185/abc.jpg`). The paths come from TMDB's
answers, stored and shown later, so only one shaped like TMDB's own ("/" + name + ".jpg") is
ever put into a page: never a full URL, never anything with a scheme, a query or a "..".

Pure Python: the templates' tags (`movies.templatetags.dashboard`) read the settings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# GET /configuration → images.poster_sizes and images.profile_sizes.
POSTER_SIZES = ("w92", "w154", "w185", "w342", "w500", "w780", "original")
PROFILE_SIZES = ("w45", "w185", "h632", "original")

_PATH = re.compile(r"^/[A-Za-z0-9_-]{1,100}\.(?:jpg|jpeg|png|webp)$")


def valid_path(path: Any) -> bool:
    """Whether `path` is an image path as TMDB writes them ("/d5NXSklXo0qyIYkgV94XAgMIckC.jpg")."""
    return isinstance(path, str) and _PATH.match(path) is not None


def clean_path(path: Any) -> str:
    """`path` when it is a valid image path, else "" (None, a URL, anything odd)."""
    return path if valid_path(path) else ""


def image_url(base_url: str, size: str, path: Any) -> str:
    """The image's URL on the CDN at `size`, or "" when the path is not one."""
    if size not in POSTER_SIZES and size not in PROFILE_SIZES:
        raise ValueError(f"TMDB serves no image size {size!r}")
    if not valid_path(path):
        return ""
    return f"{base_url.rstrip('/')}/{size}{path}"


@dataclass(frozen=True)
class Shape:
    """How a page shows an image: the size fetched, and the box it is drawn in (CSS pixels).

    Fetched at about twice the box's width, for screens of two pixels a point; TMDB's posters
    and headshots are 2:3, so the box is too and nothing jumps when one arrives.
    """

    size: str
    width: int
    height: int
    css: str


SHAPES = {
    # A films-table row, a ranked list's line.
    "row": Shape("w92", 30, 45, "poster poster-row"),
    # A candidate on the check page.
    "candidate": Shape("w92", 92, 138, "poster"),  # drawn at 46 px by the stylesheet
    # Top films, favourites, the year in review.
    "card": Shape("w185", 92, 138, "poster poster-card"),
    # A director's or an actor's face beside their name.
    "face": Shape("w45", 30, 45, "poster poster-row face"),
}
