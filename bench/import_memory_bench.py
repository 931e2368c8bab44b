"""Import memory benchmark: peak memory of one upload, each in a fresh process.

Builds the uploads that cost the most memory per byte sent, each just under every upload cap
of the current settings, and POSTs each to /api/upload/ (Django's test client) in a process of
its own on a fresh SQLite file, printing the peak RSS growth over the idle process against the
floor (≤ 200 MB):

- high-ratio reviews: a small ZIP of many rows of one long review repeated, so it inflates
  several hundred times over (the ZIP that took ~1.5 GB to read when members were read whole);
- the same with an emoji in each review, which makes Python keep each review at 4 bytes a
  character rather than 1: the widest text an upload can decode to;
- the 10,000-film, 14,000-diary export of bench/import_bench.py;
- rows at the cap: as many films as the film cap allows, then diary rows up to the row cap.

Also the original high-ratio ZIP (300 MB of reviews, the old uncompressed cap): refused, but
only after the bytes up to the cap have been read, so its memory counts too.

    .venv/bin/python bench/import_memory_bench.py [--only NAME]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from child import run_child  # noqa: E402

from tests.e2e.harness import fresh_database  # noqa: E402

MEMORY_BOUND_MB = 200.0
# The uncompressed size the high-ratio ZIP was first built against, before the cap came down.
OLD_UNCOMPRESSED_CAP = 300 * 1024 * 1024
PREFIX = "letterboxd-mallory-2026-01-01-00-00-utc/"
REVIEWS_HEADER = [
    "Date",
    "Name",
    "Year",
    "Letterboxd URI",
    "Rating",
    "Rewatch",
    "Review",
    "Tags",
    "Watched Date",
]
WATCHED_HEADER = ["Date", "Name", "Year", "Letterboxd URI"]
DIARY_HEADER = [
    "Date",
    "Name",
    "Year",
    "Letterboxd URI",
    "Rating",
    "Rewatch",
    "Tags",
    "Watched Date",
]
# A short unit repeated: deflate turns it into a few bits per 258 bytes (a ratio over 400).
SENTENCE = "Wow! "


def _caps() -> dict[str, int]:
    """The caps of the settings the child will run with (environment, .env, defaults)."""
    sys.path.insert(0, str(ROOT))
    from config import settings

    return {
        "bytes": settings.UPLOAD_MAX_BYTES,
        "uncompressed": settings.UPLOAD_MAX_UNCOMPRESSED_BYTES,
        "rows": settings.UPLOAD_MAX_ROWS,
        "films": getattr(settings, "UPLOAD_MAX_FILMS", 50_000),
    }


def _write_zip(path: Path, members: dict[str, Callable[[], Iterator[list[str]]]]) -> int:
    """Write each member's rows straight into the ZIP, so building never holds a whole file.
    Returns the uncompressed size."""
    total = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, rows in members.items():
            with archive.open(PREFIX + name, "w", force_zip64=True) as raw:
                text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
                csv.writer(text, lineterminator="\n").writerows(rows())
                text.flush()
                text.detach()
            total += archive.getinfo(PREFIX + name).file_size
    return total


def high_ratio_reviews(path: Path, caps: dict[str, int], uncompressed: int, emoji: bool) -> int:
    """Films reviewed at length: each review the same ~20,000 characters (with CRLFs inside,
    as real reviews have), the rows filling `uncompressed` bytes but no cap."""
    review = "\r\n".join([SENTENCE * 576] * 7)
    if emoji:
        review += " 🎬"
    row_bytes = len(review.encode()) + 120
    # A little under the cap: the watched.csv and the headers take a few bytes too.
    n_rows = min((uncompressed - 64 * 1024) // row_bytes, caps["rows"] // 2 - 10)
    n_films = min(n_rows, caps["films"] - 10)

    def watched() -> Iterator[list[str]]:
        yield WATCHED_HEADER
        for i in range(n_films):
            yield ["2024-01-01", f"Film {i}", "2001", f"https://boxd.it/f{i}"]

    def reviews() -> Iterator[list[str]]:
        yield REVIEWS_HEADER
        for i in range(n_rows):
            day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
            name = f"Film {i % n_films}"
            yield [day, name, "2001", f"https://boxd.it/r{i}", "4", "", review, "", day]

    return _write_zip(path, {"watched.csv": watched, "reviews.csv": reviews})


def heavy_member(path: Path, caps: dict[str, int]) -> int:
    sys.path.insert(0, str(ROOT))
    from sessions_app.tests.export_factory import generate_export, make_export_zip

    files = generate_export(n_films=10_000, n_diary=14_000, seed=1)
    path.write_bytes(make_export_zip(files))
    return sum(len(data) for data in files.values())


def rows_at_the_cap(path: Path, caps: dict[str, int]) -> int:
    """The most films the film cap allows, then diary rows (each a viewing) up to the row cap:
    the most objects an upload can make."""
    n_films = caps["films"] - 10
    n_diary = caps["rows"] - n_films - 10

    def watched() -> Iterator[list[str]]:
        yield WATCHED_HEADER
        for i in range(n_films):
            yield ["2024-01-01", f"Film {i}", str(1900 + i % 120), f"https://boxd.it/f{i}"]

    def diary() -> Iterator[list[str]]:
        yield DIARY_HEADER
        for i in range(n_diary):
            j = i % n_films
            day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
            name, year = f"Film {j}", str(1900 + j % 120)
            yield [day, name, year, f"https://boxd.it/e{i}", "3.5", "", "cinema", day]

    return _write_zip(path, {"watched.csv": watched, "diary.csv": diary})


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

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command
    from django.test import Client

    from sessions_app.tests.export_factory import generate_export, make_export_zip

    settings.ALLOWED_HOSTS = ["*"]
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


CASES = ("high-ratio reviews", "high-ratio reviews + emoji", "10,000 films", "rows at the cap")
OLD_CASE = "old high-ratio ZIP (300 MB)"


def build(name: str, path: Path, caps: dict[str, int]) -> int:
    if name == "high-ratio reviews":
        return high_ratio_reviews(path, caps, caps["uncompressed"], emoji=False)
    if name == "high-ratio reviews + emoji":
        return high_ratio_reviews(path, caps, caps["uncompressed"], emoji=True)
    if name == "10,000 films":
        return heavy_member(path, caps)
    if name == "rows at the cap":
        return rows_at_the_cap(path, caps)
    if name == OLD_CASE:
        return high_ratio_reviews(path, caps, OLD_UNCOMPRESSED_CAP, emoji=False)
    raise ValueError(name)


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
        "{rows:,} rows, {films:,} films; floor {bound:.0f} MB".format(**caps, bound=MEMORY_BOUND_MB)
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
