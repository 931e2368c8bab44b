"""What the database benchmarks share: run the measuring half in a child process per engine.

Each engine gets a fresh database (a SQLite file, a new PostgreSQL database) and a process of its
own, so one engine's imports, caches and memory never colour the other's figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.e2e.harness import fresh_database, postgres_missing  # noqa: E402


def run_child(script: str, child_args: list[str], database_url: str) -> dict | None:
    """Run `script --child …` against `database_url`; its last stdout line is a JSON result."""
    # One client uploading run after run is the benchmark, not a flood: no per-client limit.
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "UPLOAD_RATE_PER_MINUTE": "0",
        "UPLOAD_RATE_PER_HOUR": "0",
    }
    cmd = [sys.executable, script, "--child", *child_args]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        print(done.stderr[-3000:], file=sys.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def each_database(postgres: bool = True) -> Iterator[str]:
    """Yield a fresh database URL per engine: SQLite, then PostgreSQL when wanted and reachable."""
    with fresh_database("sqlite") as url:
        yield url
    if not postgres:
        return
    missing = postgres_missing()
    if missing:
        print(f"postgresql skipped: {missing}")
        return
    with fresh_database("postgresql") as url:
        yield url
