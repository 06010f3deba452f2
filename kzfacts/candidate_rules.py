"""The candidate rules: the patterns of a number that may be a figure (money before or after its
currency, percent, multiple, a count of a noun we know, a part of a list, "the number of X
is N"). ``candidates`` tries them near their triggers and keeps the longest where they overlap.
"""

from __future__ import annotations

from functools import cache

import regex

from .gazetteer import load
from .numbers import (
    AMOUNT, AMOUNT_END, CENTS, CURRENCY_AFTER, CURRENCY_BEFORE, FRACTION, NUMBER, NUMBER_WORD,
    NUMBER_WORDS, SCALE, SCALE_WORD,
)
from .rules import Rule, alternation, rule

_FLAGS = regex.IGNORECASE | regex.VERBOSE | regex.V1
_alt = alternation  # cue fragments are regex already

# --- candidate rules -------------------------------------------------------------------------

# (the dash spaced on both sides or on neither: "0.00196 -0%" is a number and a signed one, no range)
_RANGE = rf"(?:(?:\s?to\s?|[-–—]|\s[-–—]\s)(?P<num2>{AMOUNT}){AMOUNT_END})?"

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

# a year after a preposition opens no amount: "from 312 billion yuan in 2013 to 674 billion yuan"
# is not "2013 to 674 billion yuan"
_YEAR_AFTER_PREP = r"(?<=\b(?:in|since|from|by|until|till|during)\s+)(?:19|20)\d\d(?![\d.,])"

MONEY_AFTER = rule(
    "money.word_after",
    rf"""
    (?<![\w$.,%])(?!{_YEAR_AFTER_PREP})(?:(?P<num>{AMOUNT}){AMOUNT_END}{_RANGE}|(?P<word>{NUMBER_WORDS})|(?P<frac>{FRACTION}))
    (?:\s|(?<=\d)-(?=[a-z]))?(?:(?P<scale>{SCALE})(?:\s|-(?=[a-z]))?(?:(?<=\s)of\s)?)?   # "a 2-billion-dollar fund", "25 billion of KZT"
    (?P<cur>{CURRENCY_AFTER})(?!\w)
    (?:\s(?P<scale2>{SCALE_WORD})|{CENTS})?       # "75 USD million", "3 dollars 50 cents"
    """,
    "a currency word or sign after the number: 13.5 billion dollars, half a billion tenge, 500 €, "
    "a 2-billion-dollar fund, 25 billion of KZT",
)

PERCENT = rule(
    "percent",
    rf"""
    (?<![\w$.,%])(?:(?P<num>{AMOUNT}){AMOUNT_END}
                     (?:(?:\s?to\s?|[-–—]|\s[-–—]\s)(?P<num2>{AMOUNT})(?=\s?(?:%|per)))?
                   |(?P<word>{NUMBER_WORDS}))
    [\s-]?(?:%|percent\b|per\s?cent\b|pct\b)(?!\s*points?\b)
    """,
    "a percentage: 34 percent, 23.6%, 18 per cent, twenty-five per cent",
)

# "half of" a trade, as a share: "Xinjiang accounts for almost half of Kazakh-Chinese commodity turnover"
HALF_OF = rule(
    "percent.half",
    # (not the months of a year: "in the first half of the year trade grew")
    r"(?<![\w-])(?<!\b(?:first|second|last|latter)\s)half(?=\s+of\s+(?:(?!(?:year|month)s?\b)[\w’'-]+\s+){0,6}?(?:trade|turnover)\b)",
    "half of a trade, a share of 50 percent: nearly half of China's trade with Central Asia",
)

MULTIPLE = rule(
    "multiple",
    rf"""
    (?<![\w$.,])(?:(?P<num>{NUMBER})|(?P<word>{NUMBER_WORD}))
    (?:\s?(?:-\s?)?(?:times|fold)\b)
    """,
    "a multiplier: 60 times, threefold, two-fold",
)


# a verb between number and noun makes the number its subject's: "11 groups signed cooperation agreements"
_VERB = r"signed|inked|concluded|reached|exchanged|sign|ink|conclude|are|were|was|is|have|has|had|will|would"


# a number of the parties is no count of what they did: "the two sides signed deals"
_NOT_PARTIES = r"(?!\s+(?:sides|countries|parties|nations|states|leaders|presidents|governments|delegations)\b)"


@cache
def count_rule() -> Rule:
    nouns = load("cues")["counts"]
    alternation = _alt([n for v in nouns.values() for n in v])
    measures = _alt(load("cues")["measures"]["units"])
    return rule(
        "count.noun",
        rf"""
        (?<![\w$.,:/-])(?:(?P<num>{NUMBER})(?![\d,.]\d|\s*%)|(?P<word>{NUMBER_WORD}))
        (?:\s?(?P<scale>thousand|million|billion)\b)?
        (?![ \t]?-?(?:{measures})\b)   # ("a 500 MW wind power project": a measure, no count)
        (?![ \t]*\n[ \t]*(?-i:[A-Z]))   # "GMT +5\nInvestment projects ...": a line's end, then a heading
        {_NOT_PARTIES}
        (?P<between>(?:\s+(?!(?:of|in|on|at|to|for|from|and|or|by|with|the|a|an|per|each|{_VERB})\b)[A-Za-z][\w’'-]{{0,25}}){{0,3}}?)
        \s+(?P<noun>{alternation})\b
        """,
        "a count of a noun we know: 52 joint projects, Eleven projects, 2,710 trains",
    )


# "signed 12 intergovernmental and commercial agreements": a count of documents may have a list
# of kinds between number and noun, which count.noun (three words, no "and") does not take
_NOT_KIND = (r"(?:and|of|in|on|at|to|for|from|or|by|with|the|a|an|per|each|thousand|million|billion|trillion|bn|mln|percent"
             r"|dollars?|yuan|tenge|rubles?|euros?|years?|months?"
             # ("the five Central Asian countries signed various agreements": the parties, then a verb)
             r"|countries|states|nations|sides|parties|leaders|presidents|governments|signed|inked|concluded|reached)")


@cache
def agreement_rule() -> Rule:
    nouns = _alt(load("cues")["counts"]["agreements"])
    return rule(
        "count.agreement_kinds",
        rf"""
        (?<![\w$.,:/-])(?:(?P<num>{NUMBER})(?![\d,.]\d|\s*%)|(?P<word>{NUMBER_WORD}))
        {_NOT_PARTIES}
        (?P<between>(?:,?\s+(?:and\s+)?(?!{_NOT_KIND}\b)[A-Za-z][\w’'-]{{0,19}}){{2,5}}?)
        \s+(?P<noun>{nouns})\b
        """,
        "a count of documents with a list of kinds before the noun: 12 intergovernmental and "
        "commercial agreements",
    )


@cache
def counted_nouns() -> str:
    """Every noun a count may be of (``cues.toml`` [counts]), as one alternation."""
    return _alt([n for v in load("cues")["counts"].values() for n in v])


@cache
def partitive_rule() -> Rule:
    nouns = counted_nouns()
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
                r"|in\s+operation|under\s+construction|being\s+(?:implemented|built)|already\s+working"
                # (a part planned: "of which 6 are planned for commissioning this year")
                r"|(?:planned|scheduled|due|expected)\s+(?:for\s+(?:commissioning|launch|completion)|to\s+be\s+(?:commissioned|launched|completed))")
_PART_AUX = r"(?:have|has|had|are|were|is|was)(?:\s+(?:already|now|also|been|successfully|fully)){0,3}\s+"


@cache
def of_which_rule() -> Rule:
    return rule(
        "count.of_which",
        rf"""
        (?:(?<![\w$.,:/-])(?:(?P<num>{NUMBER})|(?P<word>{NUMBER_WORD}))\s+of\s+(?:which|them|these)\s+
          |\b(?:of|among)\s+(?:which|them|these),?(?:\s+according\s+to\s+(?:him|her|them|the\s+[\w-]+),?)?\s+(?:(?P<num2>{NUMBER})|(?P<word2>{NUMBER_WORD}))\s+
          |\band\s+(?:(?P<num3>{NUMBER})|(?P<word3>{NUMBER_WORD}))\s+(?=(?:have|has|are|were)\b)(?<=(?:which|them|these)\b.{{0,80}}))
        {_PART_AUX}(?:{_PART_STATES})\b
        """,
        "a part of a list by the state it reached: nine of which have been launched; among which "
        "four have entered production and 11 have been launched",
    )


@cache
def number_of_rule() -> Rule:
    nouns = counted_nouns()
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
