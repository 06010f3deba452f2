"""Periods a figure refers to: "in 2022", "last year", "over the past 15 years",
"in the first eight months", "January-July 2022", "by 2030".

``find_periods`` lists every period phrase in a stretch of text with its resolved value
(read against the article's published date); ``pick_period`` chooses the one that belongs
to a figure. Comparison bases ("than in the same period of 2021") are marked and never chosen.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

import regex

from .dates import MONTH, month_number
from .gazetteer import months, number_words, page_months
from .numbers import NUMBER_WORD, parse_words
from .rules import SIMPLE_CASE, match_timeout
from .scan import Prepared, Scanner, trie

_FLAGS = regex.IGNORECASE | regex.VERBOSE | regex.V1
YEAR = r"(?:19[5-9]\d|20\d\d)(?![\d%.,]\d|-?\s*(?:th|st|nd|rd)\b)"
_N = rf"(?:\d{{1,2}}|{NUMBER_WORD})"

# one alternation per kind of period phrase; the group name says how to resolve it
PERIOD = regex.compile(
    SIMPLE_CASE + rf"""
    (?P<span>(?:(?:over|in|during|for|within)\s+)?the\s+(?:past|last|previous)\s+
        (?:(?:(?P<sn>{_N})\s+years?|year)\s+and\s+a\s+half\b|(?P<sn2>{_N})\s+and\s+a\s+half\s+years\b)
      | (?:(?:over|in|during|for|within)\s+)?the\s+(?:past|last|previous)\s+(?:one\s+and\s+a\s+half|1\.5)\s+years\b)
  | (?P<years>(?:between|from|in|during|for|over)\s+(?:the\s+)?(?P<y1>{YEAR})\s*(?:-|–|—|and|to|till|until|through)\s*(?P<y2>{YEAR}))
  | (?P<yearmonth>(?:between|from)\s+(?P<ym1>{YEAR})\s*(?:-|–|—|and|to|till|until|through)\s*(?:the\s+end\s+of\s+)?(?P<ymm>{MONTH})\s+(?:of\s+)?(?P<ymy>{YEAR}))   # "From 2015 to July 2022"
  | (?P<yrange>(?<![\w-])(?P<ry1>{YEAR})\s*[-–—/]\s*(?P<ry2>{YEAR}))
  | (?P<months>(?:between\s+|from\s+)?(?P<m1>{MONTH})\s*(?:-|–|—|and|to|through|till|until)\s*(?P<m2>{MONTH})
        (?:\s*(?:of\s+)?(?:(?P<my>{YEAR})|(?P<mrel>last\s+year|this\s+year)))?)
  | (?P<firstn>(?:the\s+)?(?:first|past|last|initial)\s+(?P<fn>{_N})\s+months
        (?:\s+of\s+(?:(?P<fy>{YEAR})|(?P<frel>last\s+year|this\s+year|the\s+year)))?)
  | (?P<nmonths>(?<![\w-])(?P<nn>{_N})\s+months\s+(?:(?:of|in)\s+(?P<ny>{YEAR})|(?:(?:of|in)\s+)?(?P<nrel>last\s+year|this\s+year)))
  | (?P<nbare>(?<=\b(?:in|over|during|for)\s)(?P<bn>{_N})\s+months(?=(?:\s+alone)?\s*,(?![^.;]{{0,80}}\bwill\b)))   # "In 10 months, trade grew 24%": this year's (not "In 10 months, it will")
  | (?P<half>(?:the\s+)?(?P<hord>first|second)\s+half(?:\s+(?:of\s+)?(?:(?P<hy>{YEAR})|(?P<hrel>last\s+year|this\s+year|the\s+year))
        |(?=\s*,)))   # "in the first half, trade ...": of the current year
  | (?P<quarter>(?:the\s+)?(?P<qord>first|second|third|fourth)\s+quarter(?:\s+(?:of\s+)?(?:(?P<qy>{YEAR})|(?P<qrel>last\s+year|this\s+year))
        |(?=\s*,)))
  | (?P<qshort>(?<![\w-])(?:(?P<qn>Q[1-4]|[1-4]Q)|(?P<hn>H[12]|[12]H)|(?P<mn>9M|6M|3M))\s*(?:of\s+)?
        (?:(?P<qsy>{YEAR})|(?P<qsrel>this\s+year|last\s+year)))
  | (?P<qbare>(?<=\b(?:in|for|during)\s)(?:(?P<bq>Q[1-4])|(?P<bh>H[12]))(?=\s*[,.;)]))   # "to $9 billion in H1, up 34%": this year's
  | (?P<pastn>(?:over|in|during|for|within)\s+the\s+(?:past|last|previous)\s+(?P<pn>{_N})\s+years)
  | (?P<since>since\s+(?P<sy>{YEAR}))
  | (?P<monthyear>(?P<mym>{MONTH})\s+(?:of\s+)?(?P<myy>{YEAR}))
  | (?P<target>(?:by|until|till|through|to|before|(?:no|not)\s+later\s+than)\s+(?:the\s+end\s+of\s+|(?P<tmid>mid-))?(?P<ty>{YEAR})
        | (?:the\s+)?(?P<ty2>{YEAR})\s+(?:target|goal|deadline))
  | (?P<year>(?:in|of|for|during|throughout|against|as\s+of|at\s+the\s+end\s+of|at\s+end-)\s+(?:the\s+(?:[a-z]{{1,20}}\s+){{0,2}}?year\s+|fiscal\s+|mid-|early\s+|late\s+)?(?P<yy>{YEAR})
        | (?m:^)[ \t]*(?P<yy2>{YEAR})(?=\s*[,:]?\s+\w))
  | (?P<rel>(?:the\s+)?year\s+before\s+last|last\s+year|this\s+year|previous\s+year|past\s+year|a\s+year\s+earlier|a\s+year\s+ago|next\s+year|the\s+year\s+before)
    """,
    _FLAGS,
)

# how every period phrase begins (over lower-cased text), each alternative of PERIOD cut after
# the words that make it rare: the scan tries PERIOD only where one of these begins, since a try
# of its many alternatives costs microseconds at any position, even one that starts none. The re
# module scans it (several times faster than regex), so it names digits and word characters as
# ASCII or any character past it; re's \s is a superset of regex's (tests/test_scan.py).
_STARTS_WITH_YEAR = r"between|from|in|during|for|over|within|of|throughout|against"
_PERIOD_START = (
    r"(?:19|20)"  # a year range, "the 2030 target", a year at the start of a line
    rf"|(?:{_STARTS_WITH_YEAR})\s+(?:the\s+(?:past|last|previous|year)\s|(?:the\s+|fiscal\s+|mid-|early\s+|late\s+)?(?:19|20))"
    rf"|(?:{_STARTS_WITH_YEAR})\s+the\s+[a-z]{{1,20}}\s+(?:[a-z]{{1,20}}\s+)?year\s"   # ("in the challenging year 2022")
    r"|as\s+of\s|at\s+(?:the\s+end|end-)|since\s"
    r"|(?:by|until|till|through|to|before|(?:no|not)\s+later\s+than)\s+(?:the\s+end|mid-|19|20)"
    r"|the\s+(?:past|last|previous|first|second|third|fourth|initial|year|19|20)"
    r"|(?:first|second|third|fourth|past|last|initial)\s|(?:this|previous|next|a)\s+year"
    rf"|(?:(?:between|from)\s+)?(?:{trie(list(page_months()))})"  # "from September to November"
    # "8 months of", "Q1", "1H", "9M", "seven months of", not after a letter, digit or "-"; or a
    # character past ASCII, which may be a digit of another script
    rf"|(?<![a-z0-9_-])(?:[0-9][0-9\x80-\U0010ffff]?\s+months|[\x80-\U0010ffff]|[1-4]q|[12]h|[963]m|q[1-4]|h[12]|{trie(list(number_words()))})"
    r"|(?m:^)[ \t]+(?:19|20)"
)

# every period phrase holds a year, "year", "month", "half", "quarter" or a month name ("mar" also inside "grammar
# 2022"), and starts at most so many tokens (characters or runs of white space) before the first
# of them: a year 22 ("the fourth quarter of 2022"), "year", "month" or "half" 34 ("within the previous
# seventy seven years"), a month name 8 ("between March"); it reads at most 100 characters and
# 12 runs of white space from its start ("between September - November of last year" and the
# lookahead after a year). Bounds with a margin; tests/test_scan.py checks them.
# (the trigger's first characters first: re skips to them, which it cannot do for an
# alternation of groups)
_TRIGGER_WORDS = ["year", "month", "half", "quarter", "h1", "h2", "q1", "q2", "q3", "q4"]
_TRIGGER_FIRST = re.escape("".join(sorted({"1", "2", *(w[0] for w in [*_TRIGGER_WORDS, *months()])})))
_PERIOD_SCAN = Scanner(
    PERIOD,
    trigger=rf"(?=[{_TRIGGER_FIRST}])(?:(?P<year>(?:19|20)\d\d)|(?P<word>{trie(_TRIGGER_WORDS)})|(?P<month>{trie(list(months()))}))",
    lead={"year": 26, "word": 40, "month": 12}, reach=100, reach_runs=12,
    start=_PERIOD_START, alone=True,
)

# a period phrase after one of these is the base of a comparison, not the figure's period:
# "38.3 percent more than in the same period of 2021", "17.6% higher than the previous year"
_COMPARISON = regex.compile(
    SIMPLE_CASE + r"""(?:same\s+period(?:\s+(?:of|in))?(?:\s+the)?
        | compared\s+(?:with|to)(?:\s+(?:the\s+)?\w+(?:\s+\w+)?)?
        | compared                                       # "compared" + the phrase "to 2015"
        | than(?:\s+in)?(?:\s+the)?
        | versus | vs\.? | from(?:\s+the)?                # ("an increase of 31.7 percent from the previous year")
        | against(?:\s+the)?                            # "32% more against 2016", as Kazakh outlets write
        | (?:up|down|rise|rising|increase|grew|growth|rose|fell)\s+from\s+[^,;]{0,30}
        )\s*\Z""",
    _FLAGS,
)


_SPACES = regex.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PeriodMention:
    start: int
    end: int
    value: str | None  # None: relative with no published date to read it against
    comparison: bool  # "the same period of 2021": a base, not the figure's period
    target: bool  # "by 2030", "the 2030 target"


def _count(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    got = parse_words(text)
    return int(got) if got is not None else None


def _rel_year(rel: str | None, published: dt.date | None) -> int | None:
    if published is None:
        return None
    rel = _SPACES.sub(" ", (rel or "this year").lower())
    return published.year - 1 if rel.startswith("last") else published.year


def _months(y: int | None, m1: int, m2: int) -> str | None:
    if y is None or not (1 <= m1 <= m2 <= 12):
        return None
    return f"{y}-{m1:02d}/{y}-{m2:02d}"


def _over(published: dt.date | None, month: int) -> bool:
    """Whether ``month`` of the published year had ended when the article came out: "in the
    first half," with no year is this year's only once June is past."""
    return published is not None and published.month > month


def _resolve(m: regex.Match[str], published: dt.date | None) -> tuple[str | None, bool]:
    """The period string of one match, and whether it is a target year."""
    g = m.groupdict()
    pub_year = published.year if published else None
    if g["span"]:  # "the last year and a half" before the article's month
        if published is None:
            return None, False
        n = _count(g["sn"] or g["sn2"]) if g["sn"] or g["sn2"] else 1
        if n is None:
            return None, False
        back = published.year * 12 + published.month - 1 - (12 * n + 6)
        return f"{back // 12}-{back % 12 + 1:02d}/{published.year}-{published.month:02d}", False
    if g["years"]:
        return f"{g['y1']}/{g['y2']}", False
    if g["yrange"]:
        return f"{g['ry1']}/{g['ry2']}", False
    if g["months"]:
        m1, m2 = month_number(g["m1"]), month_number(g["m2"])
        if m1 is None or m2 is None:
            return None, False
        if g["my"]:
            year = int(g["my"])
        elif g["mrel"]:
            year = _rel_year(g["mrel"], published)
        else:  # "January-July": the latest such stretch before publication
            year = None if published is None else (pub_year if m2 <= published.month else pub_year - 1)
        return _months(year, m1, m2), False
    if g["firstn"]:
        n = _count(g["fn"])
        year = int(g["fy"]) if g["fy"] else _rel_year(g["frel"], published)
        return (_months(year, 1, n) if n else None), False
    if g["nmonths"]:
        n = _count(g["nn"])
        year = int(g["ny"]) if g["ny"] else _rel_year(g["nrel"], published)
        return (_months(year, 1, n) if n else None), False
    if g["nbare"]:
        n = _count(g["bn"])
        return (_months(published.year, 1, n) if n and _over(published, n) else None), False
    if g["half"]:
        year = int(g["hy"]) if g["hy"] else _rel_year(g["hrel"], published)
        first = g["hord"].lower() == "first"
        if not (g["hy"] or g["hrel"]) and not _over(published, 6 if first else 12):
            return None, False
        return _months(year, 1 if first else 7, 6 if first else 12), False
    if g["quarter"]:
        year = int(g["qy"]) if g["qy"] else _rel_year(g["qrel"], published)
        q = ("first", "second", "third", "fourth").index(g["qord"].lower())
        if not (g["qy"] or g["qrel"]) and not _over(published, 3 * q + 3):
            return None, False
        return _months(year, 3 * q + 1, 3 * q + 3), False
    if g["qshort"]:
        year = int(g["qsy"]) if g["qsy"] else _rel_year(g["qsrel"], published)
        if year is None:
            return None, False
        if g["qn"]:
            q = int(g["qn"].strip("Qq"))  # "Q1 2024" or "1Q2017"
            return _months(year, 3 * q - 2, 3 * q), False
        if g["hn"]:
            return (_months(year, 1, 6) if "1" in g["hn"] else _months(year, 7, 12)), False
        return _months(year, 1, int(g["mn"][0])), False
    if g["qbare"]:
        n = int((g["bq"] or g["bh"])[1])
        first, last = (3 * n - 2, 3 * n) if g["bq"] else ((1, 6) if n == 1 else (7, 12))
        if published is None or not _over(published, last):
            return None, False
        return _months(published.year, first, last), False
    if g["pastn"]:
        n = _count(g["pn"])
        return (f"{pub_year - n}/{pub_year}" if pub_year and n else None), False
    if g["yearmonth"]:
        month = month_number(g["ymm"])
        return (f"{g['ym1']}/{g['ymy']}-{month:02d}" if month else None), False
    if g["since"]:
        return (f"{g['sy']}/{pub_year}" if pub_year else None), False
    if g["monthyear"]:
        month = month_number(g["mym"])
        return (f"{g['myy']}-{month:02d}" if month else None), False
    if g["target"]:
        # "by the end of 2023" in an article of 2024 is a point already passed, not a goal
        year = g["ty"] or g["ty2"]
        # ("by mid-2025" in an article of September 2025: passed as well)
        passed = published is not None and (int(year) < published.year or (
            g["tmid"] is not None and int(year) == published.year and published.month > 6))
        return year, not (g["ty"] and passed)
    if g["year"]:
        return g["yy"] or g["yy2"], False
    rel = _SPACES.sub(" ", g["rel"].lower())
    if pub_year is None:
        return None, False
    if rel == "next year":
        return str(pub_year + 1), False
    if rel == "this year":
        return str(pub_year), False
    if rel.endswith("before last"):
        return str(pub_year - 2), False  # "the year before last"
    return str(pub_year - 1), False


def based_by_itself(text: str, at: int) -> bool:
    """Whether the period phrase at ``at`` is a comparison base by its own first word ("32% more
    against 2016")."""
    return text[at:at + 7].lower() == "against"


# "a 32 percent increase over the previous year", "up 5% over last year": the year before, after
# "over", is the base (but "over the past year", "Over the last year alone" are the figure's own)
_OVER_THE = regex.compile(r"\bover\s+the\s*\Z", regex.I)
_OVER = regex.compile(r"\bover\s*\Z", regex.I)
_YEAR_BEFORE = regex.compile(r"previous\s+year|year\s+before", regex.I)
_LAST_YEAR = regex.compile(r"last\s+year|a\s+year\s+earlier", regex.I)


def _over_year_before(before: str, phrase: str) -> bool:
    """Whether ``phrase`` after ``before`` is a year before the figure's, its base: "over the
    previous year", "over last year"."""
    return (_OVER_THE.search(before) is not None and _YEAR_BEFORE.fullmatch(phrase) is not None) or (
        _OVER.search(before) is not None and _LAST_YEAR.fullmatch(phrase) is not None)


# the start of a span told by an event: "Since it opened in April 2012,", "since its launch in 2012"
# (not "since the beginning of 2024": that year so far)
_SINCE_EVENT = regex.compile(r"\bsince\s+(?!the\s+(?:beginning|start|end)\b)(?:it|its|the|their|his|her|they)\s+"
                             r"(?:[\w-]+\s+){1,4}?(?:(?:in|on)\s+)?\Z", regex.I | regex.V1)
# a verb of a level reached, told as done, after "by the end of 2022" in its clause (no "will" between)
_REACHED_AFTER = regex.compile(r"(?:(?!\b(?:will|would|shall|to|expected|planned|aims?|set)\b)[^.;:!?]){0,120}?"
                               r"\b(?:reached|had\s+reached|amounted\s+to|had\s+amounted\s+to|totall?ed|stood\s+at|exceeded|surpassed|topped)\b",
                               regex.I | regex.V1)


def find_periods(text: str, published: dt.date | None, offset: int = 0,
                 prep: Prepared | None = None) -> list[PeriodMention]:
    """Every period phrase in ``text``, with offsets shifted by ``offset``. ``prep``: the
    text's ``Prepared`` form, when the caller has one."""
    found = []
    for m in _PERIOD_SCAN.finditer(prep or text, timeout=match_timeout(text)):
        value, target = _resolve(m, published)
        if value and not target and _SINCE_EVENT.search(text, max(0, m.start() - 60), m.start()) and (
                since := regex.match(r"(?:19|20)\d\d", value)):
            # "Since it opened in April 2012, the centre has attracted $4.4 billion": from then to the paper
            if published is not None and published.year > int(since.group()):
                value = f"{since.group()}/{published.year}"
        if target and m.group("ty") and _REACHED_AFTER.match(text, m.end()):
            target = False  # "By the end of 2022, China's FDI reached $15 billion": a point passed, told as done
        before = text[max(0, m.start() - 40):m.start()]
        comparison = (_COMPARISON.search(before) is not None or based_by_itself(text, m.start())
                      or _over_year_before(before, m.group()))
        found.append(PeriodMention(m.start() + offset, m.end() + offset, value, comparison, target))
    return found


def pick_period(mentions: list[PeriodMention], start: int, end: int, *, target: bool) -> PeriodMention | None:
    """The mention that belongs to a figure at [start, end): a target year for a target,
    else the nearest one before it, else the nearest one after it; never a comparison base."""
    usable = [p for p in mentions if not p.comparison and not (start <= p.start < end)]
    if target:
        goals = [p for p in usable if p.target]
        if goals:
            return min(goals, key=lambda p: abs(p.start - start))
    else:
        usable = [p for p in usable if not p.target]
    before = [p for p in usable if p.end <= start]
    if before:
        return max(before, key=lambda p: p.end)
    after = [p for p in usable if p.start >= end]
    if after:
        return min(after, key=lambda p: p.start)
    return None


_YEAR_EARLIER = regex.compile(r"(?:a|the)\s+year\s+(?:earlier|before)|(?:the\s+)?previous\s+year", _FLAGS)


_SAME_PERIOD = regex.compile(r"\bsame\s+(?:period|months)\s*\Z", _FLAGS)


def _told_once(got: PeriodMention, periods: list[PeriodMention], form: str) -> str | None:
    """The one value of ``form`` the sentence's other periods (``periods``, no targets) name."""
    own = {p.value for p in periods if p is not got and p.value and not p.target and regex.fullmatch(form, p.value)}
    return own.pop() if len(own) == 1 else None


def same_months_of(text: str, got: PeriodMention, periods: list[PeriodMention]) -> str | None:
    """ "In the first quarter of 2024, trade reached $7.1 billion, up from the same period in 2023
    ($5.9 billion)": the months the sentence tells (``periods``), in the year ``got`` names."""
    if got.value is None or len(got.value) != 4 or not _SAME_PERIOD.search(text, max(0, got.start - 20), got.start):
        return None
    value = _told_once(got, periods, r"(\d{4})-\d\d/\1-\d\d")
    return value.replace(value[:4], got.value) if value else None


# "compared to the previous year's level of $70.2 billion": the figure right after is that year's
_LEVEL_OF = regex.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:level|figure|total|volume|value|result)\s+(?:of\s+)?(?:[a-z]+\s+){0,2}?",
                          _FLAGS)


def a_year_before_level(text: str, got: PeriodMention, at: int) -> bool:
    """Whether ``got`` is "the previous year" of "... the previous year's level of" right before the
    figure at ``at``."""
    return _YEAR_EARLIER.fullmatch(text, got.start, got.end) is not None and _LEVEL_OF.fullmatch(text, got.end, at) is not None


def year_before(got: PeriodMention, periods: list[PeriodMention], told_before: Callable[[], int | None]) -> str | None:
    """ "The turnover grew 27 percent compared to the previous year's level of $70.2 billion": the
    year before the one the sentence tells (``periods``), or else the one the story told before it
    (``told_before()``); none where neither tells a year (not the year before the paper's)."""
    told = _told_once(got, [p for p in periods if not p.comparison], r"(\d{4})(?:-\d\d)?(?:/\1-\d\d)?")
    base = int(told[:4]) if told else told_before()
    return str(base - 1) if base else None


def months_a_year_earlier(text: str, got: PeriodMention, periods: list[PeriodMention]) -> str | None:
    """ "In the first half of 2018, investment reached $15.6 billion, compared to $14.8 billion a
    year earlier": the sentence's own period a year before it (2017-01/2017-06), where ``got``
    says "a year earlier" (of the time told, not of the paper's: "a year ago" is the paper's) and
    the other periods of its sentence (``periods``) name one year, or months of one year."""
    if not _YEAR_EARLIER.fullmatch(text, got.start, got.end):
        return None
    value = _told_once(got, periods, r"(\d{4})(?:-\d\d/\1-\d\d)?")
    return value.replace(value[:4], str(int(value[:4]) - 1)) if value else None
