"""Fast, exact scans: run a costly pattern only near the cheap hits every match of it contains.

A rule pattern such as ``periods.PERIOD`` tries a dozen alternatives at every position of the
text, which costs microseconds a character. Yet every match of it holds a *trigger*: a year,
"year", "month" or a month name; every figure holds a digit or a number word. So one cheap pass
finds the triggers, and the costly pattern is tried only at the positions from which a match
could reach one. The result is the sequence of matches ``pattern.finditer(text)`` gives, not an
approximation:

- A match starts at most ``lead`` tokens before a trigger it holds, a token being one visible
  character or one run of white space (``\\s+`` leaves runs unbounded, so characters would not do).
- An attempt at a position reads at most ``reach`` characters plus ``reach_runs`` runs of white
  space from it, lookarounds included; a run is priced at the longest one in the document.
- Trigger hits come from a non-overlapping scan, so a trigger inside a match may be swallowed by
  a hit that starts earlier; a match then still starts before that hit ends, so a window runs
  from ``lead`` tokens before a hit to its last character.
- Where every match begins with a ``start`` (a figure with its number), positions of a window
  before the first hit of ``start`` are skipped: a ``search`` from the window's first position,
  so it misses no hit, tells where the first match could start, or that none can.
- Positions are tried left to right from where the last match ended, a chunk at a time, by a
  wrapper ``[\\s\\S]{0,n}?(?P<_hit>...)`` whose lazy skip tries each start in turn exactly as
  ``search`` would, with ``endpos`` past the reach of every start it tries. No match can start
  outside the windows, so the first match found is the one ``finditer`` would give next.
- Where ``start`` pins a match down to few positions (``alone``), each hit of it in a window is
  tried on its own, with ``match`` bounded as above: a rule of many alternatives costs
  microseconds at every position it is tried from, and most positions of a window start none.

Triggers are found on the lower-cased text with a plain case-sensitive pattern, which is quick;
text holding a character that case-folds to ASCII letters without being one ("ſ", "K", "ﬁ",
"ß", "İ") is scanned with the rule's own flags instead. ``tests/test_scan.py`` checks the
equivalence on the corpora and on generated text.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import regex

from .regex_cache import memo, re_compiled

# start positions one call into the regex engine may try: one size, so that each rule is
# compiled into one wrapper (a compile costs as much as scanning 20 KB); windows are mostly
# a number or a year and what may stand before it, and larger ones take a few calls
CHUNKS = (16,)
_RUNS = re.compile(r"\s{2,}")  # re's white space, a superset of regex's
_WIDE = regex.compile(r"\s{2,}")  # regex's, as the patterns read it
_START_RUN = re.compile(r"\\s\+|\[ \\t\]\+")  # a run of white space in a start pattern
_UNICODE_CLASS = re.compile(r"\\[dDwWbB]")  # classes re may know fewer characters of than regex
# characters case folding reads as ASCII letters without being one: "ſ", the Kelvin sign, "İ", "ß",
# "ẞ", the Latin ligatures
_FOLD_CHARS = "\u017f\u212a\u0130\u00df\u1e9e" + "".join(map(chr, range(0xFB00, 0xFB07)))


def trie(words: list[str]) -> str:
    """An alternation of literal ``words`` factored by common prefixes ("s(?:ix(?:teen|ty)?|...)"),
    which the ``re`` engine scans several times faster than a flat list (kept between runs)."""
    ws = sorted(set(words))
    return memo("trie\n" + "\n".join(ws), lambda: _trie(ws)) if ws else ""


def _trie(words: list[str]) -> str:
    if not words:
        return ""
    heads: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        if w:
            heads.setdefault(w[0], []).append(w[1:])
    alts = []
    for head, tails in heads.items():
        rest = [t for t in tails if t]
        if not rest:
            alts.append(re.escape(head))
        else:
            alts.append(f"{re.escape(head)}(?:{_trie(rest)}){'?' if '' in tails else ''}")
    return "|".join(alts)


@dataclass(slots=True)
class Prepared:
    """What the scanners of one text share: the text, its lower-cased form when that is safe
    to find triggers in, the longest run of white space, and the trigger hits found so far."""

    text: str
    lower: str | None
    space: int
    # trigger -> (starts, ends, kinds) of its hits: two arrays of ints and the names of the
    # alternatives hit, so that a text of a million hits costs megabytes, not hundreds
    hits: dict[str, tuple[array, array, list[str | None]]] = field(default_factory=dict)
    # (starts, ends) of the runs of two white-space characters or more (regex's), found on first use
    wide: tuple[array, array] | None = None

    @classmethod
    def of(cls, text: str) -> Prepared:
        return cls(text, safe_lower(text), max(map(len, _RUNS.findall(text)), default=1))

    def back(self, k: int, n: int) -> int:
        r"""Where the ``n`` tokens before ``k`` begin (fewer at the start of the text), a token
        being a visible character or a run of white space: what
        ``regex.compile(rf"(?r)(?:\s+|\S){{0,{n}}}").match(text, 0, k).start()`` gives, counted
        over the runs of two characters or more instead of character by character (a run read
        backwards is taken whole; one white-space character alone is one token, as a visible
        one is)."""
        if self.wide is None:
            starts, ends = array("q"), array("q")
            for m in _WIDE.finditer(self.text):
                starts.append(m.start())
                ends.append(m.end())
            self.wide = (starts, ends)
        starts, ends = self.wide
        pos, i = k, bisect_left(starts, k) - 1  # the last run starting before ``pos``
        while n > 0:
            if i < 0:
                return max(0, pos - n)
            between = pos - min(ends[i], pos)  # tokens of one character after the run
            if between >= n:
                return pos - n
            n -= between + 1
            pos = starts[i]
            i -= 1
        return pos


def safe_lower(text: str) -> str | None:
    """``text`` lower-cased, character for character, when ASCII words can be looked for in it
    (no character folds to ASCII letters without being one), else None.

    Figures, people, parties, meetings and dates each ask it of the same document: the last
    text's answer is kept (by identity; a pair replaced whole, so threads never mix them), and
    the characters are looked for one by one, which is quicker than the class of them."""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    lower: str | None = None
    if not any(c in text for c in _FOLD_CHARS):
        lower = text.lower()
        if len(lower) != len(text):
            lower = None
    _last_lowered = (text, lower)
    return lower


_last_lowered: tuple[str, str | None] = ("", "")


class Hit:
    """A match found by a ``Scanner``, with ``start``, ``end``, ``span``, ``group`` and
    ``groupdict`` as on the match ``pattern.finditer`` gives."""

    __slots__ = ("_m",)

    def __init__(self, m: regex.Match[str]) -> None:
        self._m = m

    def start(self, name: str | int = 0) -> int:
        return self._m.start("_hit" if name == 0 else name)

    def end(self) -> int:
        return self._m.end("_hit")

    def span(self) -> tuple[int, int]:
        return self._m.span("_hit")

    def group(self, name: str | int = 0) -> str | None:
        return self._m.group("_hit" if name == 0 else name)

    def groupdict(self) -> dict[str, str | None]:
        g = self._m.groupdict()
        del g["_hit"]
        return g


@dataclass(frozen=True)
class Scanner:
    """``pattern`` tried only near hits of ``trigger`` (a pattern over lower-cased text).
    ``lead``: tokens a match may start before its trigger, or per named group of ``trigger``
    when kinds of trigger differ ("2022" is near the start of a period phrase, "years" may be
    far from it); ``reach``/``reach_runs``: characters and white-space runs an attempt may read;
    ``start``: a pattern (over lower-cased text) every match begins with, when one is cheap;
    ``alone``: try the pattern at each hit of ``start`` only, not at every position after it."""

    pattern: regex.Pattern[str]
    trigger: str
    lead: int | dict[str, int]
    reach: int
    reach_runs: int
    start: str | None = None
    alone: bool = False
    _fast: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _safe: regex.Pattern[str] = field(init=False, repr=False, compare=False)
    _wrapped: dict[int, regex.Pattern[str]] = field(init=False, repr=False, compare=False)
    _starts: tuple[re.Pattern[str] | regex.Pattern[str], regex.Pattern[str], tuple[int, int]] | None = field(
        init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        flags = self.pattern.flags & ~regex.UNICODE
        put = object.__setattr__
        put(self, "_fast", re_compiled(self.trigger))
        put(self, "_safe", regex.compile(self.trigger, regex.IGNORECASE | (flags & (regex.V1 | regex.FULLCASE))))
        if isinstance(self.lead, dict) and set(self.lead) != set(self._fast.groupindex):
            raise ValueError(f"leads {sorted(self.lead)} do not name the trigger's groups")
        put(self, "_wrapped", {})
        if self.start is not None:
            # a hit of ``start`` is read to at most its widest match past a window's last
            # position, each run of white space (``\s+``) priced at the longest in the text
            runs = len(_START_RUN.findall(self.start))
            one = _START_RUN.sub(r"\\s", self.start)
            width = memo("width\n" + one, lambda: re._parser.parse(one).getwidth()[1])  # type: ignore[attr-defined]
            if width >= re._constants.MAXREPEAT:  # type: ignore[attr-defined]
                raise ValueError(f"start {self.start!r} is unbounded but for runs of white space")
            put(self, "_starts", (
                # the re module scans alternations of words several times faster; a start with
                # \d, \w or \b takes the regex module's, as the rules': re's know fewer characters
                # (its \s knows more, which only widens a start)
                regex.compile(self.start) if _UNICODE_CLASS.search(self.start) else re_compiled(self.start),
                regex.compile(self.start, regex.IGNORECASE | (flags & (regex.V1 | regex.FULLCASE))),
                (width, runs),
            ))
        else:
            put(self, "_starts", None)
            if self.alone:
                raise ValueError("a scanner tries each start alone only when it has a start")

    def _chunk(self, need: int) -> tuple[int, regex.Pattern[str]]:
        """The smallest wrapper trying at least ``need`` starts (or the largest), compiled once
        on first use."""
        n = next((n for n in CHUNKS if n >= need), CHUNKS[-1])
        pattern = self._wrapped.get(n)
        if pattern is None:
            flags = self.pattern.flags & ~regex.UNICODE
            pattern = regex.compile(rf"[\s\S]{{0,{n - 1}}}?(?P<_hit>{self.pattern.pattern})", flags)
            self._wrapped[n] = pattern
        return n, pattern

    def _hits(self, prep: Prepared) -> tuple[array, array, list[str | None]]:
        """The trigger's hits in ``prep`` (the scan is done once per text and trigger, whichever
        scanners share it)."""
        hits = prep.hits.get(self.trigger)
        if hits is None:
            scan, text = (self._fast, prep.lower) if prep.lower is not None else (self._safe, prep.text)
            starts, ends, kinds = array("q"), array("q"), []
            for m in scan.finditer(text):
                starts.append(m.start())
                ends.append(m.end())
                kinds.append(m.lastgroup)
            hits = prep.hits[self.trigger] = (starts, ends, kinds)
        return hits

    def triggers(self, prep: Prepared) -> Iterator[tuple[int, int, int]]:
        """(start, end, lead) of the trigger hits, in order.

        A hit may swallow the start of another trigger (a non-overlapping scan: "may" in
        "mayear" hides "year"); it then takes the larger lead of the two."""
        starts, ends, kinds = self._hits(prep)
        if isinstance(self.lead, int):
            n = self.lead
            for k, end in zip(starts, ends):
                yield k, end, n
            return
        scan, text = (self._fast, prep.lower) if prep.lower is not None else (self._safe, prep.text)
        lead, top = self.lead, max(self.lead.values())
        for k, end, kind in zip(starts, ends, kinds):
            n = lead[kind]
            if n < top:
                for t in range(k + 1, end):
                    inner = scan.match(text, t, end + 64)
                    if inner is not None and lead[inner.lastgroup] > n:
                        n = lead[inner.lastgroup]
            yield k, end, n

    def finditer(self, text: str | Prepared, *, timeout: float | None = None) -> Iterator[Hit | regex.Match[str]]:
        """The matches ``self.pattern.finditer(text)`` gives, found near the triggers only."""
        prep = text if isinstance(text, Prepared) else Prepared.of(text)
        if not self._hits(prep)[0]:
            return
        text = prep.text
        size = len(text)
        reach = self.reach + self.reach_runs * prep.space
        # each hit's window: from ``lead`` tokens before it to its last character (a match
        # holding a trigger starts at most there), taken in order of their starts (made one at a
        # time where one lead serves every hit: their starts are then in order already)
        windows: Iterable[tuple[int, int]] = (
            (prep.back(k, n) if n else k, end - 1) for k, end, n in self.triggers(prep))
        if not isinstance(self.lead, int):
            windows = sorted(windows)
        chunk = self._chunk
        if self._starts is not None:
            fast, safe, (width, runs) = self._starts
            width += runs * prep.space
            starts, stext = (fast, prep.lower) if prep.lower is not None else (safe, text)
        else:
            starts = None
        if self.alone:
            yield from self._alone(text, windows, starts, stext, width, reach, timeout)
            return
        pos = 0
        for first, last in windows:
            while pos <= last:
                a = max(pos, first)
                if starts is not None:
                    s = starts.search(stext, a, min(size, last + 1 + width))
                    if s is None or s.start() > last:
                        pos = last + 1  # no match starts in [a, last]
                        break
                    a = s.start()  # nor in [a, s)
                n, pattern = chunk(last - a + 1)
                m = pattern.match(text, a, min(size, a + n + reach), timeout=timeout)
                if m is None:
                    pos = a + n  # no match starts in [a, a + n)
                else:
                    yield Hit(m)
                    pos = m.end("_hit")

    def _alone(self, text: str, windows: Iterable[tuple[int, int]], starts: re.Pattern[str] | regex.Pattern[str],
               stext: str, width: int, reach: int, timeout: float | None) -> Iterator[regex.Match[str]]:
        """The matches starting at hits of ``starts`` (over ``stext``) in ``windows``, each hit
        tried on its own as a wrapper of one start would try it: no match starts anywhere else."""
        size, pattern = len(text), self.pattern
        pos = 0
        for first, last in windows:
            while pos <= last:
                s = starts.search(stext, max(pos, first), min(size, last + 1 + width))
                if s is None or s.start() > last:
                    pos = last + 1  # no match starts in the rest of the window
                    break
                a = s.start()
                m = pattern.match(text, a, min(size, a + 1 + reach), timeout=timeout)
                if m is None:
                    pos = a + 1
                else:
                    yield m
                    pos = m.end()
