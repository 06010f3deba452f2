"""Renderers: Rich tables, and CSV, JSON, JSONL writers. They take records, never text rules."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO

from rich import box
from rich.table import Table
from rich.text import Text

from .records import Figure, Meeting, Record

_SCALES = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "mn"))
_SYMBOLS = {"USD": "$", "EUR": "€", "CNY": "¥", "KZT": "₸", "RUB": "₽"}


def human_value(fig: Figure) -> str:
    """ "$24.0 bn", "34 %", "52", "2,710 trains", "$2.0-3.0 bn"."""

    def one(v: Decimal) -> str:
        if fig.unit == "percent":
            return f"{v.normalize():f}"
        if fig.unit in _SYMBOLS or len(fig.unit) == 3 and fig.unit.isupper():
            for size, word in _SCALES:
                if abs(v) >= size:
                    return f"{(v / size):,.1f}"
            return f"{v:,.0f}"
        return f"{v.normalize():,f}"

    def scale_word(v: Decimal) -> str:
        for size, word in _SCALES:
            if abs(v) >= size:
                return f" {word}"
        return ""

    body = one(fig.value) + (f"-{one(fig.value_max)}" if fig.value_max is not None else "")
    if fig.unit == "percent":
        return f"{body} %"
    if fig.unit in _SYMBOLS:
        return f"{_SYMBOLS[fig.unit]}{body}{scale_word(fig.value)}"
    if len(fig.unit) == 3 and fig.unit.isupper():
        return f"{body}{scale_word(fig.value)} {fig.unit}"
    if fig.unit == "count":
        return body
    return f"{body} {fig.unit}"


def figures_table(figures: Iterable[Figure], title: str | None = None) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("doc", style="cyan", no_wrap=True, max_width=16, overflow="ellipsis")
    for name, style in (("metric", "magenta"), ("value", "bold green"), ("qualifier", ""),
                        ("period", ""), ("status", "")):
        table.add_column(name, style=style or None, no_wrap=True)
    table.add_column("quote", style="dim", min_width=20, ratio=1)
    for f in figures:
        table.add_row(
            Text(f.doc), Text(str(f.metric)), Text(human_value(f)), Text(str(f.qualifier or "")),
            Text(f.period or ""), Text(str(f.status)), Text(f.quote),
        )
    return table


def meetings_table(meetings: Iterable[Meeting], title: str | None = None) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("date", style="bold", no_wrap=True)
    table.add_column("kind", style="magenta", no_wrap=True)
    table.add_column("participants", style="green")
    table.add_column("location")
    table.add_column("doc", style="cyan", no_wrap=True, max_width=16, overflow="ellipsis")
    table.add_column("quote", style="dim", min_width=20, ratio=1)
    for m in meetings:
        date = m.date or ""
        if m.date_source == "published" and date:
            date += " (published)"
        table.add_row(Text(date), Text(str(m.kind)), Text(", ".join(m.participants)),
                      Text(m.location or ""), Text(m.doc), Text(m.quote))
    return table


# --- machine formats ------------------------------------------------------------------------


def _columns(records: list[Record]) -> list[str]:
    cols: list[str] = []
    for cls in (Figure, Meeting):
        if any(isinstance(r, cls) for r in records):
            cols += [c for c in cls.FIELDS if c not in cols]
    return cols or list(Figure.FIELDS)


def jsonl_lines(records: Iterable[Record]) -> Iterator[str]:
    for r in records:
        yield json.dumps(r.to_row(), ensure_ascii=False) + "\n"


def csv_text(records: list[Record], columns: list[str] | None = None) -> str:
    """A CSV with one header and one row per record; participants joined with "; "."""
    buf = io.StringIO()
    cols = columns or _columns(records)
    writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for r in records:
        row = r.to_row()
        row = {k: ("; ".join(v) if isinstance(v, list) else v) for k, v in row.items()}
        writer.writerow(row)
    return buf.getvalue()


def json_text(records: Iterable[Record]) -> str:
    return json.dumps([r.to_row() for r in records], ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: Path, chunks: Iterable[str]) -> None:
    """Write to a temporary file beside ``path`` and rename it into place: an interrupted run
    leaves the old file or none, never half of one."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            for chunk in chunks:
                fh.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_stream(out: IO[str], chunks: Iterable[str]) -> None:
    for chunk in chunks:
        out.write(chunk)
