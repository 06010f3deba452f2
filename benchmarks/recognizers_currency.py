"""How kzfacts reads the money and numbers of Microsoft Recognizers-Text's public test suite.

    KZFACTS_RECOGNIZERS=/work/.mirror/microsoft+Recognizers-Text/repo \\
        python benchmarks/recognizers_currency.py [--verbose]

Reads ``Specs/NumberWithUnit/English/CurrencyModel.json`` and ``Specs/Number/English/NumberModel.json``
from the Recognizers-Text git dir (bare, read with ``git show``; nothing of it is copied here).
Each expected result in scope is put inside a trade sentence and run through ``kzfacts.extract``:

- money in USD, CNY, KZT, EUR or RUB: "Trade between Kazakhstan and China reached {phrase} in 2023."
- a plain number of a form news prints (digits, grouped or not, a decimal, number words):
  "Trade between Kazakhstan and China grew by {phrase} percent in 2023."; one ending in a scale
  word: "Trade between Kazakhstan and China reached {phrase} US dollars in 2023."

A case is ``exact`` when a figure over the phrase has the expected value and unit and none over
it has another, ``wrong`` when some figure over it has another value or unit, ``missing`` when
none covers it. Money in other currencies (C$, HK$, yen, pounds...) is out of scope, but a figure
over it in one of our units is ``wrong`` too: "C$ 16.4 million" must never be US dollars.
Not a test: ``tests/test_numbers.py`` runs the same check with the shares reached.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import kzfacts  # noqa: E402

CURRENCY_SPEC = "Specs/NumberWithUnit/English/CurrencyModel.json"
NUMBER_SPEC = "Specs/Number/English/NumberModel.json"
UNITS = {"Dollar": "USD", "United States dollar": "USD", "Chinese yuan": "CNY", "Euro": "EUR",
         "Kazakhstani tenge": "KZT", "Russian ruble": "RUB"}
MONEY = "Trade between Kazakhstan and China reached {phrase} in 2023."
PERCENT = "Trade between Kazakhstan and China grew by {phrase} percent in 2023."
SCALED = "Trade between Kazakhstan and China reached {phrase} US dollars in 2023."

_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
          "hundred thousand million billion trillion and a half quarter").split()
_SCALE = r"(?:thousand|million|billion|trillion|bln|mln|bn|mn|tln|trln)"
# the number forms news prints: digits (grouped by commas or spaces, a decimal part), an
# optional scale word; or number words. Not: "1.1^23", "10k", "12,34,567", "-1", "two thirds"
NEWS_NUMBER = re.compile(
    rf"(?:\d{{1,3}}(?:[,\s\u202f]\d{{3}})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?:\s+{_SCALE})?"
    rf"|(?:(?:{'|'.join(_WORDS)})[\s-]*)+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Case:
    spec: str  # "currency" or "number"
    phrase: str
    value: Decimal
    unit: str | None  # our unit; None when out of scope (then only a unit of ours is wrong)
    sentence: str

    @property
    def span(self) -> tuple[int, int]:
        start = self.sentence.index(self.phrase)
        return start, start + len(self.phrase)


def _spec(git_dir: str, path: str) -> list[dict]:
    out = subprocess.run(["git", "-C", git_dir, "show", f"HEAD:{path}"], capture_output=True,
                         check=True, text=True, encoding="utf-8").stdout
    return json.loads(out)


def cases(git_dir: str) -> list[Case]:
    """The cases of both specs: in scope (``unit`` set) and foreign money (``unit`` None)."""
    found = []
    for item in _spec(git_dir, CURRENCY_SPEC):
        for r in item.get("Results", []):
            value = r["Resolution"].get("value")
            if not value:
                continue  # "dollar" alone names no amount
            unit = UNITS.get(r["Resolution"].get("unit", ""))
            found.append(Case("currency", r["Text"], Decimal(value), unit,
                              MONEY.format(phrase=r["Text"])))
    for item in _spec(git_dir, NUMBER_SPEC):
        for r in item.get("Results", []):
            text, value = r["Text"], Decimal(r["Resolution"]["value"])
            if value >= 1 and NEWS_NUMBER.fullmatch(text):
                if re.search(rf"{_SCALE}\s*\Z", text, re.IGNORECASE):
                    found.append(Case("number", text, value, "USD", SCALED.format(phrase=text)))
                else:
                    found.append(Case("number", text, value, "percent", PERCENT.format(phrase=text)))
    return found


OURS = {"USD", "CNY", "KZT", "EUR", "RUB", "percent"}


def judge(case: Case) -> str:
    """exact, missing or wrong (out of scope: ok or wrong)."""
    lo, hi = case.span
    over = [f for f in kzfacts.extract(case.sentence, published="2024-03-01")
            if isinstance(f, kzfacts.Figure) and f.source.start < hi and lo < f.source.end]
    if case.unit is None:
        return "wrong" if any(f.unit in OURS for f in over) else "ok"
    if not over:
        return "missing"
    if all(f.value == case.value and f.unit == case.unit and f.value_max is None for f in over):
        return "exact"
    return "wrong"


def tally(git_dir: str, verbose: bool = False) -> dict[str, Counter]:
    """Counts of each verdict per spec, out-of-scope money apart ("foreign")."""
    counts: dict[str, Counter] = {"currency": Counter(), "number": Counter(), "foreign": Counter()}
    for case in cases(git_dir):
        verdict = judge(case)
        counts["foreign" if case.unit is None else case.spec][verdict] += 1
        if verbose and verdict not in ("exact", "ok"):
            print(f"{verdict:8} {case.spec:8} {case.phrase!r} -> {case.value} {case.unit}")
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list every case not exact")
    args = parser.parse_args()
    git_dir = os.environ.get("KZFACTS_RECOGNIZERS", "")
    if not git_dir or not Path(git_dir).exists():
        print("set KZFACTS_RECOGNIZERS to the Recognizers-Text git dir", file=sys.stderr)
        return 2
    counts = tally(git_dir, args.verbose)
    for name in ("currency", "number"):
        c = counts[name]
        total = sum(c.values())
        print(f"{name:9} in scope {total:4}  exact {c['exact']:4} ({c['exact'] / total:.0%})  "
              f"missing {c['missing']:3}  wrong {c['wrong']:3}")
    both = counts["currency"] + counts["number"]
    total = sum(both.values())
    print(f"{'all':9} in scope {total:4}  exact {both['exact']:4} ({both['exact'] / total:.0%})  "
          f"missing {both['missing']:3}  wrong {both['wrong']:3}")
    f = counts["foreign"]
    print(f"foreign money (not ours): {sum(f.values())}, read as one of our units: {f['wrong']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
