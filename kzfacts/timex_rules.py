"""The date expressions of ``timex``: the words (weekdays, months, ordinals, number words) and
the ``timex.*`` rules built of them, one pattern for each form a date is written in ("March 27,
2023", "the 3rd of March", "21.08.2023", "last Tuesday", "two days ago", "the next day").
``timex`` finds them in a sentence and reads them against the published date."""

from __future__ import annotations

import unicodedata
from functools import cache

import regex

from .errors import DataFileError
from .gazetteer import claim, load, months, number_words
from .rules import Rule, alternation, rule


# --- words ---------------------------------------------------------------------------------------

@cache
def weekdays() -> dict[str, int]:
    """Weekday form (lower case) -> Python weekday number."""
    out: dict[str, str] = {}
    for num, forms in load("timewords")["weekdays"].items():
        for f in forms:
            claim(out, f, num, "timewords")
    return {k: int(v) for k, v in out.items()}


def gatherings() -> str:
    """The gathering words of timewords.toml as an alternation: 'summit|forum|...'."""
    return "|".join(load("timewords")["gatherings"]["words"])


def encounters() -> str:
    """The nouns of a visit or meeting a year stands before, from timewords.toml: 'visit|trip|...'."""
    return "|".join(load("timewords")["encounters"]["words"])


def weekday_of(word: str) -> int | None:
    """The weekday number of a word the case-blind patterns matched: "FRİDAY" lower-cases to
    "fri̇day" (an i and a combining dot), "ſunday" folds to "sunday"; None if still unknown."""
    low = word.lower()
    if low in weekdays():
        return weekdays()[low]
    folded = "".join(c for c in unicodedata.normalize("NFKD", low.replace("ſ", "s")) if not unicodedata.combining(c))
    return weekdays().get(folded)


@cache
def ordinals() -> dict[str, int]:
    """Ordinal day word (lower case, hyphens) -> day of the month."""
    out = {k.lower(): int(v) for k, v in load("timewords")["ordinals"].items()}
    if any(not 1 <= v <= 31 for v in out.values()):
        raise DataFileError("data/timewords.toml: an ordinal is not a day of the month")
    return out


_FULL_WD = [w for w in weekdays() if w.endswith("day")]
_SHORT_WD = sorted({w.rstrip(".") for w in weekdays() if not w.endswith("day")}, key=lambda w: (-len(w), w))
WD_FULL = f"(?:{alternation(_FULL_WD)})"
# "Thu.", "Fri": only with a capital, so "sat", "wed" and "sun" stay words
WD_SHORT = "(?-i:" + "|".join(s.capitalize() for s in _SHORT_WD) + r")\.?"
_ORD = alternation(w.replace("-", " ") for w in ordinals()).replace(r"\s+", r"[\s-]+")
# a month in full, or short with its dot: "Sept." is a month, the dot of "in May." is the sentence's
_FULL_MONTHS = [forms[0] for forms in load("months").values() if isinstance(forms, list)]  # the name in full
# ("may" and "march" are words as well: a month with its capital; in lower case only as a
# day's month after a weekday or "on" ("tue may 9"), or after "in", "since", "last" ...
# ("in may"); "trade may 10 times" is no date)
_VERB_MONTHS = {"may", "march"}
_BEFORE_VERB_DAY = alternation(["on", *(w.rstrip(".") for w in weekdays())])
_BEFORE_VERB_MONTH = r"in|since|until|till|during|from|last|this|next|early|late|mid"
MONTH = (f"(?:{alternation([m for m in _FULL_MONTHS if m not in _VERB_MONTHS])}"
         f"|(?-i:{'|'.join(f'{m.capitalize()}|{m.upper()}' for m in sorted(_VERB_MONTHS))})"
         f"|(?<=\\b(?:{_BEFORE_VERB_DAY})\\.?,?\\s+)(?:{alternation(_VERB_MONTHS)})(?=\\s+\\d{{1,2}}(?!\\d))"
         f"|(?<=\\b(?:{_BEFORE_VERB_MONTH})[\\s-]+)(?:{alternation(_VERB_MONTHS)})"
         f"|(?:{alternation(set(months()) - set(_FULL_MONTHS))})\\.?)")
_COUNT = alternation([*(w for w, v in number_words().items() if 1 <= v <= 31), "a", "an"])
_MOD = r"early|mid|late|the\s+(?:end|beginning|start|middle)\s+of|(?:end|beginning|start)\s+of"
_PREP = r"in|of|since|until|till|by|during|from|before|after|through|throughout|around|for"

_DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"


def _day(name: str) -> str:
    return rf"(?P<{name}>{_DAY_NUM}|{_ORD})"


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:19|20)\d\d)(?![\d])"


# --- rules -----------------------------------------------------------------------------------------

MONTH_DAY = rule("timex.month_day", rf"""
    (?<![\w./-])
    (?:
        (?P<m1>{MONTH})(?:,(?=\s*\d{{1,2}},\s*(?:19|20)\d\d))?\s*(?:the\s+)?{_day('d1')}   # "March 17", "March third" ("April, 29, 2003")
        (?:\s*[-–]\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d))?   # "March 4-5", "March 4th-5th": its first day
        (?:(?:\s?,\s*|\s+)(?:of\s+)?{_year('y1')}(?![-–]\d))?       # ", 2023" (",2023")
      | (?:the\s+)?{_day('d2')}\.?                                # "17", "3rd", "the third"
        (?:\s*[-–]\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)?   # "4-5 March"
        \s+(?:of\s+)?(?P<m2>{MONTH})(?:(?:,\s*|\s+)(?:of\s+)?{_year('y2')}(?![-–]\d))?
    )(?![\w-])""", "month and day, with year or weekday: 'Saturday, March 3, 2012', 'the 3rd of March'")

WEEKDAY_DAY = rule("timex.weekday_day", rf"""
    (?<![\w-])(?P<w>{WD_FULL}),?\s+the\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|{_ORD})(?![\w-])
    (?!\s+(?!of\b)(?-i:[a-z]))   # (not "on Thursday, the first leg of his trip": an ordinal of a noun)""",
    "a weekday and a day of the month: 'Thursday the 21st'")

NUMERIC = rule("timex.numeric", rf"""
    (?<![\d./:-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep){_year('y')}
    (?![./:-]\d)""", "numbers only, day first: '21.08.2023', '21/08/2023'; '08/21/2023'")

ISO = rule("timex.iso", rf"""
    (?<![\d./:-]){_year('y')}(?P<sep>[./-])(?P<b>[01]?\d)(?P=sep)(?P<a>[0-3]?\d)(?!\d|[./:-]\d)""",
    "year first: '2023-08-21', '2015/08/12'")

MONTH_YEAR = rule("timex.month", rf"""
    (?<![\w-])
    (?:(?P<mod>{_MOD})[\s-]+)?
    (?:(?P<rel>last|this|past|previous|next)\s+)?
    (?P<m>{MONTH})
    (?:\s+(?:of\s+)?(?:{_year('y')}(?![-–]\d)|(?P<rel2>last|this|next)\s+year))?
    (?![\w-])""", "a month: 'September 2019', 'last October', 'in mid-June', 'June of last year'")

SEASONS = "spring|summer|autumn|fall|winter"
SEASON = rule("timex.season", rf"""
    (?<![\w-])
    (?:(?P<rel>last|this|past|previous|next|coming)\s+(?P<s1>{SEASONS})
       |(?:the\s+)?(?:(?:early|mid|late)[\s-]?)?(?P<s2>{SEASONS})\s+(?:of\s+)?{_year('y')}(?![-–]\d)   # ("in midsummer 2017")
       |(?:the\s+)?(?P<s3>{SEASONS})\s+of\s+(?P<rel2>last|this|next)\s+year)
    (?![\w-])""", "a season, read as its year: 'last fall', 'in the summer of 2015', 'autumn 2013', 'in midsummer 2017'")

YEAR = rule("timex.year", rf"""
    (?:(?<=\b(?:{_PREP}|year)\s+)|(?=(?:{_MOD})[\s-])
      |(?<=\bthe\s+)(?=(?:19|20)\d\d\s+(?:[A-Z][\w’'-]*\s+){{0,3}}(?i:{gatherings()})\b)   # "during the 2022 Winter Olympics"
      |(?<=(?:\bthe|[’']s)\s+)(?=(?:19|20)\d\d\s+(?:(?:state|official|working|first|historic)\s+)?(?:{encounters()})\b(?!\s+(?:rooms?|halls?|places?|venues?)\b)))   # "the 2024 visit of X", "Xi's 2019 trip"
    (?:(?P<mod>{_MOD})[\s-]+)?
    (?:the\s+year\s+)?{_year('y')}
    (?!\s*(?:[–—-]\s*\d|(?:to|till|until|through)\s+(?:19|20)\d\d))   # "from 2015 to 2018"
    (?!'?s\b|\s*(?:%|percent|per\s+cent))                                # "the 1990s", "2000 percent"
    (?!\s+(?!(?:was|is|has|as|this|its|his|thus|always)\b)[a-z]+s\b)       # "of 2000 tonnes"
    (?!\s+(?:people|km|kg|t|mw|gw|ha|sq)\b)                               # "for 2000 km"
    """, "a year after a preposition or a modifier: 'in 2019', 'the summit of 2019', 'in late 2012', 'the 2022 Winter Olympics', 'the 2024 visit'")

WEEKDAY = rule("timex.weekday", rf"""
    (?<![\w-])
    (?:(?P<wk>(?P<wkw>last|this|next|previous|past)\s+week,?\s*(?:[-–]\s*)?(?:on\s+)?)?  # "last week Sunday"
       (?:(?P<rel>last|this|next|past|previous)\s+)?(?P<w>{WD_FULL})
       (?(wk)|(?:,?\s+(?:of\s+)?                                            # "Tuesday of last week"
                 (?P<wkw2>last|this|next|previous|the\s+previous|the\s+following)\s+week)?)
     | (?<=\bon\s+)(?P<ws>{WD_SHORT}))
    (?:\s+(?:morning|afternoon|evening|night))?(?![\w-])""",
    "a weekday: 'on Wednesday', 'last Tuesday', 'on Fri'")

RELATIVE_DAYS = rule("timex.relative_days", r"""
    (?<![\w-])(?:
        (?P<before>the\s+day\s+before\s+yesterday)
      | (?P<after>the\s+day\s+after\s+tomorrow)
      | (?P<yesterday>yesterday|last\s+night)
      | (?P<tomorrow>tomorrow)
      | (?P<today>today|tonight|earlier\s+today|this\s+(?:morning|afternoon|evening))
    )(?:\s+(?:morning|afternoon|evening|night))?(?![\w-])""",
    "a day named from the published one: 'yesterday', 'the day before yesterday'")

AGO = rule("timex.ago", rf"""
    (?<![\w-])(?P<more>(?:more\s+than|over|almost|nearly|about|some|at\s+least)\s+)?
    (?P<n>\d{{1,2}}|{_COUNT}|(?P<vague>(?:a\s+)?few|several|a\s+couple\s+of|a\s+number\s+of))
    \s+(?P<u>day|week|fortnight|month|year)s?\s+ago(?![\w-])""",  # "two days earlier": another event's
    "a count back from the published date: 'two days ago', 'three months ago'")

RELATIVE = rule("timex.relative", rf"""
    (?<![\w-])
    (?:(?P<mod>{_MOD}|earlier|later)[\s-]+(?:in\s+)?)?
    (?:(?:the\s+)?(?P<w>last|this|past|previous|next|current|coming)\s+(?:calendar\s+)?(?P<u>year|month|week)
      |the\s+(?P<bu>year|month)\s+before\s+last)
    (?![\w-])""", "a year, month or week named from the published one: 'last year', 'earlier this month', "
    "'the year before last'")

ANCHOR = rule("timex.anchor", r"""
    (?<![\w-])(?:
        (?P<same>(?:that|the)\s+(?:very\s+)?same\s+day|(?:on\s+)?that\s+day|(?:earlier|later)\s+in\s+the\s+day)
      | (?P<next>(?:the\s+)?(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after(?!\s+tomorrow))
      | (?P<prev>(?:the\s+)?previous\s+day|the\s+day\s+before(?!\s+yesterday)|a\s+day\s+(?:earlier|before))
    )(?![\w-])""", "the date of another event: 'on the same day', 'the next day', 'a day earlier'")

# "Tuesday, Aug. 21", "Thu. 2018-07-06": a weekday before a date joins it, and the date wins
# (looked for before each date found, not at every position of the text)
_WEEKDAY_BEFORE = regex.compile(rf"(?<![\w-])(?:{WD_FULL}|{WD_SHORT}),?\s+(?:the\s+)?\Z",
                                regex.IGNORECASE | regex.V1)
_JOINS_WEEKDAY = {"timex.month_day", "timex.numeric", "timex.iso"}

RULES: tuple[Rule, ...] = (MONTH_DAY, WEEKDAY_DAY, NUMERIC, ISO, MONTH_YEAR, SEASON, YEAR, WEEKDAY,
                           RELATIVE_DAYS, AGO, RELATIVE, ANCHOR)
