"""Machine formats of records: JSON Lines, JSON, CSV (spreadsheet-safe).

No table library here: ``kzfacts export --jsonl`` writes without loading rich.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator

from .records import Conflict, Derived, Event, Fact, Figure, Meeting, Record

def _columns(records: list[Record]) -> list[str]:
    cols: list[str] = []
    for cls in (Figure, Meeting, Derived, Fact, Event, Conflict):
        if any(isinstance(r, cls) for r in records):
            cols += [c for c in cls.FIELDS if c not in cols]
    return cols or list(Figure.FIELDS)


def jsonl_lines(records: Iterable[Record]) -> Iterator[str]:
    for r in records:
        yield json.dumps(r.to_row(), ensure_ascii=False) + "\n"


# A cell a spreadsheet would take for a formula, and a number it would read as one (kept as is)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralised(cell: object) -> object:
    """A text cell that begins like a formula (``=HYPERLINK(...)``, ``+``, ``-``, ``@``, a tab
    or carriage return), with a ``'`` put in front, as OWASP advises for CSV: a spreadsheet
    then shows it as text instead of running it. Numbers, and text that is a number, stay."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def csv_text(records: list[Record], columns: list[str] | None = None, *, formulas: bool = False) -> str:
    """A CSV with one header and one row per record; participants joined with "; ".
    Cells that would run as spreadsheet formulas are neutralised (see ``neutralised``)
    unless ``formulas`` is true."""
    buf = io.StringIO()
    cols = columns or _columns(records)
    writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for r in records:
        row = r.to_row()
        row = {k: ("; ".join(map(str, v)) if isinstance(v, list) else v) for k, v in row.items()}
        if not formulas:
            row = {k: neutralised(v) for k, v in row.items()}
        writer.writerow(row)
    return buf.getvalue()


def json_text(records: Iterable[Record]) -> str:
    return json.dumps([r.to_row() for r in records], ensure_ascii=False, indent=2) + "\n"
