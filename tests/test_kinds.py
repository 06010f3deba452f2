"""Kinds of statement issue 10 found missing, table-driven: sentence -> figures (compact form).

Every row is in our own words. Articles are dated 2024-08-15 unless a row says otherwise, so
"this year" is 2024 and the first half of it is over."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import kzfacts


@dataclass(frozen=True)
class Case:
    text: str
    expected: tuple[str, ...]
    published: str | None = "2024-08-15"
    xfail: str | None = None


def figs(text: str, published: str | None) -> list[str]:
    return [str(r) for r in kzfacts.extract(text, published=published) if isinstance(r, kzfacts.Figure)]


# --- counts of agreements and documents: words between, digits or words, future or passive -----
COUNTS = [
    Case("The two governments signed 9 intergovernmental and interdepartmental documents.",
         ("Figure[agreement_count 9 count 2024 actual]",)),
    Case("On Tuesday the delegations signed eighteen trade, energy and transport agreements.",
         ("Figure[agreement_count 18 count 2024 actual]",)),
    Case("Some 40 commercial contracts were inked at the business forum.",
         ("Figure[agreement_count 40 count 2024 actual about]",)),
    # (a signing planned for the days of the news: the article's year)
    Case("More than twenty documents are expected to be signed during the state visit.",
         ("Figure[agreement_count 20 count 2024 target over]",)),
    Case("About 15 new agreements will be signed in Astana next week.",
         ("Figure[agreement_count 15 count 2024 target about]",)),
    Case("A package of 33 documents was signed after the talks.",
         ("Figure[agreement_count 33 count 2024 actual]",)),
    # the parts of a list are figures too; the first part, "6 intergovernmental", has no noun
    Case("They signed 21 documents, including 6 intergovernmental and 15 commercial agreements.",
         ("Figure[agreement_count 21 count 2024 actual]", "Figure[agreement_count 15 count 2024 actual]")),
]

# --- partitives: both the part and the whole ------------------------------------------------
PARTITIVES = [
    Case("Seven of the 52 joint projects are already in operation.",
         ("Figure[project_count 7 count None actual]", "Figure[project_count 52 count None actual]")),
    Case("So far 18 of the 45 investment projects have been completed.",
         ("Figure[project_count 18 count None actual]", "Figure[project_count 45 count None actual]")),
]

# --- the value of contracts, deals and financing agreements ---------------------------------
VALUES = [
    Case("The partners signed a $750 million contract for a gas processing plant.",
         ("Figure[agreement_value 750000000 USD 2024 actual]",)),
    Case("The banks concluded a financing agreement worth $1.1 billion.",
         ("Figure[agreement_value 1100000000 USD None actual]",)),
    Case("Deals totalling $9 billion were struck on the sidelines of the summit.",
         ("Figure[agreement_value 9000000000 USD None actual]",)),
    Case("The supply contracts signed at the forum are worth $420 million.",
         ("Figure[agreement_value 420000000 USD 2024 actual]",)),
    # a money amount then a count of documents: two figures, not one value bound to the documents
    Case("Trade came to $4 billion and 12 new agreements were signed.",
         ("Figure[trade_volume 4000000000 USD None actual]", "Figure[agreement_count 12 count 2024 actual]")),
    # a year after "in" opens no range: "from X in 2013 to Y in 2024" is two amounts
    Case("Mutual trade grew from 60 billion yuan in 2013 to 140 billion yuan in 2023.",
         ("Figure[trade_volume 60000000000 CNY 2013 actual]", "Figure[trade_volume 140000000000 CNY 2023 actual]")),
    # "tenges", a plural some outlets print
    Case("The project, worth 48 billion tenges, was completed in Turkestan region.",
         ("Figure[project_value 48000000000 KZT None actual]",)),
    # a sum too small to be a country's trade or investment: an illustration, no core figure
    Case("Of every $100 of goods Kazakhstan imported in 2021, $43 came from Russia.",
         ("Figure[other 100 USD 2021 actual]", "Figure[other 43 USD 2021 actual]")),
]

# --- investment stock "as of" and "by the end of" a year ------------------------------------
STOCK = [
    Case("As of the end of 2023, the stock of Chinese investment in Kazakhstan stood at $24 billion.",
         ("Figure[investment 24000000000 USD 2023 actual]",)),
    Case("By the end of 2022, Chinese companies had invested over $22 billion in Kazakhstan.",
         ("Figure[investment 22000000000 USD 2022 actual over]",)),
    Case("Accumulated Chinese investment reached $25 billion by the end of 2023.",
         ("Figure[investment 25000000000 USD 2023 actual]",)),
    # a deadline still ahead stays a target
    Case("Kazakhstan aims to attract $30 billion of Chinese investment by the end of 2027.",
         ("Figure[investment 30000000000 USD 2027 target]",)),
]

# --- growth: "increased by further 1.5 percent" (no article) ---------------------------------
GROWTH = [
    Case("In 2020, despite the pandemic, mutual trade increased by further 1.5 percent.",
         ("Figure[trade_growth 1.5 percent 2020 actual]",)),
]

# --- shares: "X's share in trade exceeds 15 percent" -------------------------------------------
SHARES = [
    Case("China's share in Kazakhstan's foreign trade exceeds 15 percent.",
         ("Figure[trade_share 15 percent None actual over]",)),
    Case("Last year China's share in the country's trade surpassed 20%.",
         ("Figure[trade_share 20 percent 2023 actual over]",)),
]

# --- parts of the current year and spans of months or years ---------------------------------
PERIODS = [
    Case("In the first half of this year, trade between the countries came to $16 billion.",
         ("Figure[trade_volume 16000000000 USD 2024-01/2024-06 actual]",)),
    Case("In the first half, bilateral trade came to $16 billion.",
         ("Figure[trade_volume 16000000000 USD 2024-01/2024-06 actual]",)),
    # published in April: the first half is not over, so no period is read
    Case("In the first half, bilateral trade could reach $16 billion.",
         ("Figure[trade_volume 16000000000 USD None forecast]",), published="2024-04-02"),
    Case("In the second quarter, mutual trade grew by 9 percent.",
         ("Figure[trade_growth 9 percent 2024-04/2024-06 actual]",)),
    Case("In January–May, trade turnover reached $12 billion.",
         ("Figure[trade_volume 12000000000 USD 2024-01/2024-05 actual]",)),
    Case("In the last year and a half, Chinese firms invested $2 billion in Kazakhstan.",
         ("Figure[investment 2000000000 USD 2023-02/2024-08 actual]",)),
    Case("Over the past two and a half years, mutual trade doubled to $30 billion.",
         ("Figure[trade_volume 30000000000 USD 2022-02/2024-08 actual]",)),
    Case("In H1 2017, trade turnover grew by 40 percent.",
         ("Figure[trade_growth 40 percent 2017-01/2017-06 actual]",)),
    Case("In H1 this year, trade turnover rose to $15 billion.",
         ("Figure[trade_volume 15000000000 USD 2024-01/2024-06 actual]",)),
    # "in early 2024", "in late 2023"; "by mid-2024" passed (an article of August), "by mid-2025" a goal
    Case("Mutual trade grew to $12 billion in early 2024.",
         ("Figure[trade_volume 12000000000 USD 2024 actual]",)),
    Case("Chinese investment in Kazakhstan kept growing, reaching $26 billion by mid-2024.",
         ("Figure[investment 26000000000 USD 2024 actual]",)),
    Case("Trade is expected to reach $50 billion by mid-2025.",
         ("Figure[trade_volume 50000000000 USD 2025 target]",)),
    # "in H1", "in Q2" with no year: this year's, once that part of it is over
    Case("Bilateral trade rose to $15 billion in H1, up 20 percent year on year.",
         ("Figure[trade_volume 15000000000 USD 2024-01/2024-06 actual]",
          "Figure[trade_growth 20 percent 2024-01/2024-06 actual]")),
    Case("Mutual trade came to $7 billion in Q2.",
         ("Figure[trade_volume 7000000000 USD 2024-04/2024-06 actual]",)),
    Case("Mutual trade came to $7 billion in Q3.",
         ("Figure[trade_volume 7000000000 USD None actual]",)),
]


def _params(cases: list[Case]) -> list:
    return [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c.xfail)) if c.xfail else c
            for c in cases]


@pytest.mark.parametrize("case", _params(COUNTS + PARTITIVES + VALUES + STOCK + GROWTH + SHARES + PERIODS),
                         ids=lambda c: c.text[:60])
def test_kind(case: Case):
    assert figs(case.text, case.published) == list(case.expected)
