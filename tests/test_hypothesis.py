"""Properties of extraction over random and news-like text (hypothesis).

The "ci" profile (selected when CI is set) runs 2,000 examples per property; the default
runs 200, so the suite stays fast at a desk. Examples are kept short: long text is the
benchmark's business (benchmarks/pathological.py).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kzfacts

settings.register_profile("ci", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=200, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

# pieces of the news this tool reads, so that random text often holds figures
_WORDS = [
    "trade", "turnover", "between", "Kazakhstan", "and", "China", "reached", "exceeded", "over",
    "about", "nearly", "$", "US$", "USD", "billion", "bn", "million", "percent", "%", "tenge",
    "in", "2022", "2023", "last year", "the first eight months of", "by 2030", "aims to", "projects",
    "agreements", "signed", "investment", "exports", "imports", "up", "rose", "times", ".", ",",
    "14.5", "24", "1,200", "52", "fifty-two", "3-4", ";", "\n", "Jan. 5,", "2022-03-28",
]
news = st.lists(st.sampled_from(_WORDS), max_size=60).map(" ".join)
texts = st.one_of(st.text(max_size=300), news,
                  st.text(alphabet="0123456789,.$ bn%-\n", max_size=300))
published = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


def _rows(text: str, date: str | None) -> list[dict]:
    return [r.to_row() for r in kzfacts.extract(text, published=date)]


@settings(deadline=None)
@given(texts, published)
def test_extract_never_raises_and_quotes_are_spans(text, date):
    for record in kzfacts.extract(text, published=date):
        assert text[record.source.start:record.source.end] == record.quote
        assert record.quote


@settings(deadline=None)
@given(texts, published)
def test_two_runs_give_equal_output(text, date):
    assert _rows(text, date) == _rows(text, date)


@settings(deadline=None)
@given(texts, st.text(alphabet=" \nabcdefghij", max_size=40).map(lambda p: p + "\n\n"), published)
def test_a_prefix_shifts_offsets_not_values(text, prefix, date):
    """A paragraph of words before the article moves every record by its length, no more."""
    date = date or "2024-01-01"  # fixed, so that the prefix cannot change the date read off the text
    plain = _rows(text, date)
    moved = _rows(prefix + text, date)
    shift = len(prefix)
    for row in moved:
        row["start"] -= shift
        row["end"] -= shift
    assert moved == plain
