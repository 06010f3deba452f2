"""Text dense with names, with meeting verbs or with percents against ordinary news of the same
size: time and peak memory must stay linear in the text (issue 13, item 9).

Run by hand (not a test): ``python benchmarks/dense.py [--mb 1]``. Each text is extracted in a
process of its own (``kzfacts.extract`` on one document), so each peak RSS is its own. Prints
seconds, the ratio to ordinary text, peak RSS and the record count; exits 1 when a dense text
takes more than 4x the ordinary one or more than 300 MB (the bounds issue 13 sets). A text over
its time budget is reported as skipped, as the CLI does.

Shapes (``--mb`` each; "5% " at twice that, as the issue asks):
- ordinary: the bundled corpus repeated;
- names, sentences: "Tokayev met Xi Jinping in Astana on Monday." with names drawn at random;
- names, one sentence: "Tokayev met Xi Jinping and ..." with no sentence end at all;
- percents: "5% " repeated.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIME_LIMIT = 4.0
RSS_LIMIT_MB = 300

_NAMES = ["Tokayev", "Xi Jinping", "Wang Yi", "Nurtleu", "Li Qiang", "Smailov", "Zhang Xiao", "Bektenov",
          "Prime Minister Olzhas Bektenov", "Chinese Ambassador Han Chunlin"]
_DAYS = ["Monday", "Tuesday", "March 3", "last week", "on 12.05.2024"]

_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
import kzfacts
from kzfacts.errors import CorpusError
text = open(sys.argv[1], encoding="utf-8").read()
kzfacts.extract("Trade grew 5% in 2023.", published="2024-01-01")  # load rules and data first
start = time.perf_counter()
try:
    n, skipped = len(kzfacts.extract(text, published="2024-01-01", doc="bench")), None
except CorpusError as e:
    n, skipped = 0, str(e)
print(json.dumps({"seconds": time.perf_counter() - start, "records": n, "skipped": skipped,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def ordinary(size: int) -> str:
    one = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    return ((one + "\n\n") * (size // len(one) + 1))[:size]


def _names(size: int, tail: str) -> str:
    """Meeting sentences with names drawn at random, each ending in ``tail``."""
    rng = random.Random(13)
    out, n = [], 0
    while n < size:
        s = f"{rng.choice(_NAMES)} met {rng.choice(_NAMES)} "
        s += tail.format(day=rng.choice(_DAYS)) if "{day}" in tail else tail
        out.append(s)
        n += len(s)
    return "".join(out)[:size]


def names_sentences(size: int) -> str:
    return _names(size, "in Astana {day}. ")


def names_one_sentence(size: int) -> str:
    return _names(size, "and ")


def percents(size: int) -> str:
    return ("5% " * (size // 3 + 1))[:size]


def measure(text: str) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
    try:
        out = subprocess.run([sys.executable, "-c", _CHILD, f.name, str(ROOT)], capture_output=True,
                             text=True, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        Path(f.name).unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of each text in MB (default 1)")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    shapes = [("ordinary", ordinary, size), ("names, sentences", names_sentences, size),
              ("names, one sentence", names_one_sentence, size),
              ("ordinary x2", ordinary, 2 * size), ("'5% ' x2", percents, 2 * size)]
    results = {name: measure(make(n)) for name, make, n in shapes}
    print(f"{'text':22} {'MB':>5} {'seconds':>8} {'x ordinary':>10} {'peak MB':>8} {'records':>8}")
    worst = 0.0
    for name, _, n in shapes:
        r = results[name]
        base = results["ordinary x2" if n > size else "ordinary"]["seconds"]
        ratio = r["seconds"] / base
        if not name.startswith("ordinary"):
            worst = max(worst, ratio)
        note = f"  skipped: {r['skipped']}" if r["skipped"] else ""
        print(f"{name:22} {n / 1e6:5.1f} {r['seconds']:8.2f} {ratio:10.2f} {r['rss_mb']:8.0f} {r['records']:8}{note}")
    rss = max(r["rss_mb"] for r in results.values())
    ok = worst <= TIME_LIMIT and rss <= RSS_LIMIT_MB
    print(f"worst ratio {worst:.2f} (limit {TIME_LIMIT}), peak {rss:.0f} MB (limit {RSS_LIMIT_MB}): "
          f"{'ok' if ok else 'OVER'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
