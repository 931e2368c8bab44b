"""TMDB's daily movie ID export, made from the fake catalogue: gzipped JSON lines.

    {"adult":false,"id":3924,"original_title":"Blondie","popularity":2.5,"video":false}

Every film of the catalogue is in it (those no member's export lists too, as on TMDB), then
`extra` made-up films the catalogue does not hold, which stand for the rest of TMDB's million:
ids no export names and no details request can find, with titles of many languages (a third
not ASCII) that no catalogue title normalises to. A few are adult or a video, as on TMDB.
"""

from __future__ import annotations

import gzip
import io
import json
import random
from collections.abc import Iterator
from pathlib import Path

from fake_tmdb.catalogue import Catalogue

UNLISTED_ID_BASE = 30_000_000
# Words of titles in several scripts and accents, so that normalising them costs what real
# titles cost.
_WORDS = (
    "Night", "Summer", "Blue", "Return", "House", "River", "Last", "Love", "Dead", "Winter",
    "Été", "Mädchen", "Nuit", "Amor", "Città", "Año", "Żona", "Søster", "Ночь", "Любовь",
    "夜", "東京", "사랑", "바다", "Şehir", "Ψυχή", "Ánimas", "Grüße", "L'Âge", "d'Or",
)  # fmt: skip
_ASCII_WORDS = tuple(word for word in _WORDS if word.isascii())
_OTHER_WORDS = tuple(word for word in _WORDS if not word.isascii())


def export_line(
    tmdb_id: int, title: str, popularity: float, *, adult: bool = False, video: bool = False
) -> str:
    item = {
        "adult": adult,
        "id": tmdb_id,
        "original_title": title,
        "popularity": popularity,
        "video": video,
    }
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"))


def unlisted_line(n: int) -> str:
    """Made-up film number `n` (0-based): the same line every time."""
    rng = random.Random(n)
    # A third of the titles have a word that is not ASCII.
    words = rng.sample(_WORDS if n % 3 == 0 else _ASCII_WORDS, rng.randint(1, 3))
    if n % 3 == 0 and all(word.isascii() for word in words):
        words[0] = rng.choice(_OTHER_WORDS)
    title = f"{' '.join(words)} {n}"
    return export_line(
        UNLISTED_ID_BASE + n,
        title,
        round(rng.uniform(0.6, 3.0), 3),
        adult=n % 97 == 13,
        video=n % 53 == 7,
    )


def export_lines(catalogue: Catalogue, extra: int = 0) -> Iterator[str]:
    for film in catalogue.films:
        yield export_line(film.tmdb_id, film.original_title, film.popularity)
    for n in range(extra):
        yield unlisted_line(n)


def export_gz(catalogue: Catalogue, extra: int = 0) -> bytes:
    """The whole export, gzipped, in memory: for the fake server's catalogue-sized files."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=6, mtime=0) as out:
        for line in export_lines(catalogue, extra):
            out.write(line.encode() + b"\n")
    return buffer.getvalue()


def write_export(path: Path, catalogue: Catalogue, extra: int = 0) -> int:
    """Write the export to `path`, gzipped, line by line; return how many lines."""
    lines = 0
    with gzip.open(path, "wb", compresslevel=6) as out:
        for line in export_lines(catalogue, extra):
            out.write(line.encode() + b"\n")
            lines += 1
    return lines
