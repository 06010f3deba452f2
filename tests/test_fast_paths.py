"""The gated scans of people, parties and meeting_scan give exactly what the plain
patterns give: on the articles, and on text made of the words the gates look for."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzfacts import coreference, names, parties, people, person_words
from kzfacts.meeting_scan import TRIGGER_WORDS, rules_with_words
from kzfacts.scan import safe_lower
from tests.test_scan import _articles

# words that open offices, countries, aliases and family names, words hidden inside others
# ("Vice-President", "Secretary-General"), clause openings in every case, and glue
WORDS = ["President", "Vice-President", "Prime Minister", "Minister", "Secretary-General", "General",
         "Ambassador", "Akim", "Kazakh", "Chinese", "China", "People's Republic of China", "Xi",
         "Xi Jinping", "Tokayev", "Li", "Wang", "Yi", "Qiang", "He", "Ma", "the", "of", "met",
         "meeting", "visiting", "received", "THAT", "Who", "which", "But", "Zhang Xiao", "a",
         "ambassador", "leader", "the two", "Both", "Presidents", "heads of state", "Foreign Ministers", "–", "-", ";", ": ", ", ", ".", "’s", "'", "/", "\n", "  ", " ", "\t"]
texts = st.lists(st.sampled_from(WORDS), max_size=60).map("".join)
mixed = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)


def _office_chain(text: str, step) -> list[tuple[int, int]]:
    out, pos = [], 0
    while (m := step(text, pos)) is not None:
        out.append(m.span())
        pos = m.start() + 1  # every start, not only those after a match's end
    return out


def _check(text: str) -> None:
    lex = person_words.lexicon()
    starts = lex.office_starts.find(text)
    assert _office_chain(text, lambda t, p: people._next_office(t, p, starts)) == \
        _office_chain(text, lambda t, p: lex.office.search(t, p))
    alias = [m.span() for s in lex.alias_starts.find(text) if (m := lex.alias.match(text, s))]
    assert alias == [m.span() for m in lex.alias.finditer(text, overlapped=True)]
    assert [m.span() for m in names.chinese_names(text)] == \
        [m.span() for m in names.chinese_name_re().finditer(text)]
    parties._clauses.cache_clear()
    assert [m.span() for m in parties._clauses(text)[1]] == [m.span() for m in parties._CLAUSE.finditer(text)]
    lower = safe_lower(text)
    if lower is not None:
        assert [m.span() for m in coreference._PAIR_LOWER.finditer(lower)] == [m.span() for m in coreference._PAIR.finditer(text)]
        assert rules_with_words(lower) == {r for r, ws in TRIGGER_WORDS.items() if any(w in lower for w in ws)}


@pytest.mark.parametrize("index", range(len(_articles())))
def test_same_on_articles(index):
    _check(_articles()[index])


@settings(max_examples=150, deadline=None)
@given(texts)
def test_same_on_glued_words(text):
    _check(text)


@settings(max_examples=150, deadline=None)
@given(mixed)
def test_same_on_spaced_words(text):
    _check(text)
