"""Shared fixtures: the bundled corpus, its gold, and the development set when it is there."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent
# ../shared beside the checkout; KZFACTS_SHARED points elsewhere (a git worktree sits deeper)
SHARED = Path(os.environ.get("KZFACTS_SHARED") or ROOT.parent / "shared")
DEV = SHARED / "dev"
DEV2 = SHARED / "dev2"


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seeds_gold() -> list[dict]:
    return load_jsonl(HERE / "seeds.gold.jsonl")


@pytest.fixture(scope="session")
def dev_set() -> tuple[Path, list[dict]]:
    """(docs folder, gold records) of ../shared/dev; the test is skipped where it is absent."""
    if not (DEV / "gold.jsonl").exists():
        pytest.skip("development set ../shared/dev is not beside this checkout")
    return DEV / "docs", load_jsonl(DEV / "gold.jsonl")


@pytest.fixture(scope="session")
def dev2_set() -> tuple[Path, list[dict]]:
    """(docs folder, gold records) of ../shared/dev2, the meeting-rich second development set."""
    if not (DEV2 / "gold.jsonl").exists():
        pytest.skip("second development set ../shared/dev2 is not beside this checkout")
    return DEV2 / "docs", load_jsonl(DEV2 / "gold.jsonl")


def pytest_addoption(parser):
    parser.addoption("--update-snapshots", action="store_true",
                     help="rewrite tests/snapshots/ (and README's samples) from today's output")


@pytest.fixture(scope="session")
def update_snapshots(request) -> bool:
    return bool(request.config.getoption("--update-snapshots"))
