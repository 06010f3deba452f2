"""The cross-source views through the CLI: facts, conflicts, timeline, chart, SQLite export.

Run in-process with typer's CliRunner on the bundled corpus, and on the bundled corpus plus the
development set where ../shared/dev is there. Rich output is pinned wide and without colour.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter

import pytest
from typer.testing import CliRunner

import kzfacts
from kzfacts.cli import app
from conftest import ROOT

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

CORPUS = str(ROOT / "corpus")
ENV = {"COLUMNS": "240", "NO_COLOR": "1", "TERM": "dumb"}


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), env=ENV, catch_exceptions=False)


@pytest.fixture(scope="module")
def both(dev_set) -> list[str]:
    return [CORPUS, str(dev_set[0])]


@pytest.mark.parametrize("command", [["facts"], ["conflicts"], ["timeline"], ["chart"]])
def test_help(command):
    got = invoke(*command, "--help")
    assert got.exit_code == 0 and "Example:" in got.stdout


def test_facts_bundled():
    got = invoke("facts", CORPUS, "--metric", "trade_volume")
    assert got.exit_code == 0
    assert "over $24.0 bn" in got.stdout and "over $41.0 bn" in got.stdout
    assert "derived" in got.stdout  # the year before "grew by 34 percent to $24 billion"


def test_facts_min_sources_and_year(both):
    got = invoke("facts", *both, "--min-sources", "2", "--year", "2022")
    assert got.exit_code == 0
    assert "$31.2 bn" in got.stdout and "over $24.0 bn" not in got.stdout


def _rows(out: str) -> list[str]:
    """The conflicts table's rows, each from the line that starts with its id ("C3 ...")."""
    return re.split(r"\n(?=C\d+ )", out)[1:]


def test_conflicts_trade_2022(both):
    got = invoke("conflicts", *both)
    assert got.exit_code == 0
    out = got.stdout
    row = next(block for block in _rows(out) if "trade_volume bilateral USD 2022" in block)
    for want in ("over $24.0 bn", "$31.2 bn", "002_ed18d489a2ac6f1b", "d11_nca-trade-2022-31-billion"):
        assert want in row


def test_conflicts_xi_visit_months():
    if not any(isinstance(r, kzfacts.Meeting) for item in kzfacts.extract_paths() for r in item[1]):
        pytest.skip("no meeting extraction in this build yet")
    got = invoke("conflicts", CORPUS)
    row = next(block for block in _rows(got.stdout) if "visit" in block and "Xi Jinping" in block)
    assert "2022-09" in row and "2022-10" in row


def test_tokayev_ma_xingrui_one_event():
    from kzfacts.merge import merge

    records = [r for item in kzfacts.extract_paths() for r in item[1]]
    if not any(isinstance(r, kzfacts.Meeting) for r in records):
        pytest.skip("no meeting extraction in this build yet")
    events = [e for e in merge(records).events
              if {"tokayev", "xingrui"} <= {w.lower() for p in e.participants for w in p.split()}]
    [event] = [e for e in events if e.n_docs > 1]
    assert event.n_docs == 2 and event.date == "2023-03-27"


def test_timeline_bundled():
    got = invoke("timeline", CORPUS)
    assert got.exit_code == 0
    lines = [ln for ln in got.stdout.splitlines() if ln[:4].isdigit()]
    assert lines == sorted(lines, key=lambda ln: ln.split()[0])
    assert any("trade_volume" in ln and "derived" in ln for ln in lines)


def test_chart_trade_saves_svg_and_html(both, tmp_path):
    svg, html = tmp_path / "trade.svg", tmp_path / "trade.html"
    got = invoke("chart", "trade", *both, "--save", str(svg))
    assert got.exit_code == 0
    for year in ("2021", "2022", "2023"):
        assert year in got.stdout
    assert "█" in got.stdout and "▒" in got.stdout  # 2022: over $24 bn against $31.2 bn
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<svg")
    assert invoke("conflicts", CORPUS, "--save", str(html)).exit_code == 0
    assert "<html" in html.read_text(encoding="utf-8").lower()


def test_save_refuses_other_suffixes(tmp_path):
    got = invoke("chart", "trade", CORPUS, "--save", str(tmp_path / "x.png"))
    assert got.exit_code == 2 and "kzfacts: usage" in got.stderr


def _jsonl(*args: str) -> list[dict]:
    got = invoke("export", "--jsonl", *args)
    assert got.exit_code == 0
    return [json.loads(line) for line in got.stdout.splitlines()]


def test_sqlite_counts_equal_jsonl(both, tmp_path):
    db_path = tmp_path / "kz.db"
    assert invoke("export", "--sqlite", str(db_path), *both).exit_code == 0
    db = sqlite3.connect(db_path)
    count = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    types = Counter(r["type"] for r in _jsonl(*both))
    assert count("SELECT count(*) FROM figures WHERE type = 'figure'") == types["figure"]
    assert count("SELECT count(*) FROM figures WHERE type = 'derived'") == types["derived"]
    assert count("SELECT count(*) FROM figures") + count("SELECT count(*) FROM meetings") == sum(types.values())
    for kind, table in (("fact", "facts"), ("conflict", "conflicts"), ("event", "events")):
        assert count(f"SELECT count(*) FROM {table}") == len(_jsonl("--kind", kind, *both))
    assert count("SELECT count(*) FROM documents") == len(list(kzfacts.load_corpus(both)))
    db.execute("PRAGMA foreign_keys = ON")
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    # keys between the tables: the 2022 conflict names its facts, each with its figures
    rows = db.execute(
        "SELECT f.doc FROM conflicts c JOIN conflict_values v ON v.conflict = c.id "
        "JOIN figures f ON f.fact = v.fact "
        "WHERE c.subject = 'trade_volume bilateral USD 2022 actual'").fetchall()
    assert {"002_ed18d489a2ac6f1b", "d11_nca-trade-2022-31-billion"} <= {r[0] for r in rows}


def test_derived_are_not_figures():
    figures = _jsonl("--kind", "figure", CORPUS)
    derived = _jsonl("--kind", "derived", CORPUS)
    assert figures and derived
    assert {r["type"] for r in figures} == {"figure"}
    assert all(r["type"] == "derived" and len(r["derived_from"]) == 2 for r in derived)
    keys = {f"{r['doc']}:{r['start']}-{r['end']}" for r in figures}
    assert all(set(r["derived_from"]) <= keys for r in derived)


def test_fact_and_conflict_csv(both):
    got = invoke("export", "--csv", "--kind", "conflict", *both)
    assert got.exit_code == 0
    assert got.stdout.splitlines()[0].startswith("type,id,kind,subject,attributed,n_values,summary")
    got = invoke("export", "--csv", "--kind", "fact", CORPUS)
    assert got.stdout.splitlines()[0].startswith("type,id,metric,unit,period")
