"""The closed vocabularies of the records, as ``StrEnum``s.

Apart from ``records.py`` (which re-exports them) so that the command line can offer them as
choices without loading the record classes: ``kzfacts --help`` stays quick.
"""

from __future__ import annotations

from enum import StrEnum


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


class Scope(StrEnum):
    """Whose figure: the two countries, one region or crossing of either, or a bloc or the world."""

    BILATERAL = "bilateral"
    REGIONAL = "regional"
    WIDER = "wider"
