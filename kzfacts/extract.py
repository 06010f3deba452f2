"""The library's entry point: text (and what is known of it) -> records."""

from __future__ import annotations

import datetime as dt
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from contextlib import contextmanager
from pathlib import Path

from .corpus import bundled_dir, make_document, read_paths
from .errors import CorpusError
from .figures import extract_figures
from .furniture import blank_related_lists
from .meetings import extract_meetings
from .records import Document, Figure, Meeting, Skipped
from .sentences import sentences


# Ordinary news reads at about 0.3 MB/s; a document may take ten seconds plus 15 s a megabyte
# (five times that) before it counts as hopeless: text dense with names can grow faster than
# its length, and one such document must not hold the whole run past every timeout.
BUDGET_SECONDS = 10.0
BUDGET_PER_CHAR = 15e-6


def time_budget(text: str) -> float:
    """Seconds the extraction of ``text`` may take before the document is skipped."""
    return BUDGET_SECONDS + BUDGET_PER_CHAR * len(text)


class _OverBudget(BaseException):
    """Raised by the timer inside the extraction; a BaseException, so no ``except Exception``
    on the way swallows it."""


@contextmanager
def _budget(seconds: float) -> Iterator[None]:
    """Raise _OverBudget after ``seconds``, where a timer signal can be had (the main thread
    of a POSIX process, with no other timer running); elsewhere, no budget."""
    if (not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread()
            or signal.getitimer(signal.ITIMER_REAL)[0]):
        yield
        return

    expired = False

    def late(signum, frame):
        nonlocal expired
        expired = True
        raise _OverBudget

    def unraisable(info: sys.UnraisableHookArgs) -> None:
        if not isinstance(info.exc_value, _OverBudget):
            hook(info)  # (ours, swallowed in a callback, is raised below: no traceback on stderr)

    old, hook = signal.signal(signal.SIGALRM, late), sys.unraisablehook
    sys.unraisablehook = unraisable
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        sys.unraisablehook = hook
    if expired:
        # the timer fired where its exception was swallowed (a garbage collector's callback, a
        # finalizer): the document is over its budget all the same
        raise _OverBudget


def extract_document(doc: Document) -> list[Figure | Meeting]:
    """Every record of one document: figures then meetings, each in text order.

    Raises CorpusError naming the document only when a pattern runs out of time on it
    (``rules.match_timeout``) or the whole takes longer than ``time_budget``: text no article
    holds, reported rather than left to hang.
    """
    budget = time_budget(doc.text)
    original = doc.text
    # the rules read typographic hyphens as "-" ("Kassym‑Jomart" with a non-breaking hyphen is one
    # name), and lists of other stories' headlines as blanks, one character for one, so offsets
    # stay; quotes and sentences keep the text as written
    if (folded := blank_related_lists(original.translate(_HYPHENS))) != original:
        doc = replace(doc, text=folded)
    try:
        with _budget(budget):
            sents = sentences(doc.text)
            records: list[Figure | Meeting] = list(extract_figures(doc, sents))
            records += extract_meetings(doc, sents)
    except TimeoutError:
        raise CorpusError(doc.path or doc.id, f"{doc.id}: matching timed out; "
                                              "the text is too pathological to read") from None
    except _OverBudget:
        raise CorpusError(doc.path or doc.id, f"{doc.id}: took longer than {budget:.3g} s, the time "
                                              "an article of its size may take; not read") from None
    if doc.text is not original:
        records = [replace(r, quote=original[r.source.start:r.source.end] if r.quote == folded[r.source.start:r.source.end]
                           else r.quote, source=replace(r.source, text=original)) for r in records]
    return records


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})  # hyphen, non-breaking hyphen


def extract(text: str, published: dt.date | str | None = None, doc: str | None = None,
            *, title: str | None = None, url: str | None = None) -> list[Figure | Meeting]:
    """Records of one article's text: a pure function of (text, metadata).

    ``published`` is the article's date (a date or "YYYY-MM-DD"); when None it is read off the
    text itself. ``doc`` is the id records carry (default "doc").
    """
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    document = make_document(text, doc or "doc", title=title, published=published, url=url)
    return extract_document(document)


def extract_paths(paths: Iterable[Path | str] | None = None, *, jobs: int = 1,
                  note: Callable[[str], None] | None = None,
                  keep: Callable[[Iterator[Document | Skipped]], Iterator[Document | Skipped]] | None = None,
                  ) -> Iterator[tuple[Document, list[Figure | Meeting]] | Skipped]:
    """For each article under ``paths`` (default: the bundled corpus), in order: the document
    with its records, or a Skipped saying why it could not be read. Streams: one at a time.

    ``jobs``: worker processes (0: one per processor); the output is the same for any number.
    ``note``: told of what was read other than asked (a document id taken twice).
    ``keep``: filters what was read before it is extracted (an archive passes unchanged ones).
    """
    items = read_paths(list(paths) if paths else [bundled_dir()], note=note)
    if keep is not None:
        items = keep(items)
    if jobs != 1:
        from .parallel import extract_parallel, resolve_jobs

        asked, jobs = jobs, resolve_jobs(jobs)
        if asked > jobs and note is not None:
            note(f"{asked} worker processes asked for, {jobs} processors here: using {jobs}")
        if jobs > 1:
            yield from extract_parallel(items, jobs, note)
            return
    for item in items:
        yield item if isinstance(item, Skipped) else extract_one(item)


def extract_one(doc: Document) -> tuple[Document, list[Figure | Meeting]] | Skipped:
    """The document with its records, or a Skipped when extraction gave up on it."""
    try:
        return doc, extract_document(doc)
    except CorpusError as exc:
        return Skipped(exc.path, exc.reason, exc.line)
