"""Writing outputs: atomically, only over regular files, with the umask's mode; and text made
safe for a terminal. The renderers decide what to write; this module decides how."""

from __future__ import annotations

import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

TABLES = ("documents", "facts", "events", "figures", "meetings", "meeting_participants",
          "conflicts", "conflict_values")  # what --sqlite writes
META = "kzfacts"  # the table that marks an archive (see archive.py): the version that wrote it

# What a terminal would act on rather than show: C0 and C1 controls (ESC starts "clear the
# screen", CSI is ESC's one-byte twin), DEL, and the bidirectional overrides that reorder a
# line. Line breaks are kept where a cell holds several lines; nothing else is.
_UNPRINTABLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str, *, newlines: bool = True) -> str:
    """``text`` with what a terminal or an SVG would act on removed (a tab becomes a space);
    ``newlines=False`` writes a line break as ``\\n`` too, for text that must stay one line."""
    if not newlines and "\n" in text:
        text = text.replace("\n", "\\n")
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: " " if m.group() == "\t" else "", text)


def unwritable(path: Path, *, database: bool = False) -> str | None:
    """Why ``path`` must not be replaced by an output, or None when it may: only a regular
    file (or none yet) is replaced; a device, FIFO, folder or symlink is left alone. With
    ``database``, an existing file must also be a SQLite database of ours (or empty): an
    archive (it has the table ``kzfacts``), or one written before archives, holding only
    tables kzfacts writes."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot look at it: {exc.strerror or exc}"
    if stat.S_ISLNK(st.st_mode):
        return "it is a symlink; give the file it points to"
    if not stat.S_ISREG(st.st_mode):
        return "it is not a regular file (a device, FIFO or folder), so it is not replaced"
    if database and st.st_size:
        return _not_ours(Path(path))
    return None


def _not_ours(path: Path) -> str | None:
    import sqlite3

    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            return "it is not a SQLite database, so it is not replaced"
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            db.close()
    except sqlite3.Error as exc:
        return f"it is not a database we can read ({exc}), so it is not replaced"
    if META in names:
        return None  # an archive: updated in place, and tables a user added to it are kept
    if not names <= set(TABLES):
        return (f"it holds tables kzfacts does not write ({', '.join(sorted(names - set(TABLES)))}), "
                "so it is not replaced")
    return None


def _file_mode() -> int:
    """The mode a new file gets under the process's umask (read without a race where we can)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def _replacing(path: Path) -> Iterator[str]:
    """A temporary file beside ``path``, renamed into place when the block ends well and removed
    when it does not: an interrupted run leaves the old file or none, never half of one. The
    file gets the mode the umask gives a new file, as any program's output would."""
    path = Path(path)
    if (why := unwritable(path)) is not None:
        raise OSError(f"{path}: {why}")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        os.fchmod(fd, _file_mode()) if hasattr(os, "fchmod") else None
        os.close(fd)
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def write_atomic(path: Path, chunks: Iterable[str]) -> None:
    """Write ``chunks`` to ``path`` atomically (see ``_replacing``)."""
    with _replacing(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        for chunk in chunks:
            fh.write(chunk)


def write_stream(out: IO[str], chunks: Iterable[str]) -> None:
    """Write ``chunks`` to ``out``; to a terminal, without what the terminal would act on."""
    tty = out.isatty() if hasattr(out, "isatty") else False
    for chunk in chunks:
        out.write(printable(chunk) if tty else chunk)


