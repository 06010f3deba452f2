"""export --parquet (issue 12): one typed file of the records --jsonl writes, behind the
optional extra kzfacts[parquet]; without pyarrow it is a usage error naming the extra.

The round trips skip where pyarrow is not installed; the usage errors run everywhere.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzfacts import parquet
from tests.test_inputs import run

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

needs_pyarrow = pytest.mark.skipif(not parquet.available(), reason="pyarrow (kzfacts[parquet]) not installed")


def jsonl(*args: str) -> list[dict]:
    got = run("export", "--jsonl", *args)
    assert got.exit_code == 0, got.stderr
    return [json.loads(line) for line in got.stdout.splitlines()]


@needs_pyarrow
@pytest.mark.parametrize("kind", ["all", "figure", "meeting", "derived"])
def test_rows_are_the_jsonl_records_typed(kind, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "kz.parquet"
    got = run("export", "--parquet", str(out), "--kind", kind)
    assert got.exit_code == 0, got.stderr
    assert got.stdout == ""
    table = pq.read_table(out)
    assert table.column_names == list(parquet.COLUMNS)
    types = {f.name: str(f.type) for f in table.schema}
    assert types["value"] == "double" and types["start"] == "int64"
    assert types["participants"] == "list<element: string>"
    expected = jsonl("--kind", kind)
    rows = table.to_pylist()
    assert len(rows) == len(expected) and rows
    for row, record in zip(rows, expected):
        for column, value in record.items():
            assert row[column] == (float(value) if column in ("value", "value_max") and value is not None
                                   else value), column
        assert all(row[c] is None for c in parquet.COLUMNS if c not in record)


@needs_pyarrow
def test_same_input_same_bytes_and_no_records_keep_the_schema(tmp_path):
    import pyarrow.parquet as pq

    a, b = tmp_path / "a.parquet", tmp_path / "b.parquet"
    assert run("export", "--parquet", str(a)).exit_code == 0
    assert run("export", "--parquet", str(b), "--jobs", "2").exit_code == 0
    assert a.read_bytes() == b.read_bytes()
    empty = tmp_path / "none.txt"
    empty.write_text("Nothing here\n\nA story about the weather in spring.\n", encoding="utf-8")
    out = tmp_path / "none.parquet"
    assert run("export", "--parquet", str(out), str(empty)).exit_code == 0
    table = pq.read_table(out)
    assert table.num_rows == 0 and table.column_names == list(parquet.COLUMNS)


def test_without_pyarrow_the_extra_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr(parquet, "available", lambda: False)
    got = run("export", "--parquet", str(tmp_path / "kz.parquet"))
    assert got.exit_code == 2
    assert "pip install 'kzfacts[parquet]'" in got.stderr
    assert not (tmp_path / "kz.parquet").exists()


@pytest.mark.parametrize("args, says", [
    (["--parquet", "kz.parquet", "-o", "x.parquet"], "--parquet names its own file"),
    (["--parquet", "kz.parquet", "--jsonl"], "exactly one of"),
    (["--parquet", "kz.parquet", "--kind", "fact"], "--parquet writes records"),
    (["--parquet", "missing/kz.parquet"], "no folder"),
])
def test_usage_errors(args, says, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    got = run("export", *args)
    assert got.exit_code == 2
    assert says in got.stderr
    assert not any(tmp_path.iterdir())
