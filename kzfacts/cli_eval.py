"""``kzfacts eval``: how well kzfacts reads a user's own annotated articles (docs/annotation.md)."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from .cli import JobsOpt, PathsArg, Run, _console, app, say
from .messages import plural as _plural


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


NUMERIC = ("precision", "recall", "F1", "matched", "gold", "found")
RATIO = {"doc": 3, "value": 2, "quote": 4}  # shares of the width left by the fixed columns


def _table(title: str, columns: list[str], rows: list[list[Any]]):
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=escape(title), title_justify="left", show_edge=False, pad_edge=False,
                  expand="quote" in columns)
    for name in columns:
        # numbers, metrics and dates never split; names and quotes wrap, a doc id folds
        fixed = name in (*NUMERIC, "what", "when", "gold date", "kzfacts date")
        table.add_column(name, justify="right" if name in NUMERIC else "left", no_wrap=fixed,
                         overflow="fold", ratio=None if fixed else RATIO.get(name, 1))
    for row in rows:
        table.add_row(*(escape(f"{v:.3f}" if isinstance(v, float) and name in NUMERIC[:3] else _cell(v))
                        for name, v in zip(columns, row)))
    return table


def _print_score(result) -> None:
    console = _console()
    c = result.counts
    rows = [
        ["figures, typed", *result.figures_typed, c["fig_tp"], c["fig_gold"], c["fig_pred"]],
        ["figures, untyped", *result.figures_detect, c["det_tp"], c["det_gold"], c["det_pred"]],
        ["meetings", *result.meetings, c["m_tp"], c["m_gold"], c["m_pred"]],
        ["meetings, dated", *result.meetings_with_date, c["m_date_tp"], c["m_gold"], c["m_pred"]],
    ]
    cols = ["records", "precision", "recall", "F1", "matched", "gold", "found"]
    console.print(_table(f"{_plural(len(result.docs), 'document')} scored", cols, rows))
    summary = result.summary()
    console.print(f"noise hits {summary['noise_hits']}; of the typed figures matched, status right "
                  f"{_cell(summary['status_acc'])}, qualifier right {_cell(summary['qualifier_acc'])}")
    if result.by_metric:
        metric_rows = [[m, *result.metric_prf(m), n["tp"], n["gold"], n["pred"]]
                       for m, n in result.by_metric.items()]
        console.print()
        console.print(_table("typed figures by metric", ["metric", *cols[1:]], metric_rows))
    for title, items in (("missed (in the gold, not found)", result.misses),
                         ("extra (found, not in the gold)", result.extras)):
        if items:
            console.print()
            console.print(_table(f"{len(items)} {title}", ["doc", "what", "value", "when", "quote"],
                                 [[m.doc, m.what, m.value, m.when, m.quote] for m in items]))
    if result.wrong_dates:
        console.print()
        console.print(_table(f"{_plural(len(result.wrong_dates), 'meeting')} found with a wrong date",
                             ["doc", "participants", "gold date", "kzfacts date"],
                             [[w.doc, w.participants, w.gold, w.got] for w in result.wrong_dates]))
    if result.noise_hits:
        console.print()
        console.print(_table(f"{_plural(len(result.noise_hits), 'noise hit')} (numbers that are no figures)",
                             ["doc", "text"], [list(n) for n in result.noise_hits]))


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="The gold file: JSON Lines of annotated records (see docs/annotation.md).",
                                         show_default=False)],
    paths: PathsArg = None,
    fmt: Annotated[EvalFormat, typer.Option("--format", help="table for people, json for scripts.")] = EvalFormat.table,
    min_f1: Annotated[Optional[float], typer.Option(
        "--min-f1", min=0.0, max=1.0, show_default=False,
        help="Exit with status 1 when the lower of the two headline F1s (typed figures, "
             "meetings with the right date) is below this.")] = None,
    jobs: JobsOpt = 1,
) -> None:
    """Score kzfacts on annotated articles: precision, recall and F1 per record type and metric.

    Reads the articles in PATHS, scores their figures and meetings against the gold file's
    records (only the documents the gold file names count), and prints the scores, then the
    misses, extras, wrong dates and noise hits. The numbers are those of the project's
    score.py. With --min-f1 X it exits with status 1 when min(typed-figure F1, dated-meeting
    F1) is below X: a check for a script or CI.

    Example: kzfacts eval gold.jsonl articles/ --min-f1 0.9
    """
    from .evaluate import GoldFileError, load_gold, score

    try:
        records = load_gold(gold)
    except GoldFileError as exc:
        say(f"usage: {exc}")
        raise typer.Exit(2) from None
    run = Run(paths, jobs)
    rows = [r.to_row() for r in run.records()]
    result = score(records, rows)
    read = set(run.documents)
    unread = [d for d in result.docs if d not in read]
    if unread:
        say(f"note {_plural(len(unread), 'gold document')} not among the articles read, "
            f"scored as finding nothing: {', '.join(unread[:5])}{' ...' if len(unread) > 5 else ''}")
    if fmt is EvalFormat.json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        _print_score(result)
    below = min_f1 is not None and result.min_f1 < min_f1
    if below:
        say(f"F1 {result.min_f1} is below --min-f1 {min_f1} (the lower of typed figures "
            f"{result.figures_typed[2]} and meetings with date {result.meetings_with_date[2]})")
    run.finish()
    if below:
        raise typer.Exit(1)
