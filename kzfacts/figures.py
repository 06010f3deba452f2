"""Figure rules and resolvers: candidate spans -> typed ``Figure`` records.

Candidates come from four kinds of rule (money, percent, multiple, count of a noun); each is
then resolved from cue words in its sentence (``data/cues.toml``): its metric from the cue
nearest to the number, its status from the nearest status word in its clause, its qualifier
from the words just before it, its period from the period phrases around it.
Precision first: a count is only taken with a noun we know, and a number with no cue is
``other``, never a guess at a core metric.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from itertools import accumulate

import regex

from .attribution import resolve_attribution
from .gazetteer import currencies, load, months, number_words
from .numbers import (
    AMOUNT, AMOUNT_END, CENTS, CURRENCY_AFTER, CURRENCY_BEFORE, FRACTION, NUMBER, NUMBER_WORD,
    NUMBER_WORDS, SCALE, SCALE_WORD, ambiguous_dot, code_scale, currency_code, cut_off,
    foreign_dollar, parse_amount, parse_number, parse_words, read_amount, read_cents, scaled,
    sign_fits,
)
from .periods import PeriodMention, find_periods, pick_period
from .records import Document, Figure, Metric, Qualifier, Span, Status
from .rules import SIMPLE_CASE, Rule, alternation, match_timeout, rule
from .scope import read_scope
from .timex import find_dates
from .rules import compiled as _re
from .scan import Prepared, Scanner, trie
from .sentences import Sentences, sentences

_FLAGS = regex.IGNORECASE | regex.VERBOSE | regex.V1

# --- candidate rules -------------------------------------------------------------------------

_RANGE = rf"(?:\s?(?:-|–|—|to)\s?(?P<num2>{AMOUNT}){AMOUNT_END})?"

MONEY_BEFORE = rule(
    "money.code_before",
    rf"""
    (?<![\w$])(?P<cur>{CURRENCY_BEFORE})\$?       # "US$", "USD", "$"; "US$$31.2" is a typo we forgive
    \s?(?P<num>{AMOUNT}){AMOUNT_END}
    {_RANGE}
    (?:[\s-]?(?P<scale>{SCALE}))?
    """,
    "a currency symbol or code before the number: $24 billion, USD 9.2 bln, KZT 1 500 000",
)

MONEY_AFTER = rule(
    "money.word_after",
    rf"""
    (?<![\w$.,%])(?:(?P<num>{AMOUNT}){AMOUNT_END}{_RANGE}|(?P<word>{NUMBER_WORDS})|(?P<frac>{FRACTION}))
    (?:\s|(?<=\d)-(?=[a-z]))?(?:(?P<scale>{SCALE})(?:\s|-(?=[a-z]))?)?   # "a 2-billion-dollar fund"
    (?P<cur>{CURRENCY_AFTER})(?!\w)
    (?:\s(?P<scale2>{SCALE_WORD})|{CENTS})?       # "75 USD million", "3 dollars 50 cents"
    """,
    "a currency word or sign after the number: 13.5 billion dollars, half a billion tenge, 500 €, "
    "a 2-billion-dollar fund",
)

PERCENT = rule(
    "percent",
    rf"""
    (?<![\w$.,%])(?:(?P<num>{AMOUNT}){AMOUNT_END}
                     (?:\s?(?:-|–|to)\s?(?P<num2>{AMOUNT})(?=\s?(?:%|per)))?
                   |(?P<word>{NUMBER_WORDS}))
    [\s-]?(?:%|percent\b|per\s?cent\b|pct\b)(?!\s*points?\b)
    """,
    "a percentage: 34 percent, 23.6%, 18 per cent, twenty-five per cent",
)

MULTIPLE = rule(
    "multiple",
    rf"""
    (?<![\w$.,])(?:(?P<num>{NUMBER})|(?P<word>{NUMBER_WORD}))
    (?:\s?(?:-\s?)?(?:times|fold)\b)
    """,
    "a multiplier: 60 times, threefold, two-fold",
)


@cache
def _count_rule() -> Rule:
    nouns = load("cues")["counts"]
    alternation = _alt([n for v in nouns.values() for n in v])
    return rule(
        "count.noun",
        rf"""
        (?<![\w$.,:/-])(?:(?P<num>{NUMBER})(?![\d,.]\d|\s*%)|(?P<word>{NUMBER_WORD}))
        (?:\s?(?P<scale>thousand|million|billion)\b)?
        (?P<between>(?:\s+(?!(?:of|in|on|at|to|for|from|and|or|by|with|the|a|an|per|each)\b)[A-Za-z][\w’'-]{{0,25}}){{0,3}}?)
        \s+(?P<noun>{alternation})\b
        """,
        "a count of a noun we know: 52 joint projects, Eleven projects, 2,710 trains",
    )


# "signed 12 intergovernmental and commercial agreements": a count of documents may have a list
# of kinds between number and noun, which count.noun (three words, no "and") does not take
_NOT_KIND = r"(?:and|of|in|on|at|to|for|from|or|by|with|the|a|an|per|each|thousand|million|billion|trillion|bn|mln|percent|dollars?|yuan|tenge|rubles?|euros?|years?|months?)"


@cache
def _agreement_rule() -> Rule:
    nouns = _alt(load("cues")["counts"]["agreements"])
    return rule(
        "count.agreement_kinds",
        rf"""
        (?<![\w$.,:/-])(?:(?P<num>{NUMBER})(?![\d,.]\d|\s*%)|(?P<word>{NUMBER_WORD}))
        (?P<between>(?:,?\s+(?:and\s+)?(?!{_NOT_KIND}\b)[A-Za-z][\w’'-]{{0,19}}){{2,5}}?)
        \s+(?P<noun>{nouns})\b
        """,
        "a count of documents with a list of kinds before the noun: 12 intergovernmental and "
        "commercial agreements",
    )


@cache
def _counted_nouns() -> str:
    """Every noun a count may be of (``cues.toml`` [counts]), as one alternation."""
    return _alt([n for v in load("cues")["counts"].values() for n in v])


@cache
def _partitive_rule() -> Rule:
    nouns = _counted_nouns()
    return rule(
        "count.partitive",
        rf"""
        (?<![\w$.,:/-])(?:(?P<num>{NUMBER})(?![\d,.]\d|\s*%)|(?P<word>{NUMBER_WORD}))
        (?:\s+of\s+(?:the|these|those|its|their)|\s+out\s+of)
        # the whole, which count.noun reads on its own: "3 of the 40 joint projects", "26 out of 45"
        (?=\s+(?:{NUMBER}|{NUMBER_WORD})(?:\s+[A-Za-z][\w’'-]{{0,19}}){{0,3}}?\s+(?P<noun>{nouns})\b)
        """,
        "the part of a counted whole: 3 of the 40 projects (the 40 is a count of its own)",
    )


# "51 projects are under way, nine of which have been launched": the part of a list named just
# before, by a state it has reached; the counted noun is the list's
_PART_STATES = (r"launched|completed|commissioned|implemented|started|built|finished|operational"
                r"|entered\s+(?:into\s+)?(?:production|operation|service)|put\s+into\s+(?:operation|service)"
                r"|in\s+operation|under\s+construction|being\s+(?:implemented|built)|already\s+working")
_PART_AUX = r"(?:have|has|had|are|were|is|was)(?:\s+(?:already|now|also|been|successfully|fully)){0,3}\s+"


@cache
def _of_which_rule() -> Rule:
    return rule(
        "count.of_which",
        rf"""
        (?:(?<![\w$.,:/-])(?:(?P<num>{NUMBER})|(?P<word>{NUMBER_WORD}))\s+of\s+(?:which|them|these)\s+
          |\b(?:of|among)\s+(?:which|them|these),?\s+(?:(?P<num2>{NUMBER})|(?P<word2>{NUMBER_WORD}))\s+
          |\band\s+(?:(?P<num3>{NUMBER})|(?P<word3>{NUMBER_WORD}))\s+(?=(?:have|has|are|were)\b)(?<=(?:which|them|these)\b.{{0,80}}))
        {_PART_AUX}(?:{_PART_STATES})\b
        """,
        "a part of a list by the state it reached: nine of which have been launched; among which "
        "four have entered production and 11 have been launched",
    )


_OF_WHICH_WORDS = ("of which", "among which", "of them", "of these", "among them", "among these")
_LIST_NOUN_CHARS = 160  # how far before the part its list's noun may stand


def _of_which(text: str, low: str) -> Iterator[Candidate]:
    """Candidates of ``count.of_which``, tried only in texts that hold one of its phrases
    (``low``: the text lower-cased, once for both gated rules)."""
    if not any(w in low for w in _OF_WHICH_WORDS):
        return
    r = _of_which_rule()
    nouns = _re(rf"\b(?:{_counted_nouns()})\b", regex.I)
    for m in r.pattern.finditer(text, timeout=match_timeout(text)):
        g = next(k for k in ("num", "num2", "num3", "word", "word2", "word3") if m.group(k))
        value = parse_number(m.group(g)) if g.startswith("num") else parse_words(m.group(g))
        if value is None or (g.startswith("num") and _YEAR.fullmatch(m.group(g))):
            continue
        lo = max(0, m.start() - _LIST_NOUN_CHARS)
        stop = max(text.rfind(".", lo, m.start()), text.rfind(";", lo, m.start()))
        found = list(nouns.finditer(text, max(lo, stop + 1), m.start()))
        if not found:
            continue  # "nine of which were women": no list we count
        noun = found[-1].group().lower()
        start = m.start(g)
        yield Candidate(r.id, "count", start, m.end(), value, None, _count_unit(noun), noun)


@cache
def _number_of_rule() -> Rule:
    nouns = _counted_nouns()
    return rule(
        "count.number_of",
        rf"""
        \bnumber\s+of\s+(?:[\w’'-]+\s+){{0,4}}?(?P<noun>{nouns})\b
        (?:\s+(?:in|with|operating|registered|under)\b[^.;,]{{0,40}}?)?
        \s+(?:is|was|are|were|stands?\s+at|stood\s+at|has\s+reached|reached|totals|totall?ed|amounts?\s+to|amounted\s+to
             |has\s+exceeded|exceeds|exceeded|came\s+to|rose\s+to|grew\s+to|increased\s+to)
        \s+(?:(?:more\s+than|over|about|nearly|almost|around|some)\s+)?
        (?:(?P<num>{NUMBER})(?![\d,.]\d|\s*%)|(?P<word>{NUMBER_WORD}))\b
        """,
        "a count told as a number: the total number of joint investment projects is 51",
    )


def _number_of(text: str, low: str) -> Iterator[Candidate]:
    """Candidates of ``count.number_of``, tried only in texts that hold "number of"."""
    if "number of" not in low:
        return
    r = _number_of_rule()
    for m in r.pattern.finditer(text, timeout=match_timeout(text)):
        value = _plain_value(m)
        if value is None or (m.group("num") and _YEAR.fullmatch(m.group("num"))):
            continue
        g = "num" if m.group("num") else "word"
        noun = m.group("noun").lower()
        yield Candidate(r.id, "count", m.start(g), m.end(g), value, None, _count_unit(noun), noun)


# --- cue tables -------------------------------------------------------------------------------


def _compile(pattern: str, flags: int = _FLAGS) -> regex.Pattern[str]:
    return regex.compile(SIMPLE_CASE + pattern, flags)


_alt = alternation  # cue fragments are regex already


@dataclass(frozen=True, slots=True)
class _Cues:
    metric: regex.Pattern[str]  # named groups: trade, trade_weak, export, import, ...
    project_value_before: regex.Pattern[str]
    agreement_value_before: regex.Pattern[str]
    bound_value_after: regex.Pattern[str]
    signing: regex.Pattern[str]
    bound_nouns: regex.Pattern[str]  # named groups: project, agreement
    share_before: regex.Pattern[str]
    share_after: regex.Pattern[str]
    growth_before: regex.Pattern[str]
    growth_after: regex.Pattern[str]
    decline_before: regex.Pattern[str]
    decline_after: regex.Pattern[str]
    status: regex.Pattern[str]
    qualifier: regex.Pattern[str]
    clause_break: regex.Pattern[str]


@cache
def cues() -> _Cues:
    data = load("cues")
    metric = data["metric"]
    metric_re = "|".join(
        rf"(?P<{name}>\b(?:{_alt(forms)})\b)" for name, forms in metric.items()
    )
    b = data["binding"]
    link = _alt(b["value_link"])
    qual = data["qualifier"]
    qual_words = _alt(qual["over"] + qual["under"] + qual["about"])
    fillers = _alt(qual["fillers"])
    tail = rf"(?:\s+(?:{qual_words}))?(?:\s+(?:{fillers})){{0,2}}\s*\Z"

    def bound_before(nouns: list[str]) -> regex.Pattern[str]:
        return _compile(
            # "51 joint projects in industry, innovation, transport and logistics spheres worth"
            rf"\b(?:{_alt(nouns)})\b(?:,?\s+[\w’'-]+){{0,8}}?,?\s+(?:{link}){tail}", _FLAGS
        )

    p = data["percent"]
    s = data["status"]
    status_re = "|".join(
        rf"(?P<{name}>\b(?:{_alt(forms)})\b)" for name, forms in s.items()
    )
    qualifier_re = (
        rf"(?:(?P<over>\b(?:{_alt(qual['over'])}))|(?P<under>\b(?:{_alt(qual['under'])}))"
        rf"|(?P<about>\b(?:{_alt(qual['about'])})))(?:\s+(?:{fillers})){{0,2}}\s*\Z"
    )
    return _Cues(
        metric=_compile(metric_re, _FLAGS),
        project_value_before=bound_before(b["project_nouns"]),
        agreement_value_before=bound_before(b["agreement_nouns"]),
        bound_value_after=_compile(
            # "$14 billion worth of projects", "$26bln is the overall cost of the projects"
            rf"\s*(?:worth\s+of\s+|in\s+|(?:is|was|are|were)\s+the\s+(?:overall|total)\s+(?:cost|value)\s+of\s+)?"
            # no number between: "$5 billion and 30 new agreements" are two figures
            rf"(?:(?!\d)[\w’'-]+\s+){{0,3}}?(?:(?P<project>{_alt(b['project_nouns'])})|(?P<agreement>{_alt(b['agreement_nouns'])}))\b",
            _FLAGS,
        ),
        signing=_compile(rf"\b(?:{_alt(b['signing'])})\b", _FLAGS),
        bound_nouns=_compile(
            rf"\b(?:(?P<project>{_alt(b['project_nouns'])})|(?P<agreement>{_alt(b['agreement_nouns'])}))\b", _FLAGS
        ),
        # "accounted for a significant 15.6 percent": two free words may stand between
        share_before=_compile(
            rf"\b(?:{_alt(p['share_before'])})(?:\s+[a-z-]+){{0,2}}?(?:\s+(?:{qual_words}))?\s*\Z", _FLAGS
        ),
        # "40 percent of the total volume of mutual trade", "a 21.3% share (valued at $21.7bn)
        # of Kazakhstan's total foreign trade"
        share_after=_compile(
            r"\A\s*(?:(?P<word>share|stake)\b(?:\s*\([^()]{0,40}\))?)?"
            r"(?:\s*(?:of|in)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,4}?"
            r"(?P<what>imports\s+and\s+exports|exports\s+and\s+imports|trade|turnover|exports|imports|investments?|FDI)\b)?",
            _FLAGS,
        ),
        growth_before=_compile(rf"\b(?:{_alt(p['growth_before'])})(?:\s+[a-z]+ly)?(?:\s+by)?(?:\s+(?:{qual_words}))?\s*\Z", _FLAGS),
        growth_after=_compile(rf"\A\s*(?:{_alt(p['growth_after'])})\b", _FLAGS),
        decline_before=_compile(rf"\b(?:{_alt(p['decline_before'])})(?:\s+[a-z]+ly)?(?:\s+by)?(?:\s+(?:{qual_words}))?\s*\Z", _FLAGS),
        decline_after=_compile(rf"\A\s*(?:{_alt(p['decline_after'])})\b", _FLAGS),
        status=_compile(status_re, _FLAGS),
        qualifier=_compile(qualifier_re, _FLAGS),
        clause_break=_compile(
            r";|:\s|\s[–—]\s|,\s+(?:which|while|whereas|but|although|though|including)\b|\s+while\s+|\s+whereas\s+",
            _FLAGS,
        ),
    )


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
    high = parse_amount(m.group("num2")) if m.group("num2") else None
    return Candidate(
        rule_id, "money", m.start(), m.end(), scaled(num, scale),
        scaled(high, scale) if high is not None else None, code,
    )


def _plain_value(m: regex.Match[str]) -> Decimal | None:
    if m.group("num"):
        return parse_number(m.group("num"))
    return parse_words(m.group("word"))


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
    return re._parser.parse(piece, re.VERBOSE).getwidth()[1]  # type: ignore[attr-defined]


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
    count = _count_rule()
    nouns = [n for v in load("cues")["counts"].values() for n in v]
    kinds, part = _agreement_rule(), _partitive_rule()
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
        # " of the": after the number or number word (24) and a run of white space, of which
        # the trigger holds only the last character (1)
        # " of the" / " out of": after the number or number word (24), a run of white space and
        # "out" (the trigger holds the last character of the space before "of")
        part: (rf"\s(?:of\s+(?:the|these|those|its|their)|of){_GUARD}", _head(part, r"(?:\s+of\s+") + 5),
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
            yield Candidate(PERCENT.id, "percent", m.start(), m.end(), num, high, "percent")
    for m in scan[MULTIPLE.id].finditer(prep, timeout=timeout):
        value = _plain_value(m)
        if value is not None and value > 1:
            yield Candidate(MULTIPLE.id, "multiple", m.start(), m.end(), value, None, "times")
    for r in (_agreement_rule(), _partitive_rule()):
        for m in scan[r.id].finditer(prep, timeout=timeout):
            value = _plain_value(m)
            if value is None or (m.group("num") and _YEAR.fullmatch(m.group("num"))):
                continue
            noun = m.group("noun").lower()
            yield Candidate(r.id, "count", m.start(), m.end(), value, None, _count_unit(noun), noun)
    low = prep.lower if prep.lower is not None else text.lower()
    yield from _of_which(text, low)
    yield from _number_of(text, low)
    count = _count_rule()
    for m in scan[count.id].finditer(prep, timeout=timeout):
        value = _plain_value(m)
        if value is None:
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


_COUNTED = ("projects", "agreements", "companies")  # count groups whose unit is "count"


def _count_unit(noun: str) -> str:
    """The record unit of a counted noun: "count" for projects, "trains" for trains."""
    group = _count_group(noun)
    return "count" if group in _COUNTED or group == "other" else group


@cache
def _count_group(noun: str) -> str:
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


# --- resolvers --------------------------------------------------------------------------------

_TOPICS = ("trade", "export", "import", "investment")  # cue groups that name a core metric
_CUE_BEFORE = 160  # how far before a number a metric cue may stand (characters)
_CUE_AFTER = 50  # and after it, where none stands before ("$320 bil. FDI")


def _nearest_cue(sentence: str, start: int, end: int) -> tuple[str | None, int]:
    """The metric cue group nearest to the number at [start, end) of ``sentence``.

    A commodity word just before a trade cue makes it one commodity's trade, which is no
    core metric ("natural gas exports ... were worth $503mn", "agricultural trade stood at")."""
    best, best_dist, best_at = None, 10**9, 0
    lo = max(0, start - _CUE_BEFORE)
    found = list(cues().metric.finditer(sentence, lo, min(len(sentence), end + _CUE_AFTER)))
    # the nearest cue before the number; one after it only where none stands before
    # ("$320 bil. FDI", but "imports and exports ... hit 23.9 billion yuan, up 9 percent. Throughput")
    for m in found:
        if m.end() <= start:
            dist = start - m.end()
        elif m.start() >= end:
            dist = 10**6 + m.start() - end
        else:
            continue
        if dist < best_dist:
            best, best_dist, best_at = m.lastgroup, dist, m.start()
    if best in _TOPICS:
        for m in found:
            if m.lastgroup == "commodity" and 0 <= best_at - m.end() <= 3:
                return "commodity", best_dist
            if best == "trade" and m.lastgroup in ("import", "export") and 0 <= best_at - m.end() <= 1:
                return m.lastgroup, best_dist  # "the region's import trade volume": its imports
    return best, best_dist


# Figures come in text order, so those of one sentence ask about the same sentence and clause
# in turn: the cue searches over them are done once each (a sentence of 40 figures, as a table
# on one line has, would otherwise be searched 40 times).
@lru_cache(maxsize=64)
def _clause_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in cues().clause_break.finditer(sentence))


@lru_cache(maxsize=64)
def _status_words(clause: str) -> tuple[tuple[tuple[int, int], str, bool], ...]:
    """(span, status kind, whether it is a goal word) of each status cue in ``clause``."""
    return tuple(
        (m.span(), m.lastgroup, m.lastgroup == "target" and _GOAL.match(m.group()) is not None)
        for m in cues().status.finditer(clause)
    )


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` that holds [start, end): cut at ";", ", which", " while"..."""
    lo, hi = 0, len(sentence)
    for b_start, b_end in _clause_breaks(sentence):
        if b_end <= start:
            lo = b_end
        elif b_start >= end:
            hi = b_start
            break
    return lo, hi


def _qualifier(sentence: str, s: int) -> tuple[Qualifier | None, int]:
    """The qualifier just before the number at ``s`` ("exceeding a record"), and where the
    figure's quote begins: at the qualifier, else at the number."""
    lo = max(0, s - 60)
    m = cues().qualifier.search(sentence, lo, s)
    return (Qualifier(m.lastgroup), m.start()) if m else (None, s)


_BY_YEAR = regex.compile(r"\b(?:by|until|till)\s+(?:the\s+end\s+of\s+)?(?P<y>(?:19|20)\d\d)\b", _FLAGS)
_GOAL = regex.compile(r"aim|goal|target|task|plan|intend|seek|strive|commit", _FLAGS)
_GOAL_BEFORE, _GOAL_AFTER = 80, 20  # how near a goal word must stand to rule a number
_DEADLINE_NEAR = 40  # and a deadline ("by 2030")


def _near(span: tuple[int, int], start: int, end: int, before: int, after: int) -> bool:
    """Whether ``span`` ends at most ``before`` characters before [start, end) or begins at most
    ``after`` characters after it."""
    (m_start, m_end) = span
    return (m_end <= start and start - m_end <= before) or (m_start >= end and m_start - end <= after)


@lru_cache(maxsize=64)
def _deadlines(clause: str) -> tuple[tuple[tuple[int, int], int], ...]:
    """(span, year) of each deadline ("by 2030") in ``clause``."""
    return tuple((m.span(), int(m.group("y"))) for m in _BY_YEAR.finditer(clause))


def _status(clause: str, start: int, end: int, published: dt.date | None = None) -> Status:
    """The status word nearest to the number in its clause decides; a goal word or a deadline
    still ahead close to the number wins ("the stated goal of $35 billion", "to $35 billion by
    2030"), but not one further off ("reached $41 billion, surpassing the target of $40 billion")."""
    best, best_dist = Status.ACTUAL, 10**9
    strong = any(
        (published is None or year > published.year)
        and _near(span, start, end, _DEADLINE_NEAR, _DEADLINE_NEAR)
        for span, year in _deadlines(clause)
    )
    for (w_start, w_end), kind, goal in _status_words(clause):
        dist = start - w_end if w_end <= start else (w_start - end if w_start >= end else 0)
        if goal and _near((w_start, w_end), start, end, _GOAL_BEFORE, _GOAL_AFTER):
            strong = True
        if dist < best_dist:
            best, best_dist = Status(kind), dist
    return Status.TARGET if strong else best


_INVEST_VERB = regex.compile(
    r"\binvest(?:s|ed|ing)?\s+(?:(?:up\s+to|about|around|over|more\s+than|nearly|some|almost|at\s+least)\s+)?\Z", _FLAGS)


def _metric_money(sentence: str, s: int, e: int, prev_sentence: str) -> tuple[Metric, str]:
    c = cues()
    before = sentence[max(0, s - 120):s]
    if _INVEST_VERB.search(before):
        return Metric.INVESTMENT, "investment.verb"  # "agreed to invest up to $300 million in ... projects"
    if c.project_value_before.search(before):
        return Metric.PROJECT_VALUE, "project_value.bound"
    if c.agreement_value_before.search(before):
        return Metric.AGREEMENT_VALUE, "agreement_value.bound"
    if _re(r"\bworth\s+(?:(?:about|around|some|over|nearly)\s+)?\Z", regex.I).search(before) and \
            _of_which_rule().pattern.search(before[-120:]):
        return Metric.PROJECT_VALUE, "project_value.part"  # "nine of which have been launched, worth $2.5 billion"
    after = c.bound_value_after.match(sentence, e, min(len(sentence), e + 60))
    if after:
        if after.group("project"):
            return Metric.PROJECT_VALUE, "project_value.worth_of"
        return Metric.AGREEMENT_VALUE, "agreement_value.worth_of"
    cue = _cue(sentence, s, e, prev_sentence)
    return {
        "trade": (Metric.TRADE_VOLUME, "trade_volume.cue"),
        "export": (Metric.EXPORT_VOLUME, "export_volume.cue"),
        "import": (Metric.IMPORT_VOLUME, "import_volume.cue"),
        "investment": (Metric.INVESTMENT, "investment.cue"),
    }.get(cue or "", (Metric.OTHER, f"other.{cue or 'no_cue'}"))


def _cue(sentence: str, s: int, e: int, prev_sentence: str) -> str | None:
    """The metric cue of the number at [s, e); a word pointing back ("the figure", "sales")
    takes the last topic of the sentence before."""
    cue, _ = _nearest_cue(sentence, s, e)
    if cue == "same_as_before":
        topics = [m.lastgroup for m in cues().metric.finditer(prev_sentence) if m.lastgroup in _TOPICS]
        cue = topics[-1] if topics else None
    return cue


# a percent before this one in a list ("8%, 25.8% and ..."), and one after it
_LIST_BEFORE = regex.compile(r"\d(?:[\d.,]*\d)?\s?(?:%|percent|per\s+cent)(?:\s*,\s*(?:and\s+)?|\s+and\s+)\Z", _FLAGS)
_LIST_AFTER = regex.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d(?:[\d.,]*\d)?\s?(?:%|percent|per\s+cent)", _FLAGS)
_NAMED_AFTER = regex.compile(
    r"\s*(?:(?:year-on-year|annual|y-o-y)\s+)?(?:(?:increase|growth|rise|jump|gain|decrease|decline|drop|fall)\s+in\s+"
    r"|(?P<more>more|less|fewer)\s+(?:of\s+)?)", _FLAGS)


def _metric_percent(sentence: str, s: int, e: int, prev_sentence: str) -> tuple[Metric, str, int]:
    """Metric, rule suffix and sign (-1 for a decline) of a percentage."""
    c = cues()
    # "increases of 52.5% and 44.5% in trade turnover, respectively": a percent inside a list
    # takes the words before the list's first item and after its last
    head, tail = s, e
    while (m := _LIST_BEFORE.search(sentence, max(0, head - 40), head)) is not None:
        head = m.start()
    while (m := _LIST_AFTER.match(sentence, tail, tail + 100)) is not None:
        tail = m.end()
    before, after = sentence[max(0, head - 60):head], sentence[tail:tail + 100]
    cue = _cue(sentence, head, tail, prev_sentence) if (head, tail) != (s, e) else _cue(sentence, s, e, prev_sentence)
    named = _NAMED_AFTER.match(after)
    if named:
        # "a 23.6% increase in Kazakh-Chinese mutual trade", "45% more plastics and rubber": the
        # words right after the number name what changed
        what = [m.lastgroup for m in c.metric.finditer(after, named.end(), min(len(after), named.end() + 45))]
        if what:
            # (the head comes last: "import and export cargo", "trade in oil" are goods, not trade)
            cue = "commodity" if "commodity" in what and (named.group("more") or what[0] == "trade") else what[0]
    share_after = c.share_after.match(after)
    if share_after is not None and not (share_after.group("word") or share_after.group("what")):
        share_after = None
    if share_after is not None and (c.growth_before.search(before) or c.decline_before.search(before)):
        share_after = None  # "increases of 52.5% in trade turnover": a change, not a share
    if c.share_before.search(before) or share_after:
        what = (share_after.group("what") or "").lower() if share_after else ""
        if what in ("trade", "turnover") or "and" in what.split() or (not what and cue == "trade"):
            return Metric.TRADE_SHARE, "trade_share.cue", 1
        return Metric.OTHER, "other.share", 1
    sign = 0
    if c.decline_before.search(before) or c.decline_after.match(after):
        sign = -1
    elif c.growth_before.search(before) or c.growth_after.match(after):
        sign = 1
    if sign and cue == "trade":
        return Metric.TRADE_GROWTH, "trade_growth.cue", sign
    # "exports fell 19 percent": a decline is negative whatever changed
    return Metric.OTHER, f"other.percent.{cue or 'no_cue'}", sign or 1


_NOT_OURS = frozenset({"other.percent.unrelated"})  # "China's GDP grew by 4.9 percent": no figure of ours


@cache
def _attendance() -> regex.Pattern[str]:
    words = _alt(load("cues")["binding"]["attendance"])
    return _compile(rf"\b(?:{words})\s+(?:of|from)(?:\s+(?:the|more\s+than|over|some|about|nearly|around))*\s*\Z", _FLAGS)


_BACK_TO_DOCUMENTS = regex.compile(
    r"\s*(?:The|These|Those|All|Among)\s+(?:the\s+)?(?:signed\s+)?(?:documents|agreements|deals|contracts|them)\b", regex.V1)


def _metric_count(cand: Candidate, sentence: str, before: str = "", prev_sentence: str = "") -> tuple[Metric, str] | None:
    if _attendance().search(before):
        return None  # "a delegation of 30 companies" counts guests, not a fact
    group = _count_group(cand.noun or "")
    if group == "projects":
        return Metric.PROJECT_COUNT, "project_count.noun"
    if group == "agreements":
        # "the two agreements reached at the highest level" is no count of signed documents;
        # "16 documents were signed. The documents included six interregional agreements": the
        # signing may be told in the sentence the count refers back to
        signed = cues().signing.search(sentence) or (
            _BACK_TO_DOCUMENTS.match(sentence) and cues().signing.search(prev_sentence))
        if signed and cand.value >= 2:
            return Metric.AGREEMENT_COUNT, "agreement_count.signed"
        return None
    return Metric.OTHER, f"other.count.{group}"


_FROM_BASE = regex.compile(r"\bfrom(?:\s+(?:above|over|about|around|nearly|almost|just|some|under|below))*\s*\Z", _FLAGS)
_TO_NEXT = regex.compile(r"[^.;]{0,40}?\bto\s+(?:[a-z]+\s+){0,2}(?:[$€¥₸]|US|USD|\d)", _FLAGS)

_MULTIPLE_CONTEXT = regex.compile(
    r"\b(?:increas\w*|gr[eo]w\w*|rose|rise|risen|expand\w*|jump\w*|multipl\w*|up|surg\w*|soar\w*|boost\w*)"
    r"(?:\s+by)?(?:\s+(?:more\s+than|over|almost|nearly|about|some))?\s*\Z",
    _FLAGS,
)
_MULTIPLE_AFTER = regex.compile(r"\s*(?:more|higher|larger|bigger|greater|as\s+much|over|since|compared)\b", _FLAGS)


def resolve(cand: Candidate, doc: Document, sents: Sentences, periods: list[PeriodMention]) -> Figure | None:
    """A Figure from a candidate, or None when the rules cannot decide what it is."""
    text = doc.text
    idx = sents.index_at(cand.start)
    s0, s1 = sents.spans[idx] if sents.spans else (0, len(text))
    sentence = text[s0:s1]
    prev = text[slice(*sents.spans[idx - 1])] if idx > 0 else ""
    s, e = cand.start - s0, cand.end - s0
    sign = 1
    if cand.kind == "money":
        metric, why = _metric_money(sentence, s, e, prev)
    elif cand.kind == "percent":
        metric, why, sign = _metric_percent(sentence, s, e, prev)
        if why in _NOT_OURS:
            return None
    elif cand.kind == "multiple":
        # "grew threefold", "60 times more": a change; "viewed 1,000 times" is none
        if not _MULTIPLE_CONTEXT.search(sentence[max(0, s - 50):s]) and not _MULTIPLE_AFTER.match(
            sentence, e) and "fold" not in text[cand.start:cand.end].lower():
            return None
        metric, why = Metric.OTHER, "other.multiple"
    else:
        got = _metric_count(cand, sentence, sentence[max(0, s - 60):s], prev)
        if got is None:
            return None
        metric, why = got
    c0, c1 = _clause(sentence, s, e)
    clause = sentence[c0:c1]
    if _FROM_BASE.search(sentence[max(0, s - 30):s]) and _TO_NEXT.match(sentence, e, e + 160):
        status = Status.ACTUAL  # "from $31 billion in 2022 to $40 billion by 2030": the base is a fact
    else:
        status = _status(clause, s - c0, e - c0, doc.published)
    qualifier, q = _qualifier(sentence, s)
    qstart = s0 + q
    period = _period(periods, sents, idx, cand, (s0 + c0, s0 + c1), (s0, s1), status, metric, doc.published)
    value = cand.value * sign
    quote = text[qstart:cand.end]
    return Figure(
        metric=metric, value=value, unit=cand.unit, period=period, status=status,
        qualifier=qualifier, quote=quote,
        source=Span(doc.id, qstart, cand.end, text, f"{cand.rule}/{why}", s0, s1),
        value_max=cand.value_max * sign if cand.value_max is not None else None,
        attribution=resolve_attribution(sentence, s, e),
        scope=read_scope(clause, s - c0, e - c0),
    )


_MONTH_BEFORE = 160  # how far before a figure its month ("In March, ...") may stand


@cache
def _month_word() -> regex.Pattern[str]:
    """Any month name: a cheap gate before timex (built on first use, not at import)."""
    return regex.compile(rf"\b(?:{_alt(list(months()))})\b", regex.I | regex.V1)


_INHERIT_SENTENCES = 3  # a figure with no period of its own takes one from this many sentences back


def _within(periods: list[PeriodMention], lo: int, hi: int) -> list[PeriodMention]:
    """The mentions inside [lo, hi); ``periods`` is in text order, so a bisection finds them."""
    i = bisect_left(periods, lo, key=lambda p: p.start)
    j = bisect_left(periods, hi, key=lambda p: p.start)
    return [p for p in periods[i:j] if p.end <= hi]


_FAMILIES = {
    Metric.TRADE_VOLUME: "trade", Metric.TRADE_GROWTH: "trade", Metric.TRADE_SHARE: "trade",
    Metric.EXPORT_VOLUME: "trade", Metric.IMPORT_VOLUME: "trade", Metric.INVESTMENT: "investment",
    Metric.PROJECT_COUNT: "project", Metric.PROJECT_VALUE: "project",
    Metric.AGREEMENT_COUNT: "agreement", Metric.AGREEMENT_VALUE: "agreement",
}
_CUE_FAMILIES = {"trade": "trade", "export": "trade", "import": "trade", "investment": "investment"}


def _families(text: str) -> set[str]:
    """The subjects a sentence speaks of: trade, investment, projects, agreements."""
    found = {_CUE_FAMILIES[m.lastgroup] for m in cues().metric.finditer(text) if m.lastgroup in _CUE_FAMILIES}
    for m in cues().bound_nouns.finditer(text):
        found.add(m.lastgroup)
    return found


def _period(periods: list[PeriodMention], sents: Sentences, idx: int, cand: Candidate,
            clause: tuple[int, int], sentence: tuple[int, int], status: Status,
            metric: Metric, published: dt.date | None = None) -> str | None:
    target = status is Status.TARGET
    # "from the same period in 2022 ($24.2 billion)": a figure in brackets after a period
    # phrase is that period's, even a comparison base
    text = sents.text
    before = _within(periods, sentence[0], cand.start)
    if before and regex.fullmatch(r"\s*\(\s*", text[before[-1].end:cand.start]):
        return before[-1].value
    # "from above $31 billion in 2022 to $40 billion": a period right after the number is its own
    after = _within(periods, cand.end, sentence[1])
    if after and not after[0].target and regex.fullmatch(r"\s*", text[cand.end:after[0].start]):
        return after[0].value
    for lo, hi in (clause, sentence):
        inside = _within(periods, lo, hi)
        got = pick_period(inside, cand.start, cand.end, target=target)
        if got is not None:
            return got.value
    # "In March, the sides signed 33 agreements": a month without its year, read by the one
    # temporal tagger against the article's date
    lo = max(sentence[0], cand.start - _MONTH_BEFORE)
    months = [t for t in (find_dates(text, lo, cand.start, published=published, future=target)
                          if _month_word().search(text, lo, cand.start) else ())
              if t.rule == "timex.month" and t.value and t.end <= cand.start and not _re(r"[’']s\b").match(text, t.end, t.end + 3)]
    if months:
        return months[-1].value
    family = _FAMILIES.get(metric)
    if status is not Status.ACTUAL or family is None:
        return None
    # "China's exports to Kazakhstan reached US$13.98 billion" after "in 2021 total trade...":
    # the year the article speaks of carries over to the next sentences on the same subject
    for back in range(1, _INHERIT_SENTENCES + 1):
        if idx - back < 0:
            break
        lo, hi = sents.spans[idx - back]
        inside = [p for p in _within(periods, lo, hi) if not p.comparison and not p.target]
        if inside:
            return inside[-1].value if family in _families(sents.text[lo:hi]) else None
    return None


def extract_figures(doc: Document, sents: Sentences | None = None) -> list[Figure]:
    """Every figure of one document, in text order."""
    sents = sents or sentences(doc.text)
    prep = Prepared.of(doc.text)
    found = settle_overlaps(list(candidates(doc.text, prep)))
    if not found:
        return []
    periods = find_periods(doc.text, doc.published, prep=prep)
    figures = []
    for cand in found:
        fig = resolve(cand, doc, sents, periods)
        if fig is not None:
            figures.append(fig)
    return figures
