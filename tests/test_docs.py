"""The README stays true: its set-up commands, CI's command, and every command's help."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from kzfacts.cli import app

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def setup_commands() -> list[str]:
    section = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines() if line.startswith("    ")]


def test_readme_has_two_setup_commands():
    first, second = setup_commands()
    assert first.endswith("kzfacts figures")
    assert second.endswith("pytest")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert setup_commands()[1] in ci


def test_readme_names_every_command():
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    for name in names:
        assert re.search(rf"kzfacts {name}\b", README), f"README does not show `kzfacts {name}`"


@pytest.mark.parametrize("command", [c.name or c.callback.__name__ for c in app.registered_commands])
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
