"""One table style for every view, fitted to the width it is printed at.

A view says what its columns are and which give way first; ``ViewTable`` builds the Rich table
when it knows the width: while the table cannot fit, the column that gives way first leaves, and
what it held moves into the view's wide text column (the quote) as a line of its own, so a doc
id stays whole and visible at 80 columns. Numbers, dates and ids are never wrapped; the wide
column keeps at least ``QUOTE_WIDTH`` characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

QUOTE_WIDTH = 30  # the fewest characters a quote is given a line, at any width
_NARROWEST = 8  # a wrapped column below its longest word, at the last resort
_GAP = 2  # between two columns: the padding (collapsed) and the divider


@dataclass(frozen=True, slots=True)
class Col:
    """A column of a view. ``gives_way``: 0 stays at any width; otherwise the highest number
    leaves first. ``wrap``: text that may wrap at spaces (a number, date or id never does).
    ``wide``: the column that takes the lines of the columns that left (one per view)."""

    name: str
    style: str | None = None
    gives_way: int = 0
    wrap: bool = False
    wide: bool = False
    min_width: int | None = None
    justify: str = "left"
    shrink_to: int | None = None  # an unwrapped column that may narrow to this (a bar)


class ViewTable:
    """A table of ``cols`` and ``rows`` (one ``Text`` a cell) that fits the console it is
    printed on (see the module's docstring)."""

    def __init__(self, cols: Sequence[Col], rows: Sequence[Sequence[Text]], *, title: str | None = None,
                 caption: str | None = None, lines: bool = False, header: bool = True) -> None:
        self.cols = list(cols)
        self.rows = [list(r) for r in rows]
        self.title, self.caption, self.lines, self.header = title, caption, lines, header

    def table(self, width: int | None = None) -> Table:
        """The Rich table at ``width`` columns (every column, as wide as it likes, when None)."""
        shown = list(range(len(self.cols)))
        if width is None:
            return self._build(shown)
        order = sorted((i for i, c in enumerate(self.cols) if c.gives_way),
                       key=lambda i: -self.cols[i].gives_way)
        for leaving in order:
            if sum(self._bounds(shown)[0].values()) + _GAP * (len(shown) - 1) <= width:
                break
            shown.remove(leaving)
        return self._build(shown, self._widths(shown, width))

    def _gone(self, shown: list[int]) -> list[int]:
        """The columns that left, when the wide column is there to take their lines."""
        if not any(self.cols[i].wide for i in shown):
            return []
        return [i for i in range(len(self.cols)) if i not in shown]

    def _cells(self, i: int, shown: list[int]) -> list[str]:
        """The text of column ``i``'s cells, with the lines the wide column takes over."""
        cells = [row[i].plain for row in self.rows]
        if self.cols[i].wide:
            gone = self._gone(shown)
            cells += [f"{self.cols[j].name} {row[j].plain}" for row in self.rows for j in gone]
        return cells

    def _bounds(self, shown: list[int]) -> tuple[dict[int, int], dict[int, int]]:
        """The least and the natural width of each column shown: an unwrapped column is as wide
        as its widest line either way (rich's own measure would let such a cell wrap); a wrapped
        one needs its longest word, the wide one at least ``QUOTE_WIDTH``."""
        least, most = {}, {}
        for i in shown:
            col = self.cols[i]
            cells = self._cells(i, shown)
            lines = max((cell_len(ln) for cell in cells for ln in cell.splitlines()), default=0)
            most[i] = max(lines, cell_len(col.name), col.min_width or 0)
            if col.wrap or col.wide:
                word = max((cell_len(w) for cell in cells for w in cell.split()), default=0)
                least[i] = max(word, col.min_width or 0, QUOTE_WIDTH if col.wide else 0)
                most[i] = max(most[i], least[i])
            else:
                least[i] = min(most[i], col.shrink_to) if col.shrink_to else most[i]
        return least, most

    def _widths(self, shown: list[int], width: int) -> dict[int, int]:
        """Each column's width at ``width``: unwrapped ones whole; wrapped ones narrowed, widest
        first, until the wide column has its least; the wide column takes what is left."""
        least, most = self._bounds(shown)
        room = width - _GAP * (len(shown) - 1)
        wide = next((i for i in shown if self.cols[i].wide), None)
        widths = {i: most[i] for i in shown if i != wide}
        # where nothing else gives, the wide column goes down to its floor, a long id folding
        floor = max(QUOTE_WIDTH, self.cols[wide].min_width or 0) if wide is not None else 0
        need = sum(widths.values()) + (least[wide] if wide is not None else 0)
        # narrowed to their longest word first; where that is not enough (ids longer than
        # the screen allows), below it, a long word folding, rather than squeeze a number
        for floor_of in (lambda j: least[j], lambda j: _NARROWEST):
            while need > room:
                narrowable = [i for i in widths if (self.cols[i].wrap or self.cols[i].shrink_to)
                              and widths[i] > floor_of(i)]
                if not narrowable:
                    break
                i = max(narrowable, key=lambda j: widths[j])
                widths[i] -= 1
                need -= 1
        if wide is not None:
            widths[wide] = max(floor, min(most[wide], room - sum(widths.values())))
        return widths

    def _build(self, shown: list[int], widths: dict[int, int] | None = None) -> Table:
        widths = widths or {}
        table = Table(title=self.title, caption=self.caption, box=box.SIMPLE_HEAD, pad_edge=False,
                      show_edge=False, collapse_padding=True, show_lines=self.lines,
                      show_header=self.header, title_justify="left", caption_justify="left",
                      title_style="bold", header_style="bold")
        for i in shown:
            c = self.cols[i]
            table.add_column(c.name, style=c.style, no_wrap=not (c.wrap or c.wide),
                             min_width=c.min_width, width=widths.get(i), justify=c.justify,
                             overflow="fold" if c.wrap or c.wide else "ellipsis")
        gone = self._gone(shown)
        at = next((k for k, i in enumerate(shown) if self.cols[i].wide), None)
        for row in self.rows:
            cells = [row[i] for i in shown]
            # the cells that left, as one line under the quote (wrapped between cells)
            extra = Text("  ").join(_labelled(self.cols[i], row[i]) for i in gone if row[i].plain)
            if extra.plain:
                cells[at] = Text("\n").join([cells[at], extra]) if cells[at].plain else extra
            table.add_row(*cells)
        return table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.table(options.max_width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.table(options.max_width))


class Bar:
    """A bar of ``full`` cells at most, solid to ``low`` and shaded to ``high`` (shares of the
    largest value drawn), drawn to the width its column is given."""

    def __init__(self, low: float, high: float, full: int, solid_style: str, shade_style: str) -> None:
        self.low, self.high, self.full = low, high, full
        self.solid_style, self.shade_style = solid_style, shade_style

    @property
    def plain(self) -> str:
        return "█" * self.full

    def text(self, width: int) -> Text:
        solid = round(width * self.low)
        shaded = max(round(width * self.high) - solid, 0)
        return Text.assemble(("█" * solid, self.solid_style), ("▒" * shaded, self.shade_style))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.text(min(options.max_width, self.full))

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, self.full)


def _labelled(col: Col, cell: Text) -> Text:
    """A cell of a column that left, as a line of the wide column: "doc 002_ed18d489a2ac6f1b"."""
    piece = cell.copy()
    if col.style and not piece.style:
        piece.style = col.style
    out = Text(f"{col.name} ", style="dim") if col.name else Text()
    out.append_text(piece)
    return out


class _Nowhere:
    """A file that takes what a measuring console would print."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


# --- saved pages -----------------------------------------------------------------------------

# rich's SVG asks a CDN for Fira Code; a saved page must not reach out, so it names the
# monospace fonts systems have instead (the SVG fixes each run's width, so any of them fits)
MONOSPACE = ('ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", '
             '"Liberation Mono", "Courier New", monospace')
_FONT_FACE = re.compile(r"@font-face\s*\{[^{}]*\}\s*")


def offline(page: str) -> str:
    """A saved SVG or HTML page with no remote font: the system monospace stack instead."""
    page = _FONT_FACE.sub("", page)
    return page.replace("font-family: Fira Code, monospace", f"font-family: {MONOSPACE}")


def fitted_width(renderable, width: int) -> int:
    """The fewest columns, up to ``width``, that show ``renderable`` as it prints at ``width``:
    a saved page as wide as its content, not as the terminal."""
    console = Console(width=width, color_system=None, file=_Nowhere())
    if isinstance(renderable, ViewTable):
        renderable = renderable.table(width)
    lines = console.render_lines(renderable, console.options, pad=False)
    used = max((cell_len("".join(s.text for s in line).rstrip()) for line in lines), default=1)
    return max(min(used, width), 1)
