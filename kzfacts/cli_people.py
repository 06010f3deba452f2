"""Your own names: `--data DIR` merged over the bundled data files, and `kzfacts people`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli import _console, app, say, settings
from .messages import plural


def use_data_folder(folder: Path | None) -> None:
    """Load and check the user's data files before anything runs: a broken one is a usage
    error (exit status 2) naming the file, not a failure halfway through the articles."""
    from .errors import DataFileError
    from .gazetteer import use_data

    if folder is None:
        use_data(None)
        return
    import regex

    try:
        use_data(folder)
        from .extract import extract
        from .gazetteer import people, places, titles

        people(), places(), titles()
        # builds every pattern made from the data: meeting, place, figure, count and cue words
        extract("ASTANA, Jan. 2, 2024 - Tokayev met Xi Jinping in Astana. Trade grew 5% to "
                "$1 billion, and 12 projects worth $2 billion were signed, the ministry said.",
                published="2024-01-02")
    except (DataFileError, regex.error) as exc:
        if settings().debug:
            raise
        say(f"error in your data files: {exc}")
        raise typer.Exit(2) from None


def bundled_data() -> None:
    from .gazetteer import use_data

    use_data(None)


def person_hints(wanted: list[str]) -> list[str]:
    """For each --person that is no name kzfacts knows, a line naming the known ones that
    come close ("President Tokayev" -> Tokayev; "Zhang" -> each Zhang)."""
    from .gazetteer import close_people, person_aliases

    lines = []
    for name in wanted:
        if name.strip().lower() not in person_aliases():
            close = close_people(name)
            lines.append(f"note no one kzfacts knows is called {name!r}"
                         + (f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else "")
                         + " (kzfacts people NAME looks one up)")
    return lines


def _offices(person) -> str:
    return "; ".join(f"{title.replace('_', ' ')} {start}-{end or ''}" for title, start, end in person.titles)


@app.command()
def people(
    name: Annotated[Optional[str], typer.Argument(
        help="Only the people one of whose names is this, or has all its words (any case).",
        show_default=False)] = None,
) -> None:
    """The people kzfacts recognises: the name it writes, aliases, country and offices.

    With NAME, those it matches: "zhang" finds every Zhang, "tokaev" finds Tokayev. With no
    match, the names that come close are suggested and the exit status is 1. The bundled list
    is in kzfacts/data/people.toml; add your own with --data DIR (a people.toml of your own).

    Example: kzfacts people Zhang; kzfacts --data mydata/ people
    """
    from rich.markup import escape
    from rich.table import Table

    from .gazetteer import close_people, find_people, people as everyone

    found = list(everyone().values()) if name is None else find_people(name)
    if not found:
        close = close_people(name or "")
        hint = f"; close: {', '.join(close)}" if close else ""
        say(f"no person in the gazetteer is called {name!r}{hint}")
        raise typer.Exit(1)
    table = Table(title=plural(len(found), "person", "people"),
                  title_justify="left", show_edge=False, pad_edge=False)
    table.add_column("name", no_wrap=True)
    table.add_column("aliases", ratio=3)
    table.add_column("country", no_wrap=True)
    table.add_column("offices", ratio=2)
    for person in sorted(found, key=lambda p: p.key.lower()):
        aliases = ", ".join(a for a in person.aliases if a != person.key)
        table.add_row(escape(person.key), escape(aliases), person.country, escape(_offices(person)))
    _console().print(table)
