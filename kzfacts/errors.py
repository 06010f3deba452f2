"""The library's exceptions. Each message names the file and the problem; the library never prints."""

from __future__ import annotations


class KzfactsError(Exception):
    """Base of every error kzfacts raises on purpose."""


class CorpusError(KzfactsError):
    """An input file (or one line of it) could not be read as articles.

    ``path`` and ``reason`` are kept apart, so the CLI can print ``skipped PATH: REASON``;
    ``line`` is the line of a JSON Lines file, when the problem is one line.
    """

    def __init__(self, path: object, reason: str, line: int | None = None) -> None:
        self.path, self.reason, self.line = str(path), reason, line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {reason}")


class DataFileError(KzfactsError):
    """A data file in kzfacts/data is missing or malformed (a programmer error)."""
