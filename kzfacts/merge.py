"""Truth across sources: records of many articles -> facts, events and conflicts.

Works on records only and never reads text again. Four steps, each in its module:

- ``merge_facts.derive``: "grew by 34 percent to $24 billion" implies the year before (a
  ``Derived`` record);
- ``merge_facts.group_facts``: figures of one (metric, scope, unit, period, status) whose values
  agree within a tolerance that respects qualifiers are one fact;
- ``merge_events.group_events``: meetings of the same participants on compatible dates are one
  event;
- ``merge_conflicts.find_conflicts``: one row per subject whose sources disagree.

``merge`` runs them all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .merge_conflicts import find_conflicts
from .merge_events import group_events
from .merge_facts import group_facts, with_derived
from .records import Conflict, Derived, Event, Fact, Record


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
