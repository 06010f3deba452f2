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


class Metric(StrEnum):
    TRADE_VOLUME = "trade_volume"
    TRADE_GROWTH = "trade_growth"
    TRADE_SHARE = "trade_share"
    INVESTMENT = "investment"
    PROJECT_COUNT = "project_count"
    PROJECT_VALUE = "project_value"
    AGREEMENT_COUNT = "agreement_count"
    AGREEMENT_VALUE = "agreement_value"
    EXPORT_VOLUME = "export_volume"
    IMPORT_VOLUME = "import_volume"
    OTHER = "other"


class Status(StrEnum):
    ACTUAL = "actual"
    TARGET = "target"
    FORECAST = "forecast"


class Qualifier(StrEnum):
    OVER = "over"
    UNDER = "under"
    ABOUT = "about"


class MeetingKind(StrEnum):
    MEETING = "meeting"
    TALKS = "talks"
    VISIT = "visit"
    CALL = "call"


class DateSource(StrEnum):
    TEXT = "text"
    PUBLISHED = "published"


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


@dataclass(frozen=True, slots=True)
class Figure:
    """A number the article states about trade, investment, projects or agreements."""

    type: ClassVar[str] = "figure"
    FIELDS: ClassVar[tuple[str, ...]] = (
        "type", "doc", "metric", "value", "value_max", "unit", "period", "status", "qualifier",
        "attribution", "quote", "start", "end", "sentence", "rule",
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

    @property
    def doc(self) -> str:
        return self.source.doc

    def to_row(self) -> dict[str, Any]:
        flat = {
            "type": self.type, "doc": self.source.doc, "metric": self.metric, "value": self.value,
            "value_max": self.value_max, "unit": self.unit, "period": self.period,
            "status": self.status, "qualifier": self.qualifier, "attribution": self.attribution,
            "quote": self.quote, "start": self.source.start, "end": self.source.end,
            "sentence": self.source.sentence, "rule": self.source.rule,
        }
        return {k: plain(flat[k]) for k in self.FIELDS}

    def __str__(self) -> str:
        q = f" {self.qualifier}" if self.qualifier else ""
        v = plain(self.value)
        rng = f"-{plain(self.value_max)}" if self.value_max is not None else ""
        return f"Figure[{self.metric} {v}{rng} {self.unit} {self.period} {self.status}{q}]"


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


Record = Figure | Meeting


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
    "DateSource", "Document", "Figure", "Meeting", "MeetingKind", "Metric", "Qualifier",
    "Record", "Skipped", "Span", "Status", "plain",
]
