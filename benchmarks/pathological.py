"""Pathological text against ordinary news, 2 MB each: the patterns must stay linear.

Run by hand (not a test): ``python benchmarks/pathological.py [--mb 2]``. Ordinary text is the
bundled corpus repeated; pathological texts are one line of digits, commas, "$" and "bn" in
three shapes. Prints seconds, MB/s and figure counts, and exits 1 when the slowest
pathological text takes more than 4x the ordinary one (the bound issue 4 sets).
"""

from __future__ import annotations

import argparse
import random
import sys
import time

import kzfacts
from kzfacts.corpus import bundled_dir

LIMIT = 4.0  # pathological may cost at most this many times ordinary text


def ordinary(size: int) -> str:
    one = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(bundled_dir().glob("*.txt")))
    return ((one + "\n\n") * (size // len(one) + 1))[:size]


def pathological(size: int) -> dict[str, str]:
    rng = random.Random(4)
    pieces = ["$", "$", "bn", " bn", ",", ",", " ", "1", "2", "0", "5", "9", ".", "%"]
    mixed = "".join(rng.choice(pieces) for _ in range(size))[:size]
    return {
        "random mix": mixed,
        "$1,000,000,000 bn": ("$1,000,000,000 bn " * (size // 18 + 1))[:size],
        "digits and commas": ("1,234," * (size // 6 + 1))[:size],
    }


def timed(text: str) -> tuple[float, int]:
    start = time.perf_counter()
    records = kzfacts.extract(text, published="2024-01-01", doc="bench")
    return time.perf_counter() - start, sum(isinstance(r, kzfacts.Figure) for r in records)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="size of each text in MB (default 2)")
    size = int(parser.parse_args().mb * 1_000_000)
    kzfacts.extract("Trade reached $1 billion in 2022.", published="2023-01-01")  # warm the caches
    base, base_n = timed(ordinary(size))
    print(f"{'ordinary news':20} {base:7.2f} s {size / base / 1e6:6.2f} MB/s {base_n:7} figures")
    worst = 0.0
    for name, text in pathological(size).items():
        took, n = timed(text)
        worst = max(worst, took)
        print(f"{name:20} {took:7.2f} s {size / took / 1e6:6.2f} MB/s {n:7} figures  {took / base:4.1f}x")
    print(f"slowest pathological / ordinary: {worst / base:.2f}x (limit {LIMIT}x)")
    return 0 if worst <= LIMIT * base else 1


if __name__ == "__main__":
    sys.exit(main())
