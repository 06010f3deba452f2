"""The date of one meeting: the date phrase nearest its trigger in its stretch of the sentence
(``timex`` finds them all), read with what news means by it: a span of days is its month (and
its first day the date of the visit it measures, ``Picked.first``), a
retrospective's "In 2013," gives a month and day their year, and a page with no date of its own
still has its dateline's day for the day's news.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

import regex

from .dates import MONTH, month_number
from .gazetteer import places
from .meeting_triggers import cues
from .rules import compiled as _re
from .sentences import sentence_before
from .timex import Timex, find_dates
from .timex_rules import gatherings


def page_dateline(text: str) -> str | None:
    """The place of a dateline ("ASTANA. KAZINFORM –", "BEIJING, Nov. 29 (Xinhua) --"): a
    known place, then a dash or an agency's name in capitals."""
    head = text[:400]
    m = _re(r"(?m)^\s*(?P<p>[A-Z][A-Za-z' -]{2,20})(?:,\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2})?[.,]?\s+(?:\(?[A-Z][A-Za-z]+\)?\s*)?(?:[–—-]{1,2}|[A-Z]{3,}\b)").search(head)
    if m:
        p = m.group("p").strip()
        for form, name in places().items():
            if form.lower() == p.lower():
                return name
    return None


_DATELINE_DAY = regex.compile(
    # "May 20. Kazpravda. Shanghai": the day, then the outlet, opening a line
    rf"(?m)^[ \t]*(?:(?P<m>(?i:{MONTH}))\s+(?P<d>[0-3]?\d)|(?P<d>[0-3]?\d)\s+(?P<m>(?i:{MONTH})))\.[ \t]+[A-Z][\w-]+(?:\.(?=\s)|[ \t]*$)"   # (or the outlet alone: "June 14. Kazpravda", "14 June. Kazpravda")
    # (also after the page's stamp on its line: " date 2025-09-02 ASTANA, Kazakhstan, September 1.")
    rf"|(?m)^[ \t]*(?:date\s+(?:\d{{4}}-\d\d-\d\d[ \t]+)?)?(?:[A-Z][A-Za-z .'-]{{2,30}},|[A-Z][A-Za-z '-]{{2,30}}\.)\s+(?:[A-Z][a-z]+,\s+)?"
    rf"(?:(?:(?P<m>(?i:{MONTH}))\s+(?P<d>[0-3]?\d)|(?P<d>[0-3]?\d)\s+(?P<m>(?i:{MONTH})))(?!\d|,?\s+\d)\s*(?:[.(]|--|[–—])"   # (day first: "ALMATY, 25 April (Xinhua) --")
    # "Astana, 16th of November, House of the Mazhilis."
    rf"|(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>(?i:{MONTH}))(?!,?\s+\d)\s*[,.])", regex.V1)


def dateline_day(text: str) -> str | None:
    """ "--10-17" from a dateline with month and day only ("ASTANA, Kazakhstan, October 17."),
    the article's day when the page gives no date of its own."""
    m = _DATELINE_DAY.search(text, 0, 1200)  # (after page furniture and a photo caption)
    # (or the day the text says is today: "Let us remind you that today, April 26, the meeting ...")
    m = m or _TODAY_IS.search(text)
    month = month_number(m.group("m")) if m else None
    return f"--{month:02d}-{int(m.group('d')):02d}" if m and month else None


_TODAY_IS = regex.compile(rf"\b[Tt]oday,\s+(?:[A-Z][a-z]+day,\s+)?(?P<m>(?i:{MONTH}))\s+(?P<d>[0-3]?\d)\b(?!,?\s+\d)", regex.V1)
_BARE_DAY = regex.compile(r"(?<!\b(?:last|next|this|past|previous|coming)\s)\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today)\b",
                          regex.I | regex.V1)


def dateline_weekday(text: str, a: int, b: int) -> str | None:
    """ "ASTANA, June 7 (Xinhua) -- Xi arrived here Wednesday": in a page with no date of its own, a
    bare weekday (or "today") in [a, b) of a wire story is its dateline's day. With no dateline,
    a weekday is the one full date the page names that falls on it ("X met Y on Thursday in
    Astana" under a photo caption of "Astana, June 8, 2017", a Thursday)."""
    bare = _BARE_DAY.search(text, a, b)
    if bare is None:
        return None
    if (day := dateline_day(text)) is not None or bare.group().lower() == "today":
        return day
    weekday = _WEEKDAYS.index(bare.group()[:3].lower())
    on = [day for day in _full_days(text) if dt.date.fromisoformat(day).weekday() == weekday]
    return on[0] if len(on) == 1 else None


@lru_cache(maxsize=4)
def _full_days(text: str) -> tuple[str, ...]:
    """The full dates a page names, each once (read once a page, however many meetings ask)."""
    return tuple(dict.fromkeys(t.value for t in find_dates(text, 0, len(text), published=None)
                               if t.value and t.precision == "day" and len(t.value) == 10))


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


_LEAD_WORDS = 12  # a sentence this long is the story's lead, not a headline, byline or page furniture
_LEAD_CHARS = 1200  # how far from the top the lead may begin (after a page's menu lines, short as they are)
_LEAD_SENTENCES = 2  # how many sentences of the lead may name its day
_LEAD_DAYS = 10  # how many days before the page's date the lead's day may be
_SENTENCE_END = regex.compile(r"[.!?][\"'”’»)]*\s*\Z", regex.V1)


_LEAD_VISIT = regex.compile(r"\b(?:delegation|delegates|guests)\b[^.;]{0,200}?\b(?:visited|arrived\s+(?:in|at))\b", regex.I | regex.V1)


def lead_day(text: str, spans: tuple[tuple[int, int], ...], published: dt.date | None,
             told: set[int]) -> str | None:
    """The day the story's lead names, a few days before the page's, where the lead tells no
    meeting of its own (``told``: the starts of the sentences that do): "Xi said Wednesday that
    ...", "China and Kazakhstan inked agreements on Saturday". It is the day of the news the story
    tells, which a meeting it reports with no date of its own took place on. A page with no date
    of its own takes the lead's first day where written without its year ("Hu was in Astana Dec. 13
    to unveil ...").
    A lead that names no day at all leaves it to the sentence after it ("The summit has shifted its
    focus. This was reflected at the summit held yesterday in Dushanbe.")."""
    leads = 0
    for a, b in spans:
        if a > _LEAD_CHARS:
            break
        if len(text[a:b].split()) < _LEAD_WORDS or not _SENTENCE_END.search(text, a, b):
            continue  # (a headline or a standfirst ends with no stop)
        if a in told:
            return None  # ("X arrived on Sunday. ... X also met Y": the lead's day is the arrival's)
        # (the first day a few days before the page's: not a date line's own, the page's day)
        named = [t for t in find_dates(text, a, b, published=published) if t.value]
        days = [t.value for t in named if t.precision == "day" and (len(t.value) == 10 or t.value.startswith("--"))]
        leads += 1
        if not named and leads < _LEAD_SENTENCES:
            continue
        if published is None:
            # (as the day's news writes it, with no year: a full date in an undated page's lead is
            # mostly of an earlier event, "a speech first delivered on 25 January, 2018"; not where
            # the lead tells the delegation's visit the story reports, "A delegation of the China
            # University of Petroleum visited the university on 20 August 2019")
            return days[0] if days and (days[0].startswith("--") or _LEAD_VISIT.search(text, a, b)) else None
        return next((d for d in days if len(d) == 10 and 0 < (published - dt.date.fromisoformat(d)).days <= _LEAD_DAYS), None)
    return None


# the events whose own dates a meeting's sentence may give ("the summit, set for August 31")
_EVENTS = gatherings()


# a gathering other than the trigger, and the day it is set for: "for a regular meeting of the
# council of foreign ministers of the member states slated for", "the ministers' meeting, which will take place on"
_SLATED = regex.compile(rf"\b(?:{_EVENTS}|meeting|talks|negotiations)\b[^.;!?]{{0,120}}?\b(?:(?:set|scheduled|slated|planned|due)\s+(?:for|on)|(?:to|will)\s+(?:take\s+place|be\s+held)\s+(?:on|in))\s*\Z",
                        regex.I | regex.V1)


class Picked(NamedTuple):
    date: str | None
    has_date: bool  # the text gave a date phrase
    past: bool  # marked past with no date ("recently")
    tie: str | None  # "on the same day": the anchor to read another meeting's date off
    day: bool  # a day was named (or a span of days)
    first: str | None = None  # the first day of the span of days the date is ("July 3-6")


# the outlets a citation in brackets lists before the date it ends with
_CITED = regex.compile(r"\((?:[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3},\s*)+\Z", regex.V1)


def pick_date(text: str, a: int, b: int, anchor: int, published: dt.date | None,
              future: bool, core: tuple[int, int] | None = None) -> Picked:
    """(date, had a phrase, marked past, tie, a day named) for the meeting at ``anchor`` in [a, b); ``core`` is
    the stretch from the first party to the last, where a past cue must stand; ``tie`` is the
    anchor of "on the same day" / "the next day", for the caller to read off another meeting."""
    speech = _re(rf"\b(?:{cues().speech}|reported|reports|announced)\b", regex.I)
    best: tuple[tuple[bool, bool, int], Timex] | None = None
    other_event: int | None = None  # where the last date of another event ends
    dates = spans_of_days(text, find_dates(text, a, b, published=published, future=future))
    for t in dates:
        before = text[max(a, t.start - 12):t.start]
        begun = t.precision == "day" and _re(r"\b(?:visit|trip)\s+since\s+\Z", regex.I).search(
            text, max(a, t.start - 14), t.start) is not None and not _re(r"\b(?:first|last|longest)\b", regex.I).search(
            text, max(a, t.start - 40), t.start)
        if t.rule != "timex.span" and not begun and _re(r"\b(?:since|until|till|by|from|before)\s+(?:the\s+)?\Z", regex.I).search(before):
            continue  # (but "on an official visit since Aug. 30": the day the visit began)
        if (verb := _re(r"\b(?:founded|established|created|set\s+up|formed|built|opened|launched|signed|adopted|declared"
                        r"|proclaimed|elected|appointed|born|postponed|rescheduled|delayed|cancell?ed)\s+(?:in\s+|on\s+|from\s+)?\Z",
                        regex.I).search(text, max(a, t.start - 24), t.start)) and verb.start() != anchor:
            continue  # "an organisation founded in 2001": another verb's date (not "X and Y signed yesterday", the trigger's own)
        if _re(rf"\b(?:{_EVENTS})\b"
               r"[^.;]{0,20}?\b(?:set|scheduled|slated|due|planned|(?:to|will)\s+be\s+held|(?:to|will)\s+take\s+place)\s+(?:for|on|from)?\s*\Z",
               regex.I).search(text, max(a, t.start - 60), t.start) or (
                other_event is not None and _re(r"\s*(?:to|until|through|-|–|—|and)\s*").fullmatch(text, other_event, t.start)):
            other_event = t.end
            continue  # "as they gear up for the summit, set for August 31 to September 1", "arrived for the
            # meeting to take place on April 26", "the ministers' meeting, which will take place on April 26":
            # the gathering's dates
        if (slated := _SLATED.search(text, max(a, t.start - 160), t.start)) and slated.start() > anchor:
            continue  # "X arrived for a meeting of the Council of Foreign Ministers slated for May 21": that meeting's day
        if _re(r"\b(?:the|a)\s+\Z", regex.I).search(text, max(a, t.start - 6), t.start) and _re(
                rf"\s+(?:[A-Z0-9][\w’'-]*\s+){{0,4}}?(?=[A-Z])(?i:{_EVENTS})\b").match(text, t.end, t.end + 60) and not (
                t.precision == "year" and _re(r"\b(?:during|at|on\s+the\s+(?:sidelines|margins)\s+of)\s+the\s+\Z", regex.I).search(
                    text, max(a, t.start - 40), t.start)):
            continue  # "in advance of the May 21 Fourth Summit of CICA": the summit's date (but "met during the
            # 2022 Winter Olympics": its year is theirs)
        if _re(r"(?:^|\n)[ \t]*date[ \t]+\Z").search(text, max(0, t.start - 12), t.start):
            continue  # the page's own stamp (" date 2020-03-25 File photo shows ..."), not the meeting's
        if _CITED.search(text, max(a, t.start - 120), t.start) and _re(r"\s*\)").match(text, t.end):
            continue  # a source's date in its citation: "(Matritca.kz, Lsm.kz, China.org.cn, March 28)"
        if _re(r"[’']s\b").match(text, t.end, t.end + 3) and not _re(
                r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|negotiations|visit|trip|call|conversation)\b").match(
                text, t.end, t.end + 40):
            continue  # "on the eve of this year's summit": the summit's year, not the meeting's date
            # (but "Monday's meeting between X and Y" is Monday)
        if t.rule == "timex.month_day" and _re(r"\s*(?:\(|[A-Z]{3,})").match(text[t.end:t.end + 6]):
            continue  # a dateline "BEIJING, Nov. 29 (Xinhua)" belongs to the article
        # a dateline "ASTANA, Jan. 10 --" is the day's, taken only where no other date can be read
        dateline = t.rule == "timex.month_day" and _re(r"\s*(?:--?|[–—])\s").match(text, t.end, t.end + 6) is not None
        between = text[anchor:t.start] if t.start >= anchor else text[t.end:anchor]
        if t.start >= anchor and (own := _re(r"(?:after|following)\s+(?:their\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|meeting|negotiations)\b",
                                          regex.I).match(between)):
            between = between[own.end():]  # the trigger's own word: "after their talks on Monday", "after wrapping up high-level talks"
        if begun:
            between = _re(r"\bsince\s+\Z", regex.I).sub("", between)  # (the visit's own "since")
        if _re(r"\b(?:since|until|till|before|after)\b", regex.I).search(between):
            continue  # "first trip since the start of the pandemic in February 2020"
        if t.start > anchor and _re(r"\b(?:of|on|about|discussed|discuss|considered|agreed\s+on)\s+(?:the\s+)?(?:holding|organi[sz]ing|convening)\b",
                                    regex.I).search(between):
            continue  # "discussed an opportunity of holding the group's second sitting in China this year": that sitting's date
        if t.start < anchor and speech.search(between) and text[a:t.start].strip(" ,") not in ("", "On", "on"):
            continue  # "trade hit a high last year, Tokayev said during the talks": the quote's date
        if t.start < anchor and _re(rf"\b(?:{cues().speech}|announced|reported)\s+(?:on\s+|in\s+)?\Z", regex.I).search(
                text, max(a, t.start - 24), t.start) and _re(r"\s*,?\s+that\b").match(text, t.end, anchor):
            continue  # "the spokesman said on September 5 that X will visit on September 14": the telling's day
        if future and t.start > anchor and _re(rf"\b(?:{cues().speech}|told|announced|reported)\b", regex.I).search(between):
            continue  # "X is expected to visit China, the ambassador told the forum today": the telling's day
        dist = t.start - anchor if t.start >= anchor else anchor - t.end
        if core and 0 <= t.start - core[1] <= 20 and _re(r"[\s,]*(?:on|in)?\s*").fullmatch(text[core[1]:t.start]):
            dist = -1  # "with Y on March 14": the date right after the parties is theirs
        # the nearest date, but one that can be read before one that cannot ("On 27 March, X met Y
        # on Friday" in a page with no date of its own)
        rank = (t.value is not None, not dateline, -dist)
        if best is None or rank > best[0]:
            best = (rank, t)
    if best is not None:
        t = best[1]
        # "last year (July 2016)": a date in brackets right after restates it, more precisely
        t = next((u for u in dates if u.value and t.value and u.start > t.end and u.value.startswith(t.value)
                  and _re(r"\s*\(\s*").fullmatch(text, t.end, u.start)), t)
        if t.anchor:
            return Picked(None, True, False, t.anchor, True)
        # "met today" in a page with no date of its own is still the day's news (its dateline)
        if t.value is not None or t.text.lower() != "today":
            # (a span of days names its days: "will visit on September 11-12" is a stated day, and a
            # plan is dated by the day it starts)
            value = t.first if future and t.first else t.value
            return Picked(value, True, False, None, t.precision == "day" or t.rule == "timex.span",
                          t.first if t.rule == "timex.span" else None)
    # "Tokayev recently met", "met ... earlier"; not "congratulated him on his recent appointment"
    pa, pb = (max(a, core[0] - 40), min(b, core[1] + 20)) if core else (a, b)
    past = cues().past.search(text, pa, pb) is not None
    return Picked(None, False, past, None, False)


_NARRATIVE_YEAR = regex.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+(?P<y>(?:19|20)\d\d)\s*,", regex.V1)


_MONTH_YEAR_CHARS = 1500  # how far before a month and day the same month named with its year may stand


def narrative_year(text: str, at: int, month: str | None = None) -> str | None:
    """The year of the last sentence before ``at`` that opens with "In 2013," (a retrospective
    told year by year), for dates that give a month and day only; else the year the same month
    (``month``, "09") was last named with before ("plans to visit in early September 2013. ... the
    visit scheduled for September 6-8")."""
    found = None
    for m in _NARRATIVE_YEAR.finditer(text, 0, at):
        found = m.group("y")
    if found is None and month is not None:
        lo = max(0, at - _MONTH_YEAR_CHARS)
        # (one year only: "on Nov. 3, 2024, a year after the one of Nov. 2, 2023" leaves it open)
        # (the month alone, "in early September 2013", not another day of it: "announced on Sept.
        # 7, 2013" is another event's, years before the visit told "on Sept. 14")
        # (a span of days is its month: "From July 2 to 6, 2024, X attended ... On July 3, X held talks")
        named = {t.value[:4] for t in spans_of_days(text, find_dates(text, lo, at, published=None))
                 if t.value and t.precision == "month" and t.value[:1] != "-" and t.value[4:7] == f"-{month}"}
        found = named.pop() if len(named) == 1 else None
    return found


def spans_of_days(text: str, dates: list[Timex]) -> list[Timex]:
    """ "from Wednesday to Friday", "from May 16 to 19": the days of one span, read as their
    month (no one day is the meeting's); a span across months gives no date."""
    def opening(t: Timex) -> regex.Match[str] | None:
        return _re(r"\b(?:from|between)\s+\Z", regex.I).search(text, max(0, t.start - 9), t.start)

    out: list[Timex] = []
    for t in dates:
        prev = out[-1] if out else None
        # (a dash needs no "from": "the state visit to China (August 30 - September 3, 2015)")
        o = opening(prev) if prev is not None else None
        if prev is not None and (o or _re(r"\s*[-–—]\s*").fullmatch(text, prev.end, t.start)) \
                and prev.precision == "day" and t.precision == "day" \
                and prev.value and t.value and _re(r"\s*(?:to|until|till|through|and|-|–|—)\s*\Z", regex.I).fullmatch(
                    text[prev.end:t.start]):
            first = prev.value
            if len(t.value) == 10 and (first.startswith("--") or (
                    _re(r"(?:19|20)\d\d").search(t.text) and not _re(r"(?:19|20)\d\d").search(prev.text))):
                # "from October 29 to November 2, 2025": the year closing the span is its first day's
                # too (the year before, for a span from December into January)
                first = f"{int(t.value[:4]) - (first[-5:-3] > t.value[5:7])}-{first[-5:]}"
            same = first[:-3] == t.value[:-3]
            # (a span across months: its year, where both days have the same one)
            value = first[:-3] if same else (first[:4] if first[:4] == t.value[:4] and not first.startswith("--") else None)
            begin = o.start() if o else prev.start
            out[-1] = replace(prev, start=begin, end=t.end, text=text[begin:t.end],
                              value=value, precision="month" if same or value is None else "year", rule="timex.span",
                              first=first)
            continue
        # "6 to 8 September", "27–28 March 2015": a day number, then the day of a date
        head = _re(r"(?:\bfrom\s+)?\b[0-3]?\d(?:st|nd|rd|th)?\s*(?:to|-|–|—|and)\s*\Z", regex.I).search(
            text, max(0, t.start - 16), t.start)
        if head and t.precision == "day" and t.value and text[t.start].isdigit():
            # (a year-less span is "--09" until a narrative year completes it; see narrative_year)
            day = _re(r"[0-3]?\d").search(text, head.start(), t.start)
            out.append(replace(t, start=head.start(), text=text[head.start():t.end], value=t.value[:-3],
                               precision="month", rule="timex.span", first=f"{t.value[:-3]}-{int(day.group()):02d}"))
            continue
        tail = _re(rf"\s*(?:to|until|till|through|and|-|–|—)\s*[0-3]?\d(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per|billion|million)|\s+{MONTH})"
                   r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?", regex.I).match(text, t.end, t.end + 40)
        if (o := opening(t)) and tail and t.precision == "day" and t.value:
            # "from May 16 to 19"; "from June 7 to 10, 2017": the year after the span is its own
            # (with none in a page with no date, a month alone is none, and its first day "--05-16")
            value = (f"{tail.group('y')}{t.value[1:-3]}" if tail.group("y") else None) if t.value.startswith("--") \
                else t.value[:-3]
            out.append(replace(t, start=o.start(), end=tail.end(), text=text[o.start():tail.end()],
                               value=value, precision="month", rule="timex.span",
                               first=f"{value}-{t.value[-2:]}" if value else t.value))
            continue
        if t.precision == "day" and t.rule == "timex.month_day" and t.value and _re(r"\d\s*[-–—]\s*\d").search(t.text):
            value = t.value[:-3] if len(t.value) == 10 else None  # (no year: a month alone is none)
            out.append(replace(t, value=value, precision="month", rule="timex.span", first=t.value))  # "on September 10-12"
            continue
        out.append(t)
    return out


_REMARKS = regex.compile(
    r"\s*(?:(?:He|She|They|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+made\s+(?:the|these|those)\s+(?:remarks|comments)"
    r"|(?:The|These)\s+(?:remarks|comments)\s+were\s+made)\b", regex.V1)


# "X said while meeting with Y", "X said during the talks with Y": the meeting is the setting of remarks
# ("said Minister of Agriculture X during talks with": the speaker after the verb)
_SAID_WHILE = regex.compile(r"\b(?:said|stated|noted|stressed)\s+(?:here\s+|there\s+|today\s+)?"
                            r"(?:(?:[A-Z][\w’'-]*|of|the)\s+){0,8}?(?:while|when|during)\b")
# "... , Wang said on Tuesday": remarks dated right after their verb, by a named speaker or a pronoun
# (or by the press service that reported them: "..., the ministry's press service reported on Aug. 19")
_SAID_ON = regex.compile(r"(?:\b(?:he|she|He|She)|\b[A-Z][\w’'-]+|\bpress\s+(?:service|office))\s+"
                         r"(?:said|stated|noted|stressed|reported)\s+(?:on\s+)?")


def remarks_date(text: str, sent: tuple[int, int], prev: tuple[int, int] | None,
                 published: dt.date | None, nxt: tuple[int, int] | None = None) -> str | None:
    """ "Xi said Tuesday that ... . He made the remarks in a phone conversation with Y": the
    meeting is dated by the sentence whose remarks it names, ``prev``, the one just before; and
    "X said while meeting with Y. ..., X said on Tuesday": by the day the next sentence, ``nxt``,
    gives the same remarks."""
    if prev is not None and _REMARKS.match(text, sent[0], sent[1]):
        for t in find_dates(text, prev[0], prev[1], published=published):
            if t.value and t.precision == "day" and not _re(r"\s*(?:\(|[A-Z]{3,})").match(text, t.end, t.end + 6):
                return t.value  # (not a dateline's "BEIJING, March 25 (Xinhua)")
    if nxt is not None and _SAID_WHILE.search(text, sent[0], sent[1]):
        for m in _SAID_ON.finditer(text, nxt[0], nxt[1]):
            t = next(iter(find_dates(text, m.end(), min(nxt[1], m.end() + 30), published=published)), None)
            if t is not None and t.start == m.end() and t.value and t.precision == "day":
                return t.value
    return None


_WRITTEN_DAYS = frozenset({"timex.month_day", "timex.weekday_day", "timex.numeric", "timex.iso"})


def text_years(text: str) -> dict[str, str]:
    """The year of each month that the text names with a day and a year ("May 7, 2015"), where
    one year only is named with that month."""
    seen: dict[str, set[str]] = {}
    for t in find_dates(text):
        if t.value and t.precision == "day" and not t.value.startswith("--") and t.rule in _WRITTEN_DAYS:
            seen.setdefault(t.value[5:7], set()).add(t.value[:4])
    return {m: ys.pop() for m, ys in seen.items() if len(ys) == 1}


def day_of_the_paper(text: str, window: tuple[int, int], published: dt.date | None) -> str | None:
    """ "X met Y earlier in the day", no day told before: the day's news, the paper's day."""
    if published is not None and _re(r"\b(?:earlier|later)\s+in\s+the\s+day\b", regex.I).search(text, *window):
        return published.isoformat()
    return None


def day_before(text: str, at: int, published: dt.date | None) -> str | None:
    """The last day named in the sentences before ``at`` (what "that day" may point to): the one
    just before, or up to two more back where those name none ("... on December 5, when A attended
    a reception. During it, A thanked him. The day before, X received Y")."""
    end = at
    for _ in range(_TIE_SENTENCES):
        start = sentence_before(text, end, reach=400)
        if start >= end:
            break
        days = [t.value for t in find_dates(text, start, end, published=published) if t.value and t.precision == "day"]
        if days:
            return days[-1]
        end = start
    return None


_TIE_SENTENCES = 6  # how many sentences back "the day before" may find the day it counts from


def again_date(text: str, a: int, b: int, published: dt.date | None) -> Timex | None:
    """The date of "and (then) again in June 2010" after a meeting's own date, in [a, b)."""
    m = _re(r"[^.;]{0,80}?,?\s+and\s+(?:then\s+)?again\s+(?:in|on)\s+", regex.I).match(text, a, b)
    t = next(iter(find_dates(text, m.end(), b, published=published)), None) if m else None
    return t if t is not None and t.start == m.end() and t.value else None


# what may stand before a date that opens a sentence: a wire's credit, a quote's opening mark, "On",
# "In", "At noon on", "on the morning of"
_OPENING = regex.compile(
    r"\s*[\"“«]?(?:date\s+\d{4}-\d\d-\d\d\s+)?(?:(?:[A-Z]{3,}[\s.,:–—-]*){0,2}"
    # ("As earlier reported, on July 3, 2024, ...": a telling's lead-in before the date)
    r"(?:(?:As\s+(?:earlier\s+|previously\s+)?reported(?:\s+(?:earlier|previously|before))?|Earlier|Previously)\s*,\s*(?=[oi]n\s))?"
    r"(?:[Oo]n|[Ii]n|From|Between|At\s+(?:noon|midnight|night|dawn"
    r"|[\d:.]{1,5}\s*(?:[ap]\.?m\.?)?)\s+on)\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?)?")


def opening_date(text: str, sent: tuple[int, int], published: dt.date | None) -> Timex | None:
    """The date that opens the sentence ``sent`` ("On November 7, ...", "BEIJING, ... On May 3,"),
    which covers every clause of it."""
    return next((t for t in find_dates(text, sent[0], min(sent[1], sent[0] + 60), published=published)
                 if t.value and _OPENING.fullmatch(text, sent[0], t.start) and _re(r"\s*,?\s+\S").match(text, t.end)), None)
