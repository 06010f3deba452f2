"""The command line: a thin shell over the library. Parses options, calls it, renders.

Exit status: 0 every input read, 1 some input skipped (output for the rest still written) or
the run failed, 2 usage error. Global options (``--strict``, ``--debug``) live on the app's
callback and reach every command through ``Run``. ``--quiet`` leaves only what went wrong on
stderr: no progress line, no notes.
Commands register themselves on ``app`` when this module is imported (its last line), in the
order ``--help`` lists them: ``cli_views`` (figures, meetings), ``cli_export``, ``cli_merged``
(the cross-source views), ``cli_eval`` and ``cli_people``.
"""


import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from . import __version__
from .messages import plural


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


def check_target(path: Path, *, database: bool = False, folder: bool = True) -> None:
    """A file kzfacts is to write: its folder exists (``folder``) and it may be replaced (a
    regular file, or with ``database`` a kzfacts database); else a usage error, exit 2."""
    from .writing import unwritable

    if folder and not path.parent.is_dir():
        say(f"usage: cannot write {path}: no folder {path.parent}")
        raise typer.Exit(2)
    if (why := unwritable(path, database=database)) is not None:
        say(f"usage: will not write {path}: {why}")
        raise typer.Exit(2)


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


def _merged(run: Run):
    """Every record of the run merged across documents."""
    from .merge import merge

    records = list(run.records())
    return merge(records, {d.id: d.published for d in run.documents.values()})


# the commands, in the order --help lists them
from . import cli_views, cli_export, cli_merged, cli_eval, cli_people  # noqa: E402, F401, I001
