"""Dates in running text: every date expression of a sentence, read against the published date.
(The expressions themselves, words and rules, are ``timex_rules``.)

``find_dates`` runs each ``timex.*`` rule over the text, keeps the longest match where they
overlap, and reads each against the article's date at the precision the text gives: "March 27,
2023" -> "2023-03-27", "last October" -> "2022-10", "in 2019" -> "2019", "March 27" in an
undated article -> "--03-27". A phrase it cannot resolve keeps its span with value None, never
the published date. Phrases that tie a date to another event ("on the same day", "the next
day") carry an ``anchor`` for the caller to ``shift`` the other event's date by.

Choices where news is vague:
- "last week", "this week", "earlier this week": no day; the month when the whole week lies in
  one month, else None.
- "N days/weeks ago" is a day; "N months ago" a month; "N years ago" a year (the day is not meant).
- "a few days ago", "several months ago", "more than ten years ago": value None.
- A bare weekday is the latest such day on or before publication (news writes "Tuesday" for a
  day of the past week); "last Tuesday" is the Tuesday of the week before publication's (in a
  Tuesday's paper, a week earlier; in a Monday's, "last Sunday" is the day before), as
  Recognizers-Text reads it; with ``future`` a bare weekday is the next such day on or after
  publication ("will meet on Friday").
- Numbers only: "21.08.2023", "21/08/2023" day first, as Kazakh and Russian outlets write;
  month first ("08/21/2023") only where the day cannot be first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from .dates import month_number
from .gazetteer import months, number_words
from .regex_cache import re_compiled
from .rules import Rule, match_timeout
from .scan import safe_lower, trie
from .timex_rules import (
    AGO, ANCHOR, ISO, MONTH_DAY, MONTH_YEAR, NUMERIC, RELATIVE, RELATIVE_DAYS, RULES, SEASON, WEEKDAY, WEEKDAY_DAY,
    YEAR, _FULL_MONTHS, _FULL_WD, _JOINS_WEEKDAY, _PREP, _SHORT_WD, _WEEKDAY_BEFORE, ordinals, weekday_of,
)


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    value: str | None  # "2023-03-27", "2023-03", "2023", "--03-27"; None: not resolvable
    precision: str  # "day" | "month" | "year"
    rule: str
    anchor: str | None = None  # "same_day" | "next_day" | "previous_day"
    approximate: bool = False  # "in mid-June", "in late 2012", "earlier this month"
    first: str | None = None  # a span of days ("September 11-12"): its first day, where a plan starts

    def __str__(self) -> str:
        extra = f" {self.anchor}" if self.anchor else ""
        return f"Timex[{self.value} {self.precision}{extra}{' ~' if self.approximate else ''}]"


# words one of which a rule's match must hold (lower case; "0" stands for any digit): a rule
# whose words are all absent from a sentence is not run over it
_DIGIT = regex.compile(r"\d")
_NEEDS: dict[str, tuple[str, ...]] = {
    MONTH_DAY.id: ("0", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                   "ninth", "tenth", "eleventh", "twelfth", "teenth", "tieth"),
    WEEKDAY_DAY.id: ("day",), NUMERIC.id: ("0",), ISO.id: ("0",), YEAR.id: ("0",),
    RELATIVE_DAYS.id: ("yesterday", "today", "tomorrow", "night", "this"), AGO.id: ("ago",),
    RELATIVE.id: ("year", "month", "week"), ANCHOR.id: ("day",),
    SEASON.id: ("spring", "summer", "autumn", "fall", "winter"),
}


def _prefixes(forms: list[str]) -> tuple[str, ...]:
    """The three first letters of each form (lower case): one of them stands in every match of
    an alternation of ``forms``; () (no gate) where a form is not three ASCII letters or more."""
    low = [f.lower() for f in forms]
    if not all(len(f) >= 3 and f.isascii() and f.isalpha() for f in low):
        return ()
    return tuple(sorted({f[:3] for f in low}))


# words one of which a rule's match must hold as well (its month or weekday name), where the
# text holds no "ſ" nor "İ" (which the patterns' case folding reads as "s" and "i", and
# ``str.lower`` keeps as "ſ" and turns into "i" and a combining dot)
_MONTH_WORDS = _prefixes([*_FULL_MONTHS, *months()])
_ALSO_NEEDS: dict[str, tuple[str, ...]] = {
    MONTH_DAY.id: _MONTH_WORDS, MONTH_YEAR.id: _MONTH_WORDS,
    WEEKDAY.id: ("day", *_prefixes(_SHORT_WD)) if all(w.endswith("day") for w in _FULL_WD) else (),
}


# where a rule's match may begin: the first letters (lower case) of every word it may open with
# ("0": an ASCII digit, "d": any digit), and the characters it may not follow (ASCII only, which
# lower-casing leaves as they are); a rule is then tried only there, one ``match`` a place, not
# at every position of a sentence. None: no gate (a word shorter than three ASCII letters). Sound
# on text ``scan.safe_lower`` lower-cases; tests/test_fast_dates.py turns it off with the other
# gates (``_ALSO_NEEDS`` empty) and compares.
_MODS = ("early", "mid", "late", "the", "end", "beginning", "start")  # the first words of ``_MOD``
_RELS = ("last", "this", "past", "previous", "next")
_MONTHS_3 = _prefixes([*_FULL_MONTHS, *months()]) or None
_ORDINALS_3 = tuple(sorted({w[:3] for w in ordinals()})) if all(
    w[:3].isascii() and w[:3].isalpha() and len(w) >= 3 for w in ordinals()) else None  # ("twenty-first")
_WEEKDAYS_3 = (_prefixes(_FULL_WD) and _prefixes(_SHORT_WD) and (*_prefixes(_FULL_WD), *_prefixes(_SHORT_WD))) or None


def _opening(words: tuple[str, ...] | None, after: str) -> re.Pattern[str] | None:
    if words is None:
        return None
    heads = [w for w in words if w not in ("0", "d")]
    digits = "0-9\x80-\U0010ffff" if "d" in words else "0-9" if "0" in words else ""
    alts = [trie(heads)] if heads else []
    if digits:
        alts.append(f"[{digits}]")
    return re_compiled(f"{f'(?<![{after}])' if after else ''}(?=(?:{'|'.join(alts)}))")


_WORD_START = "a-z0-9_-"
_STARTS: dict[str, re.Pattern[str]] = {rid: p for rid, p in {
    MONTH_DAY.id: _opening(_MONTHS_3 and _ORDINALS_3 and ("the", "0", *_MONTHS_3, *_ORDINALS_3), "a-z0-9_./-"),
    WEEKDAY_DAY.id: _opening(_prefixes(_FULL_WD) or None, _WORD_START),
    NUMERIC.id: _opening(("d",), "0-9./:-"),
    MONTH_YEAR.id: _opening(_MONTHS_3 and (*_MODS, *_RELS, *_MONTHS_3), _WORD_START),
    YEAR.id: _opening((*_MODS, "19", "20"), ""),
    WEEKDAY.id: _opening(_WEEKDAYS_3 and (*_RELS, *_WEEKDAYS_3), _WORD_START),
    RELATIVE_DAYS.id: _opening(("the", "yesterday", "last", "tomorrow", "today", "tonight", "earlier", "this"),
                               _WORD_START),
    RELATIVE.id: _opening((*_MODS, "earlier", "later", "the", *_RELS, "current", "coming"), _WORD_START),
    ANCHOR.id: _opening(("that", "the", "on", "next", "following", "a", "previous", "earlier", "later"), _WORD_START),
    SEASON.id: _opening((*_RELS, "coming", "the", "spr", "sum", "aut", "fal", "win", "early", "mid", "late"), _WORD_START),
}.items() if p is not None}


def _matches(r: Rule, text: str, lower: str | None, start: int, end: int) -> Iterator[regex.Match[str]]:
    """``r.pattern.finditer(text, start, end)``, tried only where ``_STARTS`` says a match of
    it may begin (in ``lower``, the text lower-cased by ``safe_lower``, when there is one)."""
    timeout = match_timeout(text)
    opening = _STARTS.get(r.id) if lower is not None and _ALSO_NEEDS else None
    if opening is None:
        yield from r.pattern.finditer(text, start, end, timeout=timeout)
        return
    match, pos = r.pattern.match, start
    for s in opening.finditer(lower, start, end):
        if (a := s.start()) >= pos and (m := match(text, a, end, timeout=timeout)) is not None:
            yield m
            pos = m.end()


# --- reading ---------------------------------------------------------------------------------------

Read = tuple[str | None, str, str | None, bool] | None  # (value, precision, anchor, approximate)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _day_number(word: str) -> int:
    w = regex.sub(r"[\s-]+", "-", word.lower())
    return ordinals()[w] if w in ordinals() else int(regex.match(r"\d+", w).group())


def _count(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return 1 if w in ("a", "an") else number_words().get(w)


# how long after a planned day a page that tells the plan may be dated (a preview published late,
# updated, or dated by another time zone): within it, the day is that year's, not the next
_LATE_PAGE = dt.timedelta(days=30)


def month_day(month: int, day: int, year: int | None, published: dt.date | None,
              future: bool = False) -> str | None:
    """ISO date of a month and day; without a year the latest such day not after ``published``
    (the next on or after it when ``future``, unless it fell in the month before: a preview the
    page dates late), or "--MM-DD" when the article has no date."""
    if year is None:
        if published is None:
            return f"--{month:02d}-{day:02d}" if _iso(2000, month, day) else None
        year = published.year
        if future and (month, day) < (published.month, published.day) and not (
                (day_of := _iso(year, month, day)) and published - dt.date.fromisoformat(day_of) <= _LATE_PAGE):
            year += 1  # ("will visit on May 7" in a page dated May 8: a preview the page dates late)
        elif not future and (month, day) > (published.month, published.day):
            year -= 1
        if (month, day) == (2, 29):  # "Feb 29": the nearest leap year that way
            while _iso(year, 2, 29) is None:
                year += 1 if future else -1
    return _iso(year, month, day)


def _month_of(month: int, pub: dt.date | None, rel: str, rel2: str, future: bool) -> str | None:
    if pub is None:
        return None
    if rel2 == "last" or rel == "last":
        # "last May" is the May of last year, even in a June paper (which says "last month" or
        # "in May" of its own May), as Recognizers-Text resolves it
        year = pub.year - 1
    elif rel2 == "next" or rel == "next":
        year = pub.year + 1
    elif rel2 == "this" or rel == "this":
        year = pub.year
    elif rel in ("past", "previous"):  # "this past May": the latest before the paper
        year = pub.year if month < pub.month else pub.year - 1
    else:  # "in June": the latest June not after the article
        year = pub.year if month <= pub.month or future else pub.year - 1
    return f"{year}-{month:02d}"


def _read_month_day(m: regex.Match[str], pub: dt.date | None, future: bool) -> Read:
    word = m.group("m1") or m.group("m2")
    dword = m.group("d1") or m.group("d2")
    if word == "may" and not dword[0].isdigit():
        return None  # "they may second the motion"
    month = month_number(word)
    if month is None:
        return None
    year = m.group("y1") or m.group("y2")
    value = month_day(month, _day_number(dword), int(year) if year else None, pub, future)
    return value, "day", None, False


def _read_weekday_day(m: regex.Match[str], pub: dt.date | None, future: bool) -> Read:
    """ "Thursday the 21st": the nearest 21st, back from publication, that is a Thursday."""
    if pub is None:
        return None, "day", None, False
    want, day = weekday_of(m.group("w")), _day_number(m.group("d"))
    if want is None:
        return None, "day", None, False
    y, mo = pub.year, pub.month
    for _ in range(14):
        found = _iso(y, mo, day)
        if found and dt.date.fromisoformat(found).weekday() == want and (
                (found >= pub.isoformat()) if future else (found <= pub.isoformat())):
            return found, "day", None, False
        y, mo = (y + (mo == 12), mo % 12 + 1) if future else (y - (mo == 1), (mo - 2) % 12 + 1)
    return None, "day", None, False


def _read_numeric(m: regex.Match[str], pub: dt.date | None, future: bool) -> Read:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    value = _iso(y, b, a) or _iso(y, a, b)  # day first; month first only where it cannot be
    return (value, "day", None, False) if value else None


def _read_iso(m: regex.Match[str], pub: dt.date | None, future: bool) -> Read:
    value = _iso(int(m.group("y")), int(m.group("b")), int(m.group("a")))
    return (value, "day", None, False) if value else None


def _read_month(m: regex.Match[str], pub: dt.date | None, future: bool) -> Read:
    word, rel, rel2, mod, year = (m.group(k) for k in ("m", "rel", "rel2", "mod", "y"))
    bare = word.rstrip(".")
    if not (year or rel or rel2 or mod):
        # a month alone: written in full and with a capital ("a protest march", "Mar" are not),
        # and "May" only after a preposition ("prices may rise")
        before = m.string[max(0, m.start() - 12):m.start()]
        prep = regex.search(rf"\b(?:{_PREP})\s+\Z", before, regex.I) is not None
        if len(bare) <= 3 and bare.lower() != "may" or not (bare[0].isupper() or prep):
            return None
        if bare.lower() == "may" and not prep:
            return None
    month = month_number(word)
    if month is None:
        return None
    if year:
        return f"{year}-{month:02d}", "month", None, bool(mod)
    rel2 = rel2.split()[0].lower() if rel2 else ""  # "last year" -> "last"
    value = _month_of(month, pub, (rel or "").lower(), rel2, future)
    return value, "month", None, bool(mod)


def _read_year(m: regex.Match[str], pub: dt.date | None, future: bool) -> Read:
    return m.group("y"), "year", None, bool(m.group("mod"))


# a season's first and last months (winter's last is the next year's February)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def _read_season(m: regex.Match[str], pub: dt.date | None, future: bool) -> Read:
    """A season is read as its year ("last fall" in a September paper: the year before; a
    winter is the year of its January)."""
    if m.group("y"):
        return m.group("y"), "year", None, True
    if pub is None:
        return None, "year", None, True
    if m.group("rel2"):
        return str(pub.year + {"last": -1, "this": 0, "next": 1}[m.group("rel2").lower()]), "year", None, True
    first, last = _SEASON_MONTHS[m.group("s1").lower()]
    rel = m.group("rel").lower()
    if rel == "this":
        year = pub.year
    elif rel in ("next", "coming"):
        year = pub.year if first > pub.month else pub.year + 1
    elif first > last:  # last winter: the one whose February is past
        year = pub.year if pub.month > last else pub.year - 1
    else:  # last fall: the latest one over before the paper's month
        year = pub.year if last < pub.month else pub.year - 1
    return str(year), "year", None, True


def weekday_back(pub: dt.date, weekday: int) -> dt.date:
    """The latest ``weekday`` on or before ``pub`` ("on Wednesday" in a Wednesday's paper)."""
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)


def _read_weekday(m: regex.Match[str], pub: dt.date | None, future: bool) -> Read:
    want = weekday_of(m.group("w") or m.group("ws"))
    rel = (m.group("rel") or "").lower()
    if pub is None or want is None:
        return None, "day", None, False
    week = (m.group("wkw") or m.group("wkw2") or "").lower().split()[-1:]
    if week:  # "Tuesday of last week": that day of the week named
        step = {"last": -1, "previous": -1, "past": -1, "next": 1, "following": 1}.get(week[0], 0)
        day = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * step + want)
        return day.isoformat(), "day", None, False
    ahead = (want - pub.weekday()) % 7
    if rel == "next":
        return (pub + dt.timedelta(days=ahead or 7)).isoformat(), "day", None, False
    if rel == "this" and future:
        return (pub + dt.timedelta(days=ahead)).isoformat(), "day", None, False
    if rel == "past":  # "this past Wednesday": the latest before publication
        return (pub - dt.timedelta(days=(pub.weekday() - want - 1) % 7 + 1)).isoformat(), "day", None, False
    if rel in ("last", "previous"):
        # "last Tuesday": the Tuesday of the week before (news writes "Tuesday" for this week's)
        day = pub - dt.timedelta(days=pub.weekday() + 7 - want)
        return day.isoformat(), "day", None, False
    if future:  # "will meet on Friday": the next Friday, or the paper's own day
        return (pub + dt.timedelta(days=ahead)).isoformat(), "day", None, False
    return weekday_back(pub, want).isoformat(), "day", None, False


def _read_relative_days(m: regex.Match[str], pub: dt.date | None, future: bool) -> Read:
    if pub is None:
        return None, "day", None, False
    days = {"before": -2, "after": 2, "yesterday": -1, "tomorrow": 1, "today": 0}
    shift_by = next(v for k, v in days.items() if m.group(k))
    return (pub + dt.timedelta(days=shift_by)).isoformat(), "day", None, False


def _month_back(pub: dt.date, n: int) -> str:
    k = pub.year * 12 + pub.month - 1 - n
    return f"{k // 12}-{k % 12 + 1:02d}"


def _read_ago(m: regex.Match[str], pub: dt.date | None, future: bool) -> Read:
    unit = m.group("u").lower()
    precision = {"month": "month", "year": "year"}.get(unit, "day")
    # ("more than ten years ago" names no year)
    n = None if m.group("vague") or m.group("more") else _count(m.group("n"))
    if pub is None or n is None:
        return None, precision, None, False
    if unit in ("day", "week", "fortnight"):
        days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
        return (pub - dt.timedelta(days=days)).isoformat(), "day", None, False
    if unit == "month":
        return _month_back(pub, n), "month", None, False
    return str(pub.year - n), "year", None, False


def _read_relative(m: regex.Match[str], pub: dt.date | None, future: bool) -> Read:
    mod = (m.group("mod") or "").lower()
    if m.group("bu"):
        unit, step = m.group("bu").lower(), -2  # "the year before last"
    else:
        unit = m.group("u").lower()
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(m.group("w").lower(), 0)
    precision = "year" if unit == "year" else "month"
    if pub is None:
        return None, precision, None, bool(mod)
    if unit == "year":
        return str(pub.year + step), "year", None, bool(mod)
    if unit == "month":
        return _month_back(pub, -step), "month", None, bool(mod)
    # a week is no day: its month, when the whole week lies in one month
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * step)
    last = pub if step == 0 and mod == "earlier" else monday + dt.timedelta(days=6)
    if monday.month == last.month:
        return f"{monday.year}-{monday.month:02d}", "month", None, False
    return None, "month", None, False


def _read_anchor(m: regex.Match[str], pub: dt.date | None, future: bool) -> Read:
    anchor = "same_day" if m.group("same") else "next_day" if m.group("next") else "previous_day"
    return None, "day", anchor, False


_READERS: dict[str, Callable[[regex.Match[str], dt.date | None, bool], Read]] = {
    MONTH_DAY.id: _read_month_day, WEEKDAY_DAY.id: _read_weekday_day, NUMERIC.id: _read_numeric,
    ISO.id: _read_iso, MONTH_YEAR.id: _read_month, YEAR.id: _read_year, WEEKDAY.id: _read_weekday,
    RELATIVE_DAYS.id: _read_relative_days, AGO.id: _read_ago, RELATIVE.id: _read_relative,
    ANCHOR.id: _read_anchor, SEASON.id: _read_season,
}


def find_dates(text: str, start: int = 0, end: int | None = None, *,
               published: dt.date | None = None, future: bool = False) -> list[Timex]:
    """Every date expression in ``text[start:end]``, in order and non-overlapping (the longest
    wins), read against ``published``; ``future`` reads dates without a year forward."""
    end = len(text) if end is None else end
    low = text[start:end].lower()
    digit = _DIGIT.search(low) is not None
    gate = "ſ" not in low and "\u0307" not in low
    lower = safe_lower(text)  # (once a text: scan keeps the last)
    found: list[Timex] = []
    for r in RULES:
        needs = _NEEDS.get(r.id)
        if needs and not any(digit if w == "0" else w in low for w in needs):
            continue
        also = _ALSO_NEEDS.get(r.id)
        if also and gate and not any(w in low for w in also):
            continue
        try:
            for m in _matches(r, text, lower, start, end):
                read = _READERS[r.id](m, published, future)
                if read is not None:
                    value, precision, anchor, approximate = read
                    a = m.start()
                    if r.id in _JOINS_WEEKDAY and (w := _WEEKDAY_BEFORE.search(text, max(start, a - 20), a)):
                        a = w.start()
                    found.append(Timex(a, m.end(), text[a:m.end()], value, precision, r.id,
                                       anchor, approximate))
        except TimeoutError:
            continue  # a runaway pattern on odd text: fewer dates, never a hang
    found.sort(key=lambda t: (t.start - t.end, t.start))  # longest first, then leftmost
    kept: list[Timex] = []
    for t in found:
        if all(t.end <= k.start or t.start >= k.end for k in kept):
            kept.append(t)
    return sorted(kept, key=lambda t: t.start)


def shift(value: str, anchor: str) -> str | None:
    """The date ``anchor`` names from another event's ``value`` ("next_day" of "2023-03-27" is
    "2023-03-28"); None unless ``value`` is a day ("2023-03-27" or "--03-27")."""
    days = {"same_day": 0, "next_day": 1, "previous_day": -1}.get(anchor)
    if days is None:
        return None
    try:
        if value.startswith("--"):  # no year: read it in a leap year, so "--02-29" stays a day
            moved = dt.date.fromisoformat("2000" + value[1:]) + dt.timedelta(days=days)
            return moved.strftime("--%m-%d")
        if len(value) != 10:
            return None
        return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None
