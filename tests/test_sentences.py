"""Sentences: text -> the sentences kzfacts reads each figure and meeting in (rows in our words)."""

from __future__ import annotations

import pytest

from kzfacts.sentences import split

ROWS = [
    ("Trade grew. Investment fell.", ["Trade grew.", "Investment fell."]),
    # abbreviations and initials end no sentence
    ("Trade with the U.S. grew. Mr. Li met Gen. Wang.", ["Trade with the U.S. grew.", "Mr. Li met Gen. Wang."]),
    # a full stop glued to the next sentence, as scraped pages run them
    ("The minister arrived in the capital.The talks began at noon.",
     ["The minister arrived in the capital.", "The talks began at noon."]),
    # but not a web address or an outlet's name
    ("Qazinform.kz reported it. Trend.Az reports that trade grew.",
     ["Qazinform.kz reported it.", "Trend.Az reports that trade grew."]),
]


@pytest.mark.parametrize("text, expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_sentence_rows(text, expected):
    assert [text[a:b] for a, b in split(text)] == expected
