"""Export files read as streams, a chunk at a time, never whole.

An upload is read in several passes: telling its encoding, its kind by its header, the form of
its dates, then its rows. Each pass opens the file again from its start rather than keeping
what an earlier pass read, so memory does not grow with the file; for a ZIP member that means
inflating it again, which costs far less time than holding it would cost memory.
"""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from typing import BinaryIO

CHUNK_SIZE = 256 * 1024
# What a look at a file's start reads: a real file shows it is not blank in its first bytes.
_GLANCE_SIZE = 4096


class Source(ABC):
    """A file that can be read from its start as often as a pass needs it."""

    def open(self, buffer_size: int = CHUNK_SIZE) -> io.BufferedReader:
        # A look at the start opens with a small buffer: a ZIP member is inflated as far as
        # the buffer, not as far as the look.
        return io.BufferedReader(self._raw(), buffer_size)

    def head(self, size: int) -> bytes:
        """The file's first `size` bytes (fewer when it is shorter)."""
        with self.open(size) as stream:
            return stream.read(size)

    def is_blank(self) -> bool:
        """Empty or only whitespace."""
        with self.open(_GLANCE_SIZE) as stream:
            while chunk := stream.read(_GLANCE_SIZE):
                if not chunk.isspace():
                    return False
        return True

    @abstractmethod
    def _raw(self) -> io.RawIOBase: ...


class FileSource(Source):
    """An uploaded file: a seekable binary file (Django keeps an upload in memory or in a
    temporary file; a test passes BytesIO)."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file

    def size(self) -> int:
        self.file.seek(0, io.SEEK_END)
        return self.file.tell()

    def _raw(self) -> io.RawIOBase:
        return _FileReader(self.file)


class _FileReader(io.RawIOBase):
    """Reads a shared file from its own position, so two readers of one file (an abandoned
    pass, a comparison) never move each other; closing it leaves the file open."""

    def __init__(self, file: BinaryIO) -> None:
        self._file = file
        self._position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        self._file.seek(self._position)
        data = self._file.read(len(buffer))
        size = len(data)
        buffer[:size] = data
        self._position += size
        return size
