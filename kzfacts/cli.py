"""The command line: a thin shell over the library. Parses options, calls it, renders.

Exit status: 0 every input read, 1 some input skipped (output for the rest still written) or
the run failed, 2 usage error. Global options (``--strict``, ``--debug``) live on the app's
callback and reach every command through ``Run``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from . import __version__


class _Group(TyperGroup):
    """The app's command group: an unexpected error becomes one line on stderr, not a
    traceback (``--debug`` shows the traceback)."""

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort):
            raise
        except BrokenPipeError:
            # "kzfacts export --jsonl | head": the reader has gone, which is no error of ours
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so the exit flush cannot fail
            raise typer.Exit(0) from None
        except Exception as exc:
            # click's usage errors carry their exit status (2): click itself reports them
            if settings().debug or hasattr(exc, "exit_code"):
                raise
            say(f"error: {exc or type(exc).__name__} (run with --debug for the traceback)")
            raise typer.Exit(1) from None


app = typer.Typer(
    cls=_Group,
    help="Typed, sourced facts and figures from news on Kazakhstan-China relations.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

PathsArg = Annotated[
    Optional[list[str]],
    typer.Argument(help="Article files, folders or glob patterns; - reads standard input "
                        "(default: the bundled corpus).", show_default=False),
]


class Kind(StrEnum):
    figure = "figure"
    meeting = "meeting"
    all = "all"


@dataclass(frozen=True, slots=True)
class Settings:
    """The global options, given before the command: ``kzfacts --strict export ...``."""

    strict: bool = False
    debug: bool = False


_settings = Settings()


def settings() -> Settings:
    """The global options of the running command (set by ``main``, defaults before it runs)."""
    return _settings


def say(message: str) -> None:
    """One line on stderr, never wrapped, never styled: ``kzfacts: skipped x.txt: empty file``."""
    typer.echo(f"kzfacts: {message}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kzfacts {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
    strict: Annotated[bool, typer.Option(help="Stop at the first input that cannot be read, "
                                              "writing nothing (exit status 1).")] = False,
    debug: Annotated[bool, typer.Option(help="Show the traceback of an unexpected error.")] = False,
) -> None:
    """Typed, sourced facts and figures from news on Kazakhstan-China relations.

    Exit status: 0 every input read, 1 some input skipped or the run failed (output for the
    rest still written, unless --strict), 2 usage error.
    """
    global _settings
    _settings = Settings(strict=strict, debug=debug)


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, soft_wrap=False)


class Run:
    """Documents and records of one run, with what was skipped on the way.

    Every command reads its paths through one Run, which prints each skipped input as it
    goes, honours ``--strict``, and ends with ``finish()``: the summary and the exit status.
    """

    def __init__(self, paths: list[str] | None) -> None:
        self.paths = paths
        self.settings = settings()
        self.read: set[str] = set()  # files (or "<stdin>") that gave at least one document
        self.skipped: list = []  # Skipped items, in the order met

    def records(self):
        from .extract import extract_paths
        from .records import Skipped

        items = extract_paths(self.paths)
        if self.settings.strict:
            # read everything first, so that a skip stops the run before anything is written
            items = list(items)
            for item in items:
                if isinstance(item, Skipped):
                    self._skip(item)
        for item in items:
            if isinstance(item, Skipped):
                self._skip(item)
                continue
            doc, records = item
            self.read.add(doc.path or doc.id)
            if doc.encoding:
                say(f"note {doc.path or doc.id}: not UTF-8, read as {doc.encoding}")
            yield from records

    def _skip(self, item) -> None:
        self.skipped.append(item)
        say(f"skipped {item}")
        if self.settings.strict:
            say("stopped: --strict makes a skipped input fatal; nothing written")
            raise typer.Exit(1)

    def summary(self) -> str:
        """ "12 files: 10 read, 2 skipped", with the articles skipped inside files read."""
        files = {s.path for s in self.skipped} - self.read
        within = sum(1 for s in self.skipped if s.path in self.read)
        total = len(self.read) + len(files)
        text = f"{total} file{'s' * (total != 1)}: {len(self.read)} read, {len(files)} skipped"
        return text + (f"; {within} articles or lines skipped within files read" if within else "")

    def finish(self) -> None:
        if self.skipped:
            say(self.summary())
            raise typer.Exit(1)


@app.command()
def figures(
    paths: PathsArg = None,
    metric: Annotated[Optional[str], typer.Option(help="Only this metric, e.g. trade_volume.")] = None,
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
        say("usage: give exactly one of --csv, --json, --jsonl")
        raise typer.Exit(2)
    if output is not None and not output.parent.is_dir():
        say(f"usage: cannot write {output}: no folder {output.parent}")
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
