"""Settling the meetings of one document: one meeting told in several sentences (headline, lead,
"during the meeting") is one record, a visit folds into the talks held on it, and "the next day"
takes the day of the meeting told before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from .coreference import bylined
from .parties import in_span
from .people import Mention
from .person_words import kazakh_shaped
from .records import DateSource, MeetingKind
from .timex import shift


@dataclass(eq=False)  # (one telling is itself: compared by identity, never field by field)
class Found:
    rule: str
    kind: MeetingKind
    start: int  # the quote's span
    end: int
    participants: list[str]  # who they are (people.toml keys where known)
    date: str | None
    date_source: DateSource | None
    has_date: bool  # the text gave this meeting a date phrase of its own
    location: str | None
    nominal: bool = False
    countries: dict[str, str | None] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # who -> name as the text writes it
    tied: str | None = None  # "received him": the person the pronoun stands for
    sent: int = 0  # where its sentence starts
    tie: str | None = None  # "on the same day", "the next day": dated by the meeting told before
    tie_base: str | None = None  # the day the sentence before names, where no meeting was told with it
    anchor: bool = False  # a meeting with an unnamed side: dates the meetings after it, no record
    planned: bool = False  # a visit yet to come with no day: no record, unless a day is told after
    head: bool = False  # told in a headline ("Nazarbayev Visits China To Meet Its New Leadership")
    first: str | None = None  # the first day of the span of days its date is ("visited July 3-6")
    again: bool = False  # "also met", "met again": another time than a meeting of the same two told before
    hosted: bool = False  # a visit whose own words name its host ("at the invitation of Y")
    plan: bool = False  # a meeting yet to come with no day: no record, but it names a planned visit's host
    aside: bool = False  # told as held on the sidelines, or as bilateral talks: not the gathering itself
    news: bool = False  # the day's news with no day of its own, in a page with no date of its own (only there)



def family(kind: MeetingKind) -> str:
    return "meet" if kind in (MeetingKind.MEETING, MeetingKind.TALKS) else str(kind)


_PROTAGONIST_CHARS = 1500  # how far back the other party of a lone "during the talks with Y" is sought
PARTNER = {"KZ": "CN", "CN": "KZ"}  # the other side of a meeting of the two countries


def kazakh_by_shape(text: str, x: Mention) -> bool:
    """Whether a person no word gave a country may be a Chinese party's Kazakh side: a name of
    Kazakh or Russian shape ("Murat Zhaksybekov"), not a byline's reporter."""
    return x.country is None and kazakh_shaped(x.name) and not bylined(text, x)


def settle(found: list[Found], ms: list[Mention], published: dt.date | None, text: str = "") -> list[Found]:
    """One meeting told in several sentences is one record: fold each into an earlier or
    richer telling of the same meeting (same people or fewer, compatible date)."""
    # a lone "during the meeting with Y": the other party is the visitor of the article's
    # first meeting, from the other country; with no such meeting, the last person named
    # before it from the other country ("a meeting of A with ... . During the talks with Y")
    firsts = [f for f in found if len(f.participants) >= 2 or f.anchor]
    for f in found:
        if f.rule == "meeting.during_meeting_with" and len(f.participants) == 1:
            c = f.countries.get(f.participants[0])
            # (the parties of a meeting with an unnamed side may be of a country no word told)
            other = [n for n in firsts[0].participants if c and firsts[0].countries.get(n) not in (
                c, *(() if firsts[0].anchor else (None,)))] if firsts else []
            if other and c in PARTNER and not any(firsts[0].countries.get(n) in (PARTNER[c], None) for n in other):
                other = []  # (the first meeting was of a third country's parties, "Wang Yi spoke with Lavrov")
            if not other:
                # (a Chinese party's other side may be a Kazakh no word made one: "Foreign Minister
                # Murat Zhaksybekov said ... Following the talks with Foreign Minister Y he said")
                before = [x for x in in_span(ms, max(0, f.start - _PROTAGONIST_CHARS), f.start)
                          if c and (x.country not in (None, c) or c == "CN" and kazakh_by_shape(text, x))
                          and (c not in PARTNER or x.country in (PARTNER[c], None))]
                if before:
                    other = [before[-1].who]
                    f.countries[other[0]], f.names[other[0]] = before[-1].country, before[-1].name
            if len(other) > 1 and c in PARTNER and len(ours := [n for n in other if firsts[0].countries.get(n) == PARTNER[c]]) == 1:
                # (the first meeting was with a third country's party, "X met Qatar's speaker Y":
                # the other side of a Chinese party is the Kazakh, and the other way round)
                other = ours
            if len(other) == 1 or (other and firsts[0].anchor):
                # (the parties of a meeting with an unnamed side, which the meetings after it name:
                # "A and B held meetings with executives. During talks with Y, ...")
                f.participants += other
                f.nominal = False
    # the sentences that tell a meeting's own day ("when they met on Saturday", its party unnamed there)
    told_day = {f.sent for f in found if f.has_date and (f.anchor or f.kind is not MeetingKind.VISIT)}
    found = [f for f in found if len(f.participants) >= (1 if f.kind is MeetingKind.VISIT else 2)]
    read_ties(found)
    found = [f for f in visits_held(found, published, told_day, text) if not f.anchor]

    def same(a: Found, b: Found) -> bool:
        if a.start == b.start and a.location and b.location and a.location != b.location:
            return False  # one sentence's meetings in several places
        pa, pb = set(a.participants), set(b.participants)
        if not (pa <= pb or pb <= pa):
            return False
        if (a.aside and len(pb) > 2 and b.rule == "meeting.roll_call") or (b.aside and len(pa) > 2 and a.rule == "meeting.roll_call"):
            return False  # "On the sidelines of the meeting, X held bilateral talks with Y": not the gathering's roll
        if {a.rule, b.rule} == {"meeting.roll_call", "meeting.heads_received"}:
            return False  # "The heads of delegations were received by X": X's meeting with them, not the gathering
        if a.date == b.date and a.date is not None:
            return True
        if (day_in_month(a.date, b.date) or day_in_month(b.date, a.date)) and (
                (day := a if day_in_month(a.date, b.date) else b).has_date):
            month = b if day is a else a
            # a visit's month and a meeting on one of its days: one event, the meeting
            # (a day that is only the page's, "Zhang visited a mosque in Astana", is told below)
            return day.kind is not MeetingKind.VISIT and (month.kind is MeetingKind.VISIT or pa == pb)
        if (a.nominal or b.nominal) and a.date and b.date and (a.date.startswith(b.date) or b.date.startswith(a.date)):
            # "X arrived on Wednesday. The trip marks X's first visit this year": a visit named in
            # passing, dated by the year of the day told, is that day's visit
            return True
        if a.kind is b.kind is MeetingKind.VISIT and pa == pb and a.location and a.location == b.location and (
                _days_after(*_as_days(a.date, b.date), most=6) or _days_after(*_as_days(b.date, a.date), most=6)):
            # "X, arriving in Astana June 12, ... X is also to attend the summit in Astana June 15":
            # one trip to one place, told by two of its days
            return True
        if a.has_date != b.has_date and _months_apart(a.date, b.date):
            # "X and Y discussed ... (the day's news) ... an informal meeting between X and Y took
            # place in Almaty on March 29": a day told months from the story's is another time
            return False
        if family(a.kind) == family(b.kind):
            if (a.again or b.again) and a.date != b.date and (a.has_date or b.has_date):
                return False  # "X met Y in Astana. The two men also met in Davos in January"
            # (two dates the page cannot resolve, "Sunday" twice, are no two events)
            return not (a.has_date and b.has_date) or (a.date is None and b.date is None)
        if a.date is None and b.date is None and any(f.kind is MeetingKind.VISIT and not f.has_date for f in (a, b)):
            return True  # a page with no date: "X held talks this week with Y ... X paid a one-day visit to P"
        # a visit named in passing without a date is the visit the meeting belongs to
        return (a.nominal and not a.has_date) or (b.nominal and not b.has_date)

    out: list[Found] = []
    for f in found:
        # "... arrived on a state visit. Tokayev received him": the text ties the two
        if f.tied and out and f.tied in out[-1].participants and (not f.has_date or (
                out[-1].kind is MeetingKind.VISIT and not out[-1].has_date and out[-1].date_source is DateSource.PUBLISHED
                and recent(f.date, published, days=3))):
            # ("X has arrived in Kazakhstan. He was greeted on arrival on Sunday by Y": the arrival
            # of the day's news is the reception's day, one visit)
            host = out[-1].participants if out[-1].kind is MeetingKind.VISIT and len(out[-1].participants) >= 2 else None
            visit = out[-1]
            out[-1] = merged(out[-1], f)
            if visit.kind is MeetingKind.VISIT:  # (the visitor first)
                out[-1] = replace(out[-1], kind=visit.kind,
                                  participants=list(dict.fromkeys([*visit.participants, *out[-1].participants])))
            if host:  # (a visit with its host named: those who met the visitor at the airport are no principals)
                out[-1] = replace(out[-1], participants=host)
            continue
        for i, g in enumerate(out):
            if same(f, g):
                out[i] = merged(g, f)
                break
        else:
            out.append(f)
    # "X and Y held talks in Tianjin ... As reported previously, X arrived in Tianjin": a trip
    # with no date, to the place of its visitor's dated talks, is the trip they were held on
    for v in [f for f in out if f.kind is MeetingKind.VISIT and f.date is None and f.location]:
        held = [i for i, t in enumerate(out) if t.kind is not MeetingKind.VISIT and t.date and t.location == v.location
                and set(v.participants) <= set(t.participants)]
        if len(held) == 1:
            out[held[0]] = merged(out[held[0]], v)
            out.remove(v)
    # a visit named in passing with no date of its own is not a record by itself
    return [f for f in out if not (f.nominal and not f.has_date)]


def read_ties(found: list[Found]) -> None:
    """ "On the same day, X met Y", "the next day": the day of the meeting told last before it."""
    last_day = last_news = None
    for f in found:
        if f.tie:
            # ("The session ended on 15 April. X and Y signed a memorandum that day"; a meeting dated
            # only as the paper's news is the base where no day is told: "This became known on
            # December 5, when A attended a reception. During a conversation with B, A said ... The
            # day before, X received B" is the day before December 5)
            base = last_day or f.tie_base or last_news
            f.date = shift(base, f.tie) if base else None
            f.date_source = DateSource.TEXT if f.date else None
        elif f.date and (len(f.date) == 10 or f.date.startswith("--")):
            if f.date_source is DateSource.PUBLISHED:
                last_news = f.date
            else:
                last_day = f.date


_TIED_VISIT_CHARS = 600  # how far after a dated arrival its undated talks may be told


_PARAGRAPH_CHARS = 1500  # a dated visit's paragraph, where its undated talks are its own

_RECENT_DAYS = 7  # a trip this close before the paper is the trip it reports


def recent(date: str | None, published: dt.date | None, days: int = _RECENT_DAYS) -> bool:
    """Whether ``date`` is a day at most ``days`` before the paper."""
    if not date or len(date) != 10 or published is None:
        return False
    return 0 <= (published - dt.date.fromisoformat(date)).days <= days


def visits_held(found: list[Found], published: dt.date | None, told_day: AbstractSet[int] = frozenset(),
                text: str = "") -> list[Found]:
    """One event, one record: a visit and the meetings its visitor holds on it are the meetings.
    In the visit's own sentence ("X visited Kazakhstan and met with A, B and C") the visit folds
    into them; an arrival with a date of its own dates the undated talks told right after it
    ("X arrived in Beijing on October 16. ... The leaders then held talks")."""
    drop: set[int] = set()
    paragraphs = "\n" in text  # (a page written in paragraphs)
    for i, v in enumerate(found):
        if v.kind is not MeetingKind.VISIT or (v.nominal and not recent(v.date, published)):
            continue  # (a visit named in passing dates nothing, unless it is the days' news: "during his
            # working visit to China on Oct. 22" in an Oct. 24 paper)
        later = found[i + 1:]
        # the story of the arrival ends at a meeting with a date of its own ("His meeting with Y on
        # Monday"): the undated ones after it are not the arrival's
        # (another's visit named in passing, "Cultural ties grew with Tokayev's visit in 2023", ends nothing)
        own = next((k for k, f in enumerate(later) if f.has_date and f.sent != v.sent
                    and (v.participants[0] in f.participants or not f.nominal)), len(later))
        held = [f for f in later[:own + 1] if f.kind is not MeetingKind.VISIT and v.participants[0] in f.participants
                and (f.sent == v.sent or (v.has_date and (v.anchor or f.start - v.end <= _TIED_VISIT_CHARS
                                                          or (paragraphs and _same_paragraph(text, v.end, f.start))
                                                          # (the visit of the day's news, a meeting of its visitor
                                                          # dated only as the paper's news further down)
                                                          or (f.date_source is DateSource.PUBLISHED and not f.has_date
                                                              and recent(v.date, published, days=3)))))
                and not (published is not None and f.date is None and f.date_source is None and f.sent != v.sent)]
        # (not one told as past in a page with a date: "the first visit following the forum where X and Y met")
        # ("Y praised X at the meeting with X during his working visit to Beijing on Nov. 21": the
        # meeting told first in the visit's sentence)
        held += [f for f in found[:i] if f.kind is not MeetingKind.VISIT and v.participants[0] in f.participants
                 and f.sent == v.sent and not f.has_date and not f.anchor]
        if not v.has_date and v.date_source is DateSource.PUBLISHED and published:
            # the lead's visit, the day's news, and the talks held on it told further down, a day
            # or two before the paper: one event, the talks
            held += [f for f in later if f.kind is not MeetingKind.VISIT and v.participants[0] in f.participants
                     and f not in held and recent(f.date, published, days=3)]
            # (or told before it: "... signed during a meeting of X and Y on Wednesday. [...] X arrives in
            # Kazakhstan on first trip abroad", a headline of the day's news further down)
            held += [f for f in found[:i] if f.kind is not MeetingKind.VISIT and v.participants[0] in f.participants
                     and len(f.participants) >= 2 and f.has_date and f not in held and recent(f.date, published, days=3)]
        if not v.has_date:
            # "X visits Beijing" in the headline, "X begins a visit, as he meets Y" in the lead: with
            # no date of their own told anywhere, the visit and its visitor's meetings are one event
            # (also those told before it: "X said in talks with Y. He thanked Y for paying a visit")
            held += [f for f in later if f.kind is not MeetingKind.VISIT and v.participants[0] in f.participants
                     and f not in held and not f.has_date and f.date == v.date]
            held += [f for f in found[:i] if f.kind is not MeetingKind.VISIT and v.participants[0] in f.participants
                     and f not in held and not f.has_date and f.date == v.date and not f.anchor]
            if (v.date is None or v.head) and not held:
                # "X is on a state visit to Kazakhstan." in a page with no date, "X Visits China" as
                # the headline: the trip whose meeting the story tells next, with its day
                held += [f for f in later if f.kind is not MeetingKind.VISIT and v.participants[0] in f.participants
                         and f.has_date][:1]
        if v.has_date:
            # a visit of a month ("from Sept. 21 to 25") after a meeting of its visitor on one of its
            # days, told first (a caption: "X meets Y, Sept. 23. X paid a visit from Sept. 21 to 25")
            held += [f for f in found[:i] if f.kind is not MeetingKind.VISIT and v.participants[0] in f.participants
                     and f.has_date and day_in_month(f.date, v.date)]
            # the arrival told after the talks held on it, a few days later ("Xi told Y when they met
            # on Saturday. ... Y arrived in Beijing on Thursday"); in a page with no date, both days unread
            held += [f for f in found[:i] if f.kind is not MeetingKind.VISIT and v.participants[0] in f.participants
                     and len(f.participants) >= 2 and f not in held and 0 < v.start - f.end <= _TIED_VISIT_CHARS
                     and ((f.has_date and _days_after(v.date, f.date)) or (f.date is None and v.date is None and published is None))]
            if v.date is None and published is None and not held:
                # "Wang, who began a four-day tour to Kazakhstan on Monday" in a page with no date: its
                # day unread, the visitor's undated talks the story tells later are the visit's
                held += [f for f in later if f.kind is not MeetingKind.VISIT and v.participants[0] in f.participants
                         and len(f.participants) >= 2 and f.date is None][:1]
            if v.date is None:
                # "arrived in Astana Sunday" in a page with no date, after the caption "X is greeted by Y
                # on arrival, June 12, 2011": the arrival is the dated reception told close by
                held += [f for f in found[:i] if f.kind is not MeetingKind.VISIT and v.participants[0] in f.participants
                         and f.has_date and f.date and v.start - f.end <= _TIED_VISIT_CHARS and f not in held]
        # (not a meeting with a third country's leader, which is no record: "Xi arrived on Monday. In
        # a meeting with Kyrgyz President Y on Tuesday, he said")
        held = [f for f in held if not third_country(f)]
        # (nor a meeting whose own day falls outside the visit's days: "the document was signed on May
        # 18, during the official visit of X. ... On October 19, X met Y": two events)
        held = [f for f in held if not _other_days(v, f)]
        if all(f.tied for f in held):
            continue  # a reception alone, "received him at the airport", is part of the visit (``settle``)
        for f in held:
            # (in a page with no date of its own, an undated meeting after a dated arrival is the arrival's)
            # (not one whose sentence tells its own day: "Xi told Y when they met on Saturday")
            if not f.has_date and v.has_date and v.date and (f.sent not in told_day or f.sent == v.sent) and (
                    f.sent == v.sent or f.date_source is DateSource.PUBLISHED or (f.date is None and published is None)):
                f.date, f.date_source, f.has_date = v.date, v.date_source, True
            elif not f.has_date and v.has_date and v.date is None and f.date_source is DateSource.PUBLISHED:
                f.date, f.date_source = None, None  # "visited Astana last week (across two months). He met Y": not today
            f.location = f.location or v.location
        if held:
            drop.add(i)
    return [f for i, f in enumerate(found) if i not in drop]


def _same_paragraph(text: str, a: int, b: int) -> bool:
    """Whether ``a`` and ``b`` stand in one paragraph, not too far apart."""
    return 0 < b - a <= _PARAGRAPH_CHARS and "\n" not in text[a:b]


def third_country(f: Found) -> bool:
    """Whether every party of ``f`` is known, and they are not of Kazakhstan and of China ("Xi also
    met Turkmenistan's President"): no record of the two countries' relations."""
    known = [f.countries.get(p) for p in f.participants]
    return len(known) >= 2 and None not in known and not {"KZ", "CN"} <= set(known)


def _days_after(first: str | None, then: str | None, most: int = 7) -> bool:
    """Whether the day ``then`` is 0 to ``most`` days after the day ``first``."""
    if not first or not then or len(first) != 10 or len(then) != 10 or first.startswith("--") or then.startswith("--"):
        return False
    return 0 <= (dt.date.fromisoformat(then) - dt.date.fromisoformat(first)).days <= most


def _other_days(visit: Found, f: Found) -> bool:
    """Whether a meeting's own day lies outside a visit's days (its first day and the week after)."""
    if not (visit.has_date and f.has_date and visit.date and f.date) or len(visit.date) != len(f.date) or len(f.date) not in (7, 10):
        return False  # (a month, a year or a day the page cannot resolve tells nothing against it)
    if len(f.date) == 7 and not f.date.startswith("--"):
        return f.date != visit.date
    return not _days_after(*_as_days(visit.date, f.date), most=6)


def _as_days(a: str | None, b: str | None) -> tuple[str | None, str | None]:
    """Two days as comparable dates: a month-day of a page with no year ("--06-12") is read in
    one leap year, where both are written so."""
    if a and b and a.startswith("--") and b.startswith("--") and len(a) == len(b) == 7:
        return "2000" + a[1:], "2000" + b[1:]
    return a, b


def _months_apart(a: str | None, b: str | None) -> bool:
    """Whether two days ("2025-03-29", "--11-14": a page with no year) lie over a month apart,
    a month-day read in the other's year."""
    if not a or not b or len(a) not in (7, 10) or len(b) not in (7, 10) or a.startswith("--") and b.startswith("--"):
        return False
    if len(a) == 7 and not a.startswith("--") or len(b) == 7 and not b.startswith("--"):
        return False  # (a month: no day to count from)
    year = (b if a.startswith("--") else a)[:4]
    a, b = (year + a[1:] if a.startswith("--") else a), (year + b[1:] if b.startswith("--") else b)
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) > 31
    except ValueError:
        return False


def day_in_month(day: str | None, month: str | None) -> bool:
    """Whether ``day`` ("2019-09-23") is a day of ``month`` ("2019-09")."""
    return bool(day and month) and len(month) == 7 and len(day) == 10 and not month.startswith("--") and day.startswith(month)


def merged(a: Found, b: Found) -> Found:
    """The telling with a date of its own (else the earlier), with everyone either names."""
    keep, other = (b, a) if (b.has_date and not a.has_date) else (a, b)
    if keep.has_date and other.has_date and day_in_month(other.date, keep.date):
        keep, other = other, keep  # the day, not its month
    if keep.nominal and not other.nominal and not keep.has_date:
        keep, other = other, keep
    people_ = list(dict.fromkeys([*keep.participants, *other.participants]))
    countries = {**other.countries, **keep.countries}
    names = {**other.names, **keep.names}
    for who in set(keep.names) & set(other.names):
        if keep.names[who] != other.names[who] and who in (keep.names[who], other.names[who]):
            names[who] = who  # spelt two ways ("Masimov" under a photo, "Massimov" in the story): as the gazetteer writes them
    kind = keep.kind
    if MeetingKind.TALKS in (a.kind, b.kind) and family(keep.kind) == "meet":
        kind = MeetingKind.TALKS
    location = keep.location or (other.location if not other.nominal else None)
    return replace(keep, participants=people_, location=location,
                   countries=countries, names=names, kind=kind, nominal=keep.nominal and other.nominal)
