"""Alternations of names grouped by first letter (``names.grouped_alternation``) match exactly
what the plain alternations match: every pattern built from them, on the articles and on text
dense in the names, offices, countries and places they list."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from kzfacts import meeting_triggers, names, person_words
from kzfacts.rules import alternation
from tests.test_scan import _articles

_CACHES = (person_words.lexicon, names.chinese_name_re, meeting_triggers.cues)


def _patterns() -> dict[str, regex.Pattern[str]]:
    lex = person_words.lexicon()
    return {"alias": lex.alias, "office": lex.office, "country": lex.country_re,
            "named_office": lex.named_office, "chinese": names.chinese_name_re(),
            "place": meeting_triggers.cues().place}


def _built(grouped: bool) -> dict[str, regex.Pattern[str]]:
    names.GROUPED = grouped
    try:
        for c in _CACHES:
            c.cache_clear()
        return _patterns()
    finally:
        names.GROUPED = True
        for c in _CACHES:
            c.cache_clear()


GROUPED, PLAIN = _built(True), _built(False)

# names, offices, countries and places in other cases, cut short and run together, and the
# letters case folding reads as ASCII ones
PIECES = ["Xi", "Xi Jinping", "President Xi", "Tokayev", "Toqayev", "Wang Yi", "Li Qiang", "Zhang Xiao",
          "Kazakh", "KAZAKH", "kazakh", "Kazakhstan", "China", "Chinese", "People's Republic of China",
          "President", "Vice-President", "Prime Minister", "Minister", "minister", "Ambassador", "ambassador",
          "Head of State", "Chairman", "chairman", "Astana", "Almaty", "Beijing", "Xi'an", "Urumqi", "Ürümqi", "ÜRÜMQI", "Nur-Sultan",
          "ſ", "K", "İ", "of", "the", "to", ",", " - ", "’s", "(KZ)", "\n", ".", "Sun", "Weidong", "Ma", "He"]
spaced = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _same(text: str) -> None:
    for key, plain in PLAIN.items():
        got = [(m.span(), m.groupdict()) for m in GROUPED[key].finditer(text, overlapped=True)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text, overlapped=True)], key


def test_grouping_is_in_force():
    assert all(GROUPED[k].pattern != PLAIN[k].pattern for k in GROUPED)


def test_groups_keep_the_order_of_the_plain_alternation():
    forms = ["Kazakhstan", "Sunkar", "Kaz", "Su", "so", "K-pop", "kyrgyz"]
    assert names.grouped_alternation(forms).replace("(?:", "").replace(")", "").split("|") != \
        alternation(forms, escape=True).split("|")  # (grouped, so reordered across groups)
    for flags in (regex.V1, regex.V1 | regex.I):
        grouped = regex.compile(rf"(?:{names.grouped_alternation(forms)})", flags)
        plain = regex.compile(rf"(?:{alternation(forms, escape=True)})", flags)
        for text in ("Kazakhstan", "kazakhstan", "\u212aazakhstan", "ſunkar", "Suso", "K-pop Kyrgyz", "SUNKAR"):
            assert [m.span() for m in grouped.finditer(text, overlapped=True)] == \
                [m.span() for m in plain.finditer(text, overlapped=True)]


def test_forms_beyond_latin1_stay_plain():
    assert names.grouped_alternation(["\u212aazan", "Oral"]) == alternation(["\u212aazan", "Oral"], escape=True)
    assert names.grouped_alternation(["Öskemen", "Oral"]) != alternation(["Öskemen", "Oral"], escape=True)


@pytest.mark.parametrize("index", range(len(_articles())))
def test_same_on_articles(index):
    _same(_articles()[index])


@settings(deadline=None, max_examples=200)
@given(spaced)
def test_same_on_spaced_names(text):
    _same(text)


@settings(deadline=None, max_examples=200)
@given(glued)
def test_same_on_glued_names(text):
    _same(text)
