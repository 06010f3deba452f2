"""The cache of compiled patterns (kzfacts/regex_cache.py): a second run builds its patterns
from the file the first one wrote, and reads the same records."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_RUN = """
import kzfacts
from kzfacts import regex_cache
got = [str(r) for r in kzfacts.extract(
    "ASTANA, March 28, 2023 -- President Tokayev met President Xi in Astana on Tuesday. "
    "Last year, mutual trade exceeded $41 billion, up 12 percent, and 52 joint projects "
    "worth 3 trillion tenge are under way.", published="2023-03-28")]
print(regex_cache._new, got)
"""


def _run(cache: Path | str) -> tuple[int, str]:
    # one hash seed: a few patterns are built from sets, whose order varies from run to run
    env = {**os.environ, "KZFACTS_REGEX_CACHE": str(cache), "PYTHONHASHSEED": "0"}
    done = subprocess.run([sys.executable, "-c", _RUN], capture_output=True, text=True, env=env,
                          check=True, cwd=Path(__file__).resolve().parent.parent)
    new, _, records = done.stdout.strip().partition(" ")
    return int(new), records


def test_second_run_reads_the_cache_and_the_same_records(tmp_path):
    new, first = _run(tmp_path)
    assert new > 0 and list(tmp_path.glob("regex-*.marshal"))
    again, second = _run(tmp_path)
    assert again == 0  # every pattern came from the file
    assert second == first
    assert _run("off") == (0, first)  # no cache at all: the same records


def test_a_broken_cache_file_is_ignored(tmp_path):
    _, first = _run(tmp_path)
    for f in tmp_path.glob("regex-*.marshal"):
        f.write_bytes(b"not marshal data")
    assert _run(tmp_path)[1] == first
