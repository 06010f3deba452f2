"""The views of each article's records, ``kzfacts figures`` and ``kzfacts meetings``, and the
--format and --save every view takes: a table, or the view's own rows as data (issue 12)."""

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli import DbOpt, JobsOpt, PathsArg, Run, _console, app, check_target, say
from .messages import plural
from .vocab import MeetingKind, Metric


class ViewFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


_PAGES = (".svg", ".html", ".htm")  # --save writes the table as a page
_DATA = {".csv": ViewFormat.csv, ".json": ViewFormat.json, ".jsonl": ViewFormat.jsonl}


def _save_option(value: Optional[Path]) -> Optional[Path]:
    """A --save file whose suffix says the format and that may be written; else a usage error."""
    if value is None:
        return value
    if value.suffix.lower() not in (*_PAGES, *_DATA):
        say(f"usage: --save takes a .svg, .html, .csv, .json or .jsonl file, not {value}")
        raise typer.Exit(2)
    check_target(value)
    return value


FormatOpt = Annotated[
    ViewFormat,
    typer.Option("--format", case_sensitive=False,
                 help="table, or the view's own rows (after the filters) as csv, json or jsonl."),
]
SaveOpt = Annotated[
    Optional[Path],
    typer.Option("--save", callback=_save_option, show_default=False,
                 help="Also save the view: FILE.svg or FILE.html (the table), FILE.csv, "
                      "FILE.json or FILE.jsonl (its rows); the suffix says which."),
]


def _rows_text(fmt: ViewFormat, rows: list, columns: Optional[tuple[str, ...]]):
    """A view's rows as CSV (formulas neutralised, as export writes them), JSON or JSONL."""
    from .formats import csv_text, json_text, jsonl_lines

    if fmt is ViewFormat.jsonl:
        return jsonl_lines(rows)
    if fmt is ViewFormat.json:
        return iter([json_text(rows)])
    return iter([csv_text(rows, list(columns) if columns else None)])


def _show(view, rows: list, columns: Optional[tuple[str, ...]], fmt: ViewFormat,
          save: Optional[Path]) -> None:
    """Print a view (its table, fitted to the terminal, or its rows as data) and save it when
    asked: one helper for every view, so they all take the same --format and --save."""
    from .render import save_view, write_atomic, write_stream

    console = _console()
    if fmt is ViewFormat.table:
        console.print(view)
    else:
        write_stream(sys.stdout, _rows_text(fmt, rows, columns))
        sys.stdout.flush()
    if save is not None:
        suffix = save.suffix.lower()
        if suffix in _PAGES:
            save_view(view, save, console.width)
        else:
            write_atomic(save, _rows_text(_DATA[suffix], rows, columns))


@app.command()
def figures(
    paths: PathsArg = None,
    metric: Annotated[Optional[Metric], typer.Option(help="Only this metric.", case_sensitive=False)] = None,
    year: Annotated[Optional[int], typer.Option(help="Only figures whose period touches this year.")] = None,
    unit: Annotated[Optional[str], typer.Option(help="Only this unit, e.g. USD or percent.")] = None,
    doc: Annotated[Optional[str], typer.Option(help="Only documents whose id contains this.")] = None,
    fmt: FormatOpt = ViewFormat.table,
    save: SaveOpt = None,
    jobs: JobsOpt = 1,
    db: DbOpt = None,
) -> None:
    """Every figure in the articles, as a table.

    Example: kzfacts figures --metric trade_volume --year 2022
    """
    from .records import Figure
    from .render import figures_table
    from .select import figure_matches

    run = Run(paths, jobs, documents=False, db=db)
    rows = [r for r in run.records() if isinstance(r, Figure)
            and figure_matches(r, metric=metric, year=year, unit=unit, doc=doc)]
    _show(figures_table(rows, title=plural(len(rows), "figure")), rows, Figure.FIELDS, fmt, save)
    run.finish()


def _date_option(value: Optional[str]) -> Optional[str]:
    """ "2023", "2023-03" or "2023-03-27", as given; anything else is a usage error."""
    import datetime as dt
    import re

    if value is None:
        return value
    if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value, re.ASCII):
        try:
            dt.date.fromisoformat((value + "-01-01")[:10])  # "2023-13" is no month
            return value
        except ValueError:
            pass
    raise typer.BadParameter(f"{value!r} is no date; give one as YYYY, YYYY-MM or YYYY-MM-DD")


def _meeting_in_range(date: Optional[str], since: Optional[str], until: Optional[str]) -> bool:
    """Compare at the coarser precision: a meeting in "2023-03" is within --since 2023-03-15."""
    if since is None and until is None:
        return True
    if not date or date.startswith("--"):
        return False
    if since is not None and date[:len(since)] < since[:len(date)]:
        return False
    if until is not None and date[:len(until)] > until[:len(date)]:
        return False
    return True


@app.command()
def meetings(
    paths: PathsArg = None,
    person: Annotated[Optional[list[str]], typer.Option(
        help="Only meetings where this person took part (any alias, any case); repeat for all of several.")] = None,
    since: Annotated[Optional[str], typer.Option(callback=_date_option, help="Only meetings on or after this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[Optional[str], typer.Option(callback=_date_option, help="Only meetings on or before this date (YYYY[-MM[-DD]]).")] = None,
    kind: Annotated[Optional[MeetingKind], typer.Option(help="Only this kind of meeting.")] = None,
    fmt: FormatOpt = ViewFormat.table,
    save: SaveOpt = None,
    jobs: JobsOpt = 1,
    db: DbOpt = None,
) -> None:
    """Every meeting, talks, visit and phone call in the articles, as a table sorted by date.

    Example: kzfacts meetings --person Tokayev --since 2023
    """
    from .records import Meeting
    from .render import meetings_table
    from .select import date_key, person_matches

    run = Run(paths, jobs, db=db)
    rows = [r for r in run.records() if isinstance(r, Meeting)
            and (not person or person_matches(r.participants, person))
            and (kind is None or r.kind == kind.value)
            and _meeting_in_range(r.date, since, until)]
    rows.sort(key=lambda m: (date_key(m.date), m.doc, m.source.start))
    _show(meetings_table(rows, title=plural(len(rows), "meeting")), rows, Meeting.FIELDS, fmt, save)
    if person and not rows:
        from .cli_people import person_hints

        for line in person_hints(person):
            say(line)
    run.finish()
