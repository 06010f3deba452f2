"""The windowed scans of kzfacts.scan give exactly the matches of a plain ``finditer``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DEV, ROOT
from kzfacts.figures import _scanners
from kzfacts.periods import _PERIOD_SCAN
from kzfacts.scan import Prepared, trie

SCANNERS = [*_scanners().values(), _PERIOD_SCAN]
IDS = [*_scanners(), "period"]


def _plain(scanner, text):
    return [(m.span(), m.groupdict()) for m in scanner.pattern.finditer(text)]


def _windowed(scanner, text):
    return [(m.span(), m.groupdict()) for m in scanner.finditer(Prepared.of(text))]


def _articles() -> list[str]:
    paths = sorted((ROOT / "corpus").glob("*.txt")) + sorted((DEV / "docs").glob("*.txt"))
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
]


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
