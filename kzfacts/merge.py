"""Truth across sources: records of many articles -> facts, events and conflicts.

Works on records only and never reads text again. Four steps:

- ``derive``: "grew by 34 percent to $24 billion" implies the year before (a ``Derived`` record);
- ``group_facts``: figures of one (metric, scope, unit, period, status) whose values agree
  within a tolerance that respects qualifiers ("over $24 billion" and "$24.1 billion" agree) are
  one fact; a regional or wider figure is never one fact with a bilateral one;
- ``group_events``: meetings of the same participants on compatible dates ("--03-27",
  "2023-03", "2023-03-27"; an undated report next to a dated one) are one event;
- ``find_conflicts``: one row per subject (metric, scope, unit, period, status; or one visit)
  whose sources disagree, listing each distinct value with the documents that give it.

``merge`` runs them all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from decimal import Decimal
from itertools import combinations, groupby
from statistics import median

from .records import (
    Conflict, DateSource, Derived, Event, Fact, Figure, FigureLike, Meeting, MeetingKind, Metric,
    Qualifier, Record, Side, Span, Status, human_amount,
)

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


# --- events ------------------------------------------------------------------------------------

PUBLISHED_SLACK = 2  # days: an article dated the 28th reports "today's" talks of the 27th



@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date at the precision the text gives: "2023-03-27", "2023-03", "2022", "--03-14"."""

    year: int | None
    month: int | None
    day: int | None

    @classmethod
    def parse(cls, text: str | None) -> PartialDate | None:
        if not text:
            return None
        m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?|--(\d\d)(?:-(\d\d))?", text)
        if m is None:
            return None
        if m.group(1):
            return cls(int(m.group(1)), _int(m.group(2)), _int(m.group(3)))
        return cls(None, int(m.group(4)), _int(m.group(5)))

    @property
    def precision(self) -> tuple[int, int]:
        """How much is known: parts given, then whether the year is among them."""
        known = sum(p is not None for p in (self.year, self.month, self.day))
        return known, self.year is not None


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def dates_compatible(a: str | None, b: str | None, *, slack_days: int = 0) -> bool:
    """Whether two dates can name the same day: every part both give is equal ("--03-27" and
    "2023-03"); full dates within ``slack_days`` also count. No date is compatible with any."""
    pa, pb = PartialDate.parse(a), PartialDate.parse(b)
    if pa is None or pb is None:
        return True
    if slack_days and None not in (pa.year, pa.month, pa.day, pb.year, pb.month, pb.day):
        da = dt.date(pa.year, pa.month, pa.day)  # type: ignore[arg-type]
        db = dt.date(pb.year, pb.month, pb.day)  # type: ignore[arg-type]
        return abs((da - db).days) <= slack_days
    return all(x is None or y is None or x == y for x, y in
               ((pa.year, pb.year), (pa.month, pb.month), (pa.day, pb.day)))


@lru_cache(maxsize=65536)
def _tokens(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", name.lower().replace("-", " ")))


def same_person(a: str, b: str) -> bool:
    """"Xi" and "Xi Jinping", "Xingrui" and "Ma Xingrui": one name's words within the other's."""
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def _covers(big: Iterable[str], small: Iterable[str]) -> bool:
    big = list(big)
    return all(any(same_person(s, b) for b in big) for s in small)


def same_parties(a: Iterable[str], b: Iterable[str], *, visit: bool = False) -> bool:
    """The same participants; for a visit, one side may name only the visitor ("Xi Jinping"
    where another names "Xi Jinping, Tokayev")."""
    a, b = list(a), list(b)
    if not a or not b:
        return False
    if visit:
        return _covers(a, b) or _covers(b, a)
    return _covers(a, b) and _covers(b, a)


def _date_rank(m: Meeting) -> tuple[tuple[int, int], bool]:
    p = PartialDate.parse(m.date)
    return (p.precision if p else (0, False)), m.date_source is not DateSource.PUBLISHED


class _Group:
    """A growing event with what a new report must fit, kept without repeats: the distinct
    names, the distinct (date, published?) pairs and whether one is a visit. Asking whether a
    report fits then costs the names and dates the group has, not its size."""

    __slots__ = ("members", "names", "dates", "visit", "years")

    def __init__(self, m: Meeting) -> None:
        self.members: list[Meeting] = []
        self.names: dict[str, None] = {}
        self.dates: set[tuple[str | None, bool]] = set()
        self.visit = False
        self.years: set[int] = set()
        self.add(m)

    def add(self, m: Meeting) -> None:
        self.members.append(m)
        self.names.update(dict.fromkeys(m.participants))
        self.dates.add((m.date, m.date_source is DateSource.PUBLISHED))
        self.visit = self.visit or m.kind is MeetingKind.VISIT
        if (p := PartialDate.parse(m.date)) is not None and p.year is not None:
            self.years.add(p.year)

    def fits(self, m: Meeting) -> bool:
        """Whether ``m`` names the group's participants (one side only, for a visit) and its
        date is compatible with every member's (with slack where one is a published date)."""
        visit = self.visit or m.kind is MeetingKind.VISIT
        published = m.date_source is DateSource.PUBLISHED
        return (same_parties(self.names, m.participants, visit=visit)
                and all(_compatible(m.date, d, PUBLISHED_SLACK if published or pub else 0)
                        for d, pub in self.dates))


@lru_cache(maxsize=65536)
def _compatible(a: str | None, b: str | None, slack: int) -> bool:
    return dates_compatible(a, b, slack_days=slack)


def _union(names: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for n in names:
        for i, o in enumerate(out):
            if same_person(n, o):
                if len(n) > len(o):
                    out[i] = n
                break
        else:
            out.append(n)
    return tuple(out)


def _event(eid: str, members: list[Meeting]) -> Event:
    ranked = sorted(members, key=lambda m: (_date_rank(m), m.kind is MeetingKind.VISIT), reverse=True)
    best = ranked[0]
    others = tuple(dict.fromkeys(m.date for m in ranked[1:] if m.date and m.date != best.date))
    kinds = Counter(m.kind for m in members)
    kind = best.kind if kinds[best.kind] == max(kinds.values()) else kinds.most_common(1)[0][0]
    return Event(
        id=eid, date=best.date, date_source=best.date_source, other_dates=others, kind=kind,
        participants=_union(p for m in ranked for p in m.participants),
        location=next((m.location for m in ranked if m.location), None),
        docs=tuple(sorted({m.doc for m in members})), members=tuple(members),
    )


def _group_words(g: _Group) -> set[str]:
    return {w for p in g.names for w in _tokens(p)}


def _index(i: int, g: _Group, by_word: dict, by_year: dict, old_words: set[str],
           old_years: set[int] | None) -> None:
    """File group ``i`` under its new words and years (a group without a year under None)."""
    words = _group_words(g)
    years: set[int | None] = set(g.years) or {None}
    before: set[int | None] = set() if old_years is None else (set(old_years) or {None})
    for w in words - old_words:
        by_word[w].append(i)
    for w in words:
        for y in years:
            if w not in old_words or y not in before:
                by_year[(w, y)].append(i)


def _date_sort(date: str | None) -> tuple[int, str]:
    p = PartialDate.parse(date)
    if p is None:
        return (1, "")
    return (0, f"{p.year or 0:04d}-{p.month or 0:02d}-{p.day or 0:02d}")


def group_events(records: Iterable[Record]) -> list[Event]:
    """Meetings of many articles as events, sorted by date; ids E1, E2, ... in that order.

    Dated reports come first, most precise first, and each joins the one event it fits; an
    undated report joins an event only where exactly one fits (else it stays on its own).
    """
    meetings = sorted((r for r in records if isinstance(r, Meeting)),
                      key=lambda m: (_date_rank(m), m.doc, m.source.start), reverse=True)
    # A report fits only groups that share a word of a name with it (same_person compares
    # words), and none holding a year two or more away from its own (the slack is two days):
    # so each report is checked against the groups under its (word, year) keys, not all.
    groups: list[_Group] = []
    by_word: dict[str, list[int]] = defaultdict(list)
    by_year: dict[tuple[str, int | None], list[int]] = defaultdict(list)
    for m in meetings:
        words = {w for p in m.participants for w in _tokens(p)}
        date = PartialDate.parse(m.date)
        year = date.year if date is not None else None
        if year is None:
            candidates = {i for w in words for i in by_word[w]}
        else:
            candidates = {i for w in words for y in (year - 1, year, year + 1, None)
                          for i in by_year[(w, y)]}
        fits = []
        for i in sorted(candidates):
            if groups[i].fits(m):
                fits.append(i)
                if len(fits) > 1:
                    break  # two fit: the report stays on its own
        if len(fits) == 1:
            g = groups[fits[0]]
            old_words, old_years = _group_words(g), set(g.years)
            g.add(m)
            _index(fits[0], g, by_word, by_year, old_words, old_years)
        else:
            groups.append(_Group(m))
            _index(len(groups) - 1, groups[-1], by_word, by_year, set(), None)
    events = [_event("", g.members) for g in groups]
    events.sort(key=lambda e: (_date_sort(e.date), e.participants, e.docs))
    return [replace(e, id=f"E{i}") for i, e in enumerate(events, 1)]


# --- conflicts ---------------------------------------------------------------------------------

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
    for i, e in enumerate(visits):
        p = PartialDate.parse(e.date)
        if p is None or p.year is None or p.month is None:
            continue
        for w in {w for name in e.participants for w in _tokens(name)}:
            buckets[(p.year, w)].append(i)
    pairs = {pair for members in buckets.values() for pair in combinations(members, 2)}
    for i, j in sorted(pairs):
        a, b = visits[i], visits[j]
        pa, pb = PartialDate.parse(a.date), PartialDate.parse(b.date)
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


# --- all at once -------------------------------------------------------------------------------


@dataclass
class Merged:
    """Everything merge finds in one set of records."""

    records: list[Record]  # as given, plus the derived records
    facts: list[Fact]
    events: list[Event]
    conflicts: list[Conflict]
    published: dict[str, dt.date | None] = field(default_factory=dict)


def merge(records: Iterable[Record], published: Mapping[str, dt.date | None] | None = None) -> Merged:
    """Derive, group and cross-check the records of many documents. ``published`` maps a doc id
    to its article's date (for a fact's earliest and latest report)."""
    given = [r for r in records if not isinstance(r, Derived)]
    full = list(with_derived(given))
    facts = group_facts(full, published)
    events = group_events(full)
    return Merged(full, facts, events, find_conflicts(facts, events), dict(published or {}))
