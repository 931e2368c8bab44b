"""Film titles reduced to a form in which Letterboxd's and TMDB's spellings of one title agree.

Pure functions, no Django: `normalise_title` for equality, `title_similarity` for ranking.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from difflib import SequenceMatcher

from movies.search_text import UNACCENTED_LETTERS

# Letters NFKD leaves alone (as the films table's search folds them), and marks to unify.
_LETTER_MAP = str.maketrans(
    {
        **UNACCENTED_LETTERS,
        "\u2019": "'",  # right single quotation mark, the usual typographic apostrophe
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        # NFKD would glue these to the digit before them: "Alien³" must meet "Alien 3".
        "²": " 2",
        "³": " 3",
        "½": " 1/2",
    }
)

# Dropped only as the first word and only when more words follow, so "The Thing" meets "Thing"
# while a film called "A" or "La" keeps its name. "die", "de", "i", "lo", "un" are left out:
# they start too many English or non-article titles ("Die Hard", "I Am Legend", "Lo and Behold").
_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "el", "los", "las", "il", "gli"})
_ARTICLES |= {"der", "das", "den", "det", "het"}

# II-X only: "I" is a pronoun far more often than a numeral.
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8"}
_ROMAN |= {"ix": "9", "x": "10"}
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
_NUMBER_WORDS |= {"seven": "7", "eight": "8", "nine": "9", "ten": "10"}

# Words after which a number names an instalment ("Part One" = "Part 1" = "Part I").
_SEQUEL_WORDS = frozenset({"part", "chapter", "episode", "volume"})
_ABBREVIATIONS = {"pt": "part", "vol": "volume", "ep": "episode", "ch": "chapter"}

# French-style elision ("l'", "d'", "qu'") keeps the words apart: "d'Amélie" -> "d amelie".
_ELISION = re.compile(r"\b([a-z]|qu)'(?=\w)")
_LEADING_ELISION = re.compile(r"\s*l'(?=\w)")
# Any other apostrophe joins: "Ocean's" and "Oceans" should agree, "ocean s" would not.
_APOSTROPHE = re.compile(r"'")
_NON_WORD = re.compile(r"[\W_]+")


@functools.cache
def _combining_marks() -> dict[int, None]:
    """Every combining mark (what NFKD splits accents into), mapped to nothing, for
    `str.translate`. All of them are below U+20000: the scan takes milliseconds, once."""
    return dict.fromkeys(c for c in range(0x20000) if unicodedata.combining(chr(c)))


def normalise_title(s: str) -> str:
    """Reduce a title to lower-case words without accents, separated by single spaces.

    "Mission: Impossible \u2013 Dead Reckoning Part One" and
    "Mission: Impossible - Dead Reckoning - Part One" both give
    "mission impossible dead reckoning part 1".
    """
    # The title index normalises a million titles a day: ASCII, most of them, skips what
    # cannot change it (the letter map's only ASCII key is "`"; nothing to decompose), and
    # a title without an apostrophe skips the apostrophe rules.
    if s.isascii():
        text = s.replace("`", "'").lower()
    else:
        text = s.translate(_LETTER_MAP).casefold().translate(_LETTER_MAP)
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text).translate(_combining_marks())
            # Recompose what NFKD split without adding accents (Hangul syllables into jamo).
            text = unicodedata.normalize("NFC", text)
    text = text.replace("&", " and ")
    leading_elision = False
    if "'" in text:
        leading_elision = _LEADING_ELISION.match(text) is not None
        text = _ELISION.sub(r"\1 ", text)
        text = _APOSTROPHE.sub("", text)
    tokens = _NON_WORD.sub(" ", text).split()

    if len(tokens) > 1 and (leading_elision or tokens[0] in _ARTICLES):
        tokens = tokens[1:]

    out: list[str] = []
    for i, token in enumerate(tokens):
        token = _ABBREVIATIONS.get(token, token)
        previous = out[-1] if out else None
        # A first-word "V" or "X" is a title ("V for Vendetta", "X-Men"), not a sequel number.
        if i > 0 and token in _ROMAN:
            token = _ROMAN[token]
        elif previous in _SEQUEL_WORDS and token in _NUMBER_WORDS:
            token = _NUMBER_WORDS[token]
        out.append(token)
    return " ".join(out)


def _numbers(tokens: list[str]) -> set[str]:
    return {t for t in tokens if t.isdigit()}


def title_similarity(a: str, b: str) -> float:
    """How alike two titles are, 0..1, compared in normalised form; 1.0 only when they are equal."""
    na, nb = normalise_title(a), normalise_title(b)
    if na == nb:
        return 1.0 if na else 0.0
    if not na or not nb:
        return 0.0
    ta, tb = na.split(), nb.split()
    if sorted(ta) == sorted(tb):
        return 0.95
    ratio = max(
        SequenceMatcher(None, na, nb).ratio(),
        SequenceMatcher(None, " ".join(sorted(ta)), " ".join(sorted(tb))).ratio(),
    )
    # A differing number names another film of a series however alike the strings look:
    # "Psycho" vs "Psycho II", "Blade Runner" vs "Blade Runner 2049".
    if _numbers(ta) != _numbers(tb):
        ratio = min(ratio, 0.5)
    # Never let a near miss reach what only equality earns.
    return min(ratio, 0.94)
