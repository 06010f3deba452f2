"""Typed, frozen records: documents, spans, figures and meetings.

Field names follow the record vocabulary of the gold files (see the README), plus provenance.
Every record flattens to one row by ``to_row()``, which feeds the table, CSV, JSON and JSONL
alike, so the formats never disagree.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
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
    """Provenance: where in which document a record was read, and by which rule."""

    doc: str
    start: int
    end: int
    sentence: str
    rule: str


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
    """One figure as several sources give it: the records of one (metric, unit, period,
    status) whose values agree within tolerance."""

    type: ClassVar[str] = "fact"
    FIELDS: ClassVar[tuple[str, ...]] = (
        "type", "id", "metric", "unit", "period", "status", "value", "value_min", "value_max",
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

    @property
    def n_docs(self) -> int:
        return len(self.docs)

    def to_row(self) -> dict[str, Any]:
        return _group_row(self)

    def __str__(self) -> str:
        b = f" {self.bound}" if self.bound else ""
        d = " derived" if self.derived == len(self.members) else ""
        return (f"Fact[{self.metric} {plain(self.value)} {self.unit} {self.period} {self.status}{b}"
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
    """One side of a conflict: what some sources say, and which."""

    ref: str  # the fact or event id
    value: str  # as shown: "over $24.0 bn", "2022-09"
    docs: tuple[str, ...]
    quote: str
    attribution: str | None
    derived: bool


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two facts (or events) that should be one but whose sources disagree."""

    type: ClassVar[str] = "conflict"
    FIELDS: ClassVar[tuple[str, ...]] = (
        "type", "id", "kind", "subject", "attributed",
        "a_ref", "a_value", "a_docs", "a_quote", "a_attribution", "a_derived",
        "b_ref", "b_value", "b_docs", "b_quote", "b_attribution", "b_derived",
    )

    id: str
    kind: str  # "value": one metric and period, values beyond tolerance; "date": one visit, two months
    subject: str  # "trade_volume USD 2022 actual", "visit Xi Jinping 2022"
    a: Side
    b: Side

    @property
    def attributed(self) -> bool:
        """Both sides name their source and the sources differ: a difference of sources, which
        views show as such rather than as an error."""
        return bool(self.a.attribution and self.b.attribution
                    and self.a.attribution.lower() != self.b.attribution.lower())

    def to_row(self) -> dict[str, Any]:
        flat: dict[str, Any] = {"type": self.type, "id": self.id, "kind": self.kind,
                                "subject": self.subject, "attributed": self.attributed}
        for name, side in (("a", self.a), ("b", self.b)):
            flat.update({f"{name}_ref": side.ref, f"{name}_value": side.value,
                         f"{name}_docs": side.docs, f"{name}_quote": side.quote,
                         f"{name}_attribution": side.attribution, f"{name}_derived": side.derived})
        return {k: plain(flat[k]) for k in self.FIELDS}

    def __str__(self) -> str:
        return f"Conflict[{self.kind} {self.subject}: {self.a.value} vs {self.b.value}]"


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
    "Status",
    "plain",
]
