"""One trigger, resolved, makes one record, none, or one for each of what it lists: a meeting
with A, B and C is one per counterpart (GUIDE.md), "have met three times, in Astana, Samarkand and
Beijing" one a place, "visited in 2013 and 2017" one a year, "in December 2009 and then again in
June 2010" one each time, "A and B visited China" one a visitor; "has visited China twice" is a
tally over years, no record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date as date_

import regex

from .meeting_dates import again_date, pick_date
from .meeting_places import places_listed, years_listed
from .meeting_settle import Found
from .meeting_triggers import VISITS
from .people import Mention
from .records import DateSource
from .rules import Rule
from .rules import compiled as _re


# the rules whose object is a list of counterparts met one by one
_ONE_EACH = frozenset({"meeting.met", "meeting.held_meeting", "meeting.held_talks", "meeting.received",
                       "meeting.during_meeting_with", "call.phone", "meeting.video"})


# a count of meetings or visits after the verb, past the one met ("has met his Kazakh counterpart Y 16 times")
_TALLY = _re(r"(?:\s+(?:his|her|their|the|counterpart|[A-Z][\w’'-]*)){0,6}?(?P<n>\s+(?:(?:more\s+than|over|at\s+least|nearly|almost|about|some)\s+)?"
             r"(?:twice|(?:\w+|a\s+dozen|dozens\s+of|many|several|numerous|countless)\s+times))\b", regex.I)


_MOST_RECENTLY = _re(r"[^.;]{0,80}?\b(?:most\s+recently|(?:the\s+)?last\s+time|the\s+latest\s+(?:being|was))\b", regex.I)


def one_each(found: Found, text: str, r: Rule, m: regex.Match[str], sent: tuple[int, int], seg: tuple[int, int],
              subj: list[Mention], obj: list[Mention], noun: str, published: date_ | None) -> list[Found]:
    """The records one resolved trigger makes: one, none for a tally over years, or one for each
    counterpart, place, year or time it lists."""
    at, end = m.start(), m.end()
    tally = _TALLY.match(text, end, end + 90) if r.id in ("meeting.met", "visit.visited") else None
    listed_at = tally.start("n") if tally else end  # ("met with President Tokayev twice in Xi'an and Beijing")
    if tally and not places_listed(text, listed_at, seg[1]) and not years_listed(text, end, seg[1]):
        if (last := _MOST_RECENTLY.search(text, tally.end(), seg[1])) and (
                picked := pick_date(text, last.end(), seg[1], last.end(), published, False)).has_date and picked.date:
            # "has met Y 14 times since 2019, most recently at the summit in Astana on July 3": that last time
            return [replace(found, date=picked.date, date_source=DateSource.TEXT, has_date=True, tie=None, first=picked.first)]
        return []  # "has met a dozen times with A and B", "has visited China twice", "has met his counterpart Y 16 times": a tally
    if r.id in _ONE_EACH and len(subj) >= 2 and len(obj) == 1 and _re(r"\b(?:respectively|separately)\b", regex.I).search(
            text, max(sent[0], at - 20), min(sent[1], end + 20)):
        # "Nazarbayev and Foreign Minister Idrisov met respectively (separately) with Cheng Guoping": one each
        return [replace(found, participants=[x.who, obj[0].who], start=min(at, x.start))
                for x in subj if x.who != obj[0].who]
    if (r.id in _ONE_EACH or noun == "meetings" or r.id == "meeting.hosted" and not _re(r"ceremony|banquet|dinner|luncheon", regex.I).search(
            m.group())) and len(subj) == 1 and len(obj) >= 2 and not _re(
            r"\b(?:together|jointly|joint|trilateral|multilateral)\b", regex.I).search(text, sent[0], sent[1]) and not _re(
            r"\b(?:delegation|group|team)\s+(?:comprising|consisting\s+of|composed\s+of|made\s+up\s+of|including)\b", regex.I).search(
            text, end, obj[0].start):
        # "met with A, B and C (respectively)", "hosted A, B and C": one meeting per counterpart
        # (GUIDE.md; not a banquet or ceremony in their honour, which they attend together, nor "met
        # the delegation comprising A, B and C", met as one)
        # (each quote ends at its counterpart: one span, one record)
        pair = {"KZ", "CN"}
        if len(obj) >= 3 and any(x.country and x.country not in pair for x in obj):
            # "Xi met with A, B, C ..., Kazakh President Tokayev": in a list of world leaders, the
            # counterparts of the other of the two countries only
            obj = [x for x in obj if x.country in pair and (subj[0].country or "") in pair - {x.country} | {""}]
        return [replace(found, participants=[subj[0].who, x.who], end=max(end, x.end)) for x in obj if x.who != subj[0].who]
    if r.id == "meeting.between" and len(subj) == 3 and subj[0].country and \
            subj[1].country == subj[2].country and subj[1].country not in (None, subj[0].country) and \
            _re(r"\s+and\s").match(text, subj[0].end) and _re(r"[^,;]*?\sand\s").match(text, subj[1].end, subj[2].start):
        # "talks between X and A and B": X's talks with each (a meeting of three lists them with commas)
        return [replace(found, participants=[subj[0].who, x.who]) for x in subj[1:]]
    if r.id in ("meeting.met", "meeting.held_talks", "meeting.held_meeting") and (
            places_ := places_listed(text, listed_at, seg[1])):
        # "have met three times this year, in Astana, Samarkand and Beijing": one meeting a place
        return [replace(found, location=p, end=e) for p, e in places_]
    if r.id in ("meeting.met", "meeting.held_talks", "visit.visited", "visit.paid") and (
            years := years_listed(text, end, seg[1])):
        # "had visited Kazakhstan twice since taking office, respectively in 2013 and 2017": one a year
        return [replace(found, date=y, date_source=DateSource.TEXT, has_date=True, end=e) for y, e in years]
    if found.date and found.has_date and (again := again_date(text, end, seg[1], published)):
        # "visited Kazakhstan in December 2009 and then again in June 2010": one visit each time
        return [found, replace(found, date=again.value, end=again.end)]
    if r.id in VISITS and len(subj) >= 2 and not obj and (_re(r"\brespectively\b", regex.I).search(text, end, seg[1]) or (
            len({x.country for x in subj}) == 1 and subj[0].country is not None)):
        # "A and B made visits to China and Kazakhstan respectively": a visit each; so is "Nazarbayev
        # and Tokayev visited China", two of one country travelling
        return [replace(found, participants=[x.who]) for x in subj]
    if r.id == "meeting.during_meeting_with" and not subj and len(obj) >= 2:
        # "discussed at meetings with A and B": each a meeting of its own, whose other party
        # ``settle`` finds
        return [replace(found, participants=[x.who]) for x in obj]
    return [found]
