"""The scope of a figure, table-driven: sentence -> the scope of each figure it states.

Rows are sentences of our own in the language of news, grouped by the scope they show."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import kzfacts
from kzfacts.records import Scope
from kzfacts.scope import read_scope


@dataclass(frozen=True)
class Row:
    text: str
    expected: tuple[str, ...]  # the scope of each figure, in text order
    xfail: str | None = None


BILATERAL = [
    Row("Trade between Kazakhstan and China grew to $35 billion last year.", ("bilateral",)),
    Row("Mutual trade came to 29.7 billion dollars in 2022.", ("bilateral",)),
    Row("Chinese direct investment in Kazakhstan totalled $2.4 billion in 2021.", ("bilateral",)),
    # a region in a title or a meeting place is no scope of the figure
    Row("The governor of Gansu province noted that trade between the two countries reached "
        "$28 billion in 2022.", ("bilateral",)),
    Row("Speaking in Urumqi, the minister said bilateral trade hit $33 billion in 2023.",
        ("bilateral",)),
    # a bloc the country belongs to, not the partner of the trade
    Row("China is Kazakhstan's main partner in Central Asia, with turnover of $30 billion in 2023.",
        ("bilateral",)),
    # a bloc or country in an aside, not a party to the figure
    Row("Trade between China and Kazakhstan, Central Asia's largest economy, hit $31 billion in 2023.",
        ("bilateral",)),
    Row("Kazakhstan, together with Russia, is a key partner; mutual trade with China hit $31 billion "
        "in 2023.", ("bilateral",)),
    # a total over all partners, with the other side named: China's share of it
    Row("China made up 22 percent of Kazakhstan's foreign trade in 2023.", ("bilateral",)),
    Row("Kazakhstan's foreign trade with China rose to $31 billion in 2023.", ("bilateral",)),
]

REGIONAL = [
    Row("Xinjiang's trade with Kazakhstan rose to $17 billion in 2023.", ("regional",)),
    Row("Trade between Kazakhstan and China's Xinjiang region stood at $16 billion in 2022.",
        ("regional",)),
    Row("Goods worth $4 billion crossed the border through the Alashankou crossing in 2023.",
        ("regional",)),
    Row("Some 900,000 tonnes of grain passed through Dostyk in 2023.", ("regional",)),
    Row("Chinese investment in the Zhetysu region reached $700 million in 2023.", ("regional",)),
    Row("Trade of Shaanxi Province with Kazakhstan grew by 40 percent in 2023.", ("regional",)),
    Row("Exports from Kazakhstan to Urumqi reached $1.1 billion in 2023.", ("regional",)),
    Row("Kazakhstan is Xinjiang's largest trading partner, with turnover of $17 billion in 2023.",
        ("regional",)),
]

WIDER = [
    Row("China's trade with Central Asian countries reached $89 billion in 2023.", ("wider",)),
    Row("Trade between China and the five Central Asian states topped $70 billion in 2022.",
        ("wider",)),
    Row("Kazakhstan's foreign trade turnover reached $139 billion in 2023, and China's share "
        "was 22 percent.", ("wider", "bilateral")),
    Row("Foreign direct investment in Kazakhstan reached $23 billion in 2023.", ("wider",)),
    Row("Kazakhstan plans to attract $150 billion of foreign investments by 2029.", ("wider",)),
    Row("Kazakhstan's trade with the EAEU was $28 billion in 2023.", ("wider",)),
    # two scopes in one sentence: each figure takes the nearest cue before it
    Row("Trade between the two countries reached $31 billion in 2023, while China's trade with "
        "Central Asia hit $89 billion.", ("bilateral", "wider")),
    Row("Trade between Kazakhstan and Xinjiang was $16 billion, and trade between the two "
        "countries was $31 billion in 2023.", ("regional", "bilateral")),
]


# another pair's trade (a third country's with either side, or its own share) is no figure at
# all: only its other figures stay, with their scope
THIRD = [
    Row("Trade between China and Russia exceeded $240 billion in 2023.", ()),
    Row("Kazakhstan's trade with Russia went up 7 percent over the last quarter.", ()),
    Row("It still lags behind trade with Uzbekistan, which grew by 12% in 2023.", ()),
    Row("Russia's exports to Kazakhstan fell to $9 billion last year.", ()),
    Row("Turnover between Kazakhstan and Iran should reach $3 billion by 2026.", ()),
    # a third country named but not the other party of the figure
    Row("China overtook Russia as Kazakhstan's top partner, with turnover of $31 billion in 2023.",
        ("bilateral",)),
    # not trade: a project crossing a third country keeps its value
    Row("The $4 billion railway will cross Iran and take ten years to build.", ("bilateral",)),
    Row("Trade with Russia fell, while trade between Kazakhstan and China rose to $31 billion.",
        ("bilateral",)),
]


def _scopes(text: str) -> list[str]:
    return [str(r.scope) for r in kzfacts.extract(text, published="2024-05-20")
            if isinstance(r, kzfacts.Figure)]


def _params(rows: list[Row]) -> list:
    return [pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=r.xfail)) if r.xfail else r
            for r in rows]


@pytest.mark.parametrize("row", _params(BILATERAL + REGIONAL + WIDER + THIRD), ids=lambda r: r.text[:60])
def test_scope(row: Row):
    assert _scopes(row.text) == list(row.expected)


def test_no_cue_is_bilateral():
    assert read_scope("It reached $5 billion.", 11, 23) is Scope.BILATERAL


def test_scope_in_every_export():
    [fig] = [r for r in kzfacts.extract("Xinjiang's trade with Kazakhstan hit $17 billion in 2023.")
             if isinstance(r, kzfacts.Figure)]
    row = fig.to_row()
    assert row["scope"] == "regional" and list(row).index("scope") == list(row).index("qualifier") + 1
