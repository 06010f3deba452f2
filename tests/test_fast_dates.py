"""The gates of the meetings' date scans give exactly what the plain scans give: on the
articles, window by window, and on text made of the words the gates look for."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzfacts import timex
from kzfacts.sentences import sentences
from tests.test_scan import _articles

# month and weekday names whole, short and cut, in every case; the letters case folding reads as
# ASCII ones ("ſ", "İ", the Kelvin sign); numbers and glue
WORDS = ["March", "MARCH", "Mar.", "Sept", "Sep", "ſept", "ſeptember", "May", "mAy", "Aprİl", "Jun",
         "Friday", "FRİDAY", "Fri", "Thurs", "Tue", "Sun", "Sat", "ſaturday", "ſat", "Wednesday",
         "day", "Monday", "Kelvin", "\u212aelvin", "last", "this", "next", "week", "month", "year",
         "the", "of", "on", "in", "early", "mid", "3", "17th", "third", "2023", "21.08.2023", "2015-08-12",
         "-", "–", ",", ".", " ", "\n"]
texts = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)
glued = st.lists(st.sampled_from(WORDS), max_size=40).map("".join)
PUBLISHED = dt.date(2023, 3, 27)


def _outcome(text: str, start: int, end: int | None, kw: dict) -> object:
    try:
        return timex.find_dates(text, start, end, **kw)
    except Exception as exc:  # (a reader's own failure: the same on both paths)
        return type(exc), str(exc)


def _both(text: str, start: int = 0, end: int | None = None, **kw) -> tuple[object, object]:
    fast = _outcome(text, start, end, kw)
    gates, timex._ALSO_NEEDS = timex._ALSO_NEEDS, {}
    try:
        plain = _outcome(text, start, end, kw)
    finally:
        timex._ALSO_NEEDS = gates
    return fast, plain


def test_gates_are_in_force():
    assert timex._ALSO_NEEDS[timex.MONTH_DAY.id] and timex._ALSO_NEEDS[timex.WEEKDAY.id]


@pytest.mark.parametrize("index", range(len(_articles())))
def test_same_on_articles(index):
    text = _articles()[index]
    for a, b in sentences(text).spans:
        for future in (False, True):
            fast, plain = _both(text, a, b, published=PUBLISHED, future=future)
            assert fast == plain


@settings(max_examples=200, deadline=None)
@given(texts, st.booleans())
def test_same_on_words(text, future):
    fast, plain = _both(text, published=PUBLISHED, future=future)
    assert fast == plain


@settings(max_examples=200, deadline=None)
@given(glued)
def test_same_on_glued_words(text):
    fast, plain = _both(text, published=None)
    assert fast == plain
