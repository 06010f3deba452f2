"""``kzfacts export``: every field of every record, as CSV, JSON, JSON Lines, Parquet or a
SQLite archive."""

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli import JobsOpt, PathsArg, Run, _merged, app, check_target, say


class Kind(StrEnum):
    figure = "figure"
    meeting = "meeting"
    derived = "derived"
    fact = "fact"
    event = "event"
    conflict = "conflict"
    all = "all"


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
    kind: Annotated[Kind, typer.Option(help="Which records: all is figures, meetings and derived figures; fact, event and conflict are the cross-source views.")] = Kind.all,
    sqlite: Annotated[Optional[Path], typer.Option("--sqlite", help="Write every table (documents, figures, meetings, facts, events, conflicts) to this SQLite archive; an archive there is updated (new and changed documents extracted, unchanged ones kept, tables you added kept); any other file is refused.")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="With --sqlite: remove from the archive the documents this run does not name.")] = False,
    parquet: Annotated[Optional[Path], typer.Option("--parquet", metavar="FILE", show_default=False, help="Write one Parquet file of the records --kind picks (all: figures, meetings and derived), one row each, with the --csv columns typed: value float, start/end int, participants a list of strings. Needs pip install 'kzfacts[parquet]'.")] = None,
    csv_formulas: Annotated[bool, typer.Option("--csv-formulas", help="Leave CSV cells that begin with = + - @ as they are; by default a ' is put in front, so that a spreadsheet does not run them as formulas.")] = False,
    jobs: JobsOpt = 1,
) -> None:
    """Every field of every record, for a spreadsheet or a program.

    Derived figures ("grew by 34 percent to $24 billion" -> the year before) have their own
    type, derived, and never pass as stated figures.

    An archive is updated in one transaction: an interrupted run leaves it as it was.

    Example: kzfacts export --jsonl --jobs 0 -o records.jsonl; kzfacts export --sqlite kz.db
    """
    from .merge_facts import with_derived
    from .formats import csv_text, json_text, jsonl_lines
    from .writing import write_atomic, write_stream

    chosen = [f for f, on in ((Format.csv, as_csv), (Format.json, as_json), (Format.jsonl, as_jsonl)) if on]
    if len(chosen) + (sqlite is not None) + (parquet is not None) != 1:
        say("usage: give exactly one of --csv, --json, --jsonl, --sqlite, --parquet")
        raise typer.Exit(2)
    for own, name in ((sqlite, "--sqlite"), (parquet, "--parquet")):
        if output is not None and own is not None:
            say(f"usage: {name} names its own file; give -o only with --csv, --json or --jsonl")
            raise typer.Exit(2)
    if parquet is not None:
        _parquet_usable(parquet, kind)
    if output is not None:
        check_target(output)
    if sqlite is not None:
        check_target(sqlite, database=True, folder=False)
    if prune and sqlite is None:
        say("usage: --prune goes with --sqlite")
        raise typer.Exit(2)
    views = kind in (Kind.fact, Kind.event, Kind.conflict)
    run = Run(paths, jobs, documents=views)  # --jsonl of records streams: keeps no documents
    if sqlite is not None:
        from .archive import Archive

        with Archive(sqlite, prune=prune) as archive:
            for doc, records in run.items(keep=archive.wanted):
                archive.store(doc, records)
            archive.finish()
        run.finish()
        return
    if parquet is not None:
        from .parquet import write_parquet

        write_parquet(parquet, (r for r in with_derived(run.records())
                                if kind is Kind.all or r.type == kind.value))
        run.finish()
        return
    fmt = chosen[0]
    if kind in (Kind.fact, Kind.event, Kind.conflict):
        merged = _merged(run)
        records = iter({Kind.fact: merged.facts, Kind.event: merged.events,
                        Kind.conflict: merged.conflicts}[kind])
    else:
        records = (r for r in with_derived(run.records()) if kind is Kind.all or r.type == kind.value)
    if fmt is Format.jsonl:
        chunks = jsonl_lines(records)
    elif fmt is Format.json:
        chunks = iter([json_text(list(records))])
    else:
        chunks = iter([csv_text(list(records), formulas=csv_formulas)])
    if output is None:
        write_stream(sys.stdout, chunks)
        sys.stdout.flush()
    else:
        write_atomic(output, chunks)
    run.finish()


def _parquet_usable(path: Path, kind: Kind) -> None:
    """--parquet FILE: records only, into a folder that exists, with pyarrow installed."""
    from .parquet import EXTRA, available

    if kind in (Kind.fact, Kind.event, Kind.conflict):
        say(f"usage: --parquet writes records (--kind all, figure, meeting or derived), not {kind}s; "
            "the cross-source views are tables of --sqlite")
        raise typer.Exit(2)
    check_target(path)
    if not available():
        say(f"usage: --parquet needs pyarrow, which is not installed: pip install 'kzfacts[{EXTRA}]'")
        raise typer.Exit(2)
