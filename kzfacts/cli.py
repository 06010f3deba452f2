"""The command line: a thin shell over the library. Parses options, calls it, renders.

Exit status: 0 every input read, 1 some input skipped (output for the rest still written),
2 usage error.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .records import Metric

app = typer.Typer(
    help="Typed, sourced facts and figures from news on Kazakhstan-China relations.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

PathsArg = Annotated[
    Optional[list[str]],
    typer.Argument(help="Article files or folders (default: the bundled corpus).", show_default=False),
]


class Kind(StrEnum):
    figure = "figure"
    meeting = "meeting"
    all = "all"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kzfacts {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Typed, sourced facts and figures from news on Kazakhstan-China relations."""


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, soft_wrap=False)


class Run:
    """Documents and records of one run, with what was skipped on the way."""

    def __init__(self, paths: list[str] | None) -> None:
        self.paths = paths
        self.skipped: list[str] = []
        self.read = 0

    def records(self):
        from .extract import extract_paths
        from .records import Skipped

        err = _console(stderr=True)
        for item in extract_paths(self.paths):
            if isinstance(item, Skipped):
                self.skipped.append(str(item))
                err.print(f"kzfacts: skipped {item}", markup=False, highlight=False)
                continue
            self.read += 1
            doc, records = item
            yield from records

    def finish(self) -> None:
        total = self.read + len(self.skipped)
        if self.skipped:
            _console(stderr=True).print(
                f"kzfacts: {total} inputs: {self.read} read, {len(self.skipped)} skipped",
                markup=False, highlight=False,
            )
            raise typer.Exit(1)


@app.command()
def figures(
    paths: PathsArg = None,
    metric: Annotated[Optional[Metric], typer.Option(help="Only this metric.", case_sensitive=False)] = None,
    year: Annotated[Optional[int], typer.Option(help="Only figures whose period touches this year.")] = None,
    unit: Annotated[Optional[str], typer.Option(help="Only this unit, e.g. USD or percent.")] = None,
    doc: Annotated[Optional[str], typer.Option(help="Only documents whose id contains this.")] = None,
) -> None:
    """Every figure in the articles, as a table.

    Example: kzfacts figures --metric trade_volume --year 2022
    """
    from .records import Figure
    from .render import figures_table
    from .select import figure_matches

    run = Run(paths)
    rows = [r for r in run.records() if isinstance(r, Figure)
            and figure_matches(r, metric=metric, year=year, unit=unit, doc=doc)]
    _console().print(figures_table(rows, title=f"{len(rows)} figures"))
    run.finish()


class MeetingKindOption(StrEnum):
    meeting = "meeting"
    talks = "talks"
    visit = "visit"
    call = "call"


def _date_option(value: Optional[str]) -> Optional[str]:
    """ "2023", "2023-03" or "2023-03-27", as given; anything else is a usage error."""
    import re

    if value is not None and not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        raise typer.BadParameter("give a date as YYYY, YYYY-MM or YYYY-MM-DD")
    return value


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
    kind: Annotated[Optional[MeetingKindOption], typer.Option(help="Only this kind of meeting.")] = None,
) -> None:
    """Every meeting, talks, visit and phone call in the articles, as a table sorted by date.

    Example: kzfacts meetings --person Tokayev --since 2023
    """
    from .records import Meeting
    from .render import meetings_table
    from .select import date_key, person_matches

    run = Run(paths)
    rows = [r for r in run.records() if isinstance(r, Meeting)
            and (not person or person_matches(r.participants, person))
            and (kind is None or r.kind == kind.value)
            and _meeting_in_range(r.date, since, until)]
    rows.sort(key=lambda m: (date_key(m.date), m.doc, m.source.start))
    _console().print(meetings_table(rows, title=f"{len(rows)} meetings"))
    run.finish()


class Format(StrEnum):
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


@app.command()
def export(
    paths: PathsArg = None,
    as_csv: Annotated[bool, typer.Option("--csv", help="Comma-separated values, one row per record.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON array.")] = False,
    as_jsonl: Annotated[bool, typer.Option("--jsonl", help="JSON Lines, one record per line.")] = False,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to this file (atomically) instead of stdout.")] = None,
    kind: Annotated[Kind, typer.Option(help="Which records.")] = Kind.all,
) -> None:
    """Every field of every record, for a spreadsheet or a program.

    Example: kzfacts export --jsonl -o records.jsonl
    """
    from .render import csv_text, json_text, jsonl_lines, write_atomic, write_stream

    chosen = [f for f, on in ((Format.csv, as_csv), (Format.json, as_json), (Format.jsonl, as_jsonl)) if on]
    if len(chosen) != 1:
        _console(stderr=True).print("kzfacts: usage: give exactly one of --csv, --json, --jsonl", markup=False)
        raise typer.Exit(2)
    fmt = chosen[0]
    run = Run(paths)
    records = (r for r in run.records() if kind is Kind.all or r.type == kind.value)
    if fmt is Format.jsonl:
        chunks = jsonl_lines(records)
    elif fmt is Format.json:
        chunks = iter([json_text(list(records))])
    else:
        chunks = iter([csv_text(list(records))])
    if output is None:
        write_stream(sys.stdout, chunks)
        sys.stdout.flush()
    else:
        write_atomic(output, chunks)
    run.finish()
