"""Typed, frozen records: documents, spans, figures and meetings.

Field names follow the record vocabulary of the gold files (see the README), plus provenance.
Every record flattens to one row by ``to_row()``, which feeds the table, CSV, JSON and JSONL
alike, so the formats never disagree.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar


# the vocabularies live in vocab.py (the CLI reads them without loading this module)
from .vocab import DateSource, MeetingKind, Metric, Qualifier, Scope, Status  # noqa: E402, F401


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its id (file stem), text, and what was read off the page."""

    id: str
    text: str
    title: str | None = None
    published: _dt.date | None = None
    path: str | None = None
    url: str | None = None
    encoding: str | None = None  # the legacy encoding the text was guessed to be in; None: Unicode


@dataclass(frozen=True, slots=True)
class Span:
    """Provenance: where in which document a record was read, and by which rule.

    ``text`` is the document's text, shared by every record of it (not copied), and the
    sentence is ``text[sent_start:sent_end]``; given a sentence alone (``sent_end`` None),
    ``text`` is that sentence.
    """

    doc: str
    start: int
    end: int
    text: str = field(repr=False)
    rule: str = ""
    sent_start: int = 0
    sent_end: int | None = None

    @property
    def sentence(self) -> str:
        return self.text if self.sent_end is None else self.text[self.sent_start:self.sent_end]


def plain(value: Any) -> Any:
    """A JSON-ready form of a field value: whole Decimals as int, others as float."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, StrEnum):
        return str(value)
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


_SCALES = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "mn"))
_SYMBOLS = {"USD": "$", "EUR": "€", "CNY": "¥", "KZT": "₸", "RUB": "₽"}


def human_amount(value: Decimal, value_max: Decimal | None, unit: str) -> str:
    """An amount, or a range when ``value_max`` differs, as people write it: "$24.0 bn"."""
    high = value_max if value_max != value else None

    def one(v: Decimal) -> str:
        if unit == "percent":
            return f"{v.normalize():f}"
        if unit in _SYMBOLS or len(unit) == 3 and unit.isupper():
            for size, word in _SCALES:
                if abs(v) >= size:
                    return f"{(v / size):,.1f}"
            return f"{v:,.0f}"
        return f"{v.normalize():,f}"

    def scale_word(v: Decimal) -> str:
        for size, word in _SCALES:
            if abs(v) >= size:
                return f" {word}"
        return ""

    body = one(value) + (f"-{one(high)}" if high is not None else "")
    if unit == "percent":
        return f"{body} %"
    if unit in _SYMBOLS:
        return f"{_SYMBOLS[unit]}{body}{scale_word(value)}"
    if len(unit) == 3 and unit.isupper():
        return f"{body}{scale_word(value)} {unit}"
    if unit == "count":
        return body
    return f"{body} {unit}"


def _figure_row(rec: Any, **extra: Any) -> dict[str, Any]:
    """The flat row of a Figure or a Derived record, in its FIELDS order."""
    src = rec.source
    flat = {
        "type": rec.type, "doc": src.doc, "metric": rec.metric, "value": rec.value,
        "value_max": rec.value_max, "unit": rec.unit, "period": rec.period,
        "status": rec.status, "qualifier": rec.qualifier, "scope": rec.scope,
        "attribution": rec.attribution,
        "quote": rec.quote, "start": src.start, "end": src.end,
        "sentence": src.sentence, "rule": src.rule, **extra,
    }
    return {k: plain(flat[k]) for k in rec.FIELDS}


def _group_row(group: Any) -> dict[str, Any]:
    """The flat row of a Fact or an Event: its fields, with members named by their keys."""
    flat = {f: getattr(group, f) for f in group.FIELDS if f not in ("type", "n_docs", "members")}
    flat.update(type=group.type, n_docs=group.n_docs, members=tuple(m.key for m in group.members))
    return {k: plain(flat[k]) for k in group.FIELDS}


@dataclass(frozen=True, slots=True)
class Figure:
    """A number the article states about trade, investment, projects or agreements."""

    type: ClassVar[str] = "figure"
    FIELDS: ClassVar[tuple[str, ...]] = (
        "type", "doc", "metric", "value", "value_max", "unit", "period", "status", "qualifier",
        "scope", "attribution", "quote", "start", "end", "sentence", "rule",
    )

    metric: Metric
    value: Decimal
    unit: str
    period: str | None
    status: Status
    qualifier: Qualifier | None
    quote: str
    source: Span
    value_max: Decimal | None = None  # upper end of a range ("$2-3 billion")
    attribution: str | None = None  # "the State Revenue Committee", when the sentence names it
    scope: Scope = Scope.BILATERAL  # whose figure: the two countries, a region, or wider

    @property
    def doc(self) -> str:
        return self.source.doc

    @property
    def key(self) -> str:
        """This record's name across views and exports: "doc:start-end"."""
        return f"{self.source.doc}:{self.source.start}-{self.source.end}"

    derived: ClassVar[bool] = False

    def to_row(self) -> dict[str, Any]:
        return _figure_row(self)

    def __str__(self) -> str:
        q = f" {self.qualifier}" if self.qualifier else ""
        v = plain(self.value)
        rng = f"-{plain(self.value_max)}" if self.value_max is not None else ""
        sc = f" {self.scope}" if self.scope is not Scope.BILATERAL else ""
        return f"Figure[{self.metric} {v}{rng} {self.unit} {self.period} {self.status}{q}{sc}]"


@dataclass(frozen=True, slots=True)
class Meeting:
    """A meeting, talks, visit or phone call the article reports as having happened."""

    type: ClassVar[str] = "meeting"
    FIELDS: ClassVar[tuple[str, ...]] = (
        "type", "doc", "date", "date_source", "participants", "location", "kind",
        "quote", "start", "end", "sentence", "rule",
    )

    date: str | None  # "2023-03-27", "2023-03", "2022", "--03-14" or None
    date_source: DateSource | None
    participants: tuple[str, ...]
    location: str | None
    kind: MeetingKind
    quote: str
    source: Span

    @property
    def doc(self) -> str:
        return self.source.doc

    @property
    def key(self) -> str:
        return f"{self.source.doc}:{self.source.start}-{self.source.end}"

    def to_row(self) -> dict[str, Any]:
        flat = {
            "type": self.type, "doc": self.source.doc, "date": self.date,
            "date_source": self.date_source, "participants": self.participants,
            "location": self.location, "kind": self.kind, "quote": self.quote,
            "start": self.source.start, "end": self.source.end,
            "sentence": self.source.sentence, "rule": self.source.rule,
        }
        return {k: plain(flat[k]) for k in self.FIELDS}

    def __str__(self) -> str:
        who = ", ".join(self.participants)
        return f"Meeting[{self.kind} {self.date} ({who}) @ {self.location}]"


@dataclass(frozen=True, slots=True)
class Derived:
    """A figure no article states but two of its figures imply: "grew by 34 percent to $24
    billion" -> about $17.9 billion the year before. Its own type, so that it is never scored or
    exported as a stated figure; ``derived_from`` names the two records (their keys)."""

    type: ClassVar[str] = "derived"
    derived: ClassVar[bool] = True
    FIELDS: ClassVar[tuple[str, ...]] = (
        "type", "doc", "metric", "value", "value_max", "unit", "period", "status", "qualifier",
        "scope", "attribution", "quote", "start", "end", "sentence", "rule", "derived_from",
    )

    metric: Metric
    value: Decimal
    unit: str
    period: str | None
    status: Status
    qualifier: Qualifier | None
    quote: str  # the two quotes it comes from, joined by " … "
    source: Span  # from the first quote's start to the last one's end; rule is the derivation's
    derived_from: tuple[str, ...]  # keys of the records it comes from
    value_max: Decimal | None = None
    attribution: str | None = None
    scope: Scope = Scope.BILATERAL

    @property
    def doc(self) -> str:
        return self.source.doc

    @property
    def key(self) -> str:
        return f"{self.source.doc}:{self.source.start}-{self.source.end}:derived"

    def to_row(self) -> dict[str, Any]:
        return _figure_row(self, derived_from=self.derived_from)

    def __str__(self) -> str:
        q = f" {self.qualifier}" if self.qualifier else ""
        return (f"Derived[{self.metric} {plain(self.value.quantize(Decimal(1)))} {self.unit} "
                f"{self.period} {self.status}{q}]")


FigureLike = Figure | Derived
Record = Figure | Meeting | Derived


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure as several sources give it: the records of one (metric, scope, unit, period,
    status) whose values agree within tolerance."""

    type: ClassVar[str] = "fact"
    FIELDS: ClassVar[tuple[str, ...]] = (
        "type", "id", "metric", "unit", "period", "status", "scope", "value", "value_min", "value_max",
        "low", "high", "bound", "n_docs", "docs", "first_reported", "last_reported",
        "attributions", "derived", "members",
    )

    id: str
    metric: Metric
    unit: str
    period: str | None
    status: Status
    value: Decimal  # what the most direct sources say (the median of exact stated values)
    value_min: Decimal  # the lowest and highest value any source states
    value_max: Decimal
    low: Decimal  # the interval every source allows, qualifiers and rounding counted
    high: Decimal
    bound: Qualifier | None  # None when some source states it exactly
    docs: tuple[str, ...]
    first_reported: _dt.date | None
    last_reported: _dt.date | None
    attributions: tuple[str, ...]
    derived: int  # how many of the members are derived records
    members: tuple[FigureLike, ...]
    scope: Scope = Scope.BILATERAL

    @property
    def n_docs(self) -> int:
        return len(self.docs)

    def to_row(self) -> dict[str, Any]:
        return _group_row(self)

    def __str__(self) -> str:
        b = f" {self.bound}" if self.bound else ""
        d = " derived" if self.derived == len(self.members) else ""
        sc = f" {self.scope}" if self.scope is not Scope.BILATERAL else ""
        return (f"Fact[{self.metric} {plain(self.value)} {self.unit} {self.period} {self.status}{b}{sc}"
                f" x{self.n_docs}{d}]")


@dataclass(frozen=True, slots=True)
class Event:
    """One meeting, talks, visit or call as several articles report it."""

    type: ClassVar[str] = "event"
    FIELDS: ClassVar[tuple[str, ...]] = (
        "type", "id", "date", "date_source", "other_dates", "kind", "participants", "location",
        "n_docs", "docs", "members",
    )

    id: str
    date: str | None  # the best-known date: the most precise, from the text before the byline
    date_source: DateSource | None
    other_dates: tuple[str, ...]  # the other dates its sources give, best first
    kind: MeetingKind
    participants: tuple[str, ...]
    location: str | None
    docs: tuple[str, ...]
    members: tuple[Meeting, ...]

    @property
    def n_docs(self) -> int:
        return len(self.docs)

    def to_row(self) -> dict[str, Any]:
        return _group_row(self)

    def __str__(self) -> str:
        return f"Event[{self.kind} {self.date} ({', '.join(self.participants)}) x{self.n_docs}]"


@dataclass(frozen=True, slots=True)
class Side:
    """One value of a conflict: what some sources say, and which."""

    ref: str  # the fact or event id
    value: str  # as people write it: "over $24.0 bn", "2022-09"
    docs: tuple[str, ...]
    quote: str
    attribution: str | None
    derived: bool

    def __str__(self) -> str:
        n = len(self.docs)
        out = f"{self.value} — {n} document{'s' if n != 1 else ''}"
        if self.derived:
            out += " (derived)"
        return out + (f", {self.attribution}" if self.attribution else "")


@dataclass(frozen=True, slots=True)
class Conflict:
    """One subject (a metric, scope, period and status; or one visit) on which sources
    disagree: each distinct value with the documents that give it, one row per subject."""

    type: ClassVar[str] = "conflict"
    FIELDS: ClassVar[tuple[str, ...]] = (
        "type", "id", "kind", "subject", "attributed", "n_values", "summary",
        "refs", "values", "docs", "quotes", "attributions", "derived",
    )

    id: str
    kind: str  # "value": one metric and period, values beyond tolerance; "date": one visit, two months
    subject: str  # "trade_volume bilateral USD 2022 actual", "visit Xi Jinping 2022"
    sides: tuple[Side, ...]  # two or more, lowest value (earliest date) first

    @property
    def attributed(self) -> bool:
        """Every side names its source and the sources differ: a difference of sources, which
        views show as such rather than as an error."""
        named = [s.attribution for s in self.sides]
        return all(named) and len({n.lower() for n in named if n}) > 1

    @property
    def summary(self) -> str:
        """ "trade_volume bilateral USD 2022 actual: $24.1 bn — 4 documents; $31.2 bn — 6 documents"."""
        return f"{self.subject}: " + "; ".join(str(s) for s in self.sides)

    def to_row(self) -> dict[str, Any]:
        flat: dict[str, Any] = {
            "type": self.type, "id": self.id, "kind": self.kind, "subject": self.subject,
            "attributed": self.attributed, "n_values": len(self.sides), "summary": self.summary,
            "refs": tuple(s.ref for s in self.sides), "values": tuple(s.value for s in self.sides),
            "docs": tuple(", ".join(s.docs) for s in self.sides),
            "quotes": tuple(s.quote for s in self.sides),
            "attributions": tuple(s.attribution or "" for s in self.sides),
            "derived": tuple(s.derived for s in self.sides),
        }
        return {k: plain(flat[k]) for k in self.FIELDS}

    def __str__(self) -> str:
        return f"Conflict[{self.kind} {self.subject}: {' | '.join(s.value for s in self.sides)}]"


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read, and why (for the run's summary)."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


__all__ = [
    "Conflict", "DateSource", "Derived", "Document", "Event", "Fact", "Figure", "FigureLike",
    "Meeting", "MeetingKind", "Metric", "Qualifier", "Record", "Scope", "Side", "Skipped", "Span",
    "Status", "human_amount", "plain",
]
