"""Numbers that cannot silently go wrong: every form news prints money and percentages in, read
whole and exact, or not at all. Rows are (sentence, the (value, unit) of each figure in it),
grouped by origin; a negative table must give no money or percentage. A public suite
(Recognizers-Text) runs when KZFACTS_RECOGNIZERS points at its git dir."""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from functools import cache
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kzfacts
from kzfacts.numbers import parse_amount, parse_words

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Case:
    text: str
    expected: tuple[tuple[str, str], ...]  # (value, unit) of each money or percent figure


def amounts(text: str) -> list[tuple[str, str]]:
    return [(str(r.value), r.unit) for r in kzfacts.extract(text, published="2024-05-20")
            if isinstance(r, kzfacts.Figure) and r.unit not in ("count", "times")]


# --- forms that gave a wrong value with no warning (issue 10) --------------------------------
WRONG_BEFORE = [
    Case("Chinese firms put KZT 1 500 000 000 into the logistics hub.", (("1500000000", "KZT"),)),
    Case("The pilot shipment was valued at $40 000.", (("40000", "USD"),)),
    Case("Local farms earned 1 500 000 tenge from the new orders.", (("1500000", "KZT"),)),
    Case("The grant to the university came to $9.23213 million.", (("9232130", "USD"),)),
    Case("The customs papers list 75 USD million of goods.", (("75000000", "USD"),)),
    Case("Sales climbed to $300,000, up from $120,000 a year before.",
         (("300000", "USD"), ("120000", "USD"))),
    Case("The fund closed the year at $1,250,000.", (("1250000", "USD"),)),
]

# --- the forms news prints --------------------------------------------------------------------
FORMS = [
    # thousands grouped by a no-break, a thin and a narrow no-break space
    Case("Transit fees brought in 2\u00a0400\u00a0000 tenge.", (("2400000", "KZT"),)),
    Case("The contract is worth $3\u2009500\u2009000.", (("3500000", "USD"),)),
    Case("Tourists spent €12\u202f500 on the tour.", (("12500", "EUR"),)),
    Case("Customs collected 1,674.5 million tenge.", (("1674500000", "KZT"),)),
    # a decimal comma where three digits cannot follow it
    Case("Turnover reached 2,5 billion dollars in the first half.", (("2500000000", "USD"),)),
    # scale words before and after the currency, short forms
    Case("Turnover hit 10 billion yuan in March.", (("10000000000", "CNY"),)),
    Case("The plant will cost USD 4.2 bln.", (("4200000000", "USD"),)),
    Case("The region raised KZT 310 mln for roads.", (("310000000", "KZT"),)),
    Case("The budget holds 3.1 tn tenge for it.", (("3100000000000", "KZT"),)),
    Case("Deposits stood at 1.2 trln tenge.", (("1200000000000", "KZT"),)),
    Case("The railway needs half a billion dollars.", (("500000000", "USD"),)),
    Case("The school got a quarter of a million tenge.", (("250000", "KZT"),)),
    # number words
    Case("The partners pledged two billion dollars.", (("2000000000", "USD"),)),
    Case("Exports grew twenty-five per cent.", (("25", "percent"),)),
    Case("The bank lent one and a half billion yuan.", (("1500000000", "CNY"),)),
    Case("Its share fell to seventy-three percent.", (("73", "percent"),)),
    Case("A farmer sold wool for three dollars 50 cents.", (("3.5", "USD"),)),
    # currency names with an adjective, signs after the number
    Case("The loan was 800 million Chinese yuan.", (("800000000", "CNY"),)),
    Case("The fine was 90 million Kazakh tenge.", (("90000000", "KZT"),)),
    Case("The deal was worth 5 billion Russian rubles.", (("5000000000", "RUB"),)),
    Case("Banks hold 40 billion American dollars.", (("40000000000", "USD"),)),
    Case("The ticket costs 500 € each.", (("500", "EUR"),)),
    Case("The fee is 100 ₸ per page.", (("100", "KZT"),)),
    Case("The firm paid ₽ 7 million in tax.", (("7000000", "RUB"),)),
    # ¥ and 元 in a sentence about China
    Case("A Chinese buyer paid ¥80 million for the mine.", (("80000000", "CNY"),)),
    Case("Visitors from China spent 4000元 each.", (("4000", "CNY"),)),
    # "A $5 million" is an article, not the Australian dollar
    Case("A $5 million grant went to the port.", (("5000000", "USD"),)),
    # a list is no range: each value stands
    Case("Exports grew 5% and imports 10% in the spring.", (("5", "percent"), ("10", "percent"))),
    Case("Investment came at a rate of $2 billion a year.", (("2000000000", "USD"),)),
    Case("The budget set aside KZT1.5trn for it.", (("1500000000000", "KZT"),)),
    Case("Exporters earned 2 mlrd dollars.", (("2000000000", "USD"),)),
    Case("The start-up raised $3 mil from angels.", (("3000000", "USD"),)),
    Case("The bond raised $1.250 billion.", (("1250000000", "USD"),)),
]

# --- a money amount before a counted noun is its value; declines are negative -----------------
RECORDS = [
    ("The sides launched a USD 300 million project in Aktobe.",
     "Figure[project_value 300000000 USD None actual]"),
    ("They signed USD 1.5 billion agreements at the forum.",
     "Figure[agreement_value 1500000000 USD None actual]"),
    ("Exports to China fell 19 percent in 2023.", "Figure[other -19 percent 2023 actual]"),
    ("Imports of machinery dropped by 7.5% last year.", "Figure[other -7.5 percent 2023 actual]"),
    ("Bilateral trade declined 4 percent in 2020.", "Figure[trade_growth -4 percent 2020 actual]"),
]

# --- no money and no percentage: rates, addresses, phones, ids, other dollars, cut numbers ------
NEGATIVE = [
    "The National Bank set the rate at 1 USD = 470.5 KZT on Monday.",
    "Exporters sold their earnings at 450 tenge per dollar.",
    "The tenge weakened to 480 tenge to the dollar.",
    "See example.kz/search?q=trade%20grew%2015%20percent for more.",
    "Call the trade office on +7 727 250 15 00 or +86 10 6532 1234.",
    "Article 2024-15678, updated 12:45, 3 min read.",
    "The bank raised HK$ 5 billion and C$300 million abroad.",
    "The fund raised A$2 billion in Sydney and Hong Kong $ 4 billion.",
    "The Tokyo office reported ¥80 million in sales.",
    "The receipt read 15 dollars 50 and 17 USD 25.",
    "The figure printed was US$1,2345.",
    "Its fund reached twenty-one trillion three hundred percent of plan.",
    # the top of a range the rules do not read is no amount of its own
    "Shipments grew between 5 and 10 percent a month.",
    "The park may draw two to three billion dollars.",
    "Margins were 2 or 3 percent higher.",
    # more exchange rates
    "The official exchange rate of 470 tenge held all week.",
    "One dollar equals 470 tenge at the kiosks.",
    "USD/KZT 470.5 at the close on Friday.",
    # unknown scales glued on, signs, other groupings, a full stop that may group thousands
    "The fund reported KZT2.4xyz in assets.",
    "Output growth was -5% in the lean year.",
    "Fees came to 2'300'000 tenge.",
    "Tickets sold for 40.000 tenge at the gate.",
    "Bids totalled $ 1 billion 200 million.",
]


@pytest.mark.parametrize("case", WRONG_BEFORE + FORMS, ids=lambda c: c.text[:50])
def test_amounts(case: Case):
    assert amounts(case.text) == list(case.expected)


@pytest.mark.parametrize("text,expected", RECORDS, ids=[t[:50] for t, _ in RECORDS])
def test_records(text: str, expected: str):
    got = [str(r) for r in kzfacts.extract(text, published="2024-05-20") if isinstance(r, kzfacts.Figure)]
    assert got == [expected]


@pytest.mark.parametrize("text", NEGATIVE, ids=lambda t: t[:50])
def test_not_money(text: str):
    assert amounts(text) == []


@pytest.mark.parametrize("text,value", [
    ("fifty-two", "52"), ("fifty - two", "52"), ("one hundred and six", "106"), ("a hundred", "100"),
    ("one and a half", "1.5"), ("five and a quarter", "5.25"), ("Eleven", "11"),
])
def test_parse_words(text: str, value: str):
    assert parse_words(text) == Decimal(value)


@pytest.mark.parametrize("text,value", [
    ("1 500 000", "1500000"), ("40\u202f000", "40000"), ("1,250,000", "1250000"), ("2,5", "2.5"),
    ("9.23213", "9.23213"), ("1,674.5", "1674.5"), ("1\u00b73", "1.3"),
])
def test_parse_amount(text: str, value: str):
    assert parse_amount(text) == Decimal(value)


# --- the public suite: Recognizers-Text, values inside a trade sentence ------------------------
RECOGNIZERS = os.environ.get("KZFACTS_RECOGNIZERS", "")


@pytest.mark.skipif(not RECOGNIZERS or not Path(RECOGNIZERS).exists(),
                    reason="KZFACTS_RECOGNIZERS does not point at the Recognizers-Text git dir")
def test_recognizers_suite():
    spec = importlib.util.spec_from_file_location("recognizers_currency",
                                                  ROOT / "benchmarks" / "recognizers_currency.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # its dataclasses look their module up
    spec.loader.exec_module(bench)
    counts = bench.tally(RECOGNIZERS)
    for name in ("currency", "number"):
        c = counts[name]
        assert c["wrong"] == 0, name
        assert c["exact"] / sum(c.values()) >= 0.90, name
    assert counts["foreign"]["wrong"] == 0


# --- the checks before a figure, searched from the end back, find a match where a plain search does

_BEFORE_PIECES = ["twenty", "one", "-", " ", "\n", "hundred", "and", "or", "to", "billion", "million", "5", "1",
                  ",", ".", "'", "’", "%", "−", "USD", "/", "$", "tenge", "exchange", "rate", "of", "at", "=",
                  "equals", "about", "x", "\u00a0"]


@settings(deadline=None, max_examples=1000)
@given(text=st.lists(st.sampled_from(_BEFORE_PIECES), max_size=14).map("".join))
def test_checks_before_read_backwards(text):
    from kzfacts.numbers import _CUT_BEFORE, _RATE_BEFORE

    for reverse in (_CUT_BEFORE, _RATE_BEFORE):
        plain = _forward(reverse.pattern, reverse.flags)
        assert (reverse.search(text) is None) == (plain.search(text) is None)


@cache
def _forward(pattern: str, flags: int):
    """The plain (forward) form of a reversed pattern, compiled once."""
    import regex

    return regex.compile(pattern.removeprefix("(?r)"), flags & ~regex.REVERSE)
