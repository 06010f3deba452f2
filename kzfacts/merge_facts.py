"""Figures of many articles -> facts, and the figures they imply ("derived").

- ``derive``: "grew by 34 percent to $24 billion" implies the year before (a ``Derived`` record);
- ``group_facts``: figures of one (metric, scope, unit, period, status) whose values agree
  within a tolerance that respects qualifiers ("over $24 billion" and "$24.1 billion" agree) are
  one fact; a regional or wider figure is never one fact with a bilateral one.

Works on records only and never reads text again; ``merge`` runs every step.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from itertools import groupby
from statistics import median

from .records import Derived, Fact, Figure, FigureLike, Metric, Qualifier, Record, Span, Status


# --- tolerance ---------------------------------------------------------------------------------

# "$24.1 billion" stands for anything that rounds to it; news rounds to two or three digits
ROUNDING = Decimal("0.015")
# "over $24 billion", "exceeding $41 billion": a little above, not a third above
OVER = Decimal("0.10")
UNDER = Decimal("0.10")
ABOUT = Decimal("0.05")
# a derived value carries the rounding of both numbers it comes from
DERIVED = Decimal("0.02")


def interval(fig: FigureLike) -> tuple[Decimal, Decimal]:
    """The values a record allows: its value (or range) widened by rounding and its qualifier."""
    lo, hi = sorted((fig.value, fig.value_max if fig.value_max is not None else fig.value))
    # "52 joint projects" is a count, not a rounded amount: 52 and 53 differ
    widen_lo = widen_hi = Decimal(0) if fig.unit == "count" else ROUNDING
    if fig.qualifier is Qualifier.OVER:
        widen_lo, widen_hi = Decimal(0), OVER
    elif fig.qualifier is Qualifier.UNDER:
        widen_lo, widen_hi = UNDER, Decimal(0)
    elif fig.qualifier is Qualifier.ABOUT:
        widen_lo = widen_hi = ABOUT
    if fig.derived:
        widen_lo, widen_hi = widen_lo + DERIVED, widen_hi + DERIVED
    return lo - abs(lo) * widen_lo, hi + abs(hi) * widen_hi


def agree(a: FigureLike, b: FigureLike) -> bool:
    """Whether two records of one metric and period can both be right."""
    alo, ahi = interval(a)
    blo, bhi = interval(b)
    return alo <= bhi and blo <= ahi


# --- change arithmetic ------------------------------------------------------------------------

# a growth metric -> the volume metric it is the growth of
GROWTH_OF = {Metric.TRADE_GROWTH: Metric.TRADE_VOLUME}
RULE_PREVIOUS = "derived.previous_period"

_YEAR = re.compile(r"(\d{4})")


def previous_period(period: str | None) -> str | None:
    """The same period a year earlier: "2022" -> "2021", "2019-01/2019-08" -> "2018-01/2018-08".
    None for spans of several years ("2008/2023"), where "the year before" means nothing."""
    if not period:
        return None
    years = set(_YEAR.findall(period))
    if len(years) != 1 or not re.fullmatch(r"\d{4}(?:-\d\d)?(?:/\d{4}(?:-\d\d)?)?", period):
        return None
    if "/" in period and "-" not in period:
        return None
    year = years.pop()
    return period.replace(year, str(int(year) - 1))


def _derived_qualifier(volume: Qualifier | None, growth: Qualifier | None) -> Qualifier | None:
    # "over $24 billion" after 34 percent growth: over $17.9 billion before; "over 30 percent"
    # growth to $24 billion: under $18.5 billion before
    if growth is None:
        return volume
    flipped = {Qualifier.OVER: Qualifier.UNDER, Qualifier.UNDER: Qualifier.OVER}.get(growth, growth)
    if volume is None or volume == flipped:
        return flipped
    return Qualifier.ABOUT


def _round(value: Decimal) -> Decimal:
    # a derived amount is no more precise than its inputs: whole units, cents below a thousand
    return value.quantize(Decimal(1) if abs(value) >= 1000 else Decimal("0.01"))


def derive_pair(growth: Figure, volume: Figure) -> Derived | None:
    """The value the year before implied by a growth and a volume of one sentence and period."""
    if GROWTH_OF.get(growth.metric) != volume.metric or growth.unit != "percent":
        return None
    if (growth.doc, growth.source.sentence, growth.period, growth.scope) != (
            volume.doc, volume.source.sentence, volume.period, volume.scope):
        return None
    if Status.ACTUAL != growth.status or Status.ACTUAL != volume.status or growth.value_max is not None:
        return None
    period = previous_period(volume.period)
    factor = 1 + growth.value / 100
    if period is None or factor <= 0:
        return None
    first, last = sorted((growth, volume), key=lambda f: f.source.start)
    return Derived(
        metric=volume.metric,
        value=_round(volume.value / factor),
        value_max=_round(volume.value_max / factor) if volume.value_max is not None else None,
        unit=volume.unit, period=period, status=Status.ACTUAL,
        qualifier=_derived_qualifier(volume.qualifier, growth.qualifier),
        quote=f"{first.quote} … {last.quote}",
        source=Span(volume.doc, first.source.start, last.source.end, volume.source.text,
                    RULE_PREVIOUS, volume.source.sent_start, volume.source.sent_end),
        derived_from=(growth.key, volume.key),
        attribution=volume.attribution or growth.attribution, scope=volume.scope,
    )


def derive(records: Iterable[Record]) -> list[Derived]:
    """Derived records of one or more documents: each growth paired with the nearest volume
    of its metric family in its sentence and period."""
    figs = [r for r in records if isinstance(r, Figure)]
    out: list[Derived] = []
    used: set[str] = set()
    for g in figs:
        if g.metric not in GROWTH_OF:
            continue
        volumes = [v for v in figs if v.key not in used and derive_pair(g, v) is not None]
        if not volumes:
            continue
        v = min(volumes, key=lambda v: abs(v.source.start - g.source.start))
        used.add(v.key)
        d = derive_pair(g, v)
        assert d is not None
        out.append(d)
    return out


def with_derived(records: Iterable[Record]) -> Iterator[Record]:
    """The records, each document's derived records after its own. Streams document by document
    (records arrive grouped by document, as ``extract_paths`` gives them)."""
    for _, group in groupby(records, key=lambda r: r.doc):
        batch = list(group)
        yield from batch
        yield from derive(batch)


# --- facts -------------------------------------------------------------------------------------


def _cluster(figs: list[FigureLike]) -> list[list[FigureLike]]:
    """Records of one group as clusters that all agree: sorted by interval, each joins the
    current cluster while it overlaps what every member allows."""
    clusters: list[list[FigureLike]] = []
    common: tuple[Decimal, Decimal] | None = None
    for f in sorted(figs, key=lambda f: (interval(f), f.doc, f.source.start)):
        lo, hi = interval(f)
        if common is not None and lo <= common[1] and hi >= common[0]:
            clusters[-1].append(f)
            common = (max(common[0], lo), min(common[1], hi))
        else:
            clusters.append([f])
            common = (lo, hi)
    return clusters


def _fact(fid: str, members: list[FigureLike], published: Mapping[str, dt.date | None]) -> Fact:
    first = members[0]
    lo = max(interval(m)[0] for m in members)
    hi = min(interval(m)[1] for m in members)
    stated = [m for m in members if not m.derived]
    exact = [m for m in stated if m.qualifier is None]
    direct = exact or stated or members
    values = [v for m in members for v in (m.value, m.value_max) if v is not None]
    quals = {m.qualifier for m in direct}
    bound = None if exact else (quals.pop() if len(quals) == 1 else Qualifier.ABOUT)
    docs = tuple(sorted({m.doc for m in members}))
    dates = sorted(d for d in (published.get(doc) for doc in docs) if d is not None)
    return Fact(
        id=fid, metric=first.metric, unit=first.unit, period=first.period, status=first.status,
        value=Decimal(median(m.value for m in direct)), value_min=min(values), value_max=max(values),
        low=lo, high=hi, bound=bound, docs=docs,
        first_reported=dates[0] if dates else None, last_reported=dates[-1] if dates else None,
        attributions=tuple(dict.fromkeys(m.attribution for m in members if m.attribution)),
        derived=sum(m.derived for m in members), members=tuple(members), scope=first.scope,
    )


def _group_key(f: FigureLike) -> tuple[str, str, str, str, str]:
    return (str(f.metric), str(f.scope), f.unit, f.period or "~", str(f.status))


def group_facts(records: Iterable[Record], published: Mapping[str, dt.date | None] | None = None) -> list[Fact]:
    """Figure and derived records grouped into facts, sorted by metric, scope, unit, period,
    status and value; ids F1, F2, ... in that order."""
    published = published or {}
    groups: dict[tuple[str, str, str, str, str], list[FigureLike]] = defaultdict(list)
    for r in records:
        if isinstance(r, (Figure, Derived)):
            groups[_group_key(r)].append(r)
    clusters = [c for key in sorted(groups) for c in _cluster(groups[key])]
    return [_fact(f"F{i}", c, published) for i, c in enumerate(clusters, 1)]
