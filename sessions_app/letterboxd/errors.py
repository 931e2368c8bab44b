"""Errors raised for uploads we cannot use. Their message is shown to the member as is."""

from __future__ import annotations


class ExportError(Exception):
    """The upload cannot be used; ``message`` is one clear sentence for the member."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ExportTooLarge(ExportError):
    """The upload is over a size or row cap (the view answers 413)."""
