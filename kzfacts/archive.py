"""An incremental SQLite archive of records: extract each article once, explore it many times.

``kzfacts export --sqlite kz.db PATHS`` on an existing archive adds new documents, re-extracts
those whose content (text and what is known of it) changed, re-extracts all after a kzfacts
version change, leaves unchanged ones untouched, and removes documents no longer named only
with ``prune``. Facts, events and conflicts are then rebuilt from the stored records (merge
never reads text), so a re-run over an unchanged archive costs a read and a hash per file.

Tables: ``documents`` (with each one's content ``hash``), ``figures`` (stated and derived,
told apart by ``type``), ``meetings`` with ``meeting_participants`` (one row per name),
``facts``, ``events``, ``conflicts``, ``conflict_values`` and ``kzfacts`` (the version and
schema that wrote it). Every table has a primary key and its references are foreign keys, and
the columns one filters by (doc, metric, period, date, name) are indexed, so Datasette offers
the joins and facets as they are. Tables a user adds to an archive are kept; an archive of an
older schema has kzfacts' own tables made anew (and every document extracted again). An existing archive is updated inside one transaction, so an interrupted run
leaves it as it was; a new file is written beside its place and renamed there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from decimal import Decimal
from pathlib import Path

from .merge import Merged, merge
from .merge_facts import derive
from .records import (
    Conflict, DateSource, Derived, Document, Event, Fact, Figure, Meeting, MeetingKind, Metric,
    Qualifier, Record, Scope, Skipped, Span, Status, plain,
)
from .writing import META, _replacing, unwritable

SCHEMA = "2"  # the layout of the tables; a change rebuilds kzfacts' tables and re-extracts all

_SQL_TYPES = {"value": "NUMERIC", "value_max": "NUMERIC", "value_min": "NUMERIC", "low": "NUMERIC",
              "high": "NUMERIC", "start": "INTEGER", "end": "INTEGER", "n_docs": "INTEGER",
              "derived": "INTEGER", "attributed": "INTEGER", "n_values": "INTEGER",
              "position": "INTEGER"}

DOC_COLS = ["id", "title", "published", "path", "url", "hash"]
FIG_COLS = ["key"] + [c for c in Derived.FIELDS if c != "derived_from"] + [
    "derived_from_a", "derived_from_b", "fact"]
MEET_COLS = ["key"] + list(Meeting.FIELDS) + ["event"]
PART_COLS = ["meeting_key", "position", "name"]
FACT_COLS = [c for c in Fact.FIELDS if c != "type"]
EVENT_COLS = [c for c in Event.FIELDS if c != "type"]
CONFLICT_COLS = ["id", "kind", "subject", "attributed", "n_values", "summary"]
SIDE_COLS = ["conflict", "position", "fact", "event", "value", "n_docs", "docs", "quote",
             "attribution", "derived"]

# name, columns, primary key (one column or several), references; in the order they are made
_TABLES: tuple[tuple[str, list[str], str | tuple[str, ...], dict[str, str]], ...] = (
    ("documents", DOC_COLS, "id", {}),
    ("facts", FACT_COLS, "id", {}),
    ("events", EVENT_COLS, "id", {}),
    ("figures", FIG_COLS, "key", {"doc": "documents(id)", "fact": "facts(id)",
                                  "derived_from_a": "figures(key)", "derived_from_b": "figures(key)"}),
    ("meetings", MEET_COLS, "key", {"doc": "documents(id)", "event": "events(id)"}),
    ("meeting_participants", PART_COLS, ("meeting_key", "position"),
     {"meeting_key": "meetings(key)"}),
    ("conflicts", CONFLICT_COLS, "id", {}),
    ("conflict_values", SIDE_COLS, ("conflict", "position"),
     {"conflict": "conflicts(id)", "fact": "facts(id)", "event": "events(id)"}),
)
# what one filters and facets by: (table, column)
_INDEXES = (("figures", "doc"), ("figures", "metric"), ("figures", "period"), ("meetings", "doc"),
            ("meetings", "date"), ("meeting_participants", "name"), ("facts", "metric"),
            ("facts", "period"), ("events", "date"), ("conflict_values", "fact"),
            ("conflict_values", "event"))


def version() -> str:
    from . import __version__

    return f"{__version__}+schema{SCHEMA}"


def _schema(db: sqlite3.Connection) -> str | None:
    """The schema the archive was written with (None before archives recorded it)."""
    got = db.execute(f'SELECT value FROM "{META}" WHERE key = ?', ("schema",)).fetchone()
    return got[0] if got else None


def digest(doc: Document) -> str:
    """The content hash of a document: its text, everything read with it, and the kzfacts
    version (so that records of an older version are re-extracted whenever the document is
    named again, also by a later run)."""
    head = json.dumps([version(), doc.id, doc.title, plain(doc.published), doc.path, doc.url],
                      ensure_ascii=False)
    return hashlib.blake2b((head + "\n" + doc.text).encode("utf-8", "surrogatepass"),
                           digest_size=16).hexdigest()


def _sql(v: object) -> object:
    if isinstance(v, list):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool):
        return int(v)
    return v


def _create(db: sqlite3.Connection, *, meta: bool = True) -> None:
    for name, columns, key, refs in _TABLES:
        cols = []
        for c in columns:
            decl = f'"{c}" {_SQL_TYPES.get(c, "TEXT")}'
            if c == key:
                decl += " PRIMARY KEY"
            if c in refs:
                decl += f" REFERENCES {refs[c]}"
            cols.append(decl)
        if isinstance(key, tuple):
            cols.append(f'PRIMARY KEY ({", ".join(key)})')
        db.execute(f'CREATE TABLE "{name}" ({", ".join(cols)})')
    for table, column in _INDEXES:
        db.execute(f'CREATE INDEX "{table}_{column}" ON "{table}" ("{column}")')
    if meta:
        db.execute(f'CREATE TABLE "{META}" (key TEXT PRIMARY KEY, value TEXT)')


def _recreate(db: sqlite3.Connection) -> None:
    """kzfacts' own tables made anew in the current schema; a user's tables are kept."""
    for name, *_ in reversed(_TABLES):
        db.execute(f'DROP TABLE IF EXISTS "{name}"')
    _create(db, meta=False)


def _insert(db: sqlite3.Connection, name: str, columns: list[str], rows: Iterable[dict]) -> None:
    marks = ", ".join("?" for _ in columns)
    names = ", ".join(f'"{c}"' for c in columns)
    db.executemany(f'INSERT INTO "{name}" ({names}) VALUES ({marks})',
                   ([_sql(r.get(c)) for c in columns] for r in rows))


def _figure_row(r: Figure | Derived) -> dict:
    row = r.to_row()
    source = list(row.pop("derived_from", None) or [None, None])
    return {**row, "key": r.key, "derived_from_a": source[0], "derived_from_b": source[1]}


def _conflict_values(conflicts: Iterable[Conflict]) -> Iterator[dict]:
    for c in conflicts:
        table = "fact" if c.kind == "value" else "event"
        for i, side in enumerate(c.sides, 1):
            yield {"conflict": c.id, "position": i, table: side.ref, "value": side.value,
                   "n_docs": len(side.docs), "docs": list(side.docs), "quote": side.quote,
                   "attribution": side.attribution, "derived": side.derived}


def _tables(db: sqlite3.Connection) -> set[str]:
    return {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


class Archive:
    """One run's update of an archive; use as a context manager around ``wanted``/``store``,
    then ``finish``. Leaving the block by an exception keeps the old archive as it was."""

    def __init__(self, path: Path, *, prune: bool = False) -> None:
        if (why := unwritable(path, database=True)) is not None:
            raise OSError(f"{path}: {why}")
        self.path, self.prune = Path(path), prune
        self._stack = ExitStack()
        self.known: dict[str, str] = {}  # doc id -> hash, of what the archive holds
        self.seen: set[str] = set()  # doc ids named by this run
        self.skipped_paths: set[str] = set()
        self.extracted = 0
        db = self._existing()
        if db is None:
            # new, empty or written before archives existed: built whole beside it, then renamed
            tmp = self._stack.enter_context(_replacing(self.path))
            db = sqlite3.connect(tmp, isolation_level=None)
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.execute("BEGIN")
            _create(db)
        self.db = db

    def _existing(self) -> sqlite3.Connection | None:
        """The archive at ``path`` opened in a transaction, when it is one of this version's."""
        if not self.path.exists() or not self.path.stat().st_size:
            return None
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            if META not in _tables(db):
                db.close()
                return None
            db.execute("BEGIN IMMEDIATE")
            if _schema(db) != SCHEMA:
                _recreate(db)  # an older layout: nothing of it is kept, so all is extracted
            # a hash of another version differs from every hash this version makes
            self.known = dict(db.execute("SELECT id, hash FROM documents"))
            return db
        except BaseException:
            db.close()
            raise

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, kind, exc, tb) -> None:
        try:
            if kind is not None and self.db.in_transaction:
                self.db.rollback()
            self.db.close()
        finally:
            self._stack.__exit__(kind, exc, tb)

    def wanted(self, items: Iterable[Document | Skipped]) -> Iterator[Document | Skipped]:
        """The documents to extract: new ones and changed ones (every Skipped passes too)."""
        for item in items:
            if isinstance(item, Skipped):
                self.skipped_paths.add(str(item.path))
                yield item
                continue
            self.seen.add(item.id)
            if self.known.get(item.id) != digest(item):
                yield item

    def store(self, doc: Document, records: list[Figure | Meeting]) -> None:
        """Replace what the archive holds of ``doc`` by ``records`` (and the derived ones)."""
        self.extracted += 1
        self._delete([doc.id])
        db = self.db
        _insert(db, "documents", DOC_COLS, [{
            "id": doc.id, "title": doc.title, "published": plain(doc.published), "path": doc.path,
            "url": doc.url, "hash": digest(doc)}])
        figs: list[Figure | Derived] = [r for r in records if isinstance(r, Figure)]
        figs += derive(records)
        _insert(db, "figures", FIG_COLS, map(_figure_row, figs))
        meets = [m for m in records if isinstance(m, Meeting)]
        _insert(db, "meetings", MEET_COLS, ({**m.to_row(), "key": m.key} for m in meets))
        _insert(db, "meeting_participants", PART_COLS,
                ({"meeting_key": m.key, "position": i, "name": name}
                 for m in meets for i, name in enumerate(m.participants, 1)))

    def _delete(self, ids: list[str]) -> None:
        self.db.executemany('DELETE FROM meeting_participants WHERE meeting_key IN '
                            '(SELECT key FROM meetings WHERE doc = ?)', ((i,) for i in ids))
        for table, column in (("figures", "doc"), ("meetings", "doc"), ("documents", "id")):
            self.db.executemany(f'DELETE FROM "{table}" WHERE "{column}" = ?', ((i,) for i in ids))

    def finish(self) -> Merged:
        """Prune (when asked), rebuild the views from the stored records, and commit."""
        db = self.db
        if self.prune:
            gone = [i for i, p in db.execute("SELECT id, path FROM documents")
                    if i not in self.seen and p not in self.skipped_paths]
            self._delete(gone)
        merged = rebuild(db)
        db.executemany(f'INSERT OR REPLACE INTO "{META}" VALUES (?, ?)',
                       (("version", version()), ("schema", SCHEMA)))
        db.execute("COMMIT")
        return merged


def rebuild(db: sqlite3.Connection) -> Merged:
    """Facts, events and conflicts of the stored records, written over the old ones."""
    records, documents = load(db)
    merged = merge(records, {d.id: d.published for d in documents})
    for table in ("conflict_values", "conflicts", "events", "facts"):
        db.execute(f'DELETE FROM "{table}"')
    _insert(db, "facts", FACT_COLS, (f.to_row() for f in merged.facts))
    _insert(db, "events", EVENT_COLS, (e.to_row() for e in merged.events))
    _insert(db, "conflicts", CONFLICT_COLS, (c.to_row() for c in merged.conflicts))
    _insert(db, "conflict_values", SIDE_COLS, _conflict_values(merged.conflicts))
    db.execute("UPDATE figures SET fact = NULL WHERE fact IS NOT NULL")
    db.execute("UPDATE meetings SET event = NULL WHERE event IS NOT NULL")
    db.executemany("UPDATE figures SET fact = ? WHERE key = ?",
                   ((f.id, m.key) for f in merged.facts for m in f.members))
    db.executemany("UPDATE meetings SET event = ? WHERE key = ?",
                   ((e.id, m.key) for e in merged.events for m in e.members))
    return merged


# --- reading records back ----------------------------------------------------------------------


def _decimal(v: object) -> Decimal | None:
    # stored as exports write them: whole values as integers, others as floats ("14.5")
    return None if v is None else Decimal(v) if isinstance(v, int) else Decimal(str(v))


def _figure(r: sqlite3.Row) -> Figure:
    return Figure(
        metric=Metric(r["metric"]), value=_decimal(r["value"]), unit=r["unit"], period=r["period"],
        status=Status(r["status"]), qualifier=Qualifier(r["qualifier"]) if r["qualifier"] else None,
        quote=r["quote"], source=Span(r["doc"], r["start"], r["end"], r["sentence"], r["rule"]),
        value_max=_decimal(r["value_max"]), attribution=r["attribution"], scope=Scope(r["scope"]))


def _meeting(r: sqlite3.Row) -> Meeting:
    return Meeting(
        date=r["date"], date_source=DateSource(r["date_source"]) if r["date_source"] else None,
        participants=tuple(json.loads(r["participants"])), location=r["location"],
        kind=MeetingKind(r["kind"]), quote=r["quote"],
        source=Span(r["doc"], r["start"], r["end"], r["sentence"], r["rule"]))


def load(db: sqlite3.Connection) -> tuple[list[Record], list[Document]]:
    """The stated records of an archive, each document's figures then meetings in text order
    (as extraction gives them), and its documents (without text)."""
    db.row_factory = sqlite3.Row
    try:
        by_doc: dict[str, list[Record]] = defaultdict(list)
        for r in db.execute("SELECT * FROM figures WHERE type = 'figure' ORDER BY rowid"):
            by_doc[r["doc"]].append(_figure(r))
        for r in db.execute("SELECT * FROM meetings ORDER BY rowid"):
            by_doc[r["doc"]].append(_meeting(r))
        documents = [Document(r["id"], "", r["title"], _date(r["published"]), r["path"], r["url"])
                     for r in db.execute("SELECT * FROM documents ORDER BY rowid")]
    finally:
        db.row_factory = None
    return [rec for d in documents for rec in by_doc.get(d.id, ())], documents


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def read(path: Path) -> tuple[list[Record], list[Document]]:
    """The records and documents of the archive at ``path``, read only."""
    if not Path(path).is_file():
        raise OSError(f"{path}: no such database")
    db = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    try:
        if META not in _tables(db):
            raise OSError(f"{path}: not a kzfacts archive (write one with export --sqlite)")
        return load(db)
    finally:
        db.close()
