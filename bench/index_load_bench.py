"""Loading a 1,000,000-line TMDB ID export into the title index: time and peak memory.

Writes an export the size of TMDB's (the fake catalogue's films, then made-up films no export
names, a third of their titles not ASCII, a few adult or videos: `fake_tmdb.exports`), then runs
`manage.py load_tmdb_ids FILE` in a process of its own on a fresh database, twice: the first
load, and the next day's, which replaces a full index. Prints each load's wall time and the
process's peak memory (its whole RSS, Django included) against the floors (≤ 60 s, ≤ 300 MB),
then the index's size on disk and what one lookup costs.

    .venv/bin/python bench/index_load_bench.py [--lines 1000000] [--postgres]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from child import each_database  # noqa: E402

from fake_tmdb.catalogue import load  # noqa: E402
from fake_tmdb.exports import write_export  # noqa: E402

MAX_SECONDS = 60.0
MAX_PEAK_MB = 300.0

LOOKUPS = """
import time, django
django.setup()
from django.db import connection
from enrichment.id_export import read_export
from enrichment.models import TmdbTitle
from fake_tmdb.exports import unlisted_line
titles = [e.normalised_title for e in read_export(unlisted_line(n * 997) for n in range(1000))]
started = time.perf_counter()
for title in titles:
    assert TmdbTitle.objects.candidates(title)
print((time.perf_counter() - started) / len(titles) * 1000)
if connection.vendor == "postgresql":
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_total_relation_size('enrichment_tmdbtitle')")
        print(cursor.fetchone()[0])
"""


def env_for(database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "LOG_LEVEL": "WARNING",
    }


def timed_load(path: Path, database_url: str) -> tuple[float, float, float, str]:
    """(seconds, peak RSS in MB, CPU seconds, what the command said) of one load in a process
    of its own."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "manage.py", "load_tmdb_ids", str(path)],
            cwd=ROOT,
            env=env_for(database_url),
            stdout=out,
            stderr=err,
        )
        # wait4: the peak RSS of this process's whole life, as the kernel counted it (in KB).
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise SystemExit(f"load_tmdb_ids failed:\n{err.read()[-2000:]}")
        cpu = usage.ru_utime + usage.ru_stime
        return seconds, usage.ru_maxrss / 1024, cpu, out.read().strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL too, when reachable")
    args = parser.parse_args()

    catalogue = load()
    ok = True
    with tempfile.TemporaryDirectory(prefix="lbx-ids-") as tmp:
        path = Path(tmp) / "movie_ids_12_01_2026.json.gz"
        started = time.monotonic()
        lines = write_export(path, catalogue, extra=args.lines - len(catalogue.films))
        size_mb = path.stat().st_size / 1024 / 1024
        print(
            f"export: {lines:,} lines ({len(catalogue.films)} catalogue films), "
            f"{size_mb:.1f} MB gzipped, written in {time.monotonic() - started:.1f} s"
        )
        for database_url in each_database(postgres=args.postgres):
            engine = "postgresql" if database_url.startswith("postgres") else "sqlite"
            subprocess.run(
                [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
                cwd=ROOT,
                env=env_for(database_url),
                check=True,
                capture_output=True,
            )
            for label in ("first load", "next day's load, replacing it"):
                seconds, peak_mb, cpu, said = timed_load(path, database_url)
                ok &= seconds <= MAX_SECONDS and peak_mb <= MAX_PEAK_MB
                print(
                    f"{engine} {label}: {seconds:.1f} s (floor {MAX_SECONDS:.0f} s: "
                    f"{seconds / MAX_SECONDS:.2f}x), peak memory {peak_mb:.0f} MB "
                    f"(floor {MAX_PEAK_MB:.0f} MB: {peak_mb / MAX_PEAK_MB:.2f}x); "
                    f"{cpu:.1f} s of CPU, load average {os.getloadavg()[0]:.1f} on "
                    f"{os.cpu_count()} CPUs"
                )
                print(f"  {said}")
            measured = subprocess.run(
                [sys.executable, "-c", LOOKUPS],
                cwd=ROOT,
                env=env_for(database_url),
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            if engine == "sqlite":
                db_file = Path(database_url.removeprefix("sqlite:///"))
                size = db_file.stat().st_size
            else:
                size = int(measured[1])
            print(
                f"{engine} index on disk: {size / 1024 / 1024:.0f} MB (whole database"
                f"{'' if engine == 'sqlite' else ': the table and its index'}); "
                f"one lookup {float(measured[0]):.2f} ms"
            )
    print("within the floors" if ok else "OUTSIDE the floors")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
