"""Filters over records, shared by the CLI views."""

from __future__ import annotations

from .records import Event, Fact, Figure


def period_years(period: str | None) -> tuple[int, int] | None:
    """The first and last year a period touches: "2019-01/2019-08" -> (2019, 2019)."""
    if not period:
        return None
    parts = period.split("/")
    try:
        return int(parts[0][:4]), int(parts[-1][:4])
    except ValueError:
        return None


def figure_matches(fig: Figure, *, metric: str | None = None, year: int | None = None,
                   unit: str | None = None, doc: str | None = None) -> bool:
    if metric and fig.metric != metric.lower():
        return False
    if unit and fig.unit.lower() != unit.lower():
        return False
    if doc and doc.lower() not in fig.doc.lower():
        return False
    return year is None or touches_year(fig.period, year)


def touches_year(period: str | None, year: int) -> bool:
    span = period_years(period)
    return span is not None and span[0] <= year <= span[1]


def fact_matches(fact: Fact, *, metric: str | None = None, year: int | None = None) -> bool:
    if metric and fact.metric != metric.lower():
        return False
    return year is None or touches_year(fact.period, year)


def event_matches(event: Event, *, year: int | None = None) -> bool:
    if year is None:
        return True
    return bool(event.date) and event.date[:4] == str(year)


def person_matches(participants: tuple[str, ...] | list[str], wanted: list[str]) -> bool:
    """True when every name in ``wanted`` is a participant: any alias of a people.toml person,
    any case ("tokaev" finds "Tokayev" and "Toqayev"), else the name itself."""
    from .gazetteer import person_aliases

    aliases = person_aliases()
    who = {aliases.get(p.lower(), p.lower()) for p in participants}
    return all(aliases.get(w.strip().lower(), w.strip().lower()) in who for w in wanted)


def date_key(date: str | None) -> str:
    """A sort key for meeting dates: "2023-03-27" < "2023-04"; "--03-14" and None last."""
    if not date:
        return "~"
    return date if not date.startswith("--") else "}" + date
