"""The rules tried only where their opening words stand (``timex._STARTS``,
``meeting_scan.OPENING_WORDS``) find what the plain scans find, and ``Prepared.back`` (where
a scanner's window begins) gives what the reversed pattern gives: on the Recognizers-Text date
sentences (``KZFACTS_RECOGNIZERS``: the bare git dir), on the given article folders, and on
their sentences in upper case, title case and run together. Prints the count of differences.

    python benchmarks/same_openings.py /work/shared/seeds /work/shared/dev/docs
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from kzfacts import meeting_scan, timex
import regex

from kzfacts.scan import Prepared, safe_lower
from kzfacts.sentences import sentences


def _recognizers() -> list[str]:
    repo = os.environ.get("KZFACTS_RECOGNIZERS")
    if not repo or not Path(repo).exists():
        return []
    names = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", "HEAD", "Specs/DateTime/English"],
                           capture_output=True, text=True).stdout.split()
    out = []
    for name in names:
        if name.endswith(".json"):
            spec = subprocess.run(["git", "-C", repo, "show", f"HEAD:{name}"], capture_output=True, text=True).stdout
            out += [case["Input"] for case in json.loads(spec.lstrip("\ufeff")) if isinstance(case.get("Input"), str)]
    return out


def _dates(text: str, a: int, b: int, plain: bool) -> list:
    gates = timex._ALSO_NEEDS
    if plain:
        timex._ALSO_NEEDS = {}
    try:
        return [timex.find_dates(text, a, b, published=dt.date(2023, 3, 27), future=f) for f in (False, True)]
    finally:
        timex._ALSO_NEEDS = gates


def _triggers(text: str, a: int, b: int, lower: str | None) -> list:
    return [(r.id, m.span()) for r, m in meeting_scan.find_triggers(text, (a, b), lower)]


def main(folders: list[str]) -> int:
    texts = _recognizers()
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            texts.append(text)
            for a, b in sentences(text).spans:
                s = text[a:b]
                texts += [s.upper(), s.title(), s.replace(" ", "")]
    bad = 0
    backs = {n: regex.compile(rf"(?r)(?:\s+|\S){{0,{n}}}") for n in (1, 3, 8, 12, 26, 40)}
    for text in texts:
        prep = Prepared.of(text)
        for k in range(0, len(text) + 1, 7):
            if any(prep.back(k, n) != back.match(text, 0, k).start() for n, back in backs.items()):
                bad += 1
                print("window start differs:", repr(text[max(0, k - 40):k]))
        spans = [(0, len(text)), *sentences(text).spans]
        lower = safe_lower(text)
        for a, b in spans:
            if _dates(text, a, b, False) != _dates(text, a, b, True):
                bad += 1
                print("dates differ:", text[a:b][:100])
            if lower is not None and _triggers(text, a, b, lower[a:b]) != _triggers(text, a, b, None):
                bad += 1
                print("triggers differ:", text[a:b][:100])
    print(f"{len(texts)} texts, {bad} differences")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
