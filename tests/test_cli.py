"""The command line through typer's test runner, on the bundled corpus."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from kzfacts import __version__
from kzfacts.cli import app

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "160", "NO_COLOR": "1", "TERM": "dumb"})


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and __version__ in result.stdout


def test_figures_shows_the_trade_rows():
    result = invoke("figures", "--metric", "trade_volume")
    assert result.exit_code == 0
    assert "$24.0 bn" in result.stdout and "over" in result.stdout
    assert "$41.0 bn" in result.stdout
    assert "project_count" not in result.stdout


def test_figures_year_filter():
    result = invoke("figures", "--year", "2023")
    assert result.exit_code == 0
    assert "$41.0 bn" in result.stdout and "$24.0 bn" not in result.stdout


def test_export_csv_has_a_header_and_a_row_per_record():
    jsonl = invoke("export", "--jsonl", "--kind", "figure").stdout.splitlines()
    result = invoke("export", "--csv", "--kind", "figure")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(jsonl) > 0
    assert {"type", "doc", "metric", "value", "unit", "period", "quote", "start", "end", "rule"} <= set(rows[0])


def test_export_jsonl_is_the_scorer_contract():
    result = invoke("export", "--jsonl", "--kind", "figure")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    need = {"type", "doc", "metric", "value", "unit", "period", "status", "qualifier", "quote",
            "start", "end", "sentence", "rule"}
    assert rows and all(need <= set(r) for r in rows)


def test_export_needs_one_format():
    result = invoke("export")
    assert result.exit_code == 2


def test_export_to_file(tmp_path):
    out = tmp_path / "r.jsonl"
    result = invoke("export", "--jsonl", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8") == invoke("export", "--jsonl").stdout


def test_missing_path_is_named_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("date 2024-01-05 Trade reached $5 billion last year.", encoding="utf-8")
    result = invoke("export", "--jsonl", str(good), str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr and "Traceback" not in result.stderr
    assert '"value": 5000000000' in result.stdout


def test_export_jsonl_does_not_load_the_table_library(tmp_path):
    # start-up is a feature (issue 11): the machine formats need no rich
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("Trade reached $5 billion in 2023.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "kzfacts", "export", "--jsonl", str(tmp_path / "a.txt")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert '"trade_volume"' in done.stdout
    loaded = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")]
    assert "kzfacts.formats" in loaded and not any(m == "rich" or m.startswith("rich.") for m in loaded)
