"""Loading TMDB's daily ID export into the title index (`TmdbTitle`), and swapping it in.

A load streams the file (a path or an http(s) URL; gzipped or not) a batch of lines at a time:
its memory does not grow with the file. Its rows go into a generation of their own, beside the
index in use, which matching keeps reading; only once every line is in does one UPDATE of the
pointer row (`TmdbTitleIndex`) swap the new generation in, and the old one is deleted after.
A load that fails or is killed leaves the index in use as it was (its rows are deleted, or the
next load deletes them). Loading the same file twice gives the same index: safe to run again.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import itertools
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

import requests
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from urllib3.exceptions import HTTPError as StreamError

from enrichment.id_export import ExportTally, read_export, title_hash
from enrichment.models import TmdbTitle, TmdbTitleIndex
from movies.bulk_sql import insert_rows

logger = logging.getLogger(__name__)

BATCH = 10_000  # rows a statement; each batch commits, so workers can write in between
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0
_GZIP_MAGIC = b"\x1f\x8b"


class IndexLoadError(Exception):
    """The export could not be read, or held no film: the index in use stays."""


@dataclass
class IndexLoad:
    source: str
    generation: int
    tally: ExportTally
    seconds: float
    swapped: bool  # False: a newer load swapped its index in first; this one was dropped
    dropped_rows: int = 0  # rows of older generations deleted

    def __str__(self) -> str:
        t = self.tally
        outcome = (
            f"title index generation {self.generation} in use"
            if self.swapped
            else "a newer index was loaded meanwhile; this one was dropped"
        )
        return (
            f"{t.entries} films indexed from {t.lines} lines ({t.adult} adult, "
            f"{t.unreadable} unreadable, {t.untitled} without a title left out) in "
            f"{self.seconds:.1f} s: {outcome}"
        )


@contextlib.contextmanager
def open_export(source: str) -> Iterator[BinaryIO]:
    """The export's bytes, decompressed when gzipped, as a stream: a path or an http(s) URL."""
    with contextlib.ExitStack() as stack:
        if source.startswith(("http://", "https://")):
            try:
                response = stack.enter_context(
                    requests.get(source, stream=True, timeout=(CONNECT_TIMEOUT, READ_TIMEOUT))
                )
                response.raise_for_status()
            except requests.RequestException as exc:
                raise IndexLoadError(f"cannot download {source}: {exc}") from exc
            # Decompressed here, whatever the server's headers say of the body. Left open at
            # its end, so that reading past it is the end of the file, not an error.
            response.raw.auto_close = False
            raw: BinaryIO = io.BufferedReader(response.raw)  # type: ignore[arg-type]
        else:
            try:
                raw = stack.enter_context(open(source, "rb"))
            except OSError as exc:
                raise IndexLoadError(f"cannot open {source}: {exc}") from exc
        if raw.peek(2)[:2] == _GZIP_MAGIC:
            raw = stack.enter_context(gzip.GzipFile(fileobj=raw))  # type: ignore[assignment]
        yield raw


def _claim_generation() -> int:
    with transaction.atomic():
        TmdbTitleIndex.objects.get_or_create(pk=TmdbTitleIndex.ONE)
        TmdbTitleIndex.objects.filter(pk=TmdbTitleIndex.ONE).update(
            next_generation=F("next_generation") + 1
        )
        pointer = TmdbTitleIndex.objects.get(pk=TmdbTitleIndex.ONE)
    return pointer.next_generation - 1


def _swap_in(generation: int, source: str, entries: int) -> bool:
    """Make `generation` the index in use, unless a newer load already is; one UPDATE."""
    return bool(
        TmdbTitleIndex.objects.filter(pk=TmdbTitleIndex.ONE, generation__lt=generation).update(
            generation=generation,
            source=source[:500],
            entries=entries,
            loaded_at=timezone.now(),
        )
    )


def load_title_index(source: str, *, batch: int = BATCH) -> IndexLoad:
    """Load an export file or URL into a new generation and swap it in; raises IndexLoadError
    (the index in use stays) when it cannot be read or holds no film."""
    started = time.monotonic()
    generation = _claim_generation()
    tally = ExportTally()
    columns = ("generation", "title_hash", "tmdb_id", "popularity")
    try:
        with open_export(source) as stream:
            entries = read_export(stream, tally)
            while rows := [
                (generation, title_hash(e.normalised_title), e.tmdb_id, e.popularity)
                for e in itertools.islice(entries, batch)
            ]:
                # In key order, a batch's rows land in neighbouring pages of the B-tree; in
                # one transaction, SQLite does not commit row by row.
                rows.sort()
                with transaction.atomic():
                    insert_rows(TmdbTitle, columns, rows)
        if not tally.entries:
            raise IndexLoadError(f"{source} holds no film ({tally.lines} lines read)")
    except (OSError, EOFError, requests.RequestException, StreamError) as exc:
        TmdbTitle.objects.filter(generation=generation).delete()
        raise IndexLoadError(f"cannot read {source}: {exc}") from exc
    except BaseException:
        TmdbTitle.objects.filter(generation=generation).delete()
        raise
    swapped = _swap_in(generation, source, tally.entries)
    # Whatever is not in use now goes: the previous day's rows, a killed load's, or this
    # load's own when a newer one swapped in first.
    in_use = TmdbTitleIndex.objects.get(pk=TmdbTitleIndex.ONE).generation
    dropped, _ = TmdbTitle.objects.filter(generation__lt=in_use).delete()
    if not swapped:
        TmdbTitle.objects.filter(generation=generation).delete()
    report = IndexLoad(
        source, generation, tally, time.monotonic() - started, swapped, dropped_rows=dropped
    )
    logger.info("TMDB title index: %s", report)
    return report


def index_in_use() -> TmdbTitleIndex | None:
    """The pointer row, when an index was ever loaded."""
    return TmdbTitleIndex.objects.filter(pk=TmdbTitleIndex.ONE, generation__gt=0).first()
