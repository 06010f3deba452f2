"""The second gate of the meeting triggers (``ALSO_WORDS``: the noun of "during the meeting
with", "talks between") skips only sentences where the rule cannot match."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzfacts.meeting_scan import ALSO_WORDS, OPENING_WORDS, find_triggers, opening_words
from kzfacts.meeting_triggers import TRIGGERS
from kzfacts.scan import safe_lower
from tests.test_scan import _articles

GATED = [r for r in TRIGGERS if r.id in ALSO_WORDS]

# the rules' nouns whole, cut and in other cases, the words around them, and the letters case
# folding reads as ASCII ones
PIECES = ["Tokayev", "Xi", "Wang Yi", "The", "the", "his", "her", "their", "a", "during", "at", "after",
          "following", "results", "outcome", "of", "began", "with", "WITH", "between", "were", "held",
          "took", "place", "meeting", "Meetings", "MEETING", "talks", "Talks", "negotiations", "conversation",
          "briefing", "press", "conference", "phone", "telephone", "Phone", "call", "video", "link",
          "videoconference", "Videoconference", "meet", "talk", "ſ", "K", "İ", "\n", ".", ",", "’s", "'s"]
spaced = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)


def test_every_gated_rule_has_its_nouns():
    assert GATED and all(w == w.lower() and w for ws in ALSO_WORDS.values() for w in ws)


@pytest.mark.parametrize("rule", GATED, ids=[r.id for r in GATED])
def test_nouns_are_in_every_match(rule):
    words = ALSO_WORDS[rule.id]
    for text in [*_articles(), rule.doc]:
        for m in rule.pattern.finditer(text):
            assert any(w in m.group().lower() for w in words), (rule.id, m.group())


def _found(text: str, lower: str | None) -> list[tuple[str, tuple[int, int]]]:
    return [(r.id, m.span()) for r, m in find_triggers(text, (0, len(text)), lower)]


@pytest.mark.parametrize("rule_id", sorted(OPENING_WORDS))
def test_no_opening_word_holds_the_start_of_another(rule_id):
    """A non-overlapping scan passes over a start that lies inside another word's match."""
    cut, word = opening_words(rule_id)
    assert not [(w, u) for w in cut for k in range(1, len(w)) for u in cut
                if not (word and w[k - 1].isalpha()) and (u.startswith(w[k:]) or w[k:].startswith(u))]


def _rows() -> list[str]:
    """The sentences of the meeting tables (tests/test_meetings.py): one row for each phrase a
    trigger was written for, so that an opening word left off ``OPENING_WORDS`` is noticed."""
    from tests.test_meetings import NEGATIVE, POSITIVE, STORIES
    return [row[0] for row in (*POSITIVE, *STORIES)] + list(NEGATIVE)


@pytest.mark.parametrize("text", _rows(), ids=[t[:40] for t in _rows()])
def test_same_on_table_rows(text):
    assert _found(text, safe_lower(text)) == _found(text, None)


@pytest.mark.parametrize("index", range(len(_articles())))
def test_same_on_articles(index):
    text = _articles()[index]
    assert _found(text, safe_lower(text)) == _found(text, None)


@settings(deadline=None, max_examples=300)
@given(spaced)
def test_same_on_generated_text(text):
    assert _found(text, safe_lower(text)) == _found(text, None)
