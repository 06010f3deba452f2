"""A document's title is its headline, without stamps, datelines, agencies and labels.
Rows are written for these tests, in the shapes news pages take."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from kzfacts.corpus import make_document
from kzfacts.headline import clean_title, title_of


class Case(NamedTuple):
    page: str  # the top of a page's text
    title: str | None


CASES = [
    # --- furniture before the headline on its line
    Case(" date 2019-04-02 Kazakh and Chinese ministers discuss rail freight\n\nText.",
         "Kazakh and Chinese ministers discuss rail freight"),
    Case("10:15, 07 June 2017 | GMT +6\nGrain exports to China double\n", "Grain exports to China double"),
    Case("08:30, 07 June 2017 | GMT +6 Grain exports to China double", "Grain exports to China double"),
    Case("ALMATY. KAZINFORM – Border crossing reopens for trucks", "Border crossing reopens for trucks"),
    Case("NUR-SULTAN – New logistics hub opens near the border", "New logistics hub opens near the border"),
    Case("URUMQI, April 9 (Xinhua) -- Freight trains set a new monthly record",
         "Freight trains set a new monthly record"),
    Case("BEIJING, May 3 (Reuters) - China and Kazakhstan sign gas deal", "China and Kazakhstan sign gas deal"),
    Case("ASTANA. KAZINFORM The two premiers agreed on a joint plan", "The two premiers agreed on a joint plan"),
    # --- furniture after it
    Case("Wheat shipments rise as new terminal opens | The Astana Times",
         "Wheat shipments rise as new terminal opens"),
    Case("Ministers sign transit protocol - Xinhua", "Ministers sign transit protocol"),
    # --- lines that are no headline
    Case("Business Digest\nSenate speaker meets Chinese delegation\n", "Senate speaker meets Chinese delegation"),
    Case("Home > World News\nPremiers hold talks in Shanghai\n", "Premiers hold talks in Shanghai"),
    Case(" date 2021-02-01 Go to the main site\n  Leaders discuss a new trade target\n",
         "Leaders discuss a new trade target"),
    Case(" date 2018-02-02 EN\nRegional governors meet in Almaty\n", "Regional governors meet in Almaty"),
    Case("\n\n   \nTrade forum opens in Shymkent\n", "Trade forum opens in Shymkent"),
    # --- the first line is the article itself: its first sentence when short, else none
    Case(" date 2020-06-01 Trade between the two countries fell by a fifth in May. Officials blamed "
         "the border closures.", "Trade between the two countries fell by a fifth in May"),
    Case("ASTANA – " + "The minister spoke at length about " + "many long matters, " * 20 + "and more.", None),
    # --- what stays
    Case("NATO chief visits Astana", "NATO chief visits Astana"),
    Case("Xi meets Tokayev", "Xi meets Tokayev"),
    Case("Kazakh and Chinese Cooperation", "Kazakh and Chinese Cooperation"),
    Case("", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c.page[:40] for c in CASES])
def test_title(case):
    assert title_of(case.page) == case.title


def test_a_page_title_given_by_the_html_is_cleaned_too():
    assert clean_title("Rail link opens | Example News") == "Rail link opens"


def test_a_document_takes_its_title_from_the_headline():
    doc = make_document("14:02, 11 May 2016 | GMT +6\nGas pipeline capacity grows\n\nBody.", "d")
    assert doc.title == "Gas pipeline capacity grows"


def test_a_title_given_is_kept():
    assert make_document(" date 2020-01-01 Text", "d", title="As Given").title == "As Given"
