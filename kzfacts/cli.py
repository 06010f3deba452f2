"""The command line: a thin shell over the library. Parses options, calls it, renders.

Exit status: 0 every input read, 1 some input skipped (output for the rest still written) or
the run failed, 2 usage error. Global options (``--strict``, ``--debug``) live on the app's
callback and reach every command through ``Run``. ``--quiet`` leaves only what went wrong on
stderr: no progress line, no notes.
"""


import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from . import __version__
from .messages import plural
from .vocab import MeetingKind, Metric, Scope


class _Group(TyperGroup):
    """The app's command group: an unexpected error becomes one line on stderr, not a
    traceback (``--debug`` shows the traceback)."""

    def main(self, *args, **kwargs):
        # --help or a usage message that cannot be written (``> /dev/full``): one line, no traceback
        try:
            return super().main(*args, **kwargs)
        except OSError as exc:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so the exit flush cannot fail
            if not isinstance(exc, BrokenPipeError):
                say(f"error: cannot write the output: {exc.strerror or exc}")
            sys.exit(1)

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort):
            raise
        except _UsageError as exc:
            if settings().debug:
                raise
            _usage_error(exc)
        except BrokenPipeError:
            # "kzfacts export --jsonl | head": the reader has gone, which is no error of ours,
            # but inputs skipped before it went still make the exit status 1
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so the exit flush cannot fail
            raise typer.Exit(1 if _current_run is not None and _current_run.skipped else 0) from None
        except Exception as exc:
            # click's usage errors carry their exit status (2): click itself reports them
            if settings().debug or hasattr(exc, "exit_code"):
                raise
            say(f"error: {str(exc) or type(exc).__name__} (run with --debug for the traceback)")
            raise typer.Exit(1) from None


_UsageError = typer.BadParameter.__base__  # typer's (vendored) click UsageError


def _usage_error(exc) -> None:
    """A usage error as one line in our voice (exit status 2), e.g. ``kzfacts: usage: --metric:
    'x' is not one of the choices: trade_volume, ... (kzfacts facts --help)``."""
    from .messages import usage_message

    say(f"usage: {usage_message(exc)}")
    raise typer.Exit(2)


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


DbOpt = Annotated[
    Optional[Path],
    typer.Option("--db", help="Read the records from this archive (written by export --sqlite) instead of extracting PATHS.", show_default=False),
]

JobsOpt = Annotated[
    int,
    typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per processor); same output for any number."),
]


class Kind(StrEnum):
    figure = "figure"
    meeting = "meeting"
    derived = "derived"
    fact = "fact"
    event = "event"
    conflict = "conflict"
    all = "all"


@dataclass(frozen=True, slots=True)
class Settings:
    """The global options, given before the command: ``kzfacts --strict export ...``."""

    strict: bool = False
    debug: bool = False
    quiet: bool = False


_settings = Settings()
_current_run = None  # the Run of the command under way, for the exit status of a broken pipe
_stopped = 0  # the signal (SIGTERM, SIGHUP) that asked the run to stop, once one has


def settings() -> Settings:
    """The global options of the running command (set by ``main``, defaults before it runs)."""
    return _settings


def say(message: str) -> None:
    """One line on stderr, never wrapped, never styled: ``kzfacts: skipped x.txt: empty file``.
    A line break or escape sequence in a file name is shown, not acted on."""
    from .progress import above
    from .writing import printable

    line = f"kzfacts: {printable(message, newlines=False)}"
    if not above(line):  # a progress line on screen: above it
        typer.echo(line, err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kzfacts {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
    strict: Annotated[bool, typer.Option(help="Stop at the first input that cannot be read, "
                                              "writing nothing (exit status 1).")] = False,
    debug: Annotated[bool, typer.Option(help="Show the traceback of an unexpected error.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress line and no notes on stderr; skipped inputs and errors are still said.")] = False,
    data: Annotated[Optional[Path], typer.Option(
        "--data", envvar="KZFACTS_DATA", show_default=False, metavar="DIR",
        help="A folder of your own people.toml, places.toml, titles.toml and cues.toml, "
             "merged over the bundled ones (or set KZFACTS_DATA).")] = None,
) -> None:
    """Typed, sourced facts and figures from news on Kazakhstan-China relations.

    Exit status: 0 every input read, 1 some input skipped or the run failed (output for the
    rest still written, unless --strict), 2 usage error.
    """
    global _settings, _current_run
    _settings = Settings(strict=strict, debug=debug, quiet=quiet)
    _current_run = None
    from .cli_people import bundled_data, use_data_folder

    use_data_folder(data)
    if data is not None:
        ctx.call_on_close(bundled_data)  # a caller in the same process (a test) gets the bundled data back
    _exit_on_signals()


def _exit_on_signals() -> None:
    """SIGTERM and SIGHUP end the run the way Ctrl-C does, by an exception: a half-written
    output's temporary file is removed and worker processes are stopped on the way out
    (exit status 128 + the signal's number, as the shell reports a death by it)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return

    def stop(signum, frame):
        global _stopped
        _stopped = signum
        raise SystemExit(128 + signum)

    def unraisable(info, default=sys.__unraisablehook__):
        # the stop lost in a finalizer (a pattern's __del__): the document loop ends the run,
        # so Python's "Exception ignored ... Traceback" would only alarm the user
        if not (_stopped and isinstance(info.exc_value, SystemExit)):
            default(info)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)
    sys.unraisablehook = unraisable


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, soft_wrap=False)


def sqlite3_error():
    import sqlite3

    return sqlite3.Error


class Run:
    """Documents and records of one run, with what was skipped on the way.

    Every command reads its paths through one Run, which prints each skipped input as it
    goes, honours ``--strict``, and ends with ``finish()``: the summary and the exit status.
    """

    def __init__(self, paths: list[str] | None, jobs: int = 1, *, documents: bool = True,
                 db: Path | None = None) -> None:
        if db is not None and paths:
            say("usage: give either PATHS or --db, not both")
            raise typer.Exit(2)
        self.paths = paths
        self.db = db  # an archive to read the records from, instead of extracting
        self.jobs = jobs
        self.keep_documents = documents  # off where nothing needs them, so memory stays flat
        self.settings = settings()
        self.read: set[str] = set()  # files (or "<stdin>") that gave at least one document
        self.skipped: list = []  # Skipped items, in the order met
        self.documents: dict = {}  # doc id -> Document, for the cross-source views
        global _current_run
        _current_run = self

    def records(self):
        for _, records in self.items():
            yield from records

    def items(self, keep=None):
        """(document, records) of each document read; ``keep`` filters the documents read
        before they are extracted (see ``extract_paths``)."""
        if self.db is not None:
            yield from self._archived()
            return
        from .extract import extract_paths
        from .files import UTF8_REPAIRED
        from .progress import track
        from .records import Skipped

        items = extract_paths(self.paths, jobs=self.jobs, note=self._note, keep=keep)
        # on a terminal, once the run takes over a second: files done, MB/s, skipped
        items = track(items, quiet=self.settings.quiet)
        if self.settings.strict:
            # read everything first, so that a skip stops the run before anything is written
            items = list(items)
            for item in items:
                if isinstance(item, Skipped):
                    self._skip(item)
        for item in items:
            if _stopped:
                # the handler's SystemExit can be lost when the signal lands in a finalizer
                # ("Exception ignored in ..."): the next document ends the run all the same
                raise SystemExit(128 + _stopped)
            if isinstance(item, Skipped):
                self._skip(item)
                continue
            doc, records = item
            self.read.add(doc.path or doc.id)
            if self.keep_documents:
                self.documents[doc.id] = doc
            if doc.encoding == UTF8_REPAIRED:
                self._note(f"{doc.path or doc.id}: UTF-8 but for a few bytes, read with them replaced")
            elif doc.encoding:
                self._note(f"{doc.path or doc.id}: not UTF-8, read as {doc.encoding}")
            yield doc, records
        if _stopped:
            raise SystemExit(128 + _stopped)  # (a signal lost after the last document)

    def _archived(self):
        """The records of the archive ``--db`` names, document by document, read not extracted."""
        from itertools import groupby

        from .archive import read

        try:
            records, documents = read(self.db)
        except (OSError, sqlite3_error()) as exc:
            say(f"usage: cannot read {self.db}: {exc}")
            raise typer.Exit(2) from None
        by_doc = {doc: list(group) for doc, group in groupby(records, key=lambda r: r.doc)}
        for doc in documents:
            self.read.add(doc.path or doc.id)
            if self.keep_documents:
                self.documents[doc.id] = doc
            yield doc, by_doc.get(doc.id, [])

    def _note(self, message: str) -> None:
        if not self.settings.quiet:
            say(f"note {message}")

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
        return text + (f"; {plural(within, 'article or line', 'articles or lines')} skipped within files read" if within else "")

    def finish(self) -> None:
        if self.skipped:
            say(self.summary())
            raise typer.Exit(1)


# --- every view: a table, or its own rows as data (issue 12) -----------------------------------


class ViewFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


_PAGES = (".svg", ".html", ".htm")  # --save writes the table as a page
_DATA = {".csv": ViewFormat.csv, ".json": ViewFormat.json, ".jsonl": ViewFormat.jsonl}


def _save_option(value: Optional[Path]) -> Optional[Path]:
    """A --save file whose suffix says the format and that may be written; else a usage error."""
    from .writing import unwritable

    if value is None:
        return value
    if value.suffix.lower() not in (*_PAGES, *_DATA):
        say(f"usage: --save takes a .svg, .html, .csv, .json or .jsonl file, not {value}")
        raise typer.Exit(2)
    if not value.parent.is_dir():
        say(f"usage: cannot write {value}: no folder {value.parent}")
        raise typer.Exit(2)
    if (why := unwritable(value)) is not None:
        say(f"usage: will not write {value}: {why}")
        raise typer.Exit(2)
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
    from .render import csv_text, json_text, jsonl_lines

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
    from .merge import with_derived
    from .render import csv_text, json_text, jsonl_lines, write_atomic, write_stream
    from .writing import unwritable

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
    if output is not None and not output.parent.is_dir():
        say(f"usage: cannot write {output}: no folder {output.parent}")
        raise typer.Exit(2)
    for target, database in ((output, False), (sqlite, True)):
        if target is not None and (why := unwritable(target, database=database)) is not None:
            say(f"usage: will not write {target}: {why}")
            raise typer.Exit(2)
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
    from .writing import unwritable

    if kind in (Kind.fact, Kind.event, Kind.conflict):
        say(f"usage: --parquet writes records (--kind all, figure, meeting or derived), not {kind}s; "
            "the cross-source views are tables of --sqlite")
        raise typer.Exit(2)
    if not path.parent.is_dir():
        say(f"usage: cannot write {path}: no folder {path.parent}")
        raise typer.Exit(2)
    if (why := unwritable(path)) is not None:
        say(f"usage: will not write {path}: {why}")
        raise typer.Exit(2)
    if not available():
        say(f"usage: --parquet needs pyarrow, which is not installed: pip install 'kzfacts[{EXTRA}]'")
        raise typer.Exit(2)


# --- cross-source views (issue 6) ------------------------------------------------------------

def _merged(run: "Run"):
    """Every record of the run merged across documents."""
    from .merge import merge

    records = list(run.records())
    return merge(records, {d.id: d.published for d in run.documents.values()})


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


from . import cli_eval, cli_people  # noqa: E402, F401 - register eval and people on the app
