"""From what the member uploaded (the export ZIP, or some of its CSV files) to one decoded text
per export file, refusing uploads we cannot use."""

from __future__ import annotations

from dataclasses import dataclass

from .archive import ZIP_MAGIC, UnzipBudget, read_export_members
from .decoding import decode_csv, describe_bytes
from .errors import ExportError, ExportTooLarge
from .kinds import (
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
from .tables import read_header
from .warning_log import WarningLog

_NOT_AN_EXPORT = (
    "Upload the ZIP from letterboxd.com → Settings → Data → Export your data, "
    "or its CSV files such as watched.csv."
)


@dataclass
class ExportFile:
    kind: Kind
    text: str
    source: str  # where it came from, to name both sides when a file turns up twice


def collect_export_files(
    files: list[tuple[str, bytes]], limits: Limits, log: WarningLog
) -> dict[Kind, ExportFile]:
    if not files:
        raise ExportError(f"No file was uploaded. {_NOT_AN_EXPORT}")
    if len(files) > limits.max_files:
        raise ExportError(
            f"{len(files)} files were uploaded; upload at most {limits.max_files} at once. "
            "The export ZIP alone is enough."
        )
    if sum(len(content) for _, content in files) > limits.max_upload_bytes:
        raise ExportTooLarge(
            f"The upload is larger than {format_size(limits.max_upload_bytes)}, more than we "
            "accept. A Letterboxd export ZIP is far smaller: upload that."
        )

    found: dict[Kind, ExportFile] = {}
    budget = UnzipBudget(limits.max_uncompressed_bytes)
    saw_zip = False
    for filename, content in files:
        name = base_name(filename)
        label = display_name(name)
        if not content or content.isspace():
            raise ExportError(f"{label} is empty.")
        if content.startswith(ZIP_MAGIC):
            saw_zip = True
            for member in read_export_members(label, content, budget):
                # Inside a ZIP an empty file is just an empty list, not a mistake to report.
                if member.data and not member.data.isspace():
                    text = decode_csv(member.kind.filename, member.data, log)
                    kind = _kind_by_columns(member.kind.filename, member.kind, text, log)
                    if kind is not None:
                        _add(found, ExportFile(kind, text, f"{label}: {member.path}"))
        elif name.lower().endswith(".zip"):
            raise ExportError(
                f"{label} is not a ZIP file{describe_bytes(content)}. {_NOT_AN_EXPORT}"
            )
        elif name.lower().endswith(".csv"):
            loose = _read_loose_csv(name, label, content, log)
            if loose is not None:
                _add(found, loose)
        else:
            raise ExportError(
                f"{label} is not a Letterboxd export file{describe_bytes(content)}. "
                f"{_NOT_AN_EXPORT}"
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


def _read_loose_csv(name: str, label: str, content: bytes, log: WarningLog) -> ExportFile | None:
    kind = kind_of_upload_name(name)
    # Decoding first: binary renamed .csv is refused as such, whatever its name.
    text = decode_csv(kind.filename if kind else label, content, log)
    if kind is None and is_unused_export_name(name):
        log.note(label, f"{label} is not used for stats and was skipped.")
        return None
    kind = _kind_by_columns(label, kind, text, log)
    return ExportFile(kind, text, label) if kind is not None else None


def _kind_by_columns(label: str, named: Kind | None, text: str, log: WarningLog) -> Kind | None:
    """The file's kind: the one its name says when its columns fit it, else the one its
    columns fit when only one does; None for a Letterboxd list, which is skipped."""
    fits = kinds_of_header(read_header(text))
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
    elif earlier.text != export_file.text:
        raise ExportError(
            f"{export_file.kind.filename} was uploaded twice with different contents "
            f"({earlier.source} and {export_file.source}). Upload one Letterboxd export at a time."
        )
    # Else the same file twice, such as the ZIP together with its own CSVs: it is read once.


def base_name(filename: str) -> str:
    """The uploaded file's own name, without any folders a client sent; never used as a path."""
    parts = split_member_path(filename)
    return parts[-1].strip() if parts else ""


def display_name(name: str) -> str:
    """A file name short enough for a message."""
    if not name:
        return "The uploaded file"
    return name if len(name) <= 80 else f"{name[:60]}…{name[-19:]}"
