"""Collects the problems met while parsing and turns them into one sentence per kind of problem.

A bad export can have thousands of bad cells; the member needs "312 dates in diary.csv were ...",
not 312 lines.
"""

from __future__ import annotations

# problem -> (singular, plural); {n} is the count, {file} the export file, {example} the first case.
_SENTENCES: dict[str, tuple[str, str]] = {
    "rating": (
        "{n} rating in {file} was not valid (must be 0.5–5) and was left out.",
        "{n} ratings in {file} were not valid (must be 0.5–5) and were left out.",
    ),
    "date": (
        "{n} date in {file} was not a real date in YYYY-MM-DD form and was left out.",
        "{n} dates in {file} were not real dates in YYYY-MM-DD form and were left out.",
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


class WarningLog:
    def __init__(self) -> None:
        # (problem, file) -> [count, first example]; dict order keeps the order problems were met.
        self._counts: dict[tuple[str, str], list] = {}

    def count(self, problem: str, file: str, example: str = "") -> None:
        entry = self._counts.get((problem, file))
        if entry is None:
            self._counts[(problem, file)] = [1, example]
        else:
            entry[0] += 1

    def note(self, sentence: str) -> None:
        """A one-off sentence (an encoding fallback, a skipped file); repeated notes show once."""
        self._counts.setdefault(("note", sentence), [1, ""])

    def sentences(self) -> list[str]:
        out = []
        for (problem, file), (n, example) in self._counts.items():
            if problem == "note":
                out.append(file)
                continue
            singular, plural = _SENTENCES[problem]
            out.append(
                (singular if n == 1 else plural).format(n=f"{n:,}", file=file, example=example)
            )
        return out
