"""Collects the problems met while parsing and turns them into one warning per kind of problem.

A bad export can have thousands of bad cells; the member needs "312 dates in diary.csv were ...",
not 312 lines. Each warning still says where the problem first occurred, so a member (or the API)
can open the file at that line.
"""

from __future__ import annotations

from dataclasses import dataclass

from .results import ExportWarning

# problem -> (singular, plural); {n} is the count, {file} the export file, {example} the first case.
_SENTENCES: dict[str, tuple[str, str]] = {
    "rating": (
        "{n} rating in {file} was not valid (must be 0.5–5) and was left out.",
        "{n} ratings in {file} were not valid (must be 0.5–5) and were left out.",
    ),
    # {example} is the form the file's dates were read in, the same for a whole file.
    "date": (
        "{n} date in {file} was not a real date in {example} form and was left out.",
        "{n} dates in {file} were not real dates in {example} form and were left out.",
    ),
    "year": (
        "{n} year in {file} was not a valid year and was left out.",
        "{n} years in {file} were not valid years and were left out.",
    ),
    "name": (
        "{n} row in {file} had no film name and was skipped.",
        "{n} rows in {file} had no film name and were skipped.",
    ),
    "rewatch": (
        "{n} Rewatch value in {file} was neither Yes nor No and was read as No.",
        "{n} Rewatch values in {file} were neither Yes nor No and were read as No.",
    ),
    "ambiguous": (
        "{n} entry in {file} could belong to more than one film with the same name and year"
        " (such as {example}); it was attached to the likelier film.",
        "{n} entries in {file} could belong to more than one film with the same name and year"
        " (such as {example}); each was attached to the likelier film.",
    ),
}


@dataclass(slots=True)
class _Tally:
    count: int
    line: int | None  # where it first occurred
    example: str


class WarningLog:
    def __init__(self) -> None:
        # (problem, file) -> tally; dict order keeps the order problems were met. A note's key
        # is ("note", sentence) so that the same note given twice shows once.
        self._tallies: dict[tuple[str, str], _Tally] = {}
        self._files: dict[tuple[str, str], str] = {}  # a note's key -> its file
        self.total = 0  # every problem met, before aggregation

    def count(self, problem: str, file: str, line: int | None = None, example: str = "") -> None:
        self.total += 1
        tally = self._tallies.get((problem, file))
        if tally is None:
            self._tallies[(problem, file)] = _Tally(1, line, example)
        else:
            tally.count += 1

    def note(self, file: str, sentence: str, line: int | None = None) -> None:
        """A one-off sentence (an encoding fallback, a skipped file); repeated notes show once."""
        self.total += 1
        key = ("note", sentence)
        if key not in self._tallies:
            self._tallies[key] = _Tally(1, line, "")
            self._files[key] = file

    def warnings(self) -> list[ExportWarning]:
        out = []
        for key, tally in self._tallies.items():
            problem, file_or_sentence = key
            if problem == "note":
                out.append(ExportWarning(self._files[key], tally.line, file_or_sentence))
                continue
            singular, plural = _SENTENCES[problem]
            sentence = (singular if tally.count == 1 else plural).format(
                n=f"{tally.count:,}", file=file_or_sentence, example=tally.example
            )
            out.append(ExportWarning(file_or_sentence, tally.line, sentence))
        return out
