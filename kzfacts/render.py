"""Renderers: Rich tables, and CSV, JSON, JSONL writers. They take records, never text rules."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from rich.console import Console
from rich.text import Text as _RichText

from .records import Conflict, Derived, Event, Fact, Figure, Meeting, Side, human_amount
from .tables import Bar, Col, ViewTable, fitted_width, offline
from .writing import printable, write_atomic, write_stream  # noqa: F401  (the writers, for the CLI)

# --- text for a terminal ----------------------------------------------------------------------

class Text(_RichText):
    """Rich's Text with what the article, its id or its file name hold that a terminal (or a
    saved SVG) would act on removed: every table cell of ours is one of these."""

    def __init__(self, text: str = "", *args, **kwargs) -> None:
        super().__init__(printable(text), *args, **kwargs)

    def append(self, text, style=None):  # type: ignore[override]
        return super().append(printable(text) if isinstance(text, str) else text, style)


def human_value(fig: Figure | Derived) -> str:
    """ "$24.0 bn", "34 %", "52", "2,710 trains", "$2.0-3.0 bn"."""
    return human_amount(fig.value, fig.value_max, fig.unit)


def _figure_value(fig: Figure | Derived) -> str:
    """ "over $24.0 bn": the value with its qualifier, as the facts view shows it."""
    return (f"{fig.qualifier} " if fig.qualifier else "") + human_value(fig)


FIGURE_COLS = (Col("metric", "magenta"), Col("value", "bold green"), Col("period"),
               Col("status", gives_way=1), Col("doc", "cyan", gives_way=2),
               Col("quote", "dim", wide=True))


def figures_table(figures: Iterable[Figure], title: str | None = None) -> ViewTable:
    """One row per figure; at a narrow width its doc and status move under its quote."""
    rows = [[Text(str(f.metric)), Text(_figure_value(f)), Text(f.period or ""), Text(str(f.status)),
             Text(f.doc), Text(f.quote)] for f in figures]
    return ViewTable(FIGURE_COLS, rows, title=title)


MEETING_COLS = (Col("date", "bold"), Col("kind", "magenta", gives_way=1),
                Col("participants", "green", wrap=True, min_width=18),
                Col("location", wrap=True, gives_way=2), Col("doc", "cyan", gives_way=3),
                Col("quote", "dim", wide=True))


def meetings_table(meetings: Iterable[Meeting], title: str | None = None) -> ViewTable:
    """Meetings, one a row; a date marked * is the article's own (no date in the text)."""
    meetings = list(meetings)
    caption = ("* the article's publication date: the text gives no date of its own"
               if any(m.date and m.date_source == "published" for m in meetings) else None)
    rows = []
    for m in meetings:
        date = m.date or ""
        if m.date_source == "published" and date:
            date += "*"
        rows.append([Text(date), Text(str(m.kind)), Text(", ".join(m.participants)),
                     Text(m.location or ""), Text(m.doc), Text(m.quote)])
    return ViewTable(MEETING_COLS, rows, title=title, caption=caption)


# --- cross-source views ------------------------------------------------------------------------

DERIVED_MARK = "derived"  # how every view marks a value no article states


def _fact_value(f: Fact) -> str:
    bound = f"{f.bound} " if f.bound else ""
    return bound + human_amount(f.value, None, f.unit)


def _spread(f: Fact) -> str:
    low, high = human_amount(f.value_min, None, f.unit), human_amount(f.value_max, None, f.unit)
    return human_amount(f.value_min, f.value_max, f.unit) if low != high else ""


def _reported(f: Fact) -> str:
    if f.first_reported is None:
        return ""
    first, last = f.first_reported.isoformat(), f.last_reported.isoformat() if f.last_reported else ""
    return first if first == last else f"{first} – {last}"


def _derived_note(f: Fact) -> str:
    if not f.derived:
        return ""
    return DERIVED_MARK if f.derived == len(f.members) else f"{f.derived} of {len(f.members)} {DERIVED_MARK}"


FACT_COLS = (Col("id", "dim"), Col("metric", "magenta"), Col("scope", gives_way=3), Col("period"),
             Col("status", gives_way=1), Col("value", "bold green"), Col("spread", gives_way=4),
             Col("docs", "bold", gives_way=6, justify="right"),
             Col("attribution", "yellow", wrap=True, gives_way=5), Col("reported", gives_way=7),
             Col("note", "italic", gives_way=2), Col("sources", "cyan", wide=True))


def facts_table(facts: Iterable[Fact], title: str | None = None) -> ViewTable:
    """One row per fact: its value, bound, spread, sources and when they reported it."""
    rows = [[Text(f.id), Text(str(f.metric)), Text(str(f.scope)), Text(f.period or ""),
             Text(str(f.status)), Text(_fact_value(f)), Text(_spread(f)), Text(str(f.n_docs)),
             Text("; ".join(f.attributions)), Text(_reported(f)), Text(_derived_note(f)),
             Text("\n".join(f.docs))] for f in facts]
    return ViewTable(FACT_COLS, rows, title=title)


def _side(side: Side, record: Fact | Event | None) -> Text:
    value = _fact_value(record) if isinstance(record, Fact) else side.value or "no date"
    if isinstance(record, Fact) and _spread(record):
        value += f" ({_spread(record)})"
    n = len(side.docs)
    out = Text()
    out.append(value, style="bold")
    out.append(f" — {n} document{'s' if n != 1 else ''}")
    if side.derived:
        out.append(f" [{DERIVED_MARK}]", style="italic")
    out.append("\n" + ", ".join(side.docs), style="cyan")
    if side.attribution:
        out.append(f"\nper {side.attribution}", style="yellow")
    out.append(f"\n“{side.quote}”", style="dim")
    return out


CONFLICT_COLS = (Col("id", "dim"), Col("subject", "magenta", wrap=True, min_width=14),
                 Col("the sources say", wide=True), Col("note", "italic", wrap=True, gives_way=1))


def _conflict_note(c: Conflict) -> str:
    if c.attributed:
        return "sources differ: " + " vs ".join(s.attribution or "" for s in c.sides)
    if any(s.derived for s in c.sides):
        return f"a {DERIVED_MARK} value disagrees"
    return "values disagree" if c.kind == "value" else "dates disagree"


def conflicts_table(conflicts: Iterable[Conflict], refs: dict[str, Fact | Event] | None = None,
                    title: str | None = None) -> ViewTable:
    """One row per subject on which sources disagree, each value with its documents and a quote.
    ``refs`` maps fact and event ids to their records, for nicer values."""
    refs = refs or {}
    rows = [[Text(c.id), Text(c.subject),
             Text("\n\n").join(_side(s, refs.get(s.ref)) for s in c.sides), Text(_conflict_note(c))]
            for c in conflicts]
    return ViewTable(CONFLICT_COLS, rows, title=title, lines=True)


EVENT_COLS = (Col("id", "dim"), Col("date", "bold"), Col("kind", "magenta", gives_way=2),
              Col("participants", "green", wrap=True, min_width=18), Col("docs", "bold", gives_way=3),
              Col("other dates", wrap=True, gives_way=1), Col("sources", "cyan", wide=True))


def events_table(events: Iterable[Event], title: str | None = None) -> ViewTable:
    rows = []
    for e in events:
        date = (e.date or "") + (" (published)" if e.date and e.date_source == "published" else "")
        rows.append([Text(e.id), Text(date), Text(str(e.kind)), Text(", ".join(e.participants)),
                     Text(str(e.n_docs)), Text(", ".join(e.other_dates)), Text("\n".join(e.docs))])
    return ViewTable(EVENT_COLS, rows, title=title)


def _when(item: Fact | Event) -> str:
    return (item.period if isinstance(item, Fact) else item.date) or ""


def _when_key(item: Fact | Event) -> tuple[int, str]:
    when = _when(item)
    if not when:
        return (2, "")  # undated lines last
    # "--03-14" has no year: it sorts after every dated line
    return (0, when) if not when.startswith("--") else (1, when)


TIMELINE_COLS = (Col("when", "bold"), Col("what", "magenta", wrap=True), Col("detail", wide=True),
                 Col("sources", "cyan", wrap=True))


def timeline_items(items: Iterable[Fact | Event]) -> list[Fact | Event]:
    """The timeline's rows in its order: by date, a date without a year after, undated last."""
    return sorted(items, key=_when_key)


def timeline_table(items: Iterable[Fact | Event], title: str | None = None) -> ViewTable:
    """Meetings (as events) and figures (as facts) by date, one line each."""
    rows = []
    for item in timeline_items(items):
        if isinstance(item, Fact):
            what = f"{item.metric} ({item.status})"
            summary = _fact_value(item)
            if item.derived == len(item.members):
                summary += f" [{DERIVED_MARK}]"
        else:
            what = str(item.kind)
            summary = ", ".join(item.participants)
            if item.other_dates:
                summary += f" (also dated {', '.join(item.other_dates)})"
        rows.append([Text(_when(item)), Text(what), Text(summary), Text("\n".join(item.docs))])
    return ViewTable(TIMELINE_COLS, rows, title=title)


_BAR_WIDTH = 30


CHART_COLS = (Col("year", "bold"), Col("", shrink_to=10), Col("value", "bold green"),
              Col("sources", "cyan", wide=True))


def chart_facts(facts: Iterable[Fact], scope: str = "bilateral") -> list[Fact]:
    """The facts the trade chart draws: trade volume, actual, whole years, of one ``scope``;
    by year, then value."""
    return sorted((f for f in facts if f.metric == "trade_volume" and f.status == "actual"
                   and f.scope == scope and f.period and f.period.isdigit()),
                  key=lambda f: (f.period, f.value))


def trade_chart(facts: Iterable[Fact], title: str = "Trade volume by year",
                scope: str = "bilateral") -> ViewTable:
    """Trade volume (actual, whole years, of one ``scope``) as terminal bars: solid up to the
    lowest value the sources give, shaded up to the highest, so the spread between sources shows."""
    from collections import defaultdict

    years: dict[str, list[Fact]] = defaultdict(list)
    for f in chart_facts(facts, scope):
        years[f.period].append(f)
    rows = []
    caption = None
    if years:
        top = max(f.value for fs in years.values() for f in fs)
        unit = next(iter(years.values()))[0].unit
        caption = (f"█ lowest value the sources give, ▒ spread up to the highest; "
                   f"{unit}; {scope}; {DERIVED_MARK} = implied by a growth rate, not stated")
    for year, fs in years.items():
        lo, hi = fs[0].value, fs[-1].value
        only_derived = all(f.derived == len(f.members) for f in fs)
        bar = Bar(float(lo / top), float(hi / top), _BAR_WIDTH,
                  "dim green" if only_derived else "green", "yellow")
        values = "\n".join(
            _fact_value(f) + (f" [{DERIVED_MARK}]" if f.derived == len(f.members) else "")
            for f in fs
        )
        sources = "\n".join(", ".join(f.docs) for f in fs)
        rows.append([Text(year), bar, Text(values), Text(sources)])
    return ViewTable(CHART_COLS, rows, title=title, caption=caption)


def save_view(renderable, path: Path, width: int) -> None:
    """Save a view as SVG or HTML, by the file's suffix (atomically): as wide as its content at
    ``width`` columns, with no remote resource (no web font)."""
    path = Path(path)
    suffix = path.suffix.lower()
    console = Console(width=fitted_width(renderable, width), record=True, file=io.StringIO(),
                      soft_wrap=False)
    console.print(renderable)
    if suffix == ".svg":
        page = console.export_svg(title="kzfacts")
    elif suffix in (".html", ".htm"):
        page = console.export_html()
    else:
        raise ValueError(f"{path}: can only save .svg or .html")
    write_atomic(path, [offline(page)])
