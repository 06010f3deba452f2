"""The incremental archive (issue 11): a re-run adds, re-extracts and prunes documents and
rebuilds the views from stored records, giving the same rows as a full rebuild.

Articles are short texts in our own words, written to a tmp folder per test.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kzfacts import archive
from kzfacts.archive import Archive
from kzfacts.extract import extract_paths
from tests.test_inputs import run

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ARTICLES = {
    "a1": "Trade grows\n\nPublished 12 March 2024\n\nTrade between Kazakhstan and China reached "
          "$31.5 billion in 2023, the customs service said.\n",
    "a2": "Talks in Astana\n\nPublished 5 July 2024\n\nPresident Kassym-Jomart Tokayev held talks "
          "with Chinese President Xi Jinping in Astana on 3 July 2024.\n",
    "a3": "A new total\n\nPublished 20 March 2024\n\nTrade between Kazakhstan and China reached "
          "$28.2 billion in 2023, according to a trade ministry report.\n",
}
TABLES = ("documents", "facts", "events", "figures", "meetings", "meeting_participants", "conflicts",
          "conflict_values")


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def update(db: Path, *paths: Path, prune: bool = False) -> int:
    """Update the archive at ``db`` from ``paths``; how many documents were extracted."""
    with Archive(db, prune=prune) as arc:
        for item in extract_paths(list(paths), keep=arc.wanted):
            if not isinstance(item, tuple):
                continue
            arc.store(*item)
        arc.finish()
    return arc.extracted


def rows(db: Path) -> dict[str, list]:
    con = sqlite3.connect(db)
    try:
        return {t: sorted(map(repr, con.execute(f'SELECT * FROM "{t}"'))) for t in TABLES}
    finally:
        con.close()


def rebuilt(tmp_path: Path, *paths: Path) -> dict[str, list]:
    fresh = tmp_path / "fresh.db"
    fresh.unlink(missing_ok=True)
    update(fresh, *paths)
    return rows(fresh)


def test_first_run_extracts_all_and_rerun_nothing(news, tmp_path):
    db = tmp_path / "kz.db"
    assert update(db, news) == 3
    before = rows(db)
    assert len(before["documents"]) == 3 and before["facts"] and before["events"] and before["conflicts"]
    con = sqlite3.connect(db)
    rowids = con.execute("SELECT rowid, key FROM figures").fetchall()
    con.close()
    assert update(db, news) == 0
    assert rows(db) == before
    con = sqlite3.connect(db)
    assert con.execute("SELECT rowid, key FROM figures").fetchall() == rowids  # untouched
    con.close()


def test_added_document(news, tmp_path):
    db = tmp_path / "kz.db"
    (news / "a3.txt").rename(tmp_path / "a3.txt")
    update(db, news)
    (tmp_path / "a3.txt").rename(news / "a3.txt")
    assert update(db, news) == 1
    assert rows(db) == rebuilt(tmp_path, news)


def test_changed_document(news, tmp_path):
    db = tmp_path / "kz.db"
    update(db, news)
    (news / "a3.txt").write_text(ARTICLES["a3"].replace("$28.2 billion", "$31.4 billion"))
    assert update(db, news) == 1
    after = rows(db)
    assert after == rebuilt(tmp_path, news)
    assert not after["conflicts"]  # the two totals now agree


def test_removed_document_is_kept_unless_pruned(news, tmp_path):
    db = tmp_path / "kz.db"
    update(db, news)
    full = rows(db)
    (news / "a3.txt").unlink()
    assert update(db, news) == 0
    assert rows(db) == full
    assert update(db, news, prune=True) == 0
    pruned = rows(db)
    assert len(pruned["documents"]) == 2 and not pruned["conflicts"]
    assert pruned == rebuilt(tmp_path, news)


def test_new_version_extracts_all(news, tmp_path, monkeypatch):
    db = tmp_path / "kz.db"
    update(db, news)
    before = rows(db)
    monkeypatch.setattr(archive, "version", lambda: "99.0+schema1")
    (news / "a3.txt").rename(tmp_path / "a3.txt")
    assert update(db, news) == 2
    # a document not named by the new version's first run is re-extracted when named again
    (tmp_path / "a3.txt").rename(news / "a3.txt")
    assert update(db, news) == 1
    assert update(db, news) == 0
    assert {k: v for k, v in rows(db).items() if k != "documents"} == {
        k: v for k, v in before.items() if k != "documents"}


def test_interrupted_run_leaves_the_archive(news, tmp_path):
    db = tmp_path / "kz.db"
    update(db, news)
    before = rows(db)
    (news / "a3.txt").write_text(ARTICLES["a3"].replace("$28.2 billion", "$31.4 billion"))
    with pytest.raises(KeyboardInterrupt):
        with Archive(db, prune=True) as arc:
            for item in extract_paths([news], keep=arc.wanted):
                arc.store(*item)
            raise KeyboardInterrupt
    assert rows(db) == before


def test_cli_updates_and_views_read_the_database(news, tmp_path):
    db = tmp_path / "kz.db"
    assert run("export", "--sqlite", str(db), str(news)).exit_code == 0
    assert run("export", "--sqlite", str(db), str(news)).exit_code == 0
    for view in ("facts", "meetings", "figures", "conflicts", "timeline"):
        direct = run(view, str(news))
        stored = run(view, "--db", str(db))
        assert stored.exit_code == 0, stored.stderr
        assert stored.stdout == direct.stdout, view
    both = run("facts", "--db", str(db), str(news))
    assert both.exit_code == 2 and "either PATHS or --db" in both.stderr
    assert run("export", "--jsonl", "--prune", str(news)).exit_code == 2
    other = tmp_path / "notes.db"
    sqlite3.connect(other).execute("CREATE TABLE notes (x)").connection.commit()
    assert run("facts", "--db", str(other)).exit_code == 2


# --- ready for Datasette: keys, indexes, participants one per row (issue 12) -------------------


def test_tables_have_keys_references_and_indexes(news, tmp_path):
    db = tmp_path / "kz.db"
    update(db, news)
    con = sqlite3.connect(db)
    try:
        for table in TABLES:
            keys = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")') if r[5]]
            assert keys, f"{table} has no primary key"
        refs = {(t, r[3], r[2]) for t in TABLES for r in con.execute(f'PRAGMA foreign_key_list("{t}")')}
        assert {("figures", "doc", "documents"), ("meetings", "doc", "documents"),
                ("meeting_participants", "meeting_key", "meetings"), ("figures", "fact", "facts"),
                ("meetings", "event", "events"), ("conflict_values", "conflict", "conflicts")} <= refs
        indexed = {(t, r[2]) for t in TABLES
                   for (name, *_) in [(i[1],) for i in con.execute(f'PRAGMA index_list("{t}")')]
                   for r in con.execute(f'PRAGMA index_info("{name}")')}
        for column in ("doc", "metric", "period"):
            assert ("figures", column) in indexed
        assert {("meetings", "date"), ("events", "date"), ("meeting_participants", "name")} <= indexed
        assert not con.execute("PRAGMA foreign_key_check").fetchall()  # every reference resolves
    finally:
        con.close()


def test_participants_are_a_joined_table(news, tmp_path):
    db = tmp_path / "kz.db"
    update(db, news)
    con = sqlite3.connect(db)
    try:
        got = con.execute("SELECT p.position, p.name FROM meeting_participants p "
                          "JOIN meetings m ON m.key = p.meeting_key ORDER BY p.position").fetchall()
        listed = [json.loads(v) for (v,) in con.execute("SELECT participants FROM meetings")]
    finally:
        con.close()
    assert [name for _, name in got] == listed[0] and len(listed) == 1
    assert [pos for pos, _ in got] == list(range(1, len(got) + 1)) and len(got) >= 2
    (news / "a2.txt").unlink()
    update(db, news, prune=True)
    assert not rows(db)["meeting_participants"]  # gone with its document


def test_older_schema_is_rebuilt_keeping_user_tables(news, tmp_path):
    db = tmp_path / "kz.db"
    update(db, news)
    full = rows(db)
    con = sqlite3.connect(db)
    con.execute("DROP TABLE meeting_participants")  # as schema 1 had it: no such table,
    con.execute("DELETE FROM kzfacts WHERE key = 'schema'")  # and no schema recorded
    con.execute("CREATE TABLE notes (doc TEXT, note TEXT)")
    con.execute("INSERT INTO notes VALUES ('a1', 'checked')")
    con.commit()
    con.close()
    assert update(db, news) == 3
    assert rows(db) == full
    con = sqlite3.connect(db)
    assert con.execute("SELECT * FROM notes").fetchall() == [("a1", "checked")]
    assert con.execute("SELECT value FROM kzfacts WHERE key = 'schema'").fetchone() == (archive.SCHEMA,)
    con.close()
