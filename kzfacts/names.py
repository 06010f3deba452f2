"""Names: what a person's name looks like when no list knows it.

A Chinese name is a family name and a given name of one to three pinyin syllables ("Sun Qin",
"Qian Zhimin"); a Kazakh or Russian one is a given name and a surname with a patronymic ending
("Askar Zhumagaliyev", "Yerlan Karin" is left alone: "-in" ends too many words). And the word
starts a name-shaped pattern is tried at, so that it is not tried at every position of a text.
"""

from __future__ import annotations

from functools import cache

import regex

from .regex_cache import memo, re_compiled
from .gazetteer import titles
from .rules import alternation, match_timeout
from .scan import trie
from .sentences import INITIAL_LETTER

# (not "Kaz" of "KazAtomProm", nor "Jun’s" of "Dong Jun’s contribution")
NAME_TOKEN = r"[A-Z][a-z]+(?:[-’'](?![st]\b)[A-Z]?[a-z]+)*(?!\w)"


class Starts:
    """Every position where one of ``words`` (literal, case and all) begins, overlaps included:
    a pattern whose every match opens with one of them is tried there only."""

    def __init__(self, words: list[str]) -> None:
        ws = sorted({w for w in words if w})

        def build() -> list:
            # words inside which another may begin ("Vice-President" holds "President"): a hit of
            # one is searched within for the starts the scan, which does not overlap, passes over
            # (by sets: a tail of a word that begins another word, or that another word begins)
            prefixes = {x[:i] for x in ws for i in range(1, len(x) + 1)}
            whole = set(ws)
            return [trie(ws), [w for w in ws if any(
                w[k:] in prefixes or any(w[k:j] in whole for j in range(k + 1, len(w) + 1)) for k in range(1, len(w)))]]

        pattern, inner = memo("starts\n" + "\n".join(ws), build)  # (kept between runs)
        self.scan = re_compiled(pattern)
        self.inner = frozenset(inner)

    def find(self, text: str) -> list[int]:
        out = []
        scan, inner = self.scan, self.inner
        for m in scan.finditer(text):
            p, e = m.span()
            out.append(p)
            if m.group() in inner:
                out += [t for t in range(p + 1, e) if scan.match(text, t)]
        return sorted(out) if inner else out


GROUPED = True  # (False: plain alternations, for the tests to compare with)


def grouped_alternation(forms) -> str:
    """``rules.alternation(forms, escape=True)``, its branches grouped by their first letter
    (case folded), each group in the order the plain one tries them. The same matches: a text's
    character can begin only the branches of one group, tried in the same order; but the regex
    engine tries a few dozen groups where it tried every branch, several times quicker on long
    lists of names. Plain where a form begins with a character beyond ASCII and Latin-1's
    letters ("Ürümqi" is grouped; the Kelvin sign, which folds to "k", would not be)."""
    forms = sorted(set(forms))
    return memo(f"grouped {GROUPED}\n" + "\n".join(forms), lambda: _grouped(forms))  # (kept between runs)


def _grouped(forms: list[str]) -> str:
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    if not GROUPED or not all(f and (f[0].isascii() or "\u00c0" <= f[0] <= "\u00ff") for f in ordered):
        return alternation(forms, escape=True)
    groups: dict[str, list[str]] = {}
    for f in ordered:
        groups.setdefault(f[0].lower(), []).append(alternation([f], escape=True))
    return "|".join(f"(?:{'|'.join(g)})" for g in groups.values())


# a pinyin syllable: initial, then final (longest first); a given name is one to three of them
# ("o" alone follows only b, p, m, f, w: "Zone" is no name)
_PINYIN = (r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|ing|uai|uan|ang|eng|ong"
           r"|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|e|i|u|v)|[bpmfw]?o)")


@cache
def chinese_surnames() -> frozenset[str]:
    return frozenset(titles()["words"]["chinese_surnames"])


@cache
def pinyin_word() -> regex.Pattern[str]:
    """One word of one to three pinyin syllables ("Ze", "Zhu", "Xuechun")."""
    return regex.compile(rf"(?i:{_PINYIN}){{1,3}}", regex.V1)


@cache
def given_name_word() -> regex.Pattern[str]:
    """A word shaped as a romanised Chinese given name, spelling slips allowed ("Guohua" printed
    "Gohua"): one to three syllables, "o" after any initial."""
    return regex.compile(rf"(?i:{_PINYIN}|(?:zh|ch|sh|[dtnlgkhjqxrzcsy])o){{1,3}}", regex.V1)


@cache
def chinese_name_re() -> regex.Pattern[str]:
    surnames = grouped_alternation(sorted(chinese_surnames()))
    # (a given name may be written as two words, the second one syllable: "Xie Zhu Yu")
    return regex.compile(
        rf"(?<![\w’'-])(?:{surnames})[ \t]+(?=[A-Z])(?i:{_PINYIN}){{1,3}}(?:[ \t]+(?=[A-Z][a-z]{{0,3}}\b)(?i:{_PINYIN}))?(?![\w’'-])",
        regex.V1)


@cache
def _surname_starts() -> Starts:
    return Starts(sorted(chinese_surnames()))


def surname_starts(text: str) -> list[int]:
    """Where a Chinese family name begins in ``text`` (what both name shapes below are tried at)."""
    return _surname_starts().find(text)


def chinese_names(text: str, starts: list[int] | None = None) -> list[regex.Match[str]]:
    """``chinese_name_re().finditer(text)``, tried only where a family name begins (``starts``)."""
    pattern, timeout = chinese_name_re(), match_timeout(text)
    out: list[regex.Match[str]] = []
    pos = 0
    for s in surname_starts(text) if starts is None else starts:
        if s >= pos and (m := pattern.match(text, s, timeout=timeout)) is not None:
            out.append(m)
            pos = m.end()
    return out


_GIVEN_BEFORE = regex.compile(r"(?<![\w’'.-])(?P<given>[A-Z][a-z]{3,})[ \t]+\Z", regex.V1)
_SURNAME_ALONE = regex.compile(r"(?P<surname>[A-Z][a-z]*)(?![\w’'-])(?![ \t]+[A-Z])", regex.V1)


def given_first_chinese_names(text: str, starts: list[int] | None = None) -> list[tuple[int, int, str]]:
    """ "Changjun Meng": a given name of two or three pinyin syllables, then a family name that
    ends the name (as Western outlets and companies write Chinese names), as (start, end, name)."""
    out: list[tuple[int, int, str]] = []
    surnames = chinese_surnames()
    for s in surname_starts(text) if starts is None else starts:
        sur = _SURNAME_ALONE.match(text, s)
        if sur is None or sur.group() not in surnames:
            continue
        given = _GIVEN_BEFORE.search(text, max(0, s - 24), s)
        if given is None or not _two_syllables(given.group("given")):
            continue
        out.append((given.start(), sur.end(), f"{given.group('given')} {sur.group()}"))
    return out


@cache
def _syllables() -> regex.Pattern[str]:
    return regex.compile(rf"(?i:{_PINYIN}){{2,3}}", regex.V1)


def _two_syllables(word: str) -> bool:
    return _syllables().fullmatch(word) is not None


# an initial before a surname ("K.", "Sh."; ``sentences.INITIAL_LETTER``); not two letters that end a
# Chinese name ("Lin Wu. The sides")
INITIAL = rf"{INITIAL_LETTER}\."

# a given name (or its initials: "Y. Ospanov"), then a surname ending as Kazakh and Russian surnames do ("-ov", "-yeva", "-uly", "-enko");
# the ending is sought first: a rare run of letters, so the pattern is tried at few places
SURNAME_ENDINGS = "ov|ova|ev|eva|uly|kyzy|enko|zoda|chuk|yuk"
_SURNAME_END = regex.compile(rf"(?:{SURNAME_ENDINGS})\b", regex.V1)
_KAZAKH_NAME = regex.compile(
    rf"(?<![\w’'.-])(?P<given>(?![A-Z][a-z]+(?:ing|ly)\b){NAME_TOKEN}|{INITIAL}(?:[ \t]?{INITIAL})?)[ \t]+(?P<surname>[A-Z][a-z]+(?:{SURNAME_ENDINGS}))(?![\w’'-])",
    regex.V1)

# a third name after them: the second was a patronymic ("Askar Uzakbaiuly Mamin"), left alone
# (not a month or a weekday: "Zhanseit Tuimebaev September 8 met with")
_NEXT_NAME = regex.compile(r"[ \t]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z][a-z]",
                           regex.V1)


def kazakh_names(text: str) -> list[regex.Match[str]]:
    """Every "Askar Zhumagaliyev": a capitalised given name, then a surname of that shape."""
    out: list[regex.Match[str]] = []
    pos = 0
    for e in _SURNAME_END.finditer(text):
        # the surname ends here: the pair of words begins at most two words back
        back = max(pos, e.start() - 60)
        for m in _KAZAKH_NAME.finditer(text, back, e.end()):
            if m.end() == e.end() and text[m.end():m.end() + 1] != "-" and not _NEXT_NAME.match(text, m.end(), m.end() + 14):
                out.append(m)
                pos = m.end()
                break
    return out
