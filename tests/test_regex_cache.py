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


def test_re_programs_from_the_cache_match_as_re_compiles():
    """A ``re`` program built from the kept arguments finds what ``re.compile`` finds."""
    import re

    from kzfacts import regex_cache

    regex_cache.install()
    texts = ["Tokayev met Xi in Astana", "the co-chairs met; Wang Yi said", "ſ İ K \u212a visiting"]
    for pattern in (r"(?=(co-|met|Wang|visit))", r"(?P<who>[A-Z][a-z]+)\s+(?:met|said)", r"(?i)k"):
        first = regex_cache.re_compiled(pattern)
        second = regex_cache.re_compiled(pattern)  # from the kept program, where one was kept
        plain = re.compile(pattern)
        for text in texts:
            want = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in first.finditer(text)] == want
            assert [(m.span(), m.groups()) for m in second.finditer(text)] == want
        assert second.groupindex == plain.groupindex and second.flags == plain.flags


def test_memo_gives_a_fresh_copy_and_builds_what_it_cannot_keep(tmp_path, monkeypatch):
    import datetime as dt

    from kzfacts import regex_cache

    monkeypatch.setattr(regex_cache, "_active", True)
    monkeypatch.setattr(regex_cache, "_programs", {})
    calls = []

    def build():
        calls.append(1)
        return {"words": ["Astana", "Beijing"]}

    first = regex_cache.memo("memo test", build)
    first["words"].append("changed")
    second = regex_cache.memo("memo test", build)
    assert second == {"words": ["Astana", "Beijing"]} and len(calls) == 1  # kept, and a copy each time
    assert regex_cache.memo("other text", build) == second and len(calls) == 2  # keyed by the text
    day = regex_cache.memo("a date", lambda: dt.date(2024, 1, 1))  # marshal cannot write it: built
    assert day == dt.date(2024, 1, 1) and regex_cache.memo("a date", lambda: None) is None
