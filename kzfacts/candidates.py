"""Candidate figures: the spans of text shaped like a figure, before any cue is read.

Four kinds of rule find them (money, percent, multiple, count of a noun we know: their patterns
are ``candidate_rules``); each is tried only near its triggers (``scan.Scanner``), and where spans
overlap the longest is kept.
``figures`` then resolves each candidate into a typed record.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import accumulate

import regex

from .candidate_rules import (
    HALF_OF, MONEY_AFTER, MONEY_BEFORE, MULTIPLE, PERCENT, agreement_rule, count_rule, counted_nouns, number_of_rule,
    of_which_rule, partitive_rule,
)
from .gazetteer import currencies, load, number_words
from .numbers import (
    ambiguous_dot, code_scale, currency_code, cut_off, foreign_dollar, parse_amount, parse_number, parse_words,
    read_amount, read_cents, scaled, sign_fits,
)
from .regex_cache import memo
from .rules import SIMPLE_CASE, Rule, match_timeout
from .rules import compiled as _re
from .scan import Prepared, Scanner, trie


# --- candidates -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    rule: str
    kind: str  # money, percent, multiple, count
    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    unit: str
    noun: str | None = None  # the counted noun, for counts


def _money(m: regex.Match[str], rule_id: str, after: bool, text: str) -> Candidate | None:
    cur = m.group("cur")
    code = currency_code(cur, after=after)
    groups = m.groupdict()
    num = read_amount(groups["num"], groups.get("word"), groups.get("frac"))
    scales = [w for w in (groups["scale"], groups.get("scale2"), code_scale(cur)) if w]
    if code is None or num is None or len(scales) > 1 or (groups.get("frac") and not scales):
        return None  # "5 billion dollars million" is no amount, nor "half a dollar"
    scale = scales[0] if scales else None
    if ambiguous_dot(groups["num"], scale):
        return None
    if groups.get("cents"):
        cents = read_cents(groups["cents"])
        if cents is None or scale or groups["num2"] or num != num.to_integral_value():
            return None
        num += cents
    if cut_off(text, m.start(), m.end(), money=True) or not sign_fits(cur, text, m.start(), m.end()):
        return None
    if cur == "$" and not after and foreign_dollar(text, m.start()):
        return None  # "HK $ 10 billion", "C $ 300 million"
    if after and not scale and groups["num"] and 1900 <= num <= 2100 and num == num.to_integral_value() and _PRICES_OF.search(
            text, max(0, m.start() - 12), m.start()):
        return None  # "in constant 2021 USD", "at current 2015 dollars": the year of a price level, no sum
    high = parse_amount(m.group("num2")) if m.group("num2") else None
    return Candidate(
        rule_id, "money", m.start(), m.end(), scaled(num, scale),
        scaled(high, scale) if high is not None else None, code,
    )


# ("in 2021 USD" never starts an amount: _YEAR_AFTER_PREP)
_PRICES_OF = regex.compile(r"\b(?:constant|current|real|nominal|of)\s+\Z", regex.I | regex.V1)


def _in_a_name(text: str, m: regex.Match[str]) -> bool:
    """Whether a count's number word is part of a name: "the One Belt, One Road project" (a
    capitalised number word inside a sentence, the noun after it capitalised too)."""
    word = m.group("word")
    if not word or not word[:1].isupper():
        return False
    at = text.find(word, m.start(), m.end())
    before = text[max(0, at - 3):at]
    if not before.strip() or _re(r"[.!?:\n\"“]\s*\Z").search(before):
        return False  # the first word of a sentence or a line
    return _re(r"\s*[A-Z]").match(text, at + len(word), at + len(word) + 3) is not None


def _plain_value(m: regex.Match[str]) -> Decimal | None:
    if m.group("num"):
        return parse_number(m.group("num"))
    return parse_words(m.group("word"))


# --- counts told as part of a list or as "the number of" -----------------------------------------

_OF_WHICH_WORDS = ("of which", "among which", "of them", "of these", "among them", "among these")
_LIST_NOUN_CHARS = 160  # how far before the part its list's noun may stand


def _of_which(text: str, low: str) -> Iterator[Candidate]:
    """Candidates of ``count.of_which``, tried only in texts that hold one of its phrases
    (``low``: the text lower-cased, once for both gated rules)."""
    if not any(w in low for w in _OF_WHICH_WORDS):
        return
    r = of_which_rule()
    nouns = _re(rf"\b(?:{counted_nouns()})\b", regex.I)
    for m in r.pattern.finditer(text, timeout=match_timeout(text)):
        g = next(k for k in ("num", "num2", "num3", "word", "word2", "word3") if m.group(k))
        value = parse_number(m.group(g)) if g.startswith("num") else parse_words(m.group(g))
        if value is None or (g.startswith("num") and _YEAR.fullmatch(m.group(g))):
            continue
        lo = max(0, m.start() - _LIST_NOUN_CHARS)
        # (the list's own sentence: a full stop, not a decimal point, "worth $27.7 billion, of which")
        stop = max((d.start() for d in _re(r"\.(?!\d)|;").finditer(text, lo, m.start())), default=-1)
        found = list(nouns.finditer(text, max(lo, stop + 1), m.start()))
        if not found:
            continue  # "nine of which were women": no list we count
        noun = found[-1].group().lower()
        start = m.start(g)
        yield Candidate(r.id, "count", start, m.end(), value, None, _count_unit(noun), noun)



def _half_of(text: str, low: str) -> Iterator[Candidate]:
    """Candidates of ``percent.half``, tried only in texts that hold "half"."""
    if "half" not in low:
        return
    for m in HALF_OF.pattern.finditer(text, timeout=match_timeout(text)):
        yield Candidate(HALF_OF.id, "percent", m.start(), m.end(), Decimal(50), None, "percent")


def _number_of(text: str, low: str) -> Iterator[Candidate]:
    """Candidates of ``count.number_of``, tried only in texts that hold "number of"."""
    if "number of" not in low:
        return
    r = number_of_rule()
    for m in r.pattern.finditer(text, timeout=match_timeout(text)):
        value = _plain_value(m)
        if value is None or (m.group("num") and _YEAR.fullmatch(m.group("num"))):
            continue
        g = "num" if m.group("num") else "word"
        noun = m.group("noun").lower()
        yield Candidate(r.id, "count", m.start(g), m.end(g), value, None, _count_unit(noun), noun)


# --- where each candidate rule is tried --------------------------------------------------------
#
# Each rule is tried only near the narrowest trigger every match of it holds (scan.py), built from
# the data its pattern is built from; a trigger looks at lower-cased text, and a guard after it,
# ``(?![a-z0-9_])``, only repeats the pattern's ``\b`` after a word, so "percentage", "Europe"
# and "sometimes" are no hits. A rule's ``lead`` is the most tokens (a visible character or a run
# of white space) its match may hold before the trigger: the widest match of the pattern's text
# before the trigger's group, ``\s+`` and ``\s*`` counted as one token, plus for a currency
# form of several words the words before its last one, which is the trigger.

_GUARD = r"(?![a-z0-9_])"


def _tokens(piece: str) -> int:
    """The most tokens a match of the (verbose) regex ``piece`` spans, lookarounds read none."""
    piece = piece.replace(r"\s+", r"\s").replace(r"\s*", r"\s?")
    return memo("tokens\n" + piece, lambda: re._parser.parse(piece, re.VERBOSE).getwidth()[1])  # type: ignore[attr-defined]


def _head(r: Rule, trigger_group: str) -> int:
    """The most tokens a match of ``r`` holds before ``trigger_group`` (a piece of its pattern)."""
    pattern = r.pattern.pattern.removeprefix(SIMPLE_CASE)
    if pattern.count(trigger_group) != 1:
        raise ValueError(f"{trigger_group!r} is not once in the pattern of {r.id}")
    return _tokens(pattern.split(trigger_group)[0])


def _last_words(forms) -> tuple[list[str], int]:
    """The last word of each currency form (lower case, as the forms are), and the most tokens
    before it in a form: "U.S. dollars" is found by "dollars", 5 tokens after its start."""
    return [f.rsplit(" ", 1)[-1] for f in forms], max(len(f) - len(f.rsplit(" ", 1)[-1]) for f in forms)


def _top(fragment: str) -> str:
    """``fragment`` without what its parentheses hold."""
    depth, out = 0, []
    for ch in fragment:
        depth += ch == "("
        if not depth:
            out.append(ch)
        depth -= ch == ")"
    return "".join(out)


def _first_words(fragments: list[str]) -> str:
    """The first word of each counted noun (regex fragments from cues.toml), lower-cased."""
    if any("\\" in f or "(?" in f.replace("(?:", "") for f in fragments):
        raise ValueError("a counted noun has an escape or a flag: lower-casing it would change it")
    heads: dict[str, list[str]] = {}
    for w in sorted({f.split(" ")[0].lower() for f in fragments}):
        # factored by a first letter no quantifier follows ("p(?:rojects?)"), which re scans faster
        key = w[0] if w[0].isalpha() and w[1:2] not in ("?", "*", "+", "{") and "|" not in _top(w) else w
        heads.setdefault(key, []).append(w[len(key):] if key != w else "")
    return "|".join(h if tails == [""] else f"{h}(?:{'|'.join(tails)})" for h, tails in heads.items())


@cache
def _scanners() -> dict[str, Scanner]:
    """Each candidate rule, tried only near its own trigger. Every attempt reads at most 200
    characters and 8 runs of white space (12 for a list of kinds)."""
    before, after = currencies()
    first, first_lead = _last_words(before)
    last, last_lead = _last_words(after)
    count = count_rule()
    nouns = [n for v in load("cues")["counts"].values() for n in v]
    kinds, part = agreement_rule(), partitive_rule()
    table = {
        # "$", "USD", "€", "₸": the match starts at the currency, at most 3 tokens before its
        # last word ("US $"), and after it come "$", a space or a digit, never a letter
        MONEY_BEFORE: (rf"(?:{trie(first)})(?![a-z])", _head(MONEY_BEFORE, "(?P<cur>") + first_lead),
        # "dollars", "yuan", "tenge", "USD": number (24), range (28), scale (11) and spaces first
        MONEY_AFTER: (rf"(?:{trie(last)}){_GUARD}", _head(MONEY_AFTER, "(?P<cur>") + last_lead),
        # "%", "percent", "per cent", "pct": after the number (24), a range (28) and a separator
        PERCENT: (rf"%|(?:per[\s\S]?cent|pct){_GUARD}", _head(PERCENT, r"[\s-]?(?:%|percent")
                  + _tokens(r"[\s-]?")),
        # "times", "fold": after the number or number word (24) and " - " (3)
        MULTIPLE: (rf"(?:times|fold){_GUARD}", _head(MULTIPLE, r"(?:\s?(?:-\s?)?(?:times|fold)")
                   + _tokens(r"\s?(?:-\s?)?")),
        # the counted noun's first word ("projects", "joint" of "joint ventures"): after the
        # number (24), a scale word (9), three words between (81) and a space (1)
        count: (rf"(?:{_first_words(nouns)}){_GUARD}", _head(count, "(?P<noun>")),
        # the document noun after the number (24) and five words of a list (5 x 27) and a space
        kinds: (rf"(?:{_first_words(load('cues')['counts']['agreements'])}){_GUARD}",
                _head(kinds, "(?P<noun>")),
        # " of the" / " out of": after the number or number word (24), a run of white space and
        # "out" (the trigger holds the last character of the space before "of"); with the first
        # character of the whole the pattern looks ahead to, a digit (of any script: re knows
        # fewer than regex, so anything past ASCII) or a number word, since " of" alone is
        # in every sentence
        part: (rf"\s(?:of\s+(?:the|these|those|its|their)|of)\s+(?:[0-9\x80-\U0010ffff]|{trie(list(number_words()))})",
               _head(part, r"(?:\s+of\s+") + 5),
    }
    # a match of each rule but money before begins with its number, or a number word not
    # after a word character; windows are tried from the first of them
    word = rf"\d|(?<![a-z0-9_])(?:{trie(list(number_words()))})"
    # "half a billion", "a quarter of a million", "twenty-five per cent"
    amount = rf"\d|(?<![a-z0-9_])(?:{trie([*number_words(), 'a', 'half', 'quarter'])})"
    starts = {MONEY_BEFORE: None, MONEY_AFTER: amount, PERCENT: amount, MULTIPLE: word, count: word,
              kinds: word, part: word}
    return {
        # a list of kinds ("twelve intergovernmental, commercial and investment agreements")
        # and a partitive's whole ("3 of the 40 large new joint ventures") hold up to 12 runs
        # of white space
        r.id: Scanner(r.pattern, trigger=trigger, lead=lead, reach=200,
                      reach_runs=12 if r in (kinds, part) else 8, start=starts[r])
        for r, (trigger, lead) in table.items()
    }


_YEAR = regex.compile(r"(?:19|20)\d\d")


_WORDY = regex.compile(r"[^\W\d_]{3}")  # a word of three letters or more
_WORDY_CHARS = 60  # how far from a percent a word must stand
_BREAK = regex.compile(r"[.!?]\s|\n\s*\n")  # the end of a sentence or a paragraph


def _worded(text: str, start: int, end: int) -> bool:
    """Whether a word stands near [start, end) in its own sentence."""
    lo, hi = max(0, start - _WORDY_CHARS), min(len(text), end + _WORDY_CHARS)
    for b in _BREAK.finditer(text, lo, start):
        lo = b.end()
    if (b := _BREAK.search(text, end, hi)) is not None:
        hi = b.start()
    return _WORDY.search(text, lo, hi) is not None


def candidates(text: str, prep: Prepared | None = None) -> Iterator[Candidate]:
    """Every figure-shaped span of ``text``, overlaps not yet settled. ``prep``: the text's
    ``Prepared`` form, when the caller has one."""
    prep = prep or Prepared.of(text)
    scan = _scanners()
    timeout = match_timeout(text)
    money: list[tuple[int, int]] = []  # "a USD 300 million project" is no count of projects
    for r, after in ((MONEY_BEFORE, False), (MONEY_AFTER, True)):
        for m in scan[r.id].finditer(prep, timeout=timeout):
            if (c := _money(m, r.id, after=after, text=text)) is not None:
                money.append((c.start, c.end))
                yield c
    # money spans by start, with the furthest end of each prefix: one bisection tells whether
    # a count overlaps any of them
    money.sort()
    money_starts = [s for s, _ in money]
    reach = list(accumulate((e for _, e in money), max))
    for m in scan[PERCENT.id].finditer(prep, timeout=timeout):
        if not _worded(text, m.start(), m.end()):
            continue  # "5% 5% 5%": a percent with no word around it names nothing
        num = read_amount(m.group("num"), m.group("word"), None)
        if num is not None and not cut_off(text, m.start(), m.end(), money=False):
            high = parse_amount(m.group("num2")) if m.group("num2") else None
            if high is not None and high < num:
                # "in 2019 - 23%": a range's ends ascend; the year before the dash is none of it
                yield Candidate(PERCENT.id, "percent", m.start("num2"), m.end(), high, None, "percent")
                continue
            yield Candidate(PERCENT.id, "percent", m.start(), m.end(), num, high, "percent")
    for m in scan[MULTIPLE.id].finditer(prep, timeout=timeout):
        value = _plain_value(m)
        if value is not None and value > 1:
            yield Candidate(MULTIPLE.id, "multiple", m.start(), m.end(), value, None, "times")
    for r in (agreement_rule(), partitive_rule()):
        for m in scan[r.id].finditer(prep, timeout=timeout):
            value = _plain_value(m)
            if value is None or (m.group("num") and _YEAR.fullmatch(m.group("num"))) or _in_a_name(text, m):
                continue
            noun = m.group("noun").lower()
            yield Candidate(r.id, "count", m.start(), m.end(), value, None, _count_unit(noun), noun)
    low = prep.lower if prep.lower is not None else text.lower()
    yield from _of_which(text, low)
    yield from _number_of(text, low)
    yield from _half_of(text, low)
    count = count_rule()
    for m in scan[count.id].finditer(prep, timeout=timeout):
        value = _plain_value(m)
        if value is None or _in_a_name(text, m):
            continue
        # "In 2019 projects worth..." is a year, not a count
        if m.group("num") and _YEAR.fullmatch(m.group("num")):
            continue
        if m.group("scale"):
            value = scaled(value, m.group("scale"))
        if (i := bisect_left(money_starts, m.end())) and reach[i - 1] > m.start():
            continue
        noun = m.group("noun").lower()
        yield Candidate(count.id, "count", m.start(), m.end(), value, None, _count_unit(noun), noun)


_COUNTED = ("projects", "agreements", "companies", "jobs")  # count groups whose unit is "count"


def _count_unit(noun: str) -> str:
    """The record unit of a counted noun: "count" for projects, "trains" for trains."""
    group = count_group(noun)
    return "count" if group in _COUNTED or group == "other" else group


@cache
def count_group(noun: str) -> str:
    for group, forms in load("cues")["counts"].items():
        if any(_re(f, regex.I).fullmatch(noun) for f in forms):
            return group
    return "other"


def settle_overlaps(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidate where spans overlap (spaCy's filter), in text order."""
    # kept spans never overlap, so sorted by start only the neighbours of a new one can touch it
    starts: list[int] = []
    kept: list[Candidate] = []
    for c in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        i = bisect_right(starts, c.start)
        if (i == 0 or kept[i - 1].end <= c.start) and (i == len(kept) or c.end <= kept[i].start):
            starts.insert(i, c.start)
            kept.insert(i, c)
    return kept
