"""Extraction in worker processes, in the order ``--jobs 1`` gives, with bounded memory.

``extract.extract_paths(paths, jobs=N)`` comes here when N is not 1. The parent reads the
articles (cheap, and every rule of reading stays in one place: manifests, skips, standard input)
and hands the documents to workers in batches; at most a few batches per worker are in flight,
so a slow reader of the output holds back the workers instead of piling up results, and results
are yielded in the order read. Workers are forked where the platform allows, after the rules
are compiled, so they start warm.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from itertools import chain

from .records import Document, Figure, Meeting, Skipped

# A task is a batch of documents sized by their text, not by their number: 3 KB files and
# 300 KB ones cost a hand-off alike, so a count either starves workers or buries them in
# hand-offs. A batch holds up to CHUNK characters (half a second of work), less when the whole
# input is small: a quarter of each worker's share, so that the last batches end together.
CHUNK = 256_000
MIN_CHUNK = 8_000
IN_FLIGHT = 3  # batches queued per worker: enough to keep it busy, few enough to bound memory

Item = tuple[Document, list[Figure | Meeting]] | Skipped


def cpu_count() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def resolve_jobs(jobs: int) -> int:
    """``--jobs``: 0 is every processor; otherwise the number given (at least 1), but never
    more than the processors: more workers than those only cost memory and forks."""
    return cpu_count() if jobs == 0 else max(1, min(jobs, cpu_count()))


def _extract_batch(docs: list[Document]) -> list[list[Figure | Meeting] | Skipped]:
    from .extract import extract_one

    out: list[list[Figure | Meeting] | Skipped] = []
    for doc in docs:
        got = extract_one(doc)
        out.append(got if isinstance(got, Skipped) else got[1])
    return out


def _joined(docs: list[Document], future: Future) -> Iterator[Item]:
    """The documents of a batch with what the worker made of each (records, or a Skipped);
    the parent keeps its own documents, so only records cross back."""
    for doc, got in zip(docs, future.result()):
        yield got if isinstance(got, Skipped) else (doc, got)


def _warm_up() -> None:
    """Compile the rules in the parent, so that forked workers inherit them."""
    from .extract import extract

    extract("ASTANA, March 28, 2023 (Xinhua) -- President Kassym-Jomart Tokayev met Chinese "
            "President Xi Jinping in Astana on Tuesday and held talks. In the first half of 2023 "
            "trade grew 12% to $14.5 billion, according to the ministry; 52 joint projects worth "
            "3 trillion tenge, ten times more than in 2019 - 2020.", published="2023-03-28")


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _worker_init(parent: int) -> None:
    """In each worker: die with the parent, however it ends (Linux tells us through prctl;
    elsewhere the parent terminates its workers on its way out), and leave Ctrl-C to it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        import ctypes

        with suppress(OSError, AttributeError):
            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before prctl took hold
        os._exit(1)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the pool now: queued batches cancelled, running workers terminated."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public way to reach them
    for process in processes:
        with suppress(Exception):
            process.terminate()
    for process in processes:
        with suppress(Exception):
            process.join(timeout=5)
    # with its workers gone the pool's own thread ends at once; waiting for it here keeps it
    # from writing to a closed pipe at interpreter exit
    with suppress(Exception):
        pool.shutdown(wait=True, cancel_futures=True)


def extract_parallel(items: Iterable[Document | Skipped], jobs: int,
                     note: Callable[[str], None] | None = None) -> Iterator[Item]:
    """For each Document (or Skipped) of ``items``, in order: the document with its records,
    or a Skipped; the extraction runs in up to ``jobs`` worker processes (no more than there
    are batches of text: a few short articles need none). When no worker can be started (a
    process limit), the extraction runs here instead, with a note."""
    items = iter(items)
    head: list[Document | Skipped] = []  # read ahead: a full queue for every worker, or all
    size = 0
    for item in items:
        head.append(item)
        size += len(item.text) if isinstance(item, Document) else 0
        if size >= jobs * IN_FLIGHT * CHUNK:
            break
    else:  # all of it: batches of a quarter of a worker's share
        chunk = max(MIN_CHUNK, min(CHUNK, size // (4 * jobs)))
        if size <= chunk or sum(isinstance(i, Document) for i in head) < 2:
            yield from _serial(head)
            return
        jobs = min(jobs, -(-size // chunk))
        yield from _pool(chain(head, items), jobs, chunk, note)
        return
    yield from _pool(chain(head, items), jobs, CHUNK, note)


def _pool(items: Iterator[Document | Skipped], jobs: int, chunk: int,
          note: Callable[[str], None] | None) -> Iterator[Item]:
    _warm_up()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(),
                               initializer=_worker_init, initargs=(os.getpid(),))
    try:
        try:
            pool.submit(int).result()  # starts the workers: a process limit shows here, not later
        except (OSError, BrokenProcessPool) as exc:  # noqa: PERF203
            _stop(pool)
            if note is not None:
                note(f"cannot start worker processes ({exc}); extracting in this one")
            yield from _serial(items)
            return
        yield from _pooled(pool, items, jobs, chunk)
    except BaseException:  # a signal, Ctrl-C, an error, or the reader stopped early
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _serial(items: Iterable[Document | Skipped]) -> Iterator[Item]:
    from .extract import extract_one

    for item in items:
        yield item if isinstance(item, Skipped) else extract_one(item)


def _pooled(pool: ProcessPoolExecutor, items: Iterable[Document | Skipped], jobs: int,
            chunk: int) -> Iterator[Item]:
    pending: deque[tuple[list[Document], Future] | Skipped] = deque()
    limit = jobs * IN_FLIGHT
    in_flight = 0

    def submit(batch: list[Document]) -> None:
        nonlocal in_flight
        pending.append((batch, pool.submit(_extract_batch, batch)))
        in_flight += 1

    def drain(keep: int) -> Iterator[Item]:
        nonlocal in_flight
        while pending and (in_flight > keep or isinstance(pending[0], Skipped)):
            head = pending.popleft()
            if isinstance(head, Skipped):
                yield head
            else:
                in_flight -= 1
                yield from _joined(*head)

    batch: list[Document] = []
    size = 0
    for item in items:
        if isinstance(item, Skipped):
            if batch:
                submit(batch)
                batch, size = [], 0
            pending.append(item)
        else:
            batch.append(item)
            size += len(item.text)
            if size >= chunk:
                submit(batch)
                batch, size = [], 0
        yield from drain(limit)
    if batch:
        submit(batch)
    yield from drain(-1)
