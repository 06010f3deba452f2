"""The article's own date, read off the page in the forms news sites print."""

from __future__ import annotations

import datetime as dt

import pytest

from kzfacts.dates import find_published

PUBLISHED = [
    (" date 2023-03-28 ASTANA – Kazakhstan seeks to deepen cooperation", "2023-03-28"),
    ("Exhibition Forum\nHeadline\nSeetao 2023-03-19 09:59\n  • point", "2023-03-19"),
    ("Headline\nФото: Akorda 03.07.2024 14:03 279\n", "2024-07-03"),
    ("Published: 17:21, July 5, 2024\nBody text.", "2024-07-05"),
    ("Updated: November 30, 2022 Source: Xinhua News Agency", "2022-11-30"),
    ("Headline\n\n    2 November 2019, 13:26\n\n    TASHKENT. KAZINFORM text", "2019-11-02"),
    ("Headline\nMarch 28, 2023\nBody", "2023-03-28"),
    ("ASTANA, March 28, 2023 (Xinhua) -- Trade reached", "2023-03-28"),
    ("Source:Xinhua-Global Times Published: 2018/4/24 21:48:40", "2018-04-24"),
    ("Spotlight: headline\nXinhua, May 7, 2015 Adjust font size:\nBody.", "2015-05-07"),
    ("Body of the story.\n/// nCa, 20 January 2023", "2023-01-20"),
    ("Kazakhstani and Chinese Cooperation\n\n12 m.   |  2020-03-31\n", "2020-03-31"),
]

NO_DATE = [
    "President Tokayev Meets with Ambassador Zhang Xiao\n\nOn March 14, President Tokayev met the ambassador.",
    "BEIJING, Nov. 29 (Xinhua) -- Premier Li held a meeting on Tuesday.",
    "In 1949, when the army was on its way to Xinjiang, the first",
    "The trade turnover reached $24 billion in 2022, up 34 percent.",
]


@pytest.mark.parametrize("text, expected", PUBLISHED, ids=lambda v: str(v)[:40])
def test_published_date(text, expected):
    assert find_published(text) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize("text", NO_DATE, ids=lambda v: v[:40])
def test_no_published_date(text):
    assert find_published(text) is None
