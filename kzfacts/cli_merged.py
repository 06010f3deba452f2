"""The cross-source views (issue 6), of the records merged across articles: ``kzfacts facts``,
``conflicts``, ``timeline`` and ``chart``."""

from enum import StrEnum
from typing import Annotated, Optional

import typer

from .cli import DbOpt, JobsOpt, PathsArg, Run, _merged, app
from .cli_views import FormatOpt, SaveOpt, ViewFormat, _show
from .messages import plural
from .vocab import Metric, Scope


@app.command()
def facts(
    paths: PathsArg = None,
    min_sources: Annotated[int, typer.Option("--min-sources", help="Only facts reported by at least N documents.")] = 1,
    metric: Annotated[Optional[Metric], typer.Option(help="Only this metric.", case_sensitive=False)] = None,
    year: Annotated[Optional[int], typer.Option(help="Only facts whose period touches this year.")] = None,
    fmt: FormatOpt = ViewFormat.table,
    save: SaveOpt = None,
    jobs: JobsOpt = 1,
    db: DbOpt = None,
) -> None:
    """Figures grouped across articles into facts: one row per fact with every source behind it.

    Values of one metric, unit, period and status that agree within rounding and their
    qualifiers ("over $24 billion" and "$24.1 billion") are one fact.

    Example: kzfacts facts --metric trade_volume --min-sources 2
    """
    from .records import Fact
    from .render import facts_table
    from .select import fact_matches

    run = Run(paths, jobs, db=db)
    rows = [f for f in _merged(run).facts
            if f.n_docs >= min_sources and fact_matches(f, metric=metric, year=year)]
    _show(facts_table(rows, title=plural(len(rows), "fact")), rows, Fact.FIELDS, fmt, save)
    run.finish()


@app.command()
def conflicts(
    paths: PathsArg = None,
    fmt: FormatOpt = ViewFormat.table,
    save: SaveOpt = None,
    jobs: JobsOpt = 1,
    db: DbOpt = None,
) -> None:
    """Subjects on which sources disagree: one row each, every value with its documents.

    Values beyond tolerance for one metric, scope, period and status (a regional figure never
    conflicts with a bilateral one), or one visit dated in different months. Where every value
    names a different source (customs against statistics), the note says so.

    Example: kzfacts conflicts corpus/ ../shared/dev/docs
    """
    from .records import Conflict
    from .render import conflicts_table

    run = Run(paths, jobs, db=db)
    merged = _merged(run)
    refs = {x.id: x for x in [*merged.facts, *merged.events]}
    rows = merged.conflicts
    _show(conflicts_table(rows, refs, title=plural(len(rows), "conflict")), rows, Conflict.FIELDS, fmt, save)
    run.finish()


@app.command()
def timeline(
    paths: PathsArg = None,
    metric: Annotated[Optional[Metric], typer.Option(help="Only facts of this metric (meetings are always shown).", case_sensitive=False)] = None,
    year: Annotated[Optional[int], typer.Option(help="Only lines that touch this year.")] = None,
    fmt: FormatOpt = ViewFormat.table,
    save: SaveOpt = None,
    jobs: JobsOpt = 1,
    db: DbOpt = None,
) -> None:
    """Meetings and figures by date, one line each (merged across articles).

    Example: kzfacts timeline --year 2022
    """
    from .render import timeline_items, timeline_table
    from .select import event_matches, fact_matches

    run = Run(paths, jobs, db=db)
    merged = _merged(run)
    items = [f for f in merged.facts if fact_matches(f, metric=metric, year=year)]
    items += [e for e in merged.events if event_matches(e, year=year)]
    _show(timeline_table(items, title="timeline"), timeline_items(items), None, fmt, save)
    run.finish()


class Chart(StrEnum):
    trade = "trade"


@app.command()
def chart(
    what: Annotated[Chart, typer.Argument(help="What to draw: trade (volume by year).")],
    paths: PathsArg = None,
    scope: Annotated[Scope, typer.Option(help="Whose trade: bilateral (the two countries), regional (a region or crossing) or wider.")] = Scope.BILATERAL,
    fmt: FormatOpt = ViewFormat.table,
    save: SaveOpt = None,
    jobs: JobsOpt = 1,
) -> None:
    """A bar chart in the terminal: trade volume by year, with the spread between sources.

    Only figures of one scope are drawn, bilateral unless --scope says otherwise.

    Example: kzfacts chart trade corpus/ ../shared/dev/docs --save trade.svg
    """
    from .records import Fact
    from .render import chart_facts, trade_chart

    run = Run(paths, jobs)
    merged = _merged(run).facts
    _show(trade_chart(merged, scope=str(scope)), chart_facts(merged, str(scope)), Fact.FIELDS, fmt, save)
    run.finish()
