"""Extraction over a Dask bag, for corpora too large for one machine: ``pip install 'kzfacts[dask]'``.

``kzfacts.extract`` is a pure function of (text, metadata), so any engine can map it over
files. Here each file becomes its JSONL lines, exactly those ``kzfacts export --jsonl`` writes,
and the bag keeps the files' order: the partitions written in turn are the CLI's output.

    >>> from kzfacts.dask import jsonl_bag, write_jsonl
    >>> parts = write_jsonl(["news/"], "out/")      # out/000.jsonl, out/001.jsonl, ...
    >>> lines = jsonl_bag(["news/"]).take(5)       # or work on the bag itself

On a cluster, pass paths every worker can read (a shared or mounted file system) and create a
``distributed.Client`` first; ``scheduler="synchronous"`` or ``"threads"`` runs it locally.
Unreadable files give no lines here (the CLI reports them on stderr).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import dask
import dask.bag as db

from .corpus import article_files, bundled_dir, read_paths
from .extract import extract_one
from .merge_facts import with_derived
from .records import Skipped
from .formats import jsonl_lines

if TYPE_CHECKING:
    from dask.bag import Bag

PARTITION_FILES = 64  # files a partition: a fraction of a second of work each


def files_of(paths: Iterable[Path | str] | None = None) -> list[str]:
    """The article files under ``paths`` (default: the bundled corpus), in the CLI's order."""
    roots = [Path(p) for p in paths] if paths else [bundled_dir()]
    return [str(item[0]) for item in article_files(roots) if not isinstance(item, Skipped)]


def file_lines(path: str) -> list[str]:
    """The JSONL lines (without their newline) of the articles of one file, derived figures
    after the stated ones as in ``kzfacts export``; none for what cannot be read."""
    lines = []
    for doc in read_paths([path]):
        got = doc if isinstance(doc, Skipped) else extract_one(doc)
        if not isinstance(got, Skipped):
            lines += [line[:-1] for line in jsonl_lines(with_derived(got[1]))]
    return lines


def jsonl_bag(paths: Iterable[Path | str] | None = None, *, partition_files: int = PARTITION_FILES) -> Bag:
    """A bag of the JSONL lines of every article under ``paths``, in file order."""
    files = files_of(paths)
    return db.from_sequence(files, partition_size=partition_files).map(file_lines).flatten()


def write_jsonl(paths: Iterable[Path | str] | None, folder: Path | str, *,
                partition_files: int = PARTITION_FILES, scheduler: str | None = None) -> list[str]:
    """Write the records as JSONL, one file per partition (``000.jsonl``, ...) in ``folder``;
    returns their paths in order. ``scheduler``: a Dask scheduler name, or the current one."""
    bag = jsonl_bag(paths, partition_files=partition_files)
    Path(folder).mkdir(parents=True, exist_ok=True)
    with dask.config.set(scheduler=scheduler) if scheduler else _nothing():
        return bag.to_textfiles(
            str(Path(folder) / "*.jsonl"), name_function=lambda i: f"{i:03d}",
            encoding="utf-8", last_endline=True,
        )


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
