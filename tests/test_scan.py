"""The windowed scans of kzfacts.scan give exactly the matches of a plain ``finditer``."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DEV, ROOT
from kzfacts.candidates import _scanners
from kzfacts.periods import _PERIOD_SCAN
from kzfacts.scan import Prepared, Scanner, trie

SCANNERS = [*_scanners().values(), _PERIOD_SCAN]
IDS = [*_scanners(), "period"]


def _plain(scanner, text):
    return [(m.span(), m.groupdict()) for m in scanner.pattern.finditer(text)]


def _windowed(scanner, text):
    return [(m.span(), m.groupdict()) for m in scanner.finditer(Prepared.of(text))]


PROBE = Path("/work/probe")  # extra articles, where a checkout has them


def _articles() -> list[str]:
    paths = [*sorted((ROOT / "corpus").glob("*.txt")), *sorted((DEV / "docs").glob("*.txt")),
             *sorted(PROBE.glob("*.txt"))]
    return [p.read_text(encoding="utf-8") for p in paths]


@pytest.mark.parametrize("scanner", SCANNERS, ids=IDS)
def test_same_matches_on_articles(scanner):
    for text in _articles():
        assert _windowed(scanner, text) == _plain(scanner, text)


# the phrases that start farthest before their trigger or read farthest past their start
LONGEST = [
    "Trade grew within the previous seventy seven years.",
    "at the end of fiscal 2022", "the fourth quarter of last year", "through the end of 2030",
    "the initial seventy seven months of the year", "between September - November of last year",
    "in 2019 - 2022", "the second half of this year", "over the past fifteen years",
    "between March and May", "from September to November", "9M of 2023", "H1 2022",
    "\n \t 2022, trade grew",
    "up U.S.$ 14.5 - 16.2 billion", "US $1,200.50 to 1,300 bln", "52 large new joint projects",
    # each figure rule's widest start before its trigger: the longest number, a range, the
    # widest scale word, three 26-letter words, the currency form of most words
    "US $123,456,789,012,345.6789",
    "123,456,789,012,345.6789 to 123,456,789,012,345.6789 thousands U.S. dollars",
    "123,456,789,012,345.6789 to 123,456,789,012,345.6789 %",
    "123,456,789,012,345.6789 - fold", "seventy-seven - times",
    # the longest amounts, as a range, before the currency form of most tokens before its last
    # word; the longest amounts in words
    "U.S. $ 14.5",
    "123,456,789,012,345.123456 to 123,456,789,012,345.123456 thousands Kazakhstani tenge",
    "123,456,789,012,345.123456 to 123,456,789,012,345.123456 thousands of Kazakhstani tenge",
    "123 456 789 012 345.123456 to 123 456 789 012 345.123456 %",
    "seven hundred and seventy - seven and one quarter trillions Kazakhstani tenge",
    "seven hundred and seventy - seven and one quarter per cent",
    "123,456,789,012,345.6789 thousand " + " ".join(["abcdefghijklmnopqrstuvwxyz"] * 3) + " joint ventures",
    # a list of kinds before a document noun; a partitive and the whole after it
    "123,456,789,012,345.6789" + ", and abcdefghijklmnopqrst" * 5 + " agreements",
    "123,456,789,012,345.6789 of the 123,456,789,012,345.6789 "
    + " ".join(["abcdefghijklmnopqrst"] * 3) + " joint ventures",
    "123,456,789,012,345.6789 out of 123,456,789,012,345.6789 "
    + " ".join(["abcdefghijklmnopqrst"] * 3) + " joint ventures",
]


@pytest.mark.parametrize("rule", list(_scanners()))
def test_figure_leads_are_tight(rule):
    """One token less of lead than a figure scanner has misses a match: each lead is as
    derived from its pattern, not larger (the tests above show it is not smaller)."""
    s = _scanners()[rule]
    narrow = Scanner(s.pattern, trigger=s.trigger, lead=s.lead - 1, reach=s.reach, reach_runs=s.reach_runs,
                     start=s.start)
    texts = ["x " + phrase.replace(" ", spacing) + " y" for phrase in LONGEST for spacing in (" ", "\n\t ")]
    assert any(_windowed(narrow, text) != _plain(narrow, text) for text in texts)


@pytest.mark.parametrize("scanner", SCANNERS, ids=IDS)
@pytest.mark.parametrize("spacing", [" ", "  \n  ", "\n\n\n\t "])
def test_same_matches_on_longest_phrases(scanner, spacing):
    for phrase in LONGEST:
        text = "x " + phrase.replace(" ", spacing) + " y"
        assert _windowed(scanner, text) == _plain(scanner, text)


# words and pieces the rules are made of, so generated text is dense in near-misses
_PIECES = [
    "in", "the", "first", "second", "half", "quarter", "of", "last", "this", "next", "year", "years",
    "months", "month", "between", "from", "to", "and", "within", "previous", "past", "since", "by",
    "the end", "fiscal", "at", "2022", "2019", "1999", "2030", "15", "8", "seventy", "seven",
    "seventy-seven", "eleven", "March", "Sept.", "may", "grammar", "$", "US$", "US $", "USD", "€",
    "14.5", "1,200", "2,710", "billion", "bn", "mln", "percent", "%", "per cent", "times", "fold",
    "projects", "joint", "agreements", "trains", "tenge", "dollars", "-", "–", ",", ".", ";",
    "th", "ſ", "ß", "İ", "K", "\n", "  ", "\n\n\n   \n", " " * 30,
]
_texts = st.lists(st.sampled_from(_PIECES), max_size=80).map(" ".join)
_gaps = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@settings(deadline=None, max_examples=300)
@given(text=st.one_of(_texts, _gaps))
def test_same_matches_on_generated_text(text):
    for scanner in SCANNERS:
        assert _windowed(scanner, text) == _plain(scanner, text)


# what the figure rules read between a number and their trigger: long numbers, ranges, scale
# words, words before a counted noun, currency forms of several words, and trigger look-alikes
_FIGURE_PIECES = [
    "123,456,789,012,345.6789", "123456789012.3456", "1,234", "7", "0.5", "2022", "seventy-seven",
    "eleven", "twenty five", "to", "-", "–", "—", " - ", "thousand", "thousands", "billion", "bln.",
    "bn", "m", "k", "abcdefghijklmnopqrstuvwxyz", "large", "new", "joint", "of", "the", "and",
    "projects", "project", "projected", "ventures", "joint ventures", "freight trains", "train trips",
    "cubic metres", "metric tons", "memoranda", "MoUs", "deals", "TEUs", "US", "U.S.", "US $", "US$",
    "U.S.$", "$", "USD", "EUR", "€", "₸", "¥", "RMB", "Europe", "Eurasian", "euros", "dollars",
    "U.S. dollars", "US dollars", "yuan", "tenge", "rubles", "%", "percent", "percentage", "per cent",
    "per\ncent", "pct", "points", "times", "sometimes", "fold", "-fold", "twofold", ",", ".", ":",
    "\n", "  ", "\n\n \t ",
]


@settings(deadline=None, max_examples=500)
@given(text=st.one_of(st.lists(st.sampled_from(_FIGURE_PIECES), max_size=60).map(" ".join),
                      st.lists(st.sampled_from(_FIGURE_PIECES), max_size=60).map("".join)))
def test_figure_scanners_on_generated_figures(text):
    for scanner in _scanners().values():
        assert _windowed(scanner, text) == _plain(scanner, text)


@settings(deadline=None)
@given(text=st.text(max_size=300))
def test_same_matches_on_any_text(text):
    for scanner in SCANNERS:
        assert _windowed(scanner, text) == _plain(scanner, text)


@pytest.mark.parametrize("words", [["six", "sixteen", "sixty"], ["year", "years", "month"], ["a"], []])
def test_trie_matches_the_same_words(words):
    import re

    pattern = re.compile(f"(?:{trie(words)})\\Z") if words else None
    for w in words:
        assert pattern.match(w)
    if pattern:
        assert not pattern.match("sixt") and not pattern.match("yea")


# periods are tried only where ``periods._PERIOD_START`` begins: phrases that begin inside a word,
# with digits of another script, after odd white space, or in text that is not lower-cased
PERIOD_EDGES = [
    "trade within 2020 grew", "growth thereof 2019 - 2021", "٥ months of 2022", "5٥ months of last year",
    "the first ٩ months of 2023", "in\x1c2022", "in\u30002022", "Q1\u00a02024", "x-9M 2023", "ſince 2015",
    "İn 2019", "between Kelvin 2019 and 2022", "\n \t2022, trade grew", "blast year", "a\u2028year ago",
    "the two sides, in the past\n\nseven years", "from Sept. to Nov. of this year", "марта 2022",
]


@pytest.mark.parametrize("text", PERIOD_EDGES)
def test_period_scan_on_edges(text):
    for t in (text, "x " + text + " y", text.upper()):
        assert _windowed(_PERIOD_SCAN, t) == _plain(_PERIOD_SCAN, t)


def test_re_white_space_holds_regex_white_space():
    """Start patterns run on the re module and price runs of white space with its ``\\s``, which
    must hold every character the regex module's ``\\s`` (the rules') takes."""
    import re
    import sys

    import regex

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert not set(regex.findall(r"\s", every)) - set(re.findall(r"\s", every))
