"""The cue tables' patterns, written for speed, find what their plain form finds."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzfacts.figure_cues import _FLAGS, _alt, compile_cue, cues
from kzfacts.gazetteer import load
from tests.test_scan import _articles


@cache
def _plain(table: str):
    """A ``\\b`` in every group, as the table reads (compiled once: generated examples reuse it)."""
    return compile_cue("|".join(rf"(?P<{name}>\b(?:{_alt(forms)})\b)" for name, forms in load("cues")[table].items()),
                       _FLAGS)


def _found(pattern, text):
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


@pytest.mark.parametrize("table", ["metric", "status"])
def test_word_groups_on_articles(table):
    plain, fast = _plain(table), getattr(cues(), table)
    for text in _articles():
        assert _found(fast, text) == _found(plain, text)


_WORDS = ["trade", "turnover", "exports", "imports", "investment", "FDI", "target", "plans", "expected", "reached",
          "-", "'", "’", "_", "1", "\u017f", "K", " ", "\n", "s", "trad", "ing", "."]


@settings(deadline=None, max_examples=300)
@given(text=st.lists(st.sampled_from(_WORDS), max_size=30).map("".join))
def test_word_groups_on_generated_text(text):
    for table in ("metric", "status"):
        assert _found(getattr(cues(), table), text) == _found(_plain(table), text)


def test_qualifier_as_plain():
    """Searched as figures searches it: in the 60 characters before a number."""
    qual = load("cues")["qualifier"]
    fillers = _alt(qual["fillers"])
    plain = compile_cue(
        rf"(?:(?P<over>\b(?:{_alt(qual['over'])}))|(?P<under>\b(?:{_alt(qual['under'])}))"
        rf"|(?P<about>\b(?:{_alt(qual['about'])})))(?:\s+(?:{fillers})){{0,2}}\s*\Z", _FLAGS)
    fast = cues().qualifier
    for text in _articles():
        for end in range(0, len(text), 7):
            lo = max(0, end - 60)
            a, b = fast.search(text, lo, end), plain.search(text, lo, end)
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))
