from __future__ import annotations

import random
import re
import string
import unicodedata

import pytest

from enrichment import titles
from enrichment.titles import normalise_title, title_similarity


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("WALL·E", "wall e"),
        ("Se7en", "se7en"),
        ("Amélie", "amelie"),
        ("TÁR", "tar"),
        ("Y Tu Mamá También", "y tu mama tambien"),
        ("Crouching Tiger, Hidden Dragon", "crouching tiger hidden dragon"),
        ("O Brother, Where Art Thou?", "o brother where art thou"),
        ("2001: A Space Odyssey", "2001 a space odyssey"),
        ("Léon: The Professional", "leon the professional"),
        (
            "Birdman or (The Unexpected Virtue of Ignorance)",
            "birdman or the unexpected virtue of ignorance",
        ),
        (
            "Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb",
            "dr strangelove or how i learned to stop worrying and love the bomb",
        ),
    ],
)
def test_normalise_title_folds_case_accents_and_punctuation(title: str, expected: str) -> None:
    assert normalise_title(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Søren", "soren"),
        ("Æon Flux", "aeon flux"),
        ("Œdipe", "oedipe"),
        ("Straße", "strasse"),
        ("Łódź", "lodz"),
        ("Đorđe", "dorde"),
    ],
)
def test_normalise_title_maps_letters_that_have_no_accent_to_strip(
    title: str, expected: str
) -> None:
    assert normalise_title(title) == expected


def test_both_spellings_of_the_dead_reckoning_title_normalise_equal() -> None:
    letterboxd = "Mission: Impossible – Dead Reckoning Part One"
    tmdb_variant = "Mission: Impossible - Dead Reckoning - Part One"
    assert normalise_title(letterboxd) == normalise_title(tmdb_variant)
    assert normalise_title(letterboxd) == "mission impossible dead reckoning part 1"


def test_ampersand_and_the_word_and_normalise_equal() -> None:
    assert normalise_title("Pride & Prejudice") == normalise_title("Pride and Prejudice")


def test_one_leading_article_is_dropped_when_more_words_follow() -> None:
    assert normalise_title("The Thing") == "thing"
    assert normalise_title("A Star Is Born") == "star is born"
    assert normalise_title("La Haine") == "haine"
    assert normalise_title("Les Quatre Cents Coups") == "quatre cents coups"
    assert normalise_title("L'Avventura") == "avventura"
    assert normalise_title("Der Himmel über Berlin") == "himmel uber berlin"


def test_an_article_that_is_the_whole_title_stays() -> None:
    assert normalise_title("The") == "the"
    assert normalise_title("It") == "it"


def test_only_the_first_article_is_dropped() -> None:
    assert normalise_title("The The") == "the"


def test_words_that_look_like_articles_in_english_titles_are_kept() -> None:
    assert normalise_title("Die Hard") == "die hard"
    assert normalise_title("I Am Legend") == "i am legend"


def test_elision_keeps_words_apart_while_possessives_join() -> None:
    assert (
        normalise_title("Le Fabuleux Destin d'Amélie Poulain") == "fabuleux destin d amelie poulain"
    )
    assert normalise_title("Ocean’s Eleven") == normalise_title("Oceans Eleven") == "oceans eleven"


def test_roman_numerals_become_arabic() -> None:
    assert normalise_title("The Godfather Part II") == "godfather part 2"
    assert normalise_title("Rocky IV") == normalise_title("Rocky 4")


def test_a_leading_letter_that_looks_like_a_numeral_is_a_title_word() -> None:
    assert normalise_title("V for Vendetta") == "v for vendetta"
    assert normalise_title("X-Men") == "x men"


def test_instalment_words_become_numbers() -> None:
    assert normalise_title("Dune: Part Two") == normalise_title("Dune Part 2") == "dune part 2"
    assert normalise_title("Kill Bill: Vol. 1") == normalise_title("Kill Bill Volume One")


def test_superscripts_and_fractions_split_from_the_word_before() -> None:
    assert normalise_title("Alien³") == normalise_title("Alien 3") == "alien 3"
    assert normalise_title("8½") == normalise_title("8 1/2")


def test_non_latin_titles_survive() -> None:
    assert normalise_title("千と千尋の神隠し") == "千と千尋の神隠し"
    assert normalise_title("기생충") == "기생충"


def test_similarity_is_one_only_for_equal_normalised_titles() -> None:
    assert title_similarity("Amélie", "AMELIE") == 1.0
    assert title_similarity("Three Colours: Blue", "Three Colors: Blue") < 1.0


def test_similarity_is_high_for_spelling_variants() -> None:
    assert title_similarity("Three Colours: Blue", "Three Colors: Blue") > 0.9


def test_similarity_is_low_for_a_sequel_however_alike_the_strings() -> None:
    assert title_similarity("Psycho", "Psycho II") <= 0.5
    assert title_similarity("Blade Runner", "Blade Runner 2049") <= 0.5
    assert title_similarity("Dune", "Dune: Part Two") <= 0.5


def test_similarity_tolerates_word_order() -> None:
    assert (
        title_similarity("Hidden Dragon, Crouching Tiger", "Crouching Tiger, Hidden Dragon") > 0.9
    )


def test_similarity_of_empty_titles_is_zero() -> None:
    assert title_similarity("", "") == 0.0
    assert title_similarity("Heat", "") == 0.0


def _normalise_without_fast_path(s: str) -> str:
    """`normalise_title` as it was before ASCII titles skipped Unicode decomposition."""
    text = s.translate(titles._LETTER_MAP).casefold().translate(titles._LETTER_MAP)
    text = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    text = unicodedata.normalize("NFC", text)
    text = text.replace("&", " and ")
    leading_elision = re.match(r"\s*l'(?=\w)", text) is not None
    text = titles._ELISION.sub(r"\1 ", text)
    text = titles._APOSTROPHE.sub("", text)
    tokens = titles._NON_WORD.sub(" ", text).split()
    if len(tokens) > 1 and (leading_elision or tokens[0] in titles._ARTICLES):
        tokens = tokens[1:]
    out: list[str] = []
    for i, token in enumerate(tokens):
        token = titles._ABBREVIATIONS.get(token, token)
        previous = out[-1] if out else None
        if i > 0 and token in titles._ROMAN:
            token = titles._ROMAN[token]
        elif previous in titles._SEQUEL_WORDS and token in titles._NUMBER_WORDS:
            token = titles._NUMBER_WORDS[token]
        out.append(token)
    return " ".join(out)


def test_titles_normalise_as_they_did_before_ascii_ones_took_a_shortcut() -> None:
    rng = random.Random(17)
    alphabet = string.printable + "`'’éÆß²"
    samples = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(3000)
    ]
    samples += ["The Thing", "L'Avventura", "Ocean's Eleven", "Part IV", "Alien³", "Amélie"]
    for sample in samples:
        assert normalise_title(sample) == _normalise_without_fast_path(sample), sample


def test_the_combining_marks_table_holds_every_combining_mark() -> None:
    import sys

    every = {c for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c))}
    assert set(titles._combining_marks()) == every
