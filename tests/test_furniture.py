"""Page furniture: lists of other stories' headlines give no records (rows in our words)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import kzfacts
from kzfacts.furniture import blank_related_lists

PAGE = """Tokayev receives Chinese Foreign Minister

ASTANA. President Kassym-Jomart Tokayev received Chinese Foreign Minister Wang Yi at the Akorda on Monday.

The sides discussed trade, which reached $41 billion in 2023.

Read also

Smailov holds talks with Chinese Premier Li Qiang
Kazakh-Chinese trade to reach $50 billion

Most read
Tokayev meets with Xi Jinping in Astana
"""


def _meetings(text: str) -> list[tuple[str, ...]]:
    return [tuple(r.participants) for r in kzfacts.extract(text, published="2024-05-20") if isinstance(r, kzfacts.Meeting)]


def test_headlines_of_other_stories_give_no_meeting_and_no_figure():
    records = kzfacts.extract(PAGE, published="2024-05-20")
    assert _meetings(PAGE) == [("Tokayev", "Wang Yi")]
    assert [r.value for r in records if isinstance(r, kzfacts.Figure)] == [41_000_000_000]


def test_a_one_line_read_also_is_blanked_and_the_article_goes_on():
    text = ("Tokayev met Chinese Ambassador Zhang Xiao on Monday.\nAlso read: Smailov meets Li Qiang in Beijing\n"
            "Later, Tokayev met Chinese Vice Premier Ding Xuexiang in Astana on Monday.")
    assert _meetings(text) == [("Tokayev", "Zhang Xiao"), ("Tokayev", "Ding Xuexiang")]


def test_the_next_and_previous_articles_of_a_page_give_no_meeting():
    text = ("Tokayev met Chinese Ambassador Zhang Xiao on Monday.\n\nPrevious article\nSmailov meets Li Qiang in Beijing\n"
            "Next article\nBektenov holds talks with Ding Xuexiang")
    assert _meetings(text) == [("Tokayev", "Zhang Xiao")]


def test_a_sentence_that_opens_with_related_is_the_article():
    text = "Related to this, President Tokayev met Chinese Ambassador Zhang Xiao on Monday."
    assert blank_related_lists(text) == text
    assert _meetings(text) == [("Tokayev", "Zhang Xiao")]


@given(st.text(alphabet=st.sampled_from(list("Read also\nRelated news:Most read.ab \n")), max_size=300))
def test_blanking_keeps_every_offset_and_line(text):
    out = blank_related_lists(text)
    assert len(out) == len(text)
    assert [i for i, c in enumerate(out) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert all(a == b or a == " " for a, b in zip(out, text))
