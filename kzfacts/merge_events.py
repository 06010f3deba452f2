"""Meetings of many articles -> events.

``group_events``: meetings of the same participants on compatible dates ("--03-27",
"2023-03", "2023-03-27"; an undated report next to a dated one) are one event.

Works on records only and never reads text again; ``merge`` runs every step.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from .records import DateSource, Event, Meeting, MeetingKind, Record


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
