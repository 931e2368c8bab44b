"""Read a TMDB movie reference a member pasted: a movie URL or a bare id. Pure, no I/O."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

TMDB_HOSTS = {"themoviedb.org", "www.themoviedb.org"}
# /movie/27205, /movie/27205-inception, /fr/movie/27205-inception (a language prefix), and
# anything after it (/cast, ?language=…).
_MOVIE_PATH = re.compile(r"^/(?:[a-z]{2}(?:-[A-Z]{2})?/)?movie/(\d+)(?:-[^/]*)?(?:/.*)?$")
_TV_PATH = re.compile(r"^/(?:[a-z]{2}(?:-[A-Z]{2})?/)?tv/\d+")
MAX_TMDB_ID = 2**31 - 1
# ASCII digits, not too many: str.isdigit() also takes "²", which int() refuses.
_DIGITS = re.compile(r"^[0-9]{1,12}$")


class NotATmdbMovie(ValueError):
    """The text is not a TMDB movie URL or id; the message says what it is instead."""


def parse_tmdb_movie_reference(text: str) -> int:
    """The TMDB movie id in `text`: "27205", "https://www.themoviedb.org/movie/27205-inception"."""
    text = text.strip()
    if not text:
        raise NotATmdbMovie("Paste a TMDB movie URL or id.")
    if text.isascii() and text.isdigit():
        return _checked_id(text)
    if "://" not in text and text.split("/", 1)[0].endswith("themoviedb.org"):
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or parts.hostname not in TMDB_HOSTS:
        raise NotATmdbMovie(
            "That is not a TMDB link: paste an address like "
            "https://www.themoviedb.org/movie/27205-inception, or just the number."
        )
    if _TV_PATH.match(parts.path):
        raise NotATmdbMovie(
            "That is a TV series on TMDB, not a film: pick a film, or exclude this entry."
        )
    match = _MOVIE_PATH.match(parts.path)
    if not match:
        raise NotATmdbMovie("That TMDB link is not a movie page (…/movie/<number>).")
    return _checked_id(match.group(1))  # the pattern takes \d: ASCII only, see _checked_id


def _checked_id(digits: str) -> int:
    if not _DIGITS.match(digits):
        raise NotATmdbMovie("That is not a TMDB movie id.")
    tmdb_id = int(digits)
    if not 0 < tmdb_id <= MAX_TMDB_ID:
        raise NotATmdbMovie("That is not a TMDB movie id.")
    return tmdb_id
