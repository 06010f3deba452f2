"""merge: grouping, tolerance, qualifier bounds, partial dates, derived values, attribution.

Table-driven: each row is a small hand-made case; ids come from the case's description.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from kzfacts.attribution import resolve_attribution
from kzfacts.merge import merge
from kzfacts.merge_events import dates_compatible, group_events, same_parties
from kzfacts.merge_facts import derive, group_facts, previous_period
from kzfacts.records import (
    DateSource, Derived, Figure, Meeting, MeetingKind, Metric, Qualifier, Scope, Span, Status,
)

B = Decimal(10) ** 9


def fig(doc: str, value: str, *, metric: Metric = Metric.TRADE_VOLUME, unit: str = "USD",
        period: str | None = "2022", status: Status = Status.ACTUAL, qualifier: str | None = None,
        sentence: str = "s", start: int = 0, attribution: str | None = None,
        scope: Scope = Scope.BILATERAL) -> Figure:
    v = Decimal(value) * (B if unit == "USD" else 1)
    return Figure(metric, v, unit, period, status, Qualifier(qualifier) if qualifier else None,
                  quote=value, source=Span(doc, start, start + 5, sentence, "test"),
                  attribution=attribution, scope=scope)


def meeting(doc: str, date: str | None, *who: str, kind: str = "meeting",
            source: DateSource | None = DateSource.TEXT, start: int = 0) -> Meeting:
    return Meeting(date, source if date else None, tuple(who), None, MeetingKind(kind), quote=f"{who}",
                   source=Span(doc, start, start + 5, "s", "test"))


# --- tolerance and qualifier bounds: (description, a, b, one fact?) ------------------------------

TOLERANCE = [
    ("over 24 and 24.1 agree", fig("a", "24", qualifier="over"), fig("b", "24.1"), True),
    ("24 and 31.2 differ", fig("a", "24"), fig("b", "31.2"), False),
    ("over 24 and 31.2 differ", fig("a", "24", qualifier="over"), fig("b", "31.2"), False),
    ("24 and 24.2 agree by rounding", fig("a", "24"), fig("b", "24.2"), True),
    ("24 and 25 differ", fig("a", "24"), fig("b", "25"), False),
    ("under 24 and 23 agree", fig("a", "24", qualifier="under"), fig("b", "23"), True),
    ("under 24 and 25 differ", fig("a", "24", qualifier="under"), fig("b", "25"), False),
    ("over 24 and 23 differ", fig("a", "24", qualifier="over"), fig("b", "23"), False),
    ("about 24 and 25 agree", fig("a", "24", qualifier="about"), fig("b", "25"), True),
    ("about 24 and 26 differ", fig("a", "24", qualifier="about"), fig("b", "26"), False),
    ("23.6 and 23.5 percent agree", fig("a", "23.6", unit="percent", metric=Metric.TRADE_GROWTH),
     fig("b", "23.5", unit="percent", metric=Metric.TRADE_GROWTH), True),
    ("52 and 53 projects differ", fig("a", "52", unit="count", metric=Metric.PROJECT_COUNT),
     fig("b", "53", unit="count", metric=Metric.PROJECT_COUNT), False),
]


@pytest.mark.parametrize("a, b, one", [r[1:] for r in TOLERANCE], ids=[r[0] for r in TOLERANCE])
def test_tolerance(a, b, one):
    facts = group_facts([a, b])
    assert (len(facts) == 1) is one


# --- grouping: (description, records, expected facts as (value, bound, n_docs)) ------------------

GROUPING = [
    ("one fact, two documents", [fig("a", "24", qualifier="over"), fig("b", "24.1")],
     [(Decimal("24.1") * B, None, 2)]),
    ("all qualified: the bound stays", [fig("a", "24", qualifier="over"), fig("b", "24.5", qualifier="over")],
     [(Decimal("24.25") * B, Qualifier.OVER, 2)]),
    ("different periods are different facts", [fig("a", "24"), fig("b", "24", period="2021")],
     [(24 * B, None, 1), (24 * B, None, 1)]),
    ("target and actual are apart", [fig("a", "35", status=Status.TARGET, period="2030"), fig("b", "35", period="2030")],
     [(35 * B, None, 1), (35 * B, None, 1)]),
    ("one document twice is one source", [fig("a", "24"), fig("a", "24", start=50)], [(24 * B, None, 1)]),
]


@pytest.mark.parametrize("records, expected", [r[1:] for r in GROUPING], ids=[r[0] for r in GROUPING])
def test_grouping(records, expected):
    got = sorted((f.value, f.bound, f.n_docs) for f in group_facts(records))
    assert got == sorted(expected)


def test_fact_reports_and_attributions():
    facts = group_facts(
        [fig("a", "31.2", attribution="General Administration of Customs"), fig("b", "31.2")],
        {"a": dt.date(2023, 1, 20), "b": dt.date(2023, 3, 1)},
    )
    [f] = facts
    assert (f.first_reported, f.last_reported) == (dt.date(2023, 1, 20), dt.date(2023, 3, 1))
    assert f.attributions == ("General Administration of Customs",)
    assert f.docs == ("a", "b") and f.id == "F1"


# --- derived values: (description, records, expected compact strings) ---------------------------

GROWTH = dict(metric=Metric.TRADE_GROWTH, unit="percent")
DERIVED = [
    ("grew by 34 percent to over $24 billion",
     [fig("a", "34", **GROWTH), fig("a", "24", qualifier="over", start=20)],
     ["Derived[trade_volume 17910447761 USD 2021 actual over]"]),
    ("months of a year go back a year",
     [fig("a", "26", period="2019-01/2019-08", **GROWTH), fig("a", "9.2", period="2019-01/2019-08", start=20)],
     ["Derived[trade_volume 7301587302 USD 2018-01/2018-08 actual]"]),
    ("a decline of 10 percent", [fig("a", "-10", **GROWTH), fig("a", "9", start=20)],
     ["Derived[trade_volume 10000000000 USD 2021 actual]"]),
    ("growth over 30 percent: under before", [fig("a", "30", qualifier="over", **GROWTH), fig("a", "26", start=20)],
     ["Derived[trade_volume 20000000000 USD 2021 actual under]"]),
    ("not across sentences", [fig("a", "34", **GROWTH), fig("a", "24", sentence="t", start=20)], []),
    ("not across periods", [fig("a", "34", **GROWTH), fig("a", "24", period="2021", start=20)], []),
    ("not across metric families",
     [fig("a", "34", **GROWTH), fig("a", "24", metric=Metric.INVESTMENT, start=20)], []),
    ("not over spans of years",
     [fig("a", "50", period="2018/2023", **GROWTH), fig("a", "24", period="2018/2023", start=20)], []),
    ("not for targets",
     [fig("a", "10", status=Status.TARGET, **GROWTH), fig("a", "35", status=Status.TARGET, start=20)], []),
]


@pytest.mark.parametrize("records, expected", [r[1:] for r in DERIVED], ids=[r[0] for r in DERIVED])
def test_derived(records, expected):
    got = derive(records)
    assert [str(d) for d in got] == expected
    for d in got:
        assert d.type == "derived" and d.to_row()["derived_from"] == [r.key for r in records]


def test_derived_joins_the_cross_check():
    # the year before from one article against another article's stated figure
    records = [fig("a", "34", **GROWTH), fig("a", "24", start=20), fig("b", "17.9", period="2021")]
    merged = merge(records)
    [fact] = [f for f in merged.facts if f.period == "2021"]
    assert fact.n_docs == 2 and fact.derived == 1
    assert not merged.conflicts
    merged = merge([fig("a", "34", **GROWTH), fig("a", "24", start=20), fig("b", "25.25", period="2021")])
    [c] = merged.conflicts
    assert [s.derived for s in c.sides] == [True, False]


def test_previous_period():
    assert [previous_period(p) for p in ("2022", "2022-03", "2019-01/2019-08", "2008/2023", None)] == [
        "2021", "2021-03", "2018-01/2018-08", None, None]


# --- partial dates ---------------------------------------------------------------------------

DATES = [
    ("2023-03-27", "2023-03-27", 0, True),
    ("--03-27", "2023-03-27", 0, True),
    ("--03-27", "2023-03", 0, True),
    ("2023-03", "2023", 0, True),
    ("2022-09", "2022-10", 0, False),
    ("--03-14", "--03-01", 0, False),
    ("2023-03-27", "2024-03-27", 0, False),
    (None, "2023-03-27", 0, True),
    ("2023-03-27", "2023-03-28", 0, False),
    ("2023-03-27", "2023-03-28", 2, True),
]


@pytest.mark.parametrize("a, b, slack, ok", DATES, ids=[f"{a} {b} {s}" for a, b, s, _ in DATES])
def test_dates_compatible(a, b, slack, ok):
    assert dates_compatible(a, b, slack_days=slack) is ok
    assert dates_compatible(b, a, slack_days=slack) is ok


# --- events ----------------------------------------------------------------------------------

EVENTS = [
    ("undated next to dated is one event",
     [meeting("a", None, "Tokayev", "Ma Xingrui"), meeting("b", "2023-03-27", "Tokayev", "Ma Xingrui")],
     [("2023-03-27", 2, ())]),
    ("partial dates agree; the most precise wins",
     [meeting("a", "--03-27", "Tokayev", "Xingrui"), meeting("b", "2023-03", "Tokayev", "Ma Xingrui"),
      meeting("c", "2023-03-27", "Tokayev", "Ma Xingrui")],
     [("2023-03-27", 3, ("2023-03", "--03-27"))]),
    ("different parties are different events",
     [meeting("a", "2023-03-27", "Tokayev", "Ma Xingrui"), meeting("b", "2023-03-28", "Smailov", "Ma Xingrui")],
     [("2023-03-27", 1, ()), ("2023-03-28", 1, ())]),
    ("a visit may name only the visitor",
     [meeting("a", "2019-09", "Tokayev", kind="visit"), meeting("b", "2019", "Tokayev", "Xi Jinping", kind="visit")],
     [("2019-09", 2, ("2019",))]),
    ("undated between two candidates stays apart",
     [meeting("a", "2022-09", "Xi Jinping", kind="visit"), meeting("b", "2022-10", "Xi Jinping", kind="visit"),
      meeting("c", None, "Xi Jinping", kind="visit")],
     [("2022-09", 1, ()), ("2022-10", 1, ()), (None, 1, ())]),
    ("the published date is a day off the text's",
     [meeting("a", "2023-03-28", "Tokayev", "Li Qiang", source=DateSource.PUBLISHED),
      meeting("b", "2023-03-27", "Tokayev", "Li Qiang")],
     [("2023-03-27", 2, ("2023-03-28",))]),
]


@pytest.mark.parametrize("records, expected", [r[1:] for r in EVENTS], ids=[r[0] for r in EVENTS])
def test_events(records, expected):
    got = sorted(((e.date, e.n_docs, e.other_dates) for e in group_events(records)), key=str)
    assert got == sorted(expected, key=str)


def test_visit_in_two_months_is_a_conflict():
    records = [meeting("a", "2022-09", "Xi Jinping", kind="visit"),
               meeting("b", "2022-10", "Xi Jinping", kind="visit")]
    [c] = merge(records).conflicts
    assert c.kind == "date" and [s.value for s in c.sides] == ["2022-09", "2022-10"]
    assert [s.docs for s in c.sides] == [("a",), ("b",)]


def test_no_conflict_within_one_document():
    # "$35.16 bil. ... to Kazakhstan" and "$54.53 bil. ... in Central Asia" are two things
    assert merge([fig("a", "35.16"), fig("a", "54.53", start=30)]).conflicts == []


def test_attributed_conflict():
    merged = merge([fig("a", "24", qualifier="over", attribution="Kazakh statistics"),
                    fig("b", "31.2", attribution="General Administration of Customs")])
    [c] = merged.conflicts
    assert c.attributed and c.to_row()["attributed"] is True


# --- scope and one row per subject ------------------------------------------------------------

REGIONAL, WIDER = Scope.REGIONAL, Scope.WIDER

# (description, records, expected conflicts as (subject, [(value, docs), ...]))
CONFLICTS = [
    ("a regional figure is no conflict with the bilateral one",
     [fig("a", "31"), fig("b", "16", scope=REGIONAL)], []),
    ("nor a wider one", [fig("a", "31"), fig("b", "89", scope=WIDER)], []),
    ("two regional figures of one period do conflict",
     [fig("a", "16", scope=REGIONAL), fig("b", "20", scope=REGIONAL)],
     [("trade_volume regional USD 2022 actual", [("$16.0 bn", ("a",)), ("$20.0 bn", ("b",))])]),
    ("many documents, two values: one row, each value with its documents",
     [fig("a", "24.1"), fig("b", "24.1"), fig("c", "24.1"), fig("d", "24.1"),
      fig("e", "31.2"), fig("f", "31.2"), fig("g", "31.2")],
     [("trade_volume bilateral USD 2022 actual",
       [("$24.1 bn", ("a", "b", "c", "d")), ("$31.2 bn", ("e", "f", "g"))])]),
    ("three values: still one row",
     [fig("a", "24"), fig("b", "28"), fig("c", "31.2")],
     [("trade_volume bilateral USD 2022 actual",
       [("$24.0 bn", ("a",)), ("$28.0 bn", ("b",)), ("$31.2 bn", ("c",))])]),
    ("values that read alike are shown once",
     [fig("a", "25.24"), fig("b", "25.25"), fig("c", "31.2")],
     [("trade_volume bilateral USD 2022 actual", [("$25.2 bn", ("a", "b")), ("$31.2 bn", ("c",))])]),
    ("a second value of an article that also gives the first is no conflict",
     [fig("a", "24"), fig("b", "24"), fig("a", "5", start=40)], []),
]


@pytest.mark.parametrize("records, expected", [r[1:] for r in CONFLICTS], ids=[r[0] for r in CONFLICTS])
def test_conflict_rows(records, expected):
    got = [(c.subject, [(s.value, s.docs) for s in c.sides]) for c in merge(records).conflicts]
    assert got == expected


def test_conflict_summary_and_row():
    records = [fig("a", "24.1"), fig("b", "24.1"), fig("c", "31.2", attribution="Chinese customs")]
    [c] = merge(records).conflicts
    assert c.summary == ("trade_volume bilateral USD 2022 actual: $24.1 bn — 2 documents; "
                         "$31.2 bn — 1 document, Chinese customs")
    row = c.to_row()
    assert row["n_values"] == 2 and row["values"] == ["$24.1 bn", "$31.2 bn"]
    assert row["docs"] == ["a, b", "c"] and row["attributed"] is False


def test_scope_keeps_facts_apart():
    facts = group_facts([fig("a", "16", scope=REGIONAL), fig("b", "16")])
    assert sorted(str(f.scope) for f in facts) == ["bilateral", "regional"]


def test_derived_keeps_scope_and_needs_one():
    growth = dict(metric=Metric.TRADE_GROWTH, unit="percent")
    [d] = derive([fig("a", "34", **growth, scope=REGIONAL), fig("a", "24", start=20, scope=REGIONAL)])
    assert d.scope is REGIONAL
    assert derive([fig("a", "34", **growth), fig("a", "24", start=20, scope=REGIONAL)]) == []


def test_one_visit_in_three_months_is_one_row():
    records = [meeting(d, f"2022-{m}", "Xi Jinping", kind="visit") for d, m in
               (("a", "08"), ("b", "09"), ("c", "10"))]
    [c] = merge(records).conflicts
    assert [s.value for s in c.sides] == ["2022-08", "2022-09", "2022-10"]


def test_same_parties():
    assert same_parties(["Xi"], ["Xi Jinping"])
    assert not same_parties(["Tokayev"], ["Tokayev", "Xi Jinping"])
    assert same_parties(["Tokayev"], ["Tokayev", "Xi Jinping"], visit=True)


# --- attribution ----------------------------------------------------------------------------

ATTRIBUTION = [
    ("According to the State Revenue Committee, trade reached $24 billion in 2022.", "State Revenue Committee"),
    ("China's General Administration of Customs said trade hit $31.2 billion.", "China's General Administration of Customs"),
    ("Kazakh statistics show trade of $24 billion.", "Kazakh statistics"),
    ("Trade grew to $24 billion, according to Kazinform.", "Kazinform"),
    ("Trade reached $31.2 billion, report several media outlets.", "several media outlets"),
    ("Kazinform news service of Kazakhstan reports that trade grew by 23.6% year on year.", "Kazinform news service of Kazakhstan"),
    ("Trade reached $5 billion,» said the Kazakh Head of State.", "Kazakh Head of State"),
    # negative rows: no source named
    ("He said that trade reached $5 billion.", None),
    ("In 2022, trade between the countries grew by 34 percent, exceeding $24 billion.", None),
    ("Earlier the head of State noted that trade hit $17bn in 11 months.", None),
]


@pytest.mark.parametrize("sentence, expected", ATTRIBUTION, ids=[s[:40] for s, _ in ATTRIBUTION])
def test_attribution(sentence, expected):
    at = sentence.index("$") if "$" in sentence else sentence.index("%") - 4
    assert resolve_attribution(sentence, at, at + 4) == expected


def test_derived_type_is_its_own():
    d = derive([fig("a", "34", **GROWTH), fig("a", "24", start=20)])[0]
    assert isinstance(d, Derived) and d.type != "figure" and d.derived


# --- the sweep gives what comparing every pair gave (issue 11) ----------------------------------


def _pairwise_events(records):
    """group_events as it was written first: every report against every group and member."""
    from dataclasses import replace as _replace

    from kzfacts.merge_events import PUBLISHED_SLACK, _date_rank, _date_sort, _event

    def slack(a, b):
        return PUBLISHED_SLACK if DateSource.PUBLISHED in (a.date_source, b.date_source) else 0

    def fits(m, members):
        visit = any(x.kind is MeetingKind.VISIT for x in (m, *members))
        parties = [p for x in members for p in x.participants]
        return (same_parties(parties, m.participants, visit=visit)
                and all(dates_compatible(m.date, x.date, slack_days=slack(m, x)) for x in members))

    meetings = sorted(records, key=lambda m: (_date_rank(m), m.doc, m.source.start), reverse=True)
    groups: list[list[Meeting]] = []
    for m in meetings:
        found = [g for g in groups if fits(m, g)]
        if len(found) == 1:
            found[0].append(m)
        else:
            groups.append([m])
    events = sorted((_event("", g) for g in groups),
                    key=lambda e: (_date_sort(e.date), e.participants, e.docs))
    return [_replace(e, id=f"E{i}") for i, e in enumerate(events, 1)]


def _random_meetings(seed: int, n: int) -> list[Meeting]:
    import random

    rng = random.Random(seed)
    names = ["Xi Jinping", "Xi", "Tokayev", "Kassym-Jomart Tokayev", "Li Qiang", "Bektenov",
             "Wang Yi", "Nurtleu"]
    dates = [None, "2023-03-27", "2023-03-28", "2023-03", "--03-27", "2023", "2022-12-31",
             "2023-01-01", "2023-05-17", "2024-05-17", "2023-05"]
    out = []
    for i in range(n):
        date = rng.choice(dates)
        source = None if date is None else rng.choice([DateSource.TEXT, DateSource.PUBLISHED])
        who = rng.sample(names, rng.choice([1, 2, 2, 3]))
        out.append(meeting(f"d{rng.randrange(n)}", date, *who, source=source, start=i,
                           kind=rng.choice(["meeting", "talks", "visit"])))
        if source is None and date is not None:
            out[-1] = replace(out[-1], date_source=DateSource.TEXT)
    return out


@pytest.mark.parametrize("seed", range(12))
def test_events_as_comparing_every_pair(seed):
    records = _random_meetings(seed, 120)
    assert [e.to_row() for e in group_events(records)] == [e.to_row() for e in _pairwise_events(records)]


@pytest.mark.parametrize("seed", range(6))
def test_conflicts_as_comparing_every_pair(seed):
    from itertools import combinations

    from kzfacts.merge_conflicts import _disagree, _disagreeing, event_conflicts

    import random
    rng = random.Random(seed)
    facts = group_facts([fig(f"d{rng.randrange(12)}", rng.choice(["24", "24.1", "31", "28", "28.5"]),
                             start=i) for i in range(40)])
    involved = {id(x) for a, b in combinations(facts, 2) if _disagree(a, b) for x in (a, b)}
    assert _disagreeing(facts) == [f for f in facts if id(f) in involved]
    events = group_events(_random_meetings(seed, 80))
    assert event_conflicts(events) == _pairwise_event_conflicts(events)


def _pairwise_event_conflicts(events):
    """event_conflicts as it was written first: every pair of visits."""
    from collections import defaultdict
    from itertools import combinations

    from kzfacts.merge_conflicts import _event_side
    from kzfacts.merge_events import PartialDate, _date_sort, _union

    visits = [e for e in events if any(m.kind is MeetingKind.VISIT for m in e.members)]
    parent = list(range(len(visits)))

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for (i, a), (j, b) in combinations(enumerate(visits), 2):
        pa, pb = PartialDate.parse(a.date), PartialDate.parse(b.date)
        if pa is None or pb is None or None in (pa.year, pa.month, pb.month) or pa.year != pb.year:
            continue
        if pa.month == pb.month or not set(a.docs) ^ set(b.docs):
            continue
        if same_parties(a.participants, b.participants, visit=True):
            parent[root(i)] = root(j)
    parts = defaultdict(list)
    for i, e in enumerate(visits):
        parts[root(i)].append(e)
    out = []
    for group in parts.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda e: _date_sort(e.date))
        year = PartialDate.parse(group[0].date).year
        who = _union(p for e in group for p in e.participants)
        out.append((f"visit {', '.join(who)} {year}", tuple(_event_side(e) for e in group)))
    return out
