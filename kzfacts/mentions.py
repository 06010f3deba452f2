"""Mentions: one person named in a text (where, the name kzfacts writes, the country), and the
set of spans already taken by names, which a new name may not overlap."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """One person named in the text: where, the name kzfacts writes, and their country."""

    start: int
    end: int
    name: str  # as the text names them: surname, or a Chinese name whole
    country: str | None
    how: str  # "alias", "title", "office"
    key: str = ""  # who they are: people.toml key, else the name

    @property
    def who(self) -> str:
        return self.key or self.name


class Spans:
    """Spans that do not overlap, kept sorted: whether a new one overlaps any is one bisection
    (a scan of all of them grew with the square of the names in name-dense text)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    @classmethod
    def of(cls, mentions: list[Mention]) -> Spans:
        out = cls()
        for m in mentions:
            if out.free(m.start, m.end):
                out.add(m.start, m.end)
        return out

    def free(self, s: int, e: int) -> bool:
        i = bisect_right(self.starts, s)
        return not ((i and self.ends[i - 1] > s) or (i < len(self.starts) and self.starts[i] < e))

    def add(self, s: int, e: int) -> None:
        i = bisect_right(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)
