"""kzfacts.dask on the local schedulers gives the same records as the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="the dask extra is not installed: pip install -e '.[dask]'")

from typer.testing import CliRunner  # noqa: E402

from conftest import DEV, ROOT  # noqa: E402
from kzfacts.cli import app  # noqa: E402
from kzfacts.dask import jsonl_bag, write_jsonl  # noqa: E402


def _paths() -> list[str]:
    return [str(ROOT / "corpus")] + ([str(DEV / "docs")] if (DEV / "docs").is_dir() else [])


def _cli_jsonl(paths: list[str]) -> str:
    result = CliRunner().invoke(app, ["export", "--jsonl", *paths])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_written_partitions_are_the_cli_output(tmp_path: Path, scheduler: str):
    paths = _paths()
    parts = write_jsonl(paths, tmp_path / "out", partition_files=3, scheduler=scheduler)
    assert len(parts) > 1
    written = "".join(Path(p).read_text(encoding="utf-8") for p in parts)
    expected = _cli_jsonl(paths)
    assert expected.count("\n") > 20
    assert written == expected


def test_bag_of_lines_is_the_cli_output():
    paths = _paths()
    lines = jsonl_bag(paths, partition_files=4).compute(scheduler="synchronous")
    assert "".join(line + "\n" for line in lines) == _cli_jsonl(paths)
