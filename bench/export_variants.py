"""Re-saved exports: every variant of one realistic export must parse as the original does.

Builds the original export (a few hundred films with diary, ratings, likes, reviews, rewatches
and non-ASCII titles) and each re-save members upload instead (spreadsheet separators, decimal
commas, date forms and encodings, Google Sheets names, a ZIP in a ZIP, a ZIP with its own CSVs),
parses each, and prints its counts against the original's. Parsing only: no database.

    .venv/bin/python bench/export_variants.py [--films 300]

Exits 1 when any variant differs from the original.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sessions_app.letterboxd import ExportError, ParsedExport, parse_export  # noqa: E402
from sessions_app.tests.export_variants import VARIANTS, original, sample_export  # noqa: E402

COLUMNS = ("films", "watched", "diary", "rated", "liked", "rewatches", "dated")


def counts(export: ParsedExport) -> dict[str, int]:
    films = export.films
    return {
        "films": len(films),
        "watched": sum(film.watched for film in films),
        "diary": len(export.viewings),  # diary rows plus dated reviews without one
        "rated": sum(film.rating is not None for film in films),
        "liked": sum(film.liked for film in films),
        "rewatches": sum(viewing.rewatch for viewing in export.viewings),
        "dated": sum(film.first_watched_on is not None for film in films),
    }


def differences(parsed: ParsedExport, reference: ParsedExport) -> list[str]:
    """What differs, beyond the counts: the first film and viewing that do, and other fields."""
    out = []
    for field in ("files", "rows_read", "username"):
        if getattr(parsed, field) != getattr(reference, field):
            out.append(f"{field}: {getattr(parsed, field)!r} != {getattr(reference, field)!r}")
    for what in ("films", "viewings"):
        mine, theirs = getattr(parsed, what), getattr(reference, what)
        for index, (a, b) in enumerate(zip(mine, theirs, strict=False)):
            if a != b:
                changed = [
                    f"{f.name}={getattr(a, f.name)!r} (was {getattr(b, f.name)!r})"
                    for f in dataclasses.fields(a)
                    if getattr(a, f.name) != getattr(b, f.name)
                ]
                out.append(
                    f"{what}[{index}] {b.name if what == 'films' else b.film_uri}: "
                    + ", ".join(changed)
                )
                break
        if len(mine) != len(theirs):
            out.append(f"{len(mine)} {what}, the original has {len(theirs)}")
    return out


def row(name: str, values: dict[str, int], reference: dict[str, int] | None, verdict: str) -> str:
    cells = []
    for column in COLUMNS:
        cell = str(values[column])
        if reference is not None and values[column] != reference[column]:
            cell += f" (≠{reference[column]})"
        cells.append(f"{cell:>10}")
    return f"{name:<40}{''.join(cells)}  {verdict}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--films", type=int, default=300)
    args = parser.parse_args()

    files = sample_export(n_films=args.films)
    started = time.perf_counter()
    reference = dataclasses.replace(parse_export(original(files)), warnings=[], warning_count=0)
    expected = counts(reference)
    print(f"{'variant':<40}" + "".join(f"{column:>10}" for column in COLUMNS))
    print(row("original (the export ZIP)", expected, None, ""))

    failed = 0
    for name, build in VARIANTS.items():
        try:
            export = parse_export(build(files))
        except ExportError as error:
            failed += 1
            print(f"{name:<40}refused: {error.message}")
            continue
        parsed = dataclasses.replace(export, warnings=[], warning_count=0)
        found = counts(parsed)
        if parsed == reference:
            print(row(name, found, expected, "all equal"))
            continue
        failed += 1
        print(row(name, found, expected, "DIFFERS"))
        for line in differences(parsed, reference):
            print(f"    {line}")

    elapsed = time.perf_counter() - started
    total = len(VARIANTS)
    print(
        f"\n{total - failed} of {total} variants parse exactly as the original "
        f"({elapsed:.2f} s for all)."
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
