"""Prometheus metrics of uploads, counted where they happen (see the README's "Watching it run")."""

from __future__ import annotations

from prometheus_client import Histogram

KIB = 1024
MIB = 1024 * KIB

# A Letterboxd export is a few hundred KiB zipped; the buckets reach past the default cap.
UPLOAD_BYTES = Histogram(
    "letterboxd_upload_bytes",
    "Size of the files of each upload read, in bytes.",
    buckets=(
        16 * KIB,
        64 * KIB,
        256 * KIB,
        MIB,
        4 * MIB,
        16 * MIB,
        64 * MIB,
    ),
)
UPLOAD_FILMS = Histogram(
    "letterboxd_upload_films",
    "Films of each accepted upload.",
    buckets=(10, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 25_000, 50_000),
)
