"""Names reduced to what the films table searches and sorts by. Pure: no Django.

A member types `amelie` for Amélie, `wall-e` or `walle` for WALL·E, `kubrick` for Stanley
Kubrick's films. Stored texts and typed queries are both folded the same way: lower case, no
accents, no punctuation (which joins what it separated: "WALL·E" and "wall-e" both give
"walle"), and no spaces, so "spider man", "spider-man" and "spiderman" all find Spider-Man.
The database then only needs a plain substring test, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Letters NFKD leaves alone because Unicode does not spell them "letter + accent". Matching
# (enrichment.titles) folds them the same way.
UNACCENTED_LETTERS = {
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ß": "ss",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "\u0131": "i",  # dotless i
}
_LETTERS = str.maketrans(UNACCENTED_LETTERS)
# Latin, Greek and Cyrillic: their combining marks are accents, and "é" is searched as "e".
_END_OF_ACCENTED_SCRIPTS = "\u0530"
# Between the names of one stored text, so that no typed word matches across two names.
SEPARATOR = "|"
# Leading articles Letterboxd sorts without: "The Thing" sorts under T.
SORT_ARTICLES = frozenset({"the", "a", "an"})
# A query's words beyond this many are ignored: each one costs the database a substring test.
MAX_TERMS = 8


def fold(text: str) -> str:
    """Lower-case words without accents or punctuation, one space between them.

    "Amélie" → "amelie", "WALL·E" → "walle", "Mission: Impossible – Fallout" →
    "mission impossible fallout". Other scripts keep their marks: "リング" stays "リング", where
    dropping the voicing mark would give another word.
    """
    kept = []
    accented = False  # whether the letter before is one whose marks are accents to drop
    for ch in unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS)):
        if unicodedata.category(ch).startswith("M"):
            if not accented:
                kept.append(ch)
        elif ch.isalnum():
            kept.append(ch)
            accented = ch < _END_OF_ACCENTED_SCRIPTS
        elif ch.isspace():
            kept.append(" ")
        # Punctuation and symbols are dropped without a space: "wall-e" is "walle".
    # Recompose what NFKD split and we kept ("リンク" and its voicing mark are "リング" again).
    return " ".join(unicodedata.normalize("NFC", "".join(kept)).split())


def search_text(names: Iterable[str | None]) -> str:
    """The stored search text of some names: each folded, without spaces, between separators."""
    folded = (fold(name).replace(" ", "") for name in names if name)
    return SEPARATOR.join(name for name in folded if name)


def search_terms(query: str) -> list[str]:
    """The words of a typed query, folded: a film matches when its texts hold every one."""
    return list(dict.fromkeys(fold(query).split()))[:MAX_TERMS]


def sort_name(name: str) -> str:
    """The name as the films table sorts it: folded, without a leading "The", "A" or "An"
    (when more words follow: a film called "A" keeps its name)."""
    return _sort_key(fold(name))


def film_name_keys(name: str) -> tuple[str, str]:
    """(search text, sort name) of a film's own name, folding it once."""
    folded = fold(name)
    return folded.replace(" ", ""), _sort_key(folded)


def _sort_key(folded: str) -> str:
    first, _, rest = folded.partition(" ")
    return rest if rest and first in SORT_ARTICLES else folded
