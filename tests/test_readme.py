"""README's Use section stays true: every command it shows runs, and every sample it prints is
what that command prints today (abridged: the sample's lines appear in the output, in order).

A sample is a fenced block after a line "`kzfacts ...` prints ...:"; tables are run at
``WIDTH`` columns. Paths in the commands are read from the checkout: ``~/news/`` and ``articles/`` stand for
the bundled corpus, ``gold.jsonl`` for its gold; files written land in a temporary folder.
"""

from __future__ import annotations

import re
import shlex

import pytest
from typer.testing import CliRunner

from kzfacts import parquet
from kzfacts.cli import app

from conftest import ROOT, SHARED

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

WIDTH = 120
README = (ROOT / "README.md").read_text(encoding="utf-8")
USE = README.split("\n## Use\n", 1)[1].split("\n## ", 1)[0]
COMMANDS = [re.split(r"\s{2,}#", line.strip())[0].strip() for line in USE.splitlines()
            if re.match(r"    (kzfacts|python -m kzfacts) ", line)]
SAMPLES = re.findall(r"`(kzfacts [^`]+)`[^\n]*? prints[^\n]*:\n\n```\n(.*?)```", USE, re.S)


def args_of(command: str) -> list[str]:
    """The command's arguments, its paths made the checkout's and its redirection dropped."""
    words = shlex.split(command.split(" > ", 1)[0])
    words = words[3:] if words[:3] == ["python", "-m", "kzfacts"] else words[1:]
    paths = {"~/news/": str(ROOT / "corpus"), "news/": str(ROOT / "corpus"), "corpus/": str(ROOT / "corpus"),
             "../shared/dev/docs": str(SHARED / "dev" / "docs"),
             "gold.jsonl": str(ROOT / "tests" / "seeds.gold.jsonl"), "articles/": str(ROOT / "corpus")}
    return [paths.get(w, w) for w in words]


def run(command: str):
    env = {"COLUMNS": str(WIDTH), "NO_COLOR": "1", "TERM": "dumb"}
    return CliRunner().invoke(app, args_of(command), env=env, catch_exceptions=False)


def test_the_use_section_is_read():
    assert len(COMMANDS) >= 10 and "kzfacts export --csv > records.csv" in COMMANDS
    assert [c for c, _ in SAMPLES] == ["kzfacts figures", "kzfacts meetings --person Tokayev",
                                       "kzfacts export --csv"]


@pytest.mark.parametrize("command", COMMANDS)
def test_command_runs(command, tmp_path, monkeypatch):
    if "../shared/dev" in command and not (SHARED / "dev" / "docs").is_dir():
        pytest.skip("development set ../shared/dev is not beside this checkout")
    if "--parquet" in command and not parquet.available():
        pytest.skip("pyarrow (kzfacts[parquet]) is not installed")
    monkeypatch.chdir(tmp_path)
    if "kz.db" in command and command != "kzfacts export --sqlite kz.db":
        assert run("kzfacts export --sqlite kz.db").exit_code == 0  # the archive the README made before
    got = run(command)
    assert got.exit_code == 0, got.stderr
    for target in re.findall(r"(?:-o|--save|--sqlite) (\S+)", command):
        assert (tmp_path / target).stat().st_size > 0


@pytest.mark.parametrize("command, sample", SAMPLES, ids=[c for c, _ in SAMPLES])
def test_sample_is_real_output(command, sample):
    got = run(command)
    assert got.exit_code == 0
    printed = [line.rstrip() for line in got.stdout.splitlines()]
    shown = sample.splitlines()
    if command.endswith("--csv"):
        # the header exactly, then rows exactly as printed, from the first
        assert shown == printed[:len(shown)]
        return
    # abridged: whole lines of the output, in its order
    at = 0
    for line in shown:
        assert line in printed[at:], f"not printed (in this order): {line!r}"
        at = printed.index(line, at) + 1
