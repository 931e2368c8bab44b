"""Every realistic re-save of an export reads exactly as the original does."""

from __future__ import annotations

import dataclasses

import pytest

from sessions_app.letterboxd import ParsedExport, parse_export
from sessions_app.tests.export_variants import VARIANTS, original, sample_export

FILES = sample_export()


def without_warnings(export: ParsedExport) -> ParsedExport:
    return dataclasses.replace(export, warnings=[], warning_count=0)


@pytest.fixture(scope="module")
def parsed_original() -> ParsedExport:
    return without_warnings(parse_export(original(FILES)))


def test_the_sample_export_has_what_variants_must_keep(parsed_original: ParsedExport) -> None:
    films = parsed_original.films
    assert len(films) > 300
    assert any(film.rewatch_count for film in films)
    assert any(film.liked and not film.watched for film in films)
    # Undated reviews count as reviews without being viewings.
    reviewed_viewings = sum(1 for viewing in parsed_original.viewings if viewing.review)
    assert sum(film.review_count for film in films) == reviewed_viewings + 4
    assert any(not film.name.isascii() for film in films)
    assert parsed_original.username == "alice"


@pytest.mark.parametrize("variant", VARIANTS)
def test_variant_parses_exactly_as_the_original(
    variant: str, parsed_original: ParsedExport
) -> None:
    parsed = without_warnings(parse_export(VARIANTS[variant](FILES)))

    # The same films, ratings, dates and viewings, field by field.
    assert parsed.films == parsed_original.films
    assert parsed.viewings == parsed_original.viewings
    assert parsed == parsed_original
