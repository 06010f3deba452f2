"""Sentences: text -> the sentences kzfacts reads each figure and meeting in (rows in our words)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzfacts.sentences import sentences, split, unwrapped

ROWS = [
    ("Trade grew. Investment fell.", ["Trade grew.", "Investment fell."]),
    # abbreviations and initials end no sentence
    ("Trade with the U.S. grew. Mr. Li met Gen. Wang.", ["Trade with the U.S. grew.", "Mr. Li met Gen. Wang."]),
    # initials run together, a Russian digraph's among them
    ("The summit was attended by K.K. Tokayev and Sh.M. Mirziyoyev. Talks followed.",
     ["The summit was attended by K.K. Tokayev and Sh.M. Mirziyoyev.", "Talks followed."]),
    # ... "Dzh." too ("Dzh. Otorbaev", blind round r261); not a name that ends in two letters ("Liu Yu.")
    ("Prime Minister Dzh. Otorbaev met Liu Yu. Talks followed.", ["Prime Minister Dzh. Otorbaev met Liu Yu.", "Talks followed."]),
    # a full stop glued to the next sentence, as scraped pages run them
    ("The minister arrived in the capital.The talks began at noon.",
     ["The minister arrived in the capital.", "The talks began at noon."]),
    # a number and a word open a sentence after a word's full stop; not after an abbreviation
    ("The president met Xi Jinping. 12 documents were signed. See Art. 5 of the law at 5 p.m. 10 days later.",
     ["The president met Xi Jinping.", "12 documents were signed.", "See Art. 5 of the law at 5 p.m. 10 days later."]),
    # a footnote mark after the full stop ends the sentence with it ("relations.[ii] In 2013, ...")
    ("Ties grew closer.[ii] In 2013, the leaders met. Trade rose.[3] It fell. See note [2] below.",
     ["Ties grew closer.[ii]", "In 2013, the leaders met.", "Trade rose.[3]", "It fell.", "See note [2] below."]),
    # but not a web address or an outlet's name
    ("Qazinform.kz reported it. Trend.Az reports that trade grew.",
     ["Qazinform.kz reported it.", "Trend.Az reports that trade grew."]),
]


@pytest.mark.parametrize("text, expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_sentence_rows(text, expected):
    assert [text[a:b] for a, b in split(text)] == expected


def test_unwrapped_makes_line_breaks_inside_sentences_spaces():
    text = ("Trade between the two neighbours grew by a third in the year to\n"
            "March, and the ministers of both sides met in Astana to talk about\n"
            "railways and grain and the new crossing on the border that opened\n"
            "last spring after three years of building work by the two firms\n"
            "that won the tender for it, the ministry said in a statement on\n"
            "Friday.\n\nNext.")
    sents = sentences(text)
    flat = unwrapped(sents)
    assert len(flat.text) == len(text) and flat.spans == sents.spans
    assert "year to March, and" in flat.text and flat.text.endswith("Friday.\n\nNext.")
    plain = sentences("One line.\nAnother line.")
    assert unwrapped(plain) is plain


# --- the sentence ends found by the re module, as the plain regex pattern finds them -----------

_PLAIN_END = r"""(?:[.!?]+|…)["'»”’)\]]*(?:\[(?:\d{1,3}|[ivx]{1,6})\])?(?=\s)|\n|(?<=[a-z]{3}\.)(?=[A-Z][a-z]{2,}\s)"""


def _plain_split(text: str) -> list[tuple[int, int]]:
    import regex

    from kzfacts import sentences

    spans: list[tuple[int, int]] = []
    start, wrapped = 0, sentences.hard_wrapped(text)
    for m in regex.finditer(_PLAIN_END, text):
        if sentences._is_break(text, m.end(), m.group(), wrapped):
            sentences._push(text, start, m.end(), spans)
            start = m.end()
    sentences._push(text, start, len(text), spans)
    return spans


def test_same_splits_on_articles():
    from tests.test_scan import _articles

    for text in _articles():
        assert split(text) == _plain_split(text)


# glued stops, abbreviations, white space regex and re read alike and not ("\x1c", "\u2028")
_PIECES = ["media", ".", "The", " talks", "!", "?", "…", "\n", "\x1c", "\u2028", "\u00a0", "abc", "Mr",
           "Dr.", "US", "”", ")", "A", "Ab", "Abc", " ", "x.Y", "etc.", "sept.", "2022", "[ii]", "[3]", "["]


@settings(deadline=None, max_examples=500)
@given(text=st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_same_splits_on_generated_text(text):
    assert split(text) == _plain_split(text)


@settings(deadline=None, max_examples=500)
@given(text=st.text(alphabet="ab.1_ é,-\n…Z\u00a0", max_size=40))
def test_word_before_read_backwards_is_the_plain_one(text):
    import regex

    from kzfacts.sentences import _WORD_BEFORE

    plain = regex.search(r"([\w.]+)\Z", text)
    found = _WORD_BEFORE.search(text)
    assert (found and found.group(1)) == (plain and plain.group(1))
