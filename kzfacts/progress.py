"""A progress line on stderr for long runs: files done, MB read, MB/s, skipped.

Shown only where stderr is a terminal (never into a pipe or a file, never under ``--quiet``),
and only once a run has gone on for ``SHOW_AFTER`` seconds, so quick commands print nothing
more. It wraps the stream of extracted items and redraws at most ``EVERY`` seconds apart: the
loop pays a clock read and a few additions per document. It disappears when the run ends;
lines written to stderr meanwhile (skipped files, notes) appear above it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .records import Document, Skipped

SHOW_AFTER = 1.0  # seconds of work before the line appears
EVERY = 0.1  # seconds between redraws at most (ten a second)

_showing: list[Tracker] = []  # the tracker whose line is on screen, if any


def wanted(quiet: bool = False, stream: Any = None) -> bool:
    """Whether to show progress: not quiet, and ``stream`` (stderr) a terminal that can redraw
    a line (not TERM=dumb). Rich's own test (FORCE_COLOR counts) is not used: a pipe stays a pipe."""
    stream = sys.stderr if stream is None else stream
    if quiet or os.environ.get("TERM") == "dumb":
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or closed
        return False


class Tracker:
    """Counts what passes through ``track`` and, past ``show_after`` seconds, shows it."""

    def __init__(self, console: Any = None, *, show_after: float | None = None,
                 every: float | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.console = console  # a rich Console; None: stderr's
        self.show_after = SHOW_AFTER if show_after is None else show_after
        self.every = EVERY if every is None else every
        self.clock = clock
        self.files = 0
        self.chars = 0
        self.skipped = 0
        self._progress = None
        self._task = None

    def line(self, elapsed: float) -> str:
        """ "1,204 files, 9.8 MB, 0.41 MB/s, 2 skipped, 0:24" (MB of text read)."""
        mb = self.chars / 1e6
        rate = mb / elapsed if elapsed > 0 else 0.0
        text = f"{self.files:,} file{'s' * (self.files != 1)}, {mb:.1f} MB, {rate:.2f} MB/s"
        if self.skipped:
            text += f", {self.skipped:,} skipped"
        minutes, seconds = divmod(int(elapsed), 60)
        return text + f", {minutes}:{seconds:02d}"

    def track(self, items: Iterable[Any]) -> Iterator[Any]:
        """``items`` (documents with their records, or Skipped) unchanged, counted on the way."""
        start = self.clock()
        due = start + self.show_after
        try:
            for item in items:
                if isinstance(item, Skipped):
                    self.skipped += 1
                else:
                    doc = item[0] if isinstance(item, tuple) else item
                    self.files += 1
                    self.chars += len(doc.text) if isinstance(doc, Document) else 0
                now = self.clock()
                if now >= due:
                    self._show(now - start)
                    due = now + self.every
                yield item
        finally:
            self.stop()

    def _show(self, elapsed: float) -> None:
        if self._progress is None:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn

            console = self.console or Console(stderr=True)
            # stdout stays ours (it may be the data); stderr lines go above the progress line
            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}", markup=False),
                                      console=console, auto_refresh=False, transient=True,
                                      redirect_stdout=False, redirect_stderr=True)
            self._task = self._progress.add_task(self.line(elapsed), total=None)
            self._progress.start()  # draws the line
            _showing.append(self)
            return
        self._progress.update(self._task, description=self.line(elapsed))
        self._progress.refresh()

    def stop(self) -> None:
        """Remove the line (when shown); safe to call twice."""
        if self._progress is not None:
            progress, self._progress = self._progress, None
            if self in _showing:
                _showing.remove(self)
            progress.stop()


def above(line: str) -> bool:
    """Print ``line`` above the progress line when one is shown (True), else nothing (False):
    written past rich's back, a line would land at the end of the progress line."""
    if not _showing or _showing[-1]._progress is None:
        return False
    from rich.text import Text

    _showing[-1]._progress.console.print(Text(line), soft_wrap=True)
    return True


def track(items: Iterable[Any], *, quiet: bool = False) -> Iterable[Any]:
    """``items`` with a progress line on stderr when ``wanted``; else ``items`` itself."""
    return Tracker().track(items) if wanted(quiet) else items
