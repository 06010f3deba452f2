"""Facts and events of many articles -> conflicts.

``find_conflicts``: one row per subject (metric, scope, unit, period, status; or one visit)
whose sources disagree, listing each distinct value with the documents that give it.

Works on records only and never reads text again; ``merge`` runs every step.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from .merge_events import PartialDate, _date_sort, _tokens, _union, same_parties
from .records import Conflict, Event, Fact, FigureLike, MeetingKind, Metric, Side, human_amount


# a grab bag of figures, where one period's numbers are about different things
NO_CONFLICT_METRICS = {Metric.OTHER}


def describe_fact(f: Fact) -> str:
    """"over $24.0 bn", "$24.0-24.1 bn", as people write it."""
    bound = f"{f.bound} " if f.bound else ""
    low, high = human_amount(f.value_min, None, f.unit), human_amount(f.value_max, None, f.unit)
    # "$25.24 bn" and "$25.25 bn" read alike: one value, not "$25.2-25.2 bn"
    return bound + (low if low == high else human_amount(f.value_min, f.value_max, f.unit))


def _best_member(f: Fact) -> FigureLike:
    return sorted(f.members, key=lambda m: (m.derived, m.attribution is None, m.doc))[0]


def _fact_side(f: Fact) -> Side:
    m = _best_member(f)
    return Side(ref=f.id, value=describe_fact(f), docs=f.docs, quote=m.quote,
                attribution="; ".join(f.attributions) or None, derived=f.derived == len(f.members))


def _event_side(e: Event) -> Side:
    m = sorted(e.members, key=lambda m: (m.date != e.date, m.doc))[0]
    return Side(ref=e.id, value=e.date or "", docs=e.docs, quote=m.quote, attribution=None,
                derived=False)


def _disagree(a: Fact | Event, b: Fact | Event) -> bool:
    """Each states something in a document the other lacks (two numbers in one article are two
    different things, not a disagreement)."""
    return bool(set(a.docs) - set(b.docs) and set(b.docs) - set(a.docs))


def _disagreeing(group: list[Fact]) -> list[Fact]:
    """The facts of ``group`` that disagree (``_disagree``) with another of it. A fact with a
    document no other fact has disagrees exactly when the group names a document it lacks;
    only the rest are compared pair by pair, each stopping at its first disagreement."""
    sets = [set(f.docs) for f in group]
    count = Counter(d for docs in sets for d in docs)
    out = []
    for f, mine in zip(group, sets):
        if any(count[d] == 1 for d in mine):
            involved = len(count) > len(mine)
        else:
            involved = any(mine - theirs and theirs - mine for theirs in sets if theirs is not mine)
        if involved:
            out.append(f)
    return out


def fact_conflicts(facts: list[Fact]) -> list[tuple[str, tuple[Side, ...]]]:
    """One (subject, sides) per metric, scope, unit, period and status whose facts disagree;
    the sides are the facts that disagree with another, lowest value first."""
    out = []
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.metric not in NO_CONFLICT_METRICS and f.period:
            groups[(f.metric, f.scope, f.unit, f.period, f.status)].append(f)
    for (metric, scope, unit, period, status), group in groups.items():
        sides = _disagreeing(group)
        if len(sides) >= 2:
            sides.sort(key=lambda f: (f.value_min, f.value_max))
            out.append((f"{metric} {scope} {unit} {period} {status}", tuple(_fact_side(f) for f in sides)))
    return out


def event_conflicts(events: list[Event]) -> list[tuple[str, tuple[Side, ...]]]:
    """One visit dated in different months of one year by different articles: one (subject,
    sides) per visit, each date a side."""
    visits = [e for e in events if any(m.kind is MeetingKind.VISIT for m in e.members)]
    # visits joined by a disagreement, as components: one row however many months are given
    parent = list(range(len(visits)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # only visits of one year that share a word of a name can be one visit (same_parties
    # compares words): pairs are drawn within those buckets, each pair once
    buckets: dict[tuple[int, str], list[int]] = defaultdict(list)
    dates = [PartialDate.parse(e.date) for e in visits]  # (each read once)
    for i, e in enumerate(visits):
        p = dates[i]
        if p is None or p.year is None or p.month is None:
            continue
        for w in {w for name in e.participants for w in _tokens(name)}:
            buckets[(p.year, w)].append(i)
    pairs = {pair for members in buckets.values() for pair in combinations(members, 2)}
    for i, j in sorted(pairs):
        a, b = visits[i], visits[j]
        pa, pb = dates[i], dates[j]
        if pa is None or pb is None or None in (pa.year, pa.month, pb.month) or pa.year != pb.year:
            continue
        if pa.month == pb.month or not set(a.docs) ^ set(b.docs):
            continue
        if same_parties(a.participants, b.participants, visit=True):
            parent[root(i)] = root(j)
    parts: dict[int, list[Event]] = defaultdict(list)
    for i, e in enumerate(visits):
        parts[root(i)].append(e)
    out = []
    for group in parts.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda e: _date_sort(e.date))
        year = PartialDate.parse(group[0].date).year  # type: ignore[union-attr]
        who = _union(p for e in group for p in e.participants)
        out.append((f"visit {', '.join(who)} {year}", tuple(_event_side(e) for e in group)))
    return out


def find_conflicts(facts: list[Fact], events: list[Event]) -> list[Conflict]:
    """Every subject on which sources disagree, one row each, facts first; ids C1, C2, ..."""
    rows = [("value", *c) for c in fact_conflicts(facts)] + [("date", *c) for c in event_conflicts(events)]
    return [Conflict(f"C{i}", kind, subject, sides) for i, (kind, subject, sides) in enumerate(rows, 1)]
