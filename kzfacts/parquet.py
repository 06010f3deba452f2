"""Records as one Parquet file, for pandas, DuckDB, Polars or Spark (``export --parquet``).

One row per record (figures, meetings and derived figures, as ``export --kind`` picks them) in
one fixed schema, whatever the records: the columns of ``export --csv`` in its order, typed.
``value`` and ``value_max`` are float64 (Parquet has no decimal of unbounded scale that every
reader takes; a double holds every amount news states), ``start`` and ``end`` int64,
``participants`` and ``derived_from`` lists of strings, the rest strings (null where a record
has no such field). Written in row groups as the records come, so memory stays flat, to a
temporary file renamed into place.

Needs pyarrow, the optional extra ``kzfacts[parquet]``; nothing else of kzfacts imports it.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from pathlib import Path

from .records import Derived, Figure, Meeting, Record
from .writing import _replacing

EXTRA = "parquet"  # pip install 'kzfacts[parquet]'
ROW_GROUP = 50_000  # records per row group: a few MB in memory at most

COLUMNS: tuple[str, ...] = tuple(dict.fromkeys((*Figure.FIELDS, *Meeting.FIELDS, *Derived.FIELDS)))
_FLOAT = {"value", "value_max"}
_INT = {"start", "end"}
_LIST = {"participants", "derived_from"}


def available() -> bool:
    """Whether pyarrow can be imported (the extra is installed)."""
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def schema():
    """The Parquet schema of records: the same columns for any mix of them."""
    import pyarrow as pa

    def kind(column: str):
        if column in _FLOAT:
            return pa.float64()
        if column in _INT:
            return pa.int64()
        if column in _LIST:
            return pa.list_(pa.string())
        return pa.string()

    return pa.schema([pa.field(c, kind(c)) for c in COLUMNS])


def _columns(records: list[Record]) -> dict[str, list]:
    rows = [r.to_row() for r in records]
    out: dict[str, list] = {}
    for c in COLUMNS:
        cells = [row.get(c) for row in rows]
        if c in _FLOAT:
            cells = [None if v is None else float(v) for v in cells]
        out[c] = cells
    return out


def write_parquet(path: Path, records: Iterable[Record]) -> int:
    """Write ``records`` to the Parquet file ``path`` (atomically); how many were written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    sch = schema()
    records = iter(records)
    written = 0
    # closed (footer written) before the temporary file is renamed into place; no records
    # still give a file with the schema, so a reader finds its columns
    with _replacing(Path(path)) as tmp, pq.ParquetWriter(tmp, sch) as writer:
        while chunk := list(islice(records, ROW_GROUP)):
            writer.write_table(pa.table(_columns(chunk), schema=sch))
            written += len(chunk)
    return written
