"""Split article text into sentences with character offsets.

News text is split at line breaks (a line is at least a paragraph or a headline) and at
sentence-final punctuation followed by an upper-case start, except after abbreviations
("Sept. 12", "Mr. Xi", "$54.53 bil. in").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import regex

# abbreviations that end with a dot inside a sentence, lower case, without the dot
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st no nos vs etc inc ltd co corp gen gov sen rep col lt jr sr "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "bil bln mln mn bn trln tn approx est fig ed vol pp p u.s u.k u.n e.g i.e a.m p.m art para ch sec".split()
)

# a sentence end: punctuation, optional closing quotes/brackets, then space
# (and a full stop glued to the next sentence, as scraped pages often run them: "media.The talks").
# Every alternative begins with its mark, and the marks stand first, so that the re module skips
# to the next one (it finds no first characters in an alternation of groups by itself, and a
# lookbehind first would be tried at every character); ``_SPACE`` is the regex module's \s,
# which re's takes four characters more than.
_SPACE = r"[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
_END = re.compile(rf"""(?=[.!?…\n])(?:(?:[.!?]+|…)["'»”’)\]]*(?:\[(?:\d{{1,3}}|[ivx]{{1,6}})\])?(?={_SPACE})|\n|(?P<glued>\.)(?<=[a-z]{{3}}\.)(?=[A-Z][a-z]{{2,}}{_SPACE}))""")
# the word before a mark, read from the end back (a search from the front would try a run at
# every character of it, to fail at the end each time)
_WORD_BEFORE = regex.compile(r"(?r)([\w.]+)\Z")
_NEXT = regex.compile(r"\s*(\S)")  # the first visible character after a sentence end


# what an initial is written with: a capital, or a Russian digraph's transliteration ("K.", "Sh.")
INITIAL_LETTER = r"(?:[A-Z]|Sh|Zh|Dzh|Ch|Kh|Ts|Ya|Ye|Yo)"
# an initial, or initials run together ("Sh. Mirziyoyev", "K.K. Tokayev", "Sh.M. Mirziyoyev")
_INITIALS = re.compile(rf"{INITIAL_LETTER}(?:\.{INITIAL_LETTER})*")


def abbreviation(text: str, mark: int) -> bool:
    """Whether the dot at ``mark`` ends an abbreviation ("Mr.", "Sept.") or an initial ("K.",
    "K.K.")."""
    before = _WORD_BEFORE.search(text[max(0, mark - 30):mark])
    word = before.group(1).lower().strip(".") if before else ""
    return text[mark:mark + 1] == "." and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or (
        before is not None and _INITIALS.fullmatch(before.group(1).strip(".")) is not None))


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sentence spans of one text, with lookup by character offset."""

    text: str
    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]

    def index_at(self, offset: int) -> int:
        """Index of the sentence that holds ``offset`` (the nearest one before it)."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def at(self, offset: int) -> tuple[int, int]:
        return self.spans[self.index_at(offset)] if self.spans else (0, len(self.text))

    def __len__(self) -> int:
        return len(self.spans)


def hard_wrapped(text: str) -> bool:
    """Whether the text is wrapped at a fixed width (wire copy: "increased by 34\npercent"),
    so that a single line break is a space, not the end of a paragraph."""
    lines = [ln.rstrip() for ln in text.splitlines() if len(ln.strip()) > 30]
    if len(lines) < 5:
        return False
    lengths = sorted(len(ln) for ln in lines)
    open_ended = sum(1 for ln in lines if ln[-1] not in ".!?:;\"'»”’)")
    return lengths[int(0.9 * (len(lengths) - 1))] <= 90 and open_ended >= 0.5 * len(lines)


def _is_break(text: str, end: int, mark: str, wrapped: bool = False) -> bool:
    if mark == "\n":
        if not wrapped:
            return True
        # in wrapped text a blank line or a line that ends a sentence is a break; the last
        # character before the line break, spaces aside, tells (found without copying the text)
        i = end - 2
        while i >= 0 and text[i] in " \t":
            i -= 1
        if text[end:end + 1] == "\n" or i < 0:
            return True
        # (not an initial or an abbreviation that ends a line: "President V.\nPutin of the Russian Federation")
        return text[i] in "\n!?:»”\"" or (text[i] == "." and not abbreviation(text, i))
    nxt = _NEXT.match(text, end, end + 40)
    if nxt is None:
        return True
    first = nxt.group(1)
    if first.islower() or first in ",;:)%":
        return False
    if mark.startswith(".") and abbreviation(text, end - len(mark)):
        return False
    if first.isdigit():
        # "... met Xi Jinping. 12 bilateral documents were signed": a number and a word open the
        # next sentence after a word's full stop; not "Art. 5", "p.m. 10", "rose 1.5. percent"
        return mark in (".", "!", "?") and _WORD_END.search(text, max(0, end - 40), end - 1) is not None and \
            _NUMBER_OPENS.match(text, nxt.start(1)) is not None
    return True


_WORD_END = regex.compile(r"[A-Za-z]{3,}\Z")
_NUMBER_OPENS = regex.compile(r"\d[\d,]*(?:\.\d+)?\s+(?:[A-Za-z][a-z]+|per\s+cent)\b")


def split(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets, trimmed of surrounding white space, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    wrapped = hard_wrapped(text)
    for m in _END.finditer(text):
        end = m.end()
        # a glued full stop ends its sentence after the stop: no mark (and no abbreviation) to read
        if not _is_break(text, end, "" if m.lastgroup else m.group(), wrapped):
            continue
        _push(text, start, end, spans)
        start = end
    _push(text, start, len(text), spans)
    return spans


# A sentence of news is at most a few hundred characters (the longest in the development set
# is 900). Past this a "sentence" is a table, a list or junk on one line, and is cut (at white
# space when there is some) so that the cue searches around each figure do bounded work.
MAX_SENTENCE = 1500


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _push(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def sentences(text: str) -> Sentences:
    spans = tuple(split(text))
    return Sentences(text, spans, tuple(s for s, _ in spans))


def unwrapped(sents: Sentences) -> Sentences:
    """The sentences of a text whose lines are wrapped inside sentences (wire copy), with those
    line breaks made spaces: the same length and offsets, and a name wrapped across two lines
    ("Zeng\nQinghong") reads whole. Itself where no sentence holds a line break."""
    text = sents.text
    if not any(text.find("\n", a, b) >= 0 or text.find("\r", a, b) >= 0 for a, b in sents.spans):
        return sents
    parts, pos = [], 0
    for a, b in sents.spans:
        parts += [text[pos:a], text[a:b].replace("\r", " ").replace("\n", " ")]
        pos = b
    parts.append(text[pos:])
    return Sentences("".join(parts), sents.spans, sents.starts)


_STOP = regex.compile(r"[.!?][\"”’»]?\s+|\n[ \t]*\n\s*")  # (a blank line ends a headline or caption too)


def sentence_before(text: str, at: int, reach: int = 600) -> int:
    """Where the sentence before the one that starts at ``at`` starts (``reach`` characters back at most)."""
    start = max(0, at - reach)
    end = len(text[start:at].rstrip()) + start - 1  # (the mark that ends that sentence)
    for m in _STOP.finditer(text, start, max(start, end)):
        if not abbreviation(text, m.start()):  # ("Mr. Zhang Xiao" goes on)
            start = m.end()
    return start
