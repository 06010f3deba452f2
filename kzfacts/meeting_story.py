"""A story's meetings across its sentences: what ties a meeting to the rest of the story.

"X will pay a visit. The visit will take place on September 14." (the plan's day, told after);
"On the first day of his visit, X met Y" and "During the visit, X met Y" (dated by the visit told
before); a wire's dateline as the day of the news; a headline, whose visit is the trip the story
then tells; "During the meeting, X said ... In turn, Y noted": a meeting told by its two sides.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache

import regex

from .dates import valid_date
from .meeting_dates import pick_date, spans_of_days
from .meeting_places import place_named
from .meeting_settle import Found
from .meeting_triggers import cues
from .parties import adjacent, in_span
from .people import Mention
from .records import DateSource, Document, MeetingKind
from .timex import find_dates


_SCHEDULED = regex.compile(
    r"\s*(?:The|This|His|Her)\s+(?:[\w-]+\s+){0,2}?visit\s+(?:will\s+(?:take\s+place|be\s+held|begin|start|last)"
    r"|is\s+(?:scheduled|planned|set|expected)\s+(?:for|to\s+(?:take\s+place|begin|start)))\b", regex.V1)


_TOOK_PLACE = regex.compile(
    r"\s*(?:The|This|His|Her|Their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>visit|meeting|talks|negotiations)\s*(?:,\s*which\s+)?"
    r"(?:took\s+place|was\s+held|were\s+held|lasted)\b", regex.V1)  # ("The visit, which took place on March 25, aimed")
_TOOK_PLACE_CHARS = 400  # how far after a visit or meeting "The visit took place ..." may date it


def scheduled(doc: Document, sent: tuple[int, int], found: list[Found]) -> Found | None:
    """ "X will pay a state visit to Kazakhstan. The visit will take place on September 14.":
    the planned visit told before, on the day this sentence states; "... during the working visit
    of X to China. The visit took place from December 10 to 13": the visit named in passing just
    before, dated by its first day; likewise "The meeting took place on July 15" after a meeting
    told with no day."""
    text = doc.text
    past = False
    if _SCHEDULED.match(text, sent[0], sent[1]):
        plan = next((f for f in reversed(found) if f.planned), None)
    elif took := _TOOK_PLACE.match(text, sent[0], sent[1]):
        past = True
        if took.group("noun") == "visit":
            plan = next((f for f in reversed(found) if f.kind is MeetingKind.VISIT and f.nominal and not f.has_date
                         and sent[0] - f.end <= _TOOK_PLACE_CHARS), None)
        else:
            # "X and Y reaffirmed their partnership. The meeting took place on July 15": the meeting
            # told just before, with no day of its own
            last = found[-1] if found else None
            plan = last if last and last.kind is not MeetingKind.VISIT and len(last.participants) >= 2 and \
                not last.has_date and sent[0] - last.end <= _TOOK_PLACE_CHARS else None
    else:
        return None
    if plan is None:
        return None
    dates = [t for t in spans_of_days(text, find_dates(text, sent[0], sent[1], published=doc.published, future=not past))
             if (t.precision == "day" or t.first) and (t.value is None or len(t.value) == 10 or t.value.startswith("--")
                                                        or t.first)]
    if not dates:
        return None
    value = dates[0].first or dates[0].value
    return replace(plan, start=sent[0], end=sent[1], date=value, has_date=True, anchor=False, planned=False,
                   nominal=False, date_source=DateSource.TEXT if value else None, sent=sent[0],
                   location=plan.location or place_named(text, sent[0], sent[1]))


def headline(text: str, sent: tuple[int, int]) -> bool:
    """Whether a sentence is a headline: a line of capitalised words with no full stop."""
    words = text[sent[0]:sent[1]].split()
    return 2 <= len(words) <= 20 and not text[sent[0]:sent[1]].rstrip().endswith((".", "!", "?", ":", ";")) and \
        sum(w[0].isupper() for w in words if w[0].isalpha()) >= 0.7 * len(words)


def dateline_date(line: str, published: dt.date) -> str | None:
    """The dateline's "--05-12" as a date at most three days before the page's, else None."""
    month, day = int(line[2:4]), int(line[5:7])
    for year in (published.year, published.year - 1):
        d = valid_date(year, month, day)
        if d is not None and 0 <= (published - d).days <= 3:
            return d.isoformat()
    return None


_DAY_OF_THE_VISIT = regex.compile(
    r"\s*(?:On|During)\s+the\s+(?P<n>first|opening|second)\s+day\s+of\s+(?:the|this|his|her)\s+(?:[\w-]+\s+){0,2}"
    r"(?:visit|trip|stay)\b", regex.V1)


def _day_of_visit(text: str, sent: tuple[int, int], visit: Found, published: dt.date | None) -> str | None:
    """ "On the first day of his visit, X met Y": that day of the span of days the visit was told with."""
    m = _DAY_OF_THE_VISIT.match(text, sent[0], sent[1])
    end = text.find("\n", visit.end)
    spans = [t for t in spans_of_days(text, find_dates(text, visit.sent, visit.end + 200 if end < 0 else end,
                                                         published=published)) if t.first]
    if m is None or not spans:
        return None
    first = spans[0].first
    if m.group("n") != "second":
        return first
    day = valid_date(2000 if first.startswith("--") else int(first[:4]), int(first[-5:-3]), int(first[-2:]))
    nxt = day + dt.timedelta(days=1) if day else None
    return None if nxt is None else (f"--{nxt:%m-%d}" if first.startswith("--") else nxt.isoformat())


_DURING_THE_VISIT = regex.compile(
    r"\s*(?:During|In\s+the\s+course\s+of|As\s+part\s+of|Within)\s+(?:the|this|his|her)\s+(?:[\w-]+\s+)?(?:visit|trip|stay)"
    r"(?:\s+(?:in|to)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?\s*,", regex.V1)  # ("During his stay in China,")


def held_on_visit(text: str, sent: tuple[int, int], new: list[Found], found: list[Found],
                  published: dt.date | None) -> None:
    """The meetings of a sentence that opens "On the first day of his visit," or "During the
    visit,": dated by the visit told before (``found``, which loses a visit with no date of its
    own: one event, the meetings held on it)."""
    if _DAY_OF_THE_VISIT.match(text, sent[0], sent[1]) and (visit := next(
            (f for f in reversed(found) if f.kind is MeetingKind.VISIT), None)) is not None and (
            day := _day_of_visit(text, sent, visit, published)):
        for f in new:
            if visit.participants[0] in f.participants:
                f.date, f.date_source, f.has_date = day, DateSource.TEXT, True
    elif _DURING_TALKS_WITH.match(text, sent[0], sent[1]) and (visit := next(
            (f for f in reversed(found) if f.kind is MeetingKind.VISIT), None)) is not None and \
            visit.date is None and sent[0] - visit.end <= _RECALLED_REACH:
        # "X recalled his recent visit to China. ... During the talks with Y, ...": the talks of that
        # visit, told as past with no date; not the day's news
        held = [f for f in new if not f.has_date and (visit.participants[0] in f.participants or len(f.participants) == 1)]
        for f in held:  # (the visitor, or the lone other side the visitor is still to be joined to)
            f.date, f.date_source = None, None
        if held:
            found.remove(visit)  # one event: the talks held on it
    elif _DURING_THE_VISIT.match(text, sent[0], sent[1]):
        # "During the visit, X met A": the day or month of the visit told before; one
        # told as past with no date ("X recently visited Urumqi") leaves them none
        visit = next((f for f in reversed(found) if f.kind is MeetingKind.VISIT), None)
        for f in new:
            if visit is not None and f.rule == "meeting.during_meeting_with" and len(f.participants) == 1 and \
                    f.participants[0] != (who := visit.participants[0]):
                # "As part of the visit, meetings were held with Y": the visitor met Y
                f.participants.insert(0, who)
                f.countries[who], f.names[who] = visit.countries.get(who), visit.names.get(who, who)
                f.nominal = False
        held = [f for f in new if visit is not None and not f.has_date and visit.participants[0] in f.participants]
        for f in held:
            if visit.has_date and visit.date:
                f.date, f.date_source, f.has_date = visit.date, visit.date_source, True
            elif visit.date is None:
                f.date, f.date_source = None, None
        if held and visit.date is None:
            found.remove(visit)  # one event: the meetings held on it


_DURING_TALKS_WITH = regex.compile(r"\s*[\"“'‘]?\s*(?:During|In\s+the\s+course\s+of)\s+the\s+(?:talks|negotiations)\s+with\b", regex.V1)
_RECALLED_REACH = 600  # how far after a recalled visit its talks may be told
_DURING_THE_MEETING = regex.compile(
    r"\s*(?:During|At|In\s+the\s+course\s+of)\s+the\s+(?:meeting|talks|conversation|negotiations)\s*,\s*", regex.V1)
_IN_TURN = regex.compile(r"\s*In\s+(?:(?:his\s+|her\s+)?turn|response)\s*,\s*", regex.V1)
# "A stride in cooperation was proposed on June 25 during a bilateral meeting held in Urumqi.": a
# meeting told before its sides, who then open the next sentence and an "In response," after it
_A_MEETING_TOLD = regex.compile(r"\b(?:during|at)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)\b(?!\s+(?:with|between|of)\b)",
                                regex.V1)
# "The sides discussed ... X emphasized ... Y, chairman of ..., expressed interest": the two sides
# of a meeting no sentence names, each opening a sentence of what they said
_SIDES_DISCUSSED = regex.compile(r"(?:^|(?<=\s))(?:The|Both)\s+(?:sides|parties)\s+(?:also\s+)?(?:discussed|reviewed|considered|exchanged)\b",
                                 regex.V1)


@cache
def _spoke() -> regex.Pattern[str]:
    """A verb of speech (``cues.toml``), or of what a side did in talks, early in a sentence."""
    return regex.compile(rf"[^;]{{0,120}}?\b(?:{cues().speech}|expressed|highlighted|informed|assured|thanked|welcomed|praised)\b",
                         regex.V1)


_TURN_SENTENCES = 4  # how many sentences after "During the meeting, X said" its "In turn, Y" may come
_TURN_SENTENCES_LED = 7  # ... after a lead that told the meeting (X's side may take a paragraph)


def told_in_turn(text: str, spans: list[tuple[int, int]], ms: list[Mention], found: list[Found],
                 published: dt.date | None) -> list[Found]:
    """ "During the meeting, President Tokayev said ... In turn, Liu Jianchao highlighted ...":
    a meeting no sentence names, told by its two sides (of two countries), the day's news."""
    out: list[Found] = []
    for i, (a, b) in enumerate(spans):
        if _SIDES_DISCUSSED.search(text, a, min(b, a + 40)) and not any(len(f.participants) >= 2 and not f.anchor for f in (*found, *out)):
            out += _sides_speaking(text, spans, i, ms, published)
            continue
        lead = None
        if (m := _DURING_THE_MEETING.match(text, a, b)) is None and i + 1 < len(spans) and \
                _A_MEETING_TOLD.search(text, a, b) and not in_span(ms, a, b):
            lead, m = (a, b), regex.match(r"\s*", text[spans[i + 1][0]:spans[i + 1][1]])  # (the sides open the next sentence)
            a, b = spans[i + 1][0], spans[i + 1][1]
        first = in_span(ms, a + m.end(), min(b, a + m.end() + 80))[:1] if lead else (
            in_span(ms, m.end(), min(b, m.end() + 80))[:1] if m else [])
        if not first or not adjacent(text, a + m.end() if lead else m.end(), first[0].start) or first[0].country is None:
            continue
        x = first[0]
        if any(x.who in f.participants and len(f.participants) >= 2 for f in (*found, *out)):
            continue  # the meeting was told already: this sentence only says more of it
        for a2, b2 in spans[i + 1:i + 1 + (_TURN_SENTENCES_LED if lead else _TURN_SENTENCES)]:
            t = _IN_TURN.match(text, a2, b2)
            if t is None:
                continue
            y = in_span(ms, t.end(), min(b2, t.end() + 80))[:1]
            if y and adjacent(text, t.end(), y[0].start) and y[0].country not in (None, x.country):
                found_ = _day_news("meeting.in_turn", a, x, y[0], published)
                if lead and (day := pick_date(text, *lead, lead[0], published, False)).date:
                    found_ = replace(found_, date=day.date, date_source=DateSource.TEXT, has_date=True)
                out.append(found_)
            break
    return out


def _sides_speaking(text: str, spans: list[tuple[int, int]], i: int, ms: list[Mention],
                    published: dt.date | None) -> list[Found]:
    """After "The sides discussed ...": two sentences in a row within the next three, each opened by
    a person of one of the two countries (or by the person, named after) telling what they said."""
    openers: list[tuple[int, Mention]] = []
    for j in range(i + 1, min(len(spans), i + 1 + _TURN_SENTENCES)):
        a, b = spans[j]
        first = in_span(ms, a, min(b, a + 120))[:1]
        if first and adjacent(text, a, first[0].start) and first[0].country in ("KZ", "CN") and \
                _spoke().match(text, first[0].end, b):
            openers.append((j, first[0]))
    for (j, x), (k, y) in zip(openers, openers[1:]):
        if k == j + 1 and x.country != y.country:
            return [_day_news("meeting.sides_speaking", spans[j][0], x, y, published)]
    return []


def _day_news(rule: str, start: int, x: Mention, y: Mention, published: dt.date | None) -> Found:
    """A meeting of ``x`` and ``y`` that no sentence names, told from ``start`` to ``x``: the day's news."""
    return Found(rule, MeetingKind.MEETING, start, x.end, [x.who, y.who],
                 published.isoformat() if published else None, DateSource.PUBLISHED if published else None,
                 False, None, countries={x.who: x.country, y.who: y.country},
                 names={x.who: x.name, y.who: y.name}, sent=start)


# what a company's head does at a meeting the sentence does not name: "Sun Bo, the chairman of
# a power company, presented a wind farm ...", "the firm's Founder Li Wei discussed plans to ..."
_TOLD_AT_MEETING = regex.compile(
    r"[^.;]{0,160}?\b(?:shared|discussed|presented|briefed|outlined|informed|spoke\s+about|talked\s+about)\b", regex.V1)
_MET_MANY = regex.compile(r"\b(?:met|meetings?|talks)\s+with\s+(?:the\s+)?(?:representatives|heads|executives|leaders|"
                          r"management|chairmen|CEOs)\b", regex.V1)
_SERIES_CHARS = 3000  # how far after "X met with representatives of companies" its meetings are told


def told_in_series(text: str, spans: list[tuple[int, int]], ms: list[Mention], found: list[Found]) -> list[Found]:
    """ "X met with heads of Chinese energy companies on March 5. ... Sun Bo, the chairman of a
    power company, presented a wind farm project.": each head of a company who opens a sentence
    after a meeting with an unnamed side, and tells what was discussed, is a meeting of that series,
    dated as it is."""
    out: list[Found] = []
    told = {f.sent for f in found if not f.anchor}
    for f in found:
        if f.planned or len(f.participants) != 1 or not (f.anchor or (
                f.kind is MeetingKind.VISIT and _MET_MANY.search(text, f.sent, next((b for a, b in spans if a == f.sent), f.end)))):
            continue  # (the series' opening: a meeting with an unnamed side, or a visit on which one was held)
        x = f.participants[0]
        for a, b in spans:
            if a <= f.sent or a in told:
                continue
            if a - f.sent > _SERIES_CHARS:
                break
            first = in_span(ms, a, min(b, a + 150))[:1]
            if not first or first[0].how != "title" or not adjacent(text, a, first[0].start):
                continue
            y = first[0]
            if y.who == x or y.country not in ("CN", None) or y.country == f.countries.get(x) or \
                    _TOLD_AT_MEETING.match(text, y.end, b) is None:
                continue
            out.append(replace(f, rule="meeting.series", kind=MeetingKind.MEETING, start=y.start, end=y.end,
                               participants=[x, y.who], countries={**f.countries, y.who: y.country},
                               names={**f.names, y.who: y.name}, sent=a, anchor=False))
    return out


_PLAN_CHARS = 1200  # how far after a planned visit the talks planned in it may be told


def host_of_plans(found: list[Found], plans: list[Found]) -> None:
    """ "X will pay a state visit to China on February 21-23. The head of state will hold talks with
    Y": the visit's host is Y (the talks, with no day of their own, are no record)."""
    for p in plans:
        # (the nearest dated visit: "the Chinese leader's first foreign trip" named in passing between
        # them is the same trip, not another)
        visit = next((f for f in reversed(found) if f.kind is MeetingKind.VISIT and f.end <= p.start and f.has_date), None)
        if visit is None or p.start - visit.end > _PLAN_CHARS or len(visit.participants) != 1 \
                or visit.participants[0] not in p.participants:
            continue
        host = next(x for x in p.participants if x != visit.participants[0])
        country, own = p.countries.get(host), visit.countries.get(visit.participants[0])
        if country in ("KZ", "CN") and own in ("KZ", "CN") and country != own:
            visit.participants.append(host)
            visit.countries[host], visit.names[host] = country, p.names.get(host, host)
            visit.hosted = True
