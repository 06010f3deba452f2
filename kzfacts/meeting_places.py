"""Where a meeting was: the place named after its verb ("in Astana", "on a visit to Beijing"), the
places and years a verb lists ("met three times, in Astana, Samarkand and Beijing"), and whether a
sentence is about Kazakhstan or China at all (a place of theirs, a country word).
"""

from __future__ import annotations

from functools import cache

import regex

from .dates import month_number
from .gazetteer import place_countries, places, titles
from .meeting_triggers import cues
from .person_words import country_of, lexicon
from .rules import MATCH_TIMEOUT, alternation
from .rules import compiled as _re


def countries_named(text: str, a: int = 0, b: int | None = None) -> set[str]:
    """The countries text[a:b] names, by a country word or a place ``places.toml`` puts in one."""
    b = len(text) if b is None else b
    found = {country_of(m.group()) for m in lexicon().country_re.finditer(text, a, b)}
    found |= {place_countries().get(places()[m.group()]) for m in cues().place.finditer(text, a, b, timeout=MATCH_TIMEOUT)}
    return found - {None}


def names_kz_or_cn(text: str, a: int, b: int) -> bool:
    """Whether the sentence [a, b) names Kazakhstan or China, by a country word or a place of theirs."""
    return bool(countries_named(text, a, b) & {"KZ", "CN"})


def place_named(text: str, a: int, b: int) -> str | None:
    for m in cues().place.finditer(text, a, b, timeout=MATCH_TIMEOUT):
        before = text[max(0, m.start() - 40):m.start()]  # ("in the Chinese city of Urumqi")
        if _re(r"\b(?:in|at|visit|visits|visited|visiting|(?:visit|trip|journey|came|went)\s+to)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?city\s+of\s+|(?:[A-Z][a-z]+[’']s\s+)?capital\s+)?\Z").search(before):
            return places()[m.group()]
    return None


def in_china(words: str) -> bool:
    """Whether ``words`` name China, or a place that ``places.toml`` puts in China."""
    return "CN" in countries_named(words)


def places_listed(text: str, a: int, b: int) -> list[tuple[str, int]]:
    """The places of "(N times this year,) in A, B and C" right after a meeting verb, with where
    each is named."""
    head = _re(r"(?:\s+(?:\w+\s+times|twice)\b)?(?:\s+(?:this|last|in\s+the\s+past)\s+year)?,?\s+in\s+", regex.I).match(
        text, a, b)
    if head is None:
        return []
    out = _listed(text, head.end(), b, cues().place, r",?\s+and\s+|,\s+")
    return [(places()[p], e) for p, e in out] if len(out) >= 2 and _re(r"\band\b").search(text, head.end(), b) else []


_MONTH_YEAR = r"(?:(?-i:[A-Z])[a-z]{2,8}\.?\s+)?(?:19|20)\d\d\b"  # "2013", "September 2013"


def years_listed(text: str, a: int, b: int) -> list[tuple[str, int]]:
    """The years (or months) of "twice (since taking office), (respectively) in 2013 and 2017",
    "four times: in September 2013, May 2015, June 2017 and September 2022" after a meeting verb,
    with where each is named ("2013", "2013-09")."""
    head = _re(r"[^.;]{0,60}?\b(?:twice|two\s+times|three\s+times|four\s+times|five\s+times|\d\s+times)\b[^.;\d]{0,40}?"
               rf"(?:[,:]\s*|\s+)(?:respectively\s+)?in\s+(?={_MONTH_YEAR})", regex.I).match(text, a, b)
    if head is None:
        return []
    out = _listed(text, head.end(), b, _re(_MONTH_YEAR), r",?\s+and\s+(?:in\s+)?|,\s+(?:in\s+)?")
    if len(out) < 2 or not _re(r"\band\b").search(text, head.end(), out[-1][1]):
        return []
    dated = []
    for item, end in out:
        *month, year = item.split()
        if month and (number := month_number(month[0])) is None:
            return []  # "in Astana 2013": no month
        dated.append((f"{year}-{number:02d}" if month else year, end))
    return dated


def visit_destination(text: str, rule_id: str, at: int, end: int, limit: int) -> tuple[int, str | None] | None:
    """Where a visit's trigger ``text[at:end]`` names the place visited, and that place's country
    (None: none known): "visited Kazakhstan", "his visit to Russia", "came to Almaty on a visit",
    "visited Kazakhstan's neighbour Turkmenistan" (the possessive's noun)."""
    dest = _re(
        r"(?:\s+to)?\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:(?<=\s)(?:[a-z][\w-]*\s+){0,2}?in\s+)?([A-Z][\w’'-]+)"
        if rule_id == "visit.visited" else
        r"\s+(?:of|to)\s+(?:the\s+)?([A-Z][\w’'-]+)" if text[max(0, end - 4):end].lower() == "tour" else  # "a tour of Europe"
        # (the place right after first: "an official visit to China after completing a visit to Mongolia")
        r"\s+to\s+(?:the\s+)?([A-Z][\w’'-]+)|(?:[^.;]{0,40}?\b(?:visit|trip))?\s+to\s+(?:the\s+)?([A-Z][\w’'-]+)"
    ).match(text, end, min(limit, end + 60))
    if dest is None and rule_id == "visit.paid":
        dest = _re(r"\b(?:to|in)\s+(?:the\s+)?([A-Z][\w’'-]+)").search(text, at, end)  # "came to Almaty on a visit"
    if dest is None:
        return None
    group = 1 if dest.start(1) >= 0 else 2
    where = dest.start(group)
    if head := _re(r"(?<=[’']s)\s+(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])").match(text, dest.end(group), limit):
        where = head.end()  # "visited Kazakhstan's neighbour Turkmenistan": the place the possessive's noun names
    # (a place of two or three words: "Hong Kong", "Southeast Asian countries")
    place = _re(r"[’']s\Z").sub("", _re(r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}").match(text, where).group())
    return where, country_of(place) or ("XR" if _regions_outside().match(place) else None)


@cache
def _regions_outside() -> regex.Pattern[str]:
    """A world region away from the two countries (titles.toml's ``regions_outside``)."""
    return regex.compile(rf"(?:{alternation(titles()['words']['regions_outside'])})\b", regex.V1)


def countries_listed(text: str, a: int, b: int) -> set[str]:
    """The countries of a list of names "Russia, Kazakhstan and Belarus" at ``a`` (before ``b``): a
    trip's stops, of which the first need not be the two's."""
    out = _listed(text, a, b, _re(r"[A-Z][\w’'-]+"), r",?\s+and\s+|,\s+")
    if len(out) < 2 or not _re(r"\band\b").search(text, a, out[-1][1]):
        return set()
    return {c for word, _ in out if (c := country_of(word))}


def _listed(text: str, pos: int, b: int, item: regex.Pattern[str], sep: str) -> list[tuple[str, int]]:
    """The items of a list "A, B and C" at ``pos`` (before ``b``), each with where it ends."""
    out = []
    while (m := item.match(text, pos, b)) is not None:
        out.append((m.group(), m.end()))
        more = _re(sep).match(text, m.end(), b)
        if more is None:
            break
        pos = more.end()
    return out


# where a visit may be Kazakhstan-China news: the two, and Central Asia, where the summits of
# "Central Asia plus China" and the SCO bring their leaders together
NEIGHBOURS = ("UZ", "KG", "TJ", "TM")  # Kazakhstan's neighbours in Central Asia
REGION = ("KZ", "CN", *NEIGHBOURS)
