"""From what the member uploaded (the export ZIP, or some of its CSV files) to the export files
in it, each known by its kind and encoding and read later as a stream; uploads we cannot use
are refused."""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from typing import BinaryIO

from .archive import ZIP_MAGIC, UnzipBudget, read_export_members
from .decoding import describe_bytes, detect_encoding, open_text
from .errors import ExportError, ExportTooLarge
from .kinds import (
    LIST,
    LIST_FILE,
    WATCH_KINDS,
    WATCHLIST,
    Kind,
    is_unused_export_name,
    kind_of_upload_name,
    kinds_of_header,
    split_member_path,
)
from .limits import Limits, format_size
from .sources import CHUNK_SIZE, FileSource, Source
from .tables import read_header
from .warning_log import WarningLog

_NOT_AN_EXPORT = (
    "Upload the ZIP from letterboxd.com → Settings → Data → Export your data, "
    "or its CSV files such as watched.csv."
)
# Enough of a file to say what it looks like when it is not what it is named.
_MAGIC_SIZE = 16


@dataclass
class ExportFile:
    kind: Kind
    source: Source
    codec: str
    origin: str  # where it came from, to name both sides when a file turns up twice

    def open_text(self) -> io.TextIOWrapper:
        return open_text(self.source, self.codec)


def collect_export_files(
    files: list[tuple[str, BinaryIO]],
    limits: Limits,
    log: WarningLog,
    closing: contextlib.ExitStack,
    lists: list[tuple[str, Source]] | None = None,
) -> dict[Kind, ExportFile]:
    """The export files uploaded, by kind; ZIPs they came in stay open in `closing`. The
    member's list files in a ZIP are appended to `lists` (label, file), unread."""
    if not files:
        raise ExportError(f"No file was uploaded. {_NOT_AN_EXPORT}")
    if len(files) > limits.max_files:
        raise ExportError(
            f"{len(files)} files were uploaded; upload at most {limits.max_files} at once. "
            "The export ZIP alone is enough."
        )
    uploads = [(filename, FileSource(file)) for filename, file in files]
    if sum(source.size() for _, source in uploads) > limits.max_upload_bytes:
        raise ExportTooLarge(
            f"The upload is larger than {format_size(limits.max_upload_bytes)}, more than we "
            "accept. A Letterboxd export ZIP is far smaller: upload that."
        )

    found: dict[Kind, ExportFile] = {}
    budget = UnzipBudget(limits.max_uncompressed_bytes)
    saw_zip = False
    for filename, source in uploads:
        name = base_name(filename)
        label = display_name(name)
        if source.is_blank():
            raise ExportError(f"{label} is empty.")
        head = source.head(_MAGIC_SIZE)
        if head.startswith(ZIP_MAGIC):
            saw_zip = True
            for member in read_export_members(label, source.file, budget, closing):
                # Inside a ZIP an empty file is just an empty list, not a mistake to report.
                if member.source.is_blank():
                    continue
                if member.kind is LIST:
                    if lists is not None:
                        lists.append((split_member_path(member.path)[-1], member.source))
                    continue
                path = member.kind.filename
                codec = detect_encoding(path, member.source, log)
                header = _header(path, member.source, codec)
                kind = _kind_by_columns(path, member.kind, header, log)
                if kind is not None:
                    origin = f"{label}: {member.path}"
                    _add(found, ExportFile(kind, member.source, codec, origin))
        elif name.lower().endswith(".zip"):
            raise ExportError(f"{label} is not a ZIP file{describe_bytes(head)}. {_NOT_AN_EXPORT}")
        elif name.lower().endswith(".csv"):
            loose = _read_loose_csv(name, label, source, log)
            if loose is not None:
                _add(found, loose)
        else:
            raise ExportError(
                f"{label} is not a Letterboxd export file{describe_bytes(head)}. {_NOT_AN_EXPORT}"
            )

    if not WATCH_KINDS.intersection(found):
        if found:
            only = " and ".join(kind.filename for kind in found)
            nothing = "it has only a watchlist" if WATCHLIST in found else f"it has only {only}"
            raise ExportError(
                f"There is nothing watched in this upload: {nothing}. Upload the whole export "
                "ZIP, or its watched.csv, once you have marked films as watched on Letterboxd."
            )
        where = "in the ZIP" if saw_zip else "in the upload"
        raise ExportError(f"No Letterboxd export files were found {where}. {_NOT_AN_EXPORT}")
    return found


def _read_loose_csv(name: str, label: str, source: Source, log: WarningLog) -> ExportFile | None:
    kind = kind_of_upload_name(name)
    # Decoding first: binary renamed .csv is refused as such, whatever its name.
    codec = detect_encoding(kind.filename if kind else label, source, log)
    if kind is None and is_unused_export_name(name):
        log.note(label, f"{label} is not used for stats and was skipped.")
        return None
    kind = _kind_by_columns(label, kind, _header(label, source, codec), log)
    return ExportFile(kind, source, codec, label) if kind is not None else None


def _header(label: str, source: Source, codec: str) -> list[str]:
    with open_text(source, codec) as text:
        return read_header(label, text)


def _kind_by_columns(
    label: str, named: Kind | None, header: list[str], log: WarningLog
) -> Kind | None:
    """The file's kind: the one its name says when its columns fit it, else the one its
    columns fit when only one does; None for a Letterboxd list, which is skipped."""
    fits = kinds_of_header(header)
    if fits == LIST_FILE:
        log.note(label, f"{label} is a Letterboxd list, which stats do not use; it was skipped.")
        return None
    if named is not None:
        if named in fits or len(fits) != 1:
            # When its columns fit no other kind either, open_table names the missing column.
            return named
        (actual,) = fits
        log.note(
            label,
            f"{label} is named like {named.filename} but has the columns of "
            f"{actual.filename}; it was read as {actual.filename}.",
        )
        return actual
    if len(fits) > 1:
        # watched.csv, watchlist.csv and likes/films.csv have the same columns: which of them
        # a file is decides whether its films count as watched, so it is never guessed.
        raise ExportError(
            f"We could not tell which Letterboxd file {label} is: watched.csv, watchlist.csv and "
            "likes/films.csv have the same columns. Upload it named watched.csv, "
            "or upload the whole export ZIP."
        )
    if not fits:
        raise ExportError(
            f"{label} does not look like a file from the Letterboxd export. Upload the ZIP "
            "from letterboxd.com → Settings → Data → Export your data, or its watched.csv."
        )
    return fits[0]


def _add(found: dict[Kind, ExportFile], export_file: ExportFile) -> None:
    earlier = found.get(export_file.kind)
    if earlier is None:
        found[export_file.kind] = export_file
    elif not _same_text(earlier, export_file):
        raise ExportError(
            f"{export_file.kind.filename} was uploaded twice with different contents "
            f"({earlier.origin} and {export_file.origin}). Upload one Letterboxd export at a time."
        )
    # Else the same file twice, such as the ZIP together with its own CSVs: it is read once.


def _same_text(a: ExportFile, b: ExportFile) -> bool:
    """Whether two files read as the same text, compared a chunk at a time."""
    with a.open_text() as text_a, b.open_text() as text_b:
        while True:
            chunk = text_a.read(CHUNK_SIZE)
            if chunk != text_b.read(CHUNK_SIZE):
                return False
            if not chunk:
                return True


def base_name(filename: str) -> str:
    """The uploaded file's own name, without any folders a client sent; never used as a path."""
    parts = split_member_path(filename)
    return parts[-1].strip() if parts else ""


def display_name(name: str) -> str:
    """A file name short enough for a message."""
    if not name:
        return "The uploaded file"
    return name if len(name) <= 80 else f"{name[:60]}…{name[-19:]}"
