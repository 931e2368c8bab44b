"""Import memory benchmark: peak memory of one upload, each in a fresh process.

Builds the uploads that cost the most memory per byte sent, each just under the upload caps of
the current settings, and POSTs each to /api/upload/ (Django's test client) in a process of its
own on a fresh SQLite file, printing the peak RSS growth over the idle process against the
floor (≤ 200 MB):

- high-ratio reviews: a small ZIP of one long review repeated, inflating several hundred times
  over, filling the uncompressed cap;
- the same with an emoji in each review, which makes Python keep each review at four bytes a
  character: filling the cap on text kept with a quarter of the bytes;
- the 10,000-film, 14,000-diary export of bench/import_bench.py;
- rows at the cap: as many films as the film cap allows, then diary rows up to the row cap;
- rows and text at the caps: the same, and emoji-widened reviews up to the cap on kept text;
- the same export ZIP inside a mail client's ZIP, which is held in memory while it is read;
- the ZIP the security review sent (~0.9 MB, 300 MB of reviews, within the caps of the time):
  refused now, and its memory counts too.

    .venv/bin/python bench/import_memory_bench.py [--only NAME]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from child import run_child  # noqa: E402

from sessions_app.tests.export_factory import (  # noqa: E402
    DIARY_HEADER,
    LONG_EMOJI_REVIEW,
    WATCHED_HEADER,
    csv_lines,
    generate_export,
    high_ratio_reviews_zip,
    make_export_zip,
    repeated_reviews,
    write_export_zip,
)
from tests.e2e.harness import fresh_database  # noqa: E402

MEMORY_BOUND_MB = 200.0
# The uncompressed size of the ZIP the security review sent, under the caps of the time.
OLD_UNCOMPRESSED = 300 * 1024 * 1024
# What a film and a diary row of these exports keep as text, as the parser counts it (each
# text with its ~50-byte header): a URI and a name; an entry URI and a list of one tag.
FILM_TEXT, DIARY_TEXT = 140, 200


def _caps() -> dict[str, int]:
    """The caps of the settings the child will run with (environment, .env, defaults)."""
    from config import settings

    return {
        "bytes": settings.UPLOAD_MAX_BYTES,
        "uncompressed": settings.UPLOAD_MAX_UNCOMPRESSED_BYTES,
        "text": settings.UPLOAD_MAX_TEXT_BYTES,
        "rows": settings.UPLOAD_MAX_ROWS,
        "films": settings.UPLOAD_MAX_FILMS,
    }


def _emoji_rows(text_bytes: int) -> int:
    """How many emoji reviews keep just under `text_bytes` of text (four bytes a character)."""
    return int(text_bytes * 0.97) // (4 * len(LONG_EMOJI_REVIEW) + 100)


def rows_and_text(path: Path, caps: dict[str, int], with_text: bool) -> int:
    """The most films the film cap allows, diary rows (each a viewing) up to the row cap, and,
    `with_text`, emoji reviews up to the cap on kept text: the most objects and text one
    upload can make."""
    n_films = caps["films"] - 10
    kept = n_films * FILM_TEXT
    n_reviews = 0
    if with_text:
        n_reviews = _emoji_rows(caps["text"] - kept - caps["rows"] * DIARY_TEXT)
    n_diary = caps["rows"] - n_films - n_reviews - 10

    def watched() -> Iterable[str]:
        rows = (
            ["2024-01-01", f"Film {i}", str(1900 + i % 120), f"https://boxd.it/f{i}"]
            for i in range(n_films)
        )
        return csv_lines(WATCHED_HEADER, rows)

    def diary() -> Iterable[str]:
        def rows():
            for i in range(n_diary):
                j = i % n_films
                day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
                name, year = f"Film {j}", str(1900 + j % 120)
                yield [day, name, year, f"https://boxd.it/e{i}", "3.5", "", "cinema", day]

        return csv_lines(DIARY_HEADER, rows())

    members: dict[str, Callable[[], Iterable[str]]] = {"watched.csv": watched, "diary.csv": diary}
    if n_reviews:
        members["reviews.csv"] = lambda: repeated_reviews(n_reviews, LONG_EMOJI_REVIEW)
    with path.open("wb") as out:
        return write_export_zip(out, members)


def build(name: str, path: Path, caps: dict[str, int]) -> int:
    if name == "10,000 films":
        files = generate_export(n_films=10_000, n_diary=14_000, seed=1)
        path.write_bytes(make_export_zip(files))
        return sum(len(data) for data in files.values())
    if name == "rows at the cap":
        return rows_and_text(path, caps, with_text=False)
    if name == "rows and text at the caps":
        return rows_and_text(path, caps, with_text=True)
    if name == "the same in a mail ZIP":
        inner = path.with_name("inner.zip")
        unzipped = rows_and_text(inner, caps, with_text=True)
        with zipfile.ZipFile(path, "w") as mail:
            mail.write(inner, "letterboxd-mallory-2026-01-01-00-00-utc.zip")
        inner.unlink()
        return unzipped
    with path.open("wb") as out:
        if name == "high-ratio reviews":
            # A little under the cap: the watched.csv and the header take a few bytes too.
            return high_ratio_reviews_zip(out, caps["uncompressed"] - 64 * 1024)
        if name == "high-ratio reviews + emoji":
            row = len(LONG_EMOJI_REVIEW.encode()) + 70
            return high_ratio_reviews_zip(out, _emoji_rows(caps["text"]) * row, LONG_EMOJI_REVIEW)
        if name == OLD_CASE:
            return high_ratio_reviews_zip(out, OLD_UNCOMPRESSED)
    raise ValueError(name)


def _status_kb() -> dict[str, int]:
    with open("/proc/self/status") as status:
        return {
            match.group(1): int(match.group(2))
            for match in re.finditer(r"^(VmRSS|VmHWM):\s+(\d+) kB", status.read(), re.M)
        }


def _reset_peak() -> bool:
    """Make VmHWM (the peak RSS) start again from the current RSS (Linux 4.0 and later)."""
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
    except OSError:
        return False
    return True


def measure(archive_path: str, name: str) -> dict:
    """Inside a child process whose DATABASE_URL is a fresh database."""
    import gc
    import resource

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command
    from django.test import Client

    settings.ALLOWED_HOSTS = ["*"]
    # One client posts every upload here; the per-client rate limit is not what is measured.
    settings.UPLOAD_RATE_PER_MINUTE = settings.UPLOAD_RATE_PER_HOUR = 0
    call_command("migrate", verbosity=0)
    client = Client()
    # The idle process is a server that has answered an upload: imports done, connection open.
    warm = make_export_zip(generate_export(n_films=50, n_diary=50, seed=2))
    assert client.post("/api/upload/", {"file": SimpleUploadedFile("w.zip", warm)}).status_code
    archive = Path(archive_path).read_bytes()
    del warm
    gc.collect()

    idle_kb = _status_kb()["VmRSS"]
    maxrss_before_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_reset = _reset_peak()
    started = time.perf_counter()
    response = client.post("/api/upload/", {"file": SimpleUploadedFile(name, archive)})
    elapsed = time.perf_counter() - started
    if peak_reset:
        peak_kb = _status_kb()["VmHWM"]
    else:
        # ru_maxrss is the peak of the process's whole life: growth past the idle peak only.
        peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, maxrss_before_kb)
        idle_kb = maxrss_before_kb
    body = response.json()
    return {
        "status": response.status_code,
        "films": body.get("total_movies"),
        "error": body.get("error"),
        "seconds": elapsed,
        "idle_mb": idle_kb / 1024,
        "growth_mb": (peak_kb - idle_kb) / 1024,
        "peak_measure": "VmHWM" if peak_reset else "ru_maxrss",
    }


CASES = (
    "high-ratio reviews",
    "high-ratio reviews + emoji",
    "10,000 films",
    "rows at the cap",
    "rows and text at the caps",
    "the same in a mail ZIP",
)
OLD_CASE = "the review's ZIP (300 MB)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run only the case whose name contains this")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--archive", help=argparse.SUPPRESS)
    parser.add_argument("--name", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(measure(args.archive, args.name)))
        return 0

    caps = _caps()
    print(
        "import memory bench: caps {bytes:,} bytes uploaded, {uncompressed:,} unzipped, "
        "{text:,} of text kept, {rows:,} rows, {films:,} films; floor {bound:.0f} MB".format(
            **caps, bound=MEMORY_BOUND_MB
        )
    )
    failed = False
    cases = [case for case in (*CASES, OLD_CASE) if not args.only or args.only in case]
    with tempfile.TemporaryDirectory(prefix="lbx-memory-") as tmp:
        for name in cases:
            path = Path(tmp) / "letterboxd-mallory-2026-01-01-00-00-utc.zip"
            uncompressed = build(name, path, caps)
            with fresh_database("sqlite") as url:
                result = run_child(__file__, ["--archive", str(path), "--name", path.name], url)
            if result is None:
                failed = True
                continue
            accepted = result["status"] == 201
            # Every accepted upload must stay under the floor; so must a refused one.
            over = result["growth_mb"] > MEMORY_BOUND_MB
            failed |= over or (name in CASES and not accepted)
            outcome = (
                f"{result['status']} {result['films']:,} films"
                if accepted
                else f"{result['status']} {result['error']!r}"
            )
            print(
                f"{name:<28} zip {path.stat().st_size / 1024:>7,.0f} KB, unzipped "
                f"{uncompressed / 2**20:>6.1f} MB (x{uncompressed / path.stat().st_size:,.0f}): "
                f"peak growth {result['growth_mb']:6.1f} MB = "
                f"{result['growth_mb'] / MEMORY_BOUND_MB:.2f}x the {MEMORY_BOUND_MB:.0f} MB "
                f"bound ({result['peak_measure']}, idle {result['idle_mb']:.0f} MB), "
                f"{result['seconds']:.2f} s; {outcome}"
            )
            path.unlink()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
