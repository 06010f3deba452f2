"""Meetings: who met whom, when and where, as typed ``Meeting`` records.

The pipeline over one document, a module each:

1. ``people`` (with ``names``, the shapes of names no list knows, ``office_names``, the name an
   office introduces, and ``coreference``, who a short name or "the two presidents" stands for):
   every mention of a person (``mentions``);
2. ``meeting_triggers``: the phrases that report a meeting ("held talks with", "was received
   by", "paid a state visit to", "had a telephone conversation with"), found in a sentence by
   ``meeting_scan`` (tried only where their words stand);
3. ``parties``: the principal parties around each trigger (subject before, object after);
4. ``meeting_sides``: who took part, read by each family of triggers (verbs, nouns, two sides
   told together; visits in ``meeting_visits``);
5. ``timex`` and ``meeting_dates``: every date phrase, and the one nearest the trigger in its
   stretch of the sentence, read as news means it;
6. here: resolve each trigger into a candidate (parties, date, place, kind), its place and whether
   its sentence is about Kazakhstan or China read by ``meeting_places``, whether it tells a plan
   by ``meeting_tense``, and the records it makes (one per counterpart, place, year or time it
   lists) by ``meeting_split``;
7. ``meeting_story``: what ties a sentence's meetings to the story ("During the visit," "On
   the first day of his visit," a plan's day told after it, the wire's dateline, the headline),
   and ``meeting_rolls``: a gathering's roll of parties, a group named after the meeting;
8. ``meeting_settle``: one meeting told in several sentences (headline, lead, "during the
   meeting") is one record, a visit folds into the talks held on it, "the next day" takes the
   day of the meeting before.

Precision first: a meeting with fewer than two named parties (one for a visit) is dropped, a
future meeting needs a stated day, and a visit named in passing without a date of its own
counts only as part of a meeting it belongs to.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from .dates import valid_date
from .meeting_frames import framed_visit
from .meeting_dates import (dateline_day, dateline_weekday, day_before, day_of_the_paper, lead_day, narrative_year, opening_date,
                            page_dateline, pick_date, remarks_date, text_years)
from .meeting_settle import Found, settle, third_country
from .meeting_split import one_each
from .meeting_sides import Trigger, sides
from .meeting_rolls import group_named_after, heads_received, leaders_in_turn, roll_call, told_as_group
from .meeting_tense import URGED, WILL_TAKE_PLACE, told_ahead, told_ahead_of_sides
from .meeting_story import dateline_date, headline, held_on_visit, host_of_plans, scheduled, told_in_series, told_in_turn
from .meeting_scan import find_triggers, segments
from .meeting_triggers import KIND, NOMINAL, VISITS, cues
from .meeting_places import (NEIGHBOURS, REGION, countries_listed, countries_named, in_china, names_kz_or_cn, place_named,
                             visit_destination)
from .parties import appositive, in_span, named_after, named_at, offices_then_named, subject_of
from .people import Mention, find_people
from .records import DateSource, Document, Meeting, MeetingKind, Span
from .rules import Rule
from .rules import compiled as _re
from .scan import safe_lower
from .sentences import Sentences, sentence_before, sentences, unwrapped
from .timex import find_dates


# --- resolution -------------------------------------------------------------------------------


# where a noun phrase naming a visit ends: a comma, or the verb it is the subject of
# (not the comma inside a date: "on Sept 7, 2013")
# a noun phrase's copula followed by a time ("was in 2022", "was three years ago", "was last May")
_WAS_WHEN = regex.compile(
    r"\s+was\s+(?:back\s+|only\s+|just\s+)?(?:in\s+|on\s+)?(?=(?:19|20)\d\d\b|(?:last|this)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b"
    r"|(?:\w+|\d+)\s+(?:years?|months?|weeks?|days?)\s+ago\b|(?-i:[A-Z])[a-z]+\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:19|20)\d\d\b)"
    r"|(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d\d\b)", regex.I | regex.V1)
_PHRASE_END = regex.compile(r"[,;](?!\s*(?:19|20)\d\d\b)|\s(?:was|were|is|are|has|have|had|gave|give|gives|will)\b", regex.V1)
# the verbs whose "also" / "again" tells another time ("also met"), not a noun's ("also his second meeting")
_AGAIN_VERBS = frozenset({"meeting.met", "meeting.held_talks", "meeting.held_meeting", "call.phone",
                          "visit.visited", "visit.paid"})


def _resolve(doc: Document, ms: list[Mention], sent: tuple[int, int], r: Rule, m: regex.Match[str],
             seg: tuple[int, int], prior: Found | None = None, said: str | None = None) -> list[Found]:
    """The meetings one trigger reports; ``said``: the day of the remarks this sentence names
    ("He made the remarks in talks with Y", ``remarks_date``)."""
    text = doc.text
    lex = cues()
    at, end = m.start(), m.end()
    kind = KIND.get(r.id, MeetingKind.MEETING)
    noun = m.group("noun").lower() if "noun" in m.re.groupindex else ""
    if noun in ("talks", "negotiations"):
        kind = MeetingKind.TALKS
    elif "phone" in noun or noun == "call":
        kind = MeetingKind.CALL
    if r.id == "meeting.between":
        word = m.group().lower()
        kind = (MeetingKind.CALL if "phone" in word else
                MeetingKind.TALKS if word.startswith(("talks", "negotiations")) else MeetingKind.MEETING)
    if _CALLED_OFF.search(text, max(sent[0], at - 40), end):
        return []  # "had to cancel the meeting with Y", "postponed his talks with Y": none took place
    future, invited = told_ahead(text, sent, r, m, seg)
    trigger = Trigger(doc, ms, sent, r, m, seg, prior, future)
    s = sides(trigger)
    if s is None:
        return []
    subj, obj, anchor, tied, shared, recalled = s.subj, s.obj, s.anchor, s.tied, s.shared, s.recalled
    lead_at = min([at, *(x.start for x in subj)])  # where the meeting's telling begins: its trigger or its subject
    if kind is MeetingKind.VISIT and len(subj) == 1 and not obj and (to := _re(r"\s+to\s+").match(text, end, seg[1])) and (
            host := named_at(text, ms, to.end(), seg[1], reach=40)) and {host.country, subj[0].country} == {"KZ", "CN"}:
        obj = [host]  # "will pay state visits to Kazakh President Tokayev": the host named as the visit's end
    if _re(r"\b(?:recall|remember)(?:s|ed|ing)?\s+\Z", regex.I).search(text, max(sent[0], at - 12), at):
        recalled = True  # "Every time I recall my meeting with Y": a meeting of the past, no day's news
    kind = s.kind or kind
    during = r.id == "visit.during" or r.id in NOMINAL and _re(r"\bduring\s+(?:the\s+|a\s+|his\s+|her\s+|my\s+)?(?:[\w’'.-]+\s+){0,6}\Z").search(text[max(sent[0], lead_at - 80):lead_at])
    if r.id in VISITS:
        # "Tokayev and Xi agreed last year during Tokayev's visit to China": both met
        if subj and during:
            host = [x for x in subject_of(text, ms, sent, text.rfind("during", sent[0], at + 6)) if x.who != subj[0].who
                    and not (x.country and x.country == subj[0].country)]  # (a compatriot speaking of the visit is no host)
            obj = host
    future = future or told_ahead_of_sides(text, sent, r, m, seg, subj, bool(during), invited)
    if not future and r.id in ("meeting.during_meeting_with", "meeting.possessive") and URGED.search(
            text, max(sent[0], at - 200), at):
        return []  # "a rally urging Toqaev to raise the issue during his talks with Xi": talks to come, no report
    names: list[str] = []
    countries: dict[str, str | None] = {}
    written: dict[str, str] = {}
    for x in (*subj, *obj):
        if x.who not in names:
            names.append(x.who)
            countries[x.who] = x.country
            written[x.who] = x.name
    if r.id == "visit.visited" and not obj and subj and all(x.country == "KZ" for x in subj) and \
            lex.site.match(text, end, seg[1]) and not in_china(text[sent[0]:sent[1]]):
        return []  # "Mamin also visited the Borusan Makina plant": a Kazakh official's tour at home, no visit of the two
    # (the place after the visitor: "the visit of the Head of State to China")
    told_to = max(end, subj[-1].end) if r.id == "visit.of" and subj else end
    dest = visit_destination(text, r.id, at, told_to, seg[1]) if kind is MeetingKind.VISIT else None
    if dest is not None:
        where, to = dest
        if to not in (None, *REGION) and not countries_listed(text, where, seg[1]) & {"KZ", "CN"}:
            return []  # "Xi will visit Moscow", "Li Qiang's visit to Russia", "traveled to neighboring Myanmar": outside the region
        if to in NEIGHBOURS and len(side := set(countries.values())) == 1 and side <= {"KZ", "CN"} and \
                not ({"KZ", "CN"} - side) & countries_named(text, where, seg[1]):
            return []  # "Xi visited Turkmenistan", "Tokayev arrived in Uzbekistan": a visit to a neighbour that names not the other
        if len(home := set(countries.values())) == 1 and None not in home and (place := _re(
                r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}").match(text, where)) and \
                countries_named(text, place.start(), place.end()) == home:
            return []  # "Xi made a brief visit to Hong Kong", "Tokayev's trip to Almaty": a trip at home, no visit of the two
    need = 1 if (kind is MeetingKind.VISIT or r.id == "meeting.during_meeting_with" or anchor) else 2
    if len(names) < need:
        return []
    window = _date_window(text, r, m, seg, subj, obj, bool(during))
    people_end = max([end, *(x.end for x in (*subj, *obj) if x.start >= at)])
    date, has_date, past, tie, day, first = pick_date(text, window[0], window[1], at, doc.published, future,
                                                      (lead_at, people_end))
    past = past or recalled or (not has_date and _WHERE_BEFORE.search(text, sent[0], lead_at) is not None)
    if r.id == "meeting.possessive" and has_date and date and len(date) == 4 and _COUNTED.search(m.group()):
        date, has_date = None, False  # "it was his fourth meeting with Y this year": the year counts, it dates nothing
    if r.id in NOMINAL and past and not has_date and not future and _re(r"\brecent\b", regex.I).search(text, max(sent[0], at - 20), end):
        # "during his recent trip to Beijing": a visit marked recent is a record dated null (GUIDE.md:
        # "a recent visit" is null), not a visit named in passing
        has_date = True
    if r.id in NOMINAL and not has_date and not future and (
            _re(r"\b(?:current|ongoing)\s+(?:[\w-]+\s+){0,2}?visit\b", regex.I).search(text, at, end) or _re(
                r"\b(?:first|second|third|fourth|last|final|closing)\s+day\s+of\s+(?:the\s+|his\s+|her\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){0,3}\Z",
                regex.I).search(text, max(sent[0], lead_at - 30), lead_at) or _UNDER_WAY.match(text, sent[0], lead_at)):
        # "Tokayev's current visit to China is pivotal", "The second day of X's official visit to
        # Beijing", "This is the first official visit of X": the visit under way, the day's news,
        # or the day the sentence names ("during his ongoing visit, X inspected ... on Thursday")
        on = next((t.value for t in find_dates(text, sent[0], sent[1], published=doc.published)
                   if t.value and t.precision == "day" and len(t.value) == 10), None)
        date, has_date = on or (doc.published.isoformat() if doc.published else None), True
    if not has_date and not future and r.id in VISITS and _re(r"\s*During\b[^,;]*\Z").match(text, sent[0], at) and (
            signed := _re(r"\b(?:was|were|have\s+been|has\s+been)\s+signed\s+(?=(?:on|in)\s)").search(text, at, sent[1])):
        # "During the visit of X to China, the agreements were signed on 14 December": the visit's day
        on = next(iter(find_dates(text, signed.end(), min(sent[1], signed.end() + 30), published=doc.published)), None)
        if on is not None and on.value and _re(r"(?:(?:on|in)\s+)?").fullmatch(text, signed.end(), on.start):
            date, has_date = on.value, True
    if not has_date and not future and r.id in NOMINAL and (
            on_day := _ON_DAY_DURING.search(text, max(sent[0], at - 140), at)) and dest is not None:
        # "X took part in the forum's opening on Sept. 15 during his working visit to Lianyungang":
        # the day told right before "during" is a day of the visit (to a place it names: not "his
        # working visit to the city", a trip at home)
        on = next((t for t in find_dates(text, on_day.start(), on_day.end(), published=doc.published)
                   if t.value and t.precision == "day"), None)
        if on is not None:
            date, has_date = on.value, True
    if not has_date and not future and at - sent[0] > 12:
        # "On November 7, within his working visit to China, X held a meeting with Y": a date
        # opening the sentence covers every clause of it
        opening = opening_date(text, sent, doc.published)
        if opening is None and (that := _THAT_DATED.search(text, sent[0], at)):
            # "He recalled that last year, within the framework of X's visit to China, a plan was
            # signed": a date opening the reported clause, set off by a comma, covers it
            opening = opening_date(text, (that.end(), sent[1]), doc.published)
        if opening is not None and opening.end < at:
            date, has_date = opening.value, True
    if not has_date and not future and tied and r.id == "meeting.received_by" and (
            opening := opening_date(text, (before := sentence_before(text, sent[0]), sent[0]), doc.published)) and \
            any(x.who == tied for x in in_span(ms, before, sent[0])):
        # "On 31 August, X arrived at the venue of the reception. He was welcomed by Y": that day
        date, has_date = opening.value, True
    if not has_date and not future and (closing := _CAPTION_DATE.search(text, sent[0], sent[1])) and (
            day := next((t for t in find_dates(text, closing.start(1), closing.end(1), published=doc.published)
                         if t.value and len(t.value) == 10), None)):
        # a caption's "X and Y attend the meeting ... in Astana, Kazakhstan, Dec 14, 2014.": the
        # full date that closes it covers it
        date, has_date = day.value, True
    if date and date.startswith("--") and doc.published is None:
        # "In 2013, the partnership deepened. ... On 29 November, Li met Akhmetov": in a page
        # with no date of its own, the year the narrative set; a month alone needs one
        year = narrative_year(text, at, date[2:4])
        date = f"{year}{date[1:]}" if year else (date if len(date) == 7 else None)
        if date and len(date) == 10 and not valid_date(int(date[:4]), int(date[5:7]), int(date[8:])):
            date = None
    if first and first.startswith("--") and doc.published is None and (year := narrative_year(text, at, first[2:4])):
        first = f"{year}{first[1:]}" if valid_date(int(year), int(first[2:4]), int(first[5:])) else first  # (a span's first day)
    if not has_date and said and not future:
        date, has_date = said, True  # "X said Tuesday ... . He made the remarks in talks with Y"
    if shared is not None and not has_date and shared.has_date:
        date, has_date = shared.date, True  # "On April 18, X met A, and held ... with C": that day
    if date and doc.published and len(date) == 7 and date > doc.published.isoformat()[:7]:
        future = True  # "the state visit of X to China this May", in a March paper: a plan
    if future and not day and doc.published is None and _re(r"\btoday\b", regex.I).search(text, sent[0], sent[1]):
        day = True  # "Today, X will meet Y" in a page with no date: the day's news, whose day the page does not give
    if future and not tie and not day:  # (a day, or a span of days: "on September 11-12")
        if kind is MeetingKind.VISIT and r.id in ("visit.paid", "visit.visited") and not has_date:
            # "X will pay a state visit to Kazakhstan": no record yet, but "The visit will take place
            # on September 14" may follow (``_scheduled``)
            return [Found(r.id, kind, at, end, names, None, None, False, place_named(text, seg[0], seg[1]),
                          countries=countries, names=written, sent=sent[0], anchor=True, planned=True)]
        if len(names) == 2 and kind is not MeetingKind.VISIT and not _re(r"\balso\s+\Z").search(text, max(sent[0], at - 8), at):
            # a meeting yet to come counts only with a stated day ("next week" is none; GUIDE.md), but
            # "X will pay a state visit on May 3. He will hold talks with Y" names the visit's host
            # (not "He will also meet Y": one more meeting of the visit, not its host)
            return [Found(r.id, kind, at, end, names, None, None, False, None, countries=countries,
                          names=written, sent=sent[0], plan=True)]
        return []
    source: DateSource | None = DateSource.TEXT if date else None
    nominal = r.id in NOMINAL
    if nominal and has_date and date is None and _re(r"\bthis\s+(?:year|month|week)\b", regex.I).search(
            text, window[0], window[1]):
        has_date = False  # "marks Xi's first visit this year" in a page with no date: the trip of the day
    reported, on = framed_visit(trigger, lead_at, subj, has_date, lambda: pick_date(
        text, sent[0], sent[1], at, doc.published, future, (lead_at, people_end))) if nominal and not past else (False, None)
    if reported:
        # "47 documents were signed during the state visit of X": the visit is what the sentence
        # reports, not a visit named in passing (``meeting_frames``)
        nominal = False
        if on is not None:
            date, has_date = on, True
    if not has_date and not past and doc.published is not None:
        date, source = doc.published.isoformat(), DateSource.PUBLISHED
        if (line := dateline_day(text)) is not None and (day := dateline_date(line, doc.published)) is not None:
            date = day  # "XI'AN, May 12 (Xinhua) --" on a page of May 13: the story's own day
    elif not has_date and not past and (day := dateline_day(text)) is not None:
        date, source = day, DateSource.PUBLISHED  # "ASTANA, Kazakhstan, October 17. ...": the day's news
    elif has_date and date is None and not past and doc.published is None and (day := dateline_weekday(text, *window)):
        date, source = day, DateSource.TEXT  # "ASTANA, June 7 (Xinhua) -- X arrived here Wednesday"
    news = not has_date and not past and doc.published is None and date is None
    if past and not has_date:
        date, source = None, None
    near = [x for x in (*subj, *obj) if x.start >= sent[0] and x.end <= sent[1]]
    qs = min([at, *(x.start for x in near)])
    qe = max([end, *(x.end for x in near)])
    location = place_named(text, seg[0], seg[1])
    if anchor:
        # (one with a day of its own dates the meetings after it; two parties of one side, the
        # day's news, are the parties of the meetings after it: "A and B held meetings with
        # executives. During talks with Y, ...")
        if not (has_date and date and (len(date) == 10 or date.startswith("--")) and not past) and not (
                (len(names) >= 2 or group_named_after(text, sent[1])) and not has_date and not past and source is DateSource.PUBLISHED):
            # (or the day's news of one side whose group the next sentence names: "X had a meeting with the
            # SCO foreign ministers. Those attending were A, B and C")
            return []
        return [Found(r.id, MeetingKind.VISIT, qs, qe, names, date, source, has_date, location,
                      countries=countries, names=written, sent=sent[0], anchor=True)]
    found = Found(r.id, kind, qs, qe, names, date, source, has_date, location,
                   nominal=nominal or (r.id == "meeting.during_meeting_with" and len(names) < 2),
                   countries=countries, names=written, tied=tied, sent=sent[0], tie=tie,
                   tie_base=(day_before(text, sent[0], doc.published) or day_of_the_paper(text, window, doc.published))
                   if tie else None,
                   head=headline(text, sent), first=first if has_date else None,
                   hosted=kind is MeetingKind.VISIT and bool(obj),
                   again=r.id in _AGAIN_VERBS and (  # "also met", "met again"
                       _re(r"\b(?:also|again)\s+\Z", regex.I).search(text, max(sent[0], at - 8), at) is not None
                       or _re(r"\s+again\b", regex.I).match(text, end) is not None),
                   aside=_re(r"\bon\s+the\s+sidelines\b|\bbilateral\s+(?:talks|meetings?)\b", regex.I).search(
                       text, sent[0], sent[1]) is not None, news=news)
    return one_each(found, text, r, m, sent, seg, subj, obj, noun, doc.published)


_TIME_BEFORE_NOUN = regex.compile(
    r"(?:\b(?:last|this|next|previous|past)\s+(?:year|month|week)|\b(?:yesterday|today|(?-i:[A-Z])[a-z]+day)|\b(?:19|20)\d\d)[’']s\s+"
    r"(?:[\w-]+\s+){0,2}\Z|\bthe\s+(?:(?:early|late|mid)[-\s]+)?(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}\Z", regex.I | regex.V1)   # ("the late 2018 visit of X")


def _date_window(text: str, r: Rule, m: regex.Match[str], seg: tuple[int, int], subj: list[Mention], obj: list[Mention],
                 during: bool) -> tuple[int, int]:
    """The stretch of the sentence whose date phrase dates the trigger: its segment, or for a visit
    named in passing its noun phrase, or for "At the meeting with Y," the words up to the comma."""
    at, end = m.start(), m.end()
    window = seg
    if r.id in NOMINAL and not during:
        # "the visit of Xi Jinping last October": a visit named in passing dates itself after it,
        # up to the end of its noun phrase ("the state visit of X to Xi'an and (his) participation
        # in the summit in March this year")
        after = max([end, *(x.end for x in subj)])
        # (a place set off by commas is no end of it: "to Xi'an, China, last May")
        stop = min(seg[1], after + 120)
        comma = _PHRASE_END.search(text, after, stop)
        if comma and (place := _re(r",\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*,").match(text, comma.start(), stop)):
            comma = _PHRASE_END.search(text, place.end(), stop)
        elif comma and comma.start() == after and subj and _re(r",\s*\Z").search(text, max(0, subj[0].start - 3), subj[0].start):
            # (nor the comma that closes the visitor's name set off by commas: "the visit of China's
            # president, Xi Jinping, to Kazakhstan on September 6-8")
            comma = _PHRASE_END.search(text, after + 1, stop)
        # (and the time its noun phrase opens with: "last year's visit of X", "the 2024 visit of X")
        opens = _TIME_BEFORE_NOUN.search(text, max(seg[0], at - 60), at)
        window = (opens.start() if opens else at, comma.start() if comma else min(seg[1], after + 90))
        if WILL_TAKE_PLACE.match(text, after, seg[1]):
            window = (at, seg[1])  # "X's journey will start in Kazakhstan on Sunday": the day it is set for
        elif comma and (was := _WAS_WHEN.match(text, comma.start(), seg[1])):
            # "his last visit to Kazakhstan was in 2022 (three years ago)": the copula tells its time
            then = _PHRASE_END.search(text, was.end(), seg[1])
            window = (window[0], then.start() if then else seg[1])
    if r.id in ("meeting.during_meeting_with", "meeting.possessive") and obj:
        # "At the meeting with Y, the sides noted the summit in May": the meeting's own words
        # end at the comma after the other party
        # (a comma before "on March 14" or "in Beijing" still belongs to it)
        # (nor does an office set off by commas: "with Y, deputy secretary of ..., on March 26")
        app = appositive().match(text, obj[-1].end, window[1])
        comma = _re(r"[,;](?!\s+(?:on|in|at)\b)").search(text, app.end() if app else obj[-1].end, window[1])
        if comma:
            window = (window[0], comma.start())
    return window


# a sentence that tells a visit under way: "This is the first official visit of X", "It is his second trip"
_UNDER_WAY = regex.compile(r"\s*(?:This|It)\s+is\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,3}?\Z", regex.V1)
# a day told right before the visit that frames it: "on Sept. 15 during his working visit", "on
# September 7, 2013 during his state visit"
_ON_DAY_DURING = regex.compile(r"\bon\s+[^,;]{3,30}?(?:,\s*(?:19|20)\d\d)?,?\s+(?=during\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w’'.-]+\s+){0,6}\Z)",
                               regex.I | regex.V1)
_THAT_DATED = regex.compile(r"\bthat\s+(?:(?:in|on)\s+)?(?=[^,;]{3,40},)", regex.V1)
_CALLED_OFF = regex.compile(
    r"\b(?:cancel(?:s|led|ed|ling|ing)?|postpon(?:e|es|ed|ing)|call(?:ed|s|ing)?\s+off|held\s+off|scrapp(?:ed|ing)"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:delayed|cancell?ed|postponed))\b", regex.I | regex.V1)


# a full date closing a sentence after a comma, as photo captions end ("..., Dec 14, 2014."; Reuters's
# "in Nur-Sultan, Kazakhstan September 14, 2022.", the date right after the country)
# (and its credit: "..., on Sept 7, 2013. [Photo/Agencies]")
_CAPTION_DATE = regex.compile(r"(?:,\s*(?:on\s+)?|(?<=,\s*[A-Z][\w’'-]+)\s+)((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+)(?:19|20)\d\d)"
                              r"\s*[.)]?(?:\s*\[[^\]\n]{1,40}\])?\s*\Z", regex.V1)
# a meeting told in a relative clause of a gathering before the news ("the first visit following the
# forum where Xi and Nazarbayev met"): past, with no day of its own
_WHERE_BEFORE = regex.compile(r"\b(?:following|after|since)\s+(?:the\s+|a\s+|an\s+)?[^,;.]{0,120}?\s+(?:where|at\s+which|during\s+which)\s+\Z",
                              regex.I | regex.V1)
_COUNTED = regex.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+", regex.I)
_HE = regex.compile(r"\b(?:he|she)\b")
# the nouns of a sentence that dates or schedules an event told before ("The visit will take
# place on September 14", "The meeting took place on July 15": meeting_story.scheduled)
_TOLD_LATER = ("visit", "meeting", "talks", "negotiations")


def extract_meetings(doc: Document, sents: Sentences | None = None) -> list[Meeting]:
    """Every meeting, talks, visit and call one document reports, in text order."""
    sents = sents or sentences(doc.text)
    flat = unwrapped(sents)
    if flat is sents:
        return _meetings(doc, sents)
    # (read with its lines unwrapped; quoted from the text as it is)
    return [replace(r, quote=doc.text[r.source.start:r.source.end], source=replace(r.source, text=doc.text))
            for r in _meetings(replace(doc, text=flat.text), flat)]


def _meetings(doc: Document, sents: Sentences) -> list[Meeting]:
    text = doc.text
    try:
        ms = find_people(text, doc.published)
        if not ms:
            return []
        found: list[Found] = []
        plans: list[Found] = []
        lower = safe_lower(text)  # None where words may hide behind case folding
        for i, sent in enumerate(sents.spans):
            low = text[sent[0]:sent[1]].lower() if lower is None else lower[sent[0]:sent[1]]
            if any(w in low for w in _TOLD_LATER) and (planned := scheduled(doc, sent, found)) is not None:
                found.append(planned)  # "The visit will take place on September 14."
                continue
            if not in_span(ms, sent[0], sent[1]) and "my" not in low and not _HE.search(low):
                continue  # (a sentence of "he" or "my" alone may tell a meeting of a person named before)
            hits = [(r, m) for r, m in find_triggers(text, sent, None if lower is None else low)
                    if not (r.id == "meeting.between" and m.group().lower().endswith("of") and not (
                        named_after(text, ms, m.end(), sent[1]) or offices_then_named(text, ms, m.end(), sent[1])))]
            said = remarks_date(text, sent, sents.spans[i - 1] if i else None, doc.published,
                                sents.spans[i + 1] if i + 1 < len(sents.spans) else None) if hits else None
            for (r, m), seg in zip(hits, segments(hits, sent)):
                prior = found[-1] if found and found[-1].sent == sent[0] else None  # this sentence's last
                new = _resolve(doc, ms, sent, r, m, seg, prior, said)
                plans += [f for f in new if f.plan]
                new = [f for f in new if not f.plan]
                if new:
                    held_on_visit(text, sent, new, found, doc.published)
                found += new
    except TimeoutError:
        return []
    host_of_plans(found, plans)
    found += told_in_turn(text, sents.spans, ms, found, doc.published)
    found += told_in_series(text, sents.spans, ms, found)
    found += roll_call(text, sents.spans, ms, found, doc.published)
    found += heads_received(text, sents.spans, ms, found, doc.published)
    found += told_as_group(text, sents.spans, ms, found)
    found += leaders_in_turn(text, sents.spans, ms, doc.published)
    settled = settle(found, ms, doc.published, text)
    dateline = page_dateline(text)
    years: dict[str, str] | None = None  # (read only where a day without its year needs it)
    # (the lead's day, read once and only where a meeting of the day's news needs it)
    lead = cache(lambda: lead_day(text, sents.spans, doc.published, {g.sent for g in found}))
    out = []
    for f in settled:
        known = [f.countries.get(p) for p in f.participants]
        if third_country(f):
            continue  # "Xi also met Turkmenistan's President": every side known, and not the two countries'
        if f.kind is MeetingKind.VISIT and known and None not in known and not {"KZ", "CN"} & set(known):
            continue  # "when a Russian minister visited China": a visitor of neither country
        if known and not {"KZ", "CN"} & set(known) and not names_kz_or_cn(text, *sents.at(f.start)):
            # "Kao again after his visit": a visitor no word makes Kazakh or Chinese, to a place none
            # does; "Lee then met with the Secretary-General of ASEAN, Dr Kao": parties of neither
            continue
        location = f.location
        if location is None and dateline and f.date_source is not DateSource.TEXT and not f.has_date:
            location = dateline
        s, e = sents.at(f.start)
        date = f.date
        if f.first and f.kind is MeetingKind.VISIT and (len(f.participants) == 1 or f.hosted) and (
                date is None or f.first.startswith(date)):
            date = f.first  # "X visited Kazakhstan July 3-6": the visit is dated by its first day
        elif f.first and f.first.startswith("--") and date is None:
            # "X met Y during his March 19-20 visit" in a page with no year: no month to keep, its first day
            date = f.first
        if f.date_source is DateSource.PUBLISHED and not f.has_date and doc.published is not None and \
                date == doc.published.isoformat():
            # the day's news with no day of its own: the day the story's lead names, if a few days
            # before the page's ("Xi said Wednesday ... In a telephone conversation with Y, Xi called")
            date = lead() or date
        elif f.news and date is None and not f.nominal:
            date = lead()  # a page with no date of its own: the day its lead names ("Hu was in Astana Dec. 13 ...")
        if date and date.startswith("--") and doc.published is None and years is None:
            years = text_years(text)
        if date and date.startswith("--") and years and (year := years.get(date[2:4])):
            # a page with no date of its own that names the day with its year elsewhere (a caption's
            # "Astana, May 7, 2015"): "on May 7" is that year's
            date = f"{year}-{date[2:]}"
        out.append(Meeting(
            date=date, date_source=DateSource.TEXT if date != f.date else f.date_source,
            participants=tuple(f.names.get(p, p) for p in f.participants),
            location=location, kind=f.kind, quote=text[f.start:f.end],
            source=Span(doc.id, f.start, f.end, text, f.rule, s, e),
        ))
    out.sort(key=lambda x: x.source.start)
    return out
