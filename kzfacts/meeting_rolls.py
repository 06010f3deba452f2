"""Gatherings of many: the roll of a meeting's parties, and a group a meeting's side was.

"The meeting was chaired by A. B, C, D and E attended the meeting." (one meeting of them all,
its observers and guests no parties, the body's officers parties); "X met the SCO defence ministers. The
ministers included A, B and C." (one meeting of the group, or one each where the talks were
separate).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import replace

import regex

from .meeting_dates import Picked, pick_date
from .meeting_places import place_named
from .meeting_settle import PARTNER, Found
from .meeting_triggers import KIND
from .parties import adjacent, in_span
from .people import Mention
from .person_words import country_of
from .records import DateSource, MeetingKind
from .scan import safe_lower

# "X met the SCO defence ministers ... The defence ministers include A, B and C": the members of
# the group a meeting's unnamed side was, named in the sentence after it
# (or "Those attending the meeting were: A, B and C", "The delegation was led by Y")
_GROUP_NAMED = regex.compile(r"[ \t]*(?:The\s+(?:[\w’'-]+\s+){1,4}?|Those\s+(?:attending|present\s+at|taking\s+part\s+in)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?)"
                             r"(?:included|include|includes|were|are|(?:was|were)\s+(?:led|headed)\s+by)\b", regex.V1)


def group_named_after(text: str, end: int) -> bool:
    """Whether the sentence after ``end`` names the members of a group ("The ministers included A, B
    and C", "Those attending the meeting were: A, B, C")."""
    return _GROUP_NAMED.match(text, _SPACE.match(text, end).end()) is not None


_SPACE = regex.compile(r"\s*", regex.V1)
_SEPARATE = regex.compile(r"\bseparate(?:ly)?\b", regex.V1)


def told_as_group(text: str, spans: list[tuple[int, int]], ms: list[Mention], found: list[Found]) -> list[Found]:
    """The meeting of one named side with a group ("met with the SCO defence ministers", "held
    separate talks with Central Asian countries' senior diplomats") whose members the next sentence
    names ("The diplomats included A, B and C"): one meeting with them all, or one each where the
    talks were separate (with the other of the two countries' members only, as for a list of
    counterparts met one by one)."""
    out: list[Found] = []
    starts = [a for a, _ in spans]
    for f in found:
        if not f.anchor or f.planned or len(f.participants) != 1 or f.sent not in starts:
            continue
        i = starts.index(f.sent)
        if i + 1 >= len(spans) or not (named := _GROUP_NAMED.match(text, *spans[i + 1])):
            continue
        x = f.participants[0]
        # (the group's own words are no office: "The SCO defense ministers include")
        members = {w: y for w, y in _parties(text, in_span(ms, *spans[i + 1]), named.end()).items() if w != x}
        side = f.countries.get(x)
        if not members or not {"KZ", "CN"} <= {side, *(y.country for y in members.values())}:
            continue
        if _SEPARATE.search(text, *spans[i]):
            pair = [y for y in members.values() if {side, y.country} == {"KZ", "CN"}]
        else:
            pair = [None]  # (one meeting of them all)
        # (an anchor is kept as a visit: the group's meeting is its trigger's kind, talks or a meeting)
        kind = MeetingKind.TALKS if KIND.get(f.rule) is MeetingKind.TALKS else MeetingKind.MEETING
        for y in pair:
            group = [y] if y is not None else list(members.values())
            out.append(replace(f, rule="meeting.group", kind=kind, participants=[x, *(z.who for z in group)],
                               countries={**f.countries, **{z.who: z.country for z in group}},
                               names={**f.names, **{z.who: z.name for z in group}}, anchor=False))
    return out


# the roll of a gathering: who chaired, opened, attended or took part in it
_GATHERINGS = r"meeting|session|summit|sitting|forum|signing\s+ceremony"  # (not "event": a ceremony's guests are no gathering of parties)
_WILL_ATTEND = rf"\bwill\s+(?:also\s+)?(?:attend|take\s+part\s+in|participate\s+in)\s+the\s+(?i:{_GATHERINGS})\b"
_ROLL = regex.compile(
    r"\b(?:attended|took\s+part\s+in|participated\s+in|presided\s+over|chaired|co-chaired|opened|spoke\s+at"   # ("A, B and C also spoke at the meeting")
    r"|(?:are|were)\s+(?:attending|taking\s+part\s+in|participating\s+in)"   # ("A, B and C are attending the meeting")
    r"|will\s+(?:also\s+)?(?:chair|co-chair|preside\s+over))\s+(?:the|a)\s+"
    # ("chaired the fifth China-Central Asia Foreign Ministers' Meeting")
    # ("the first China + Central Asia (C+C5) foreign ministers meeting", a name in quotes: "the third
    # "China+Central Asia" (C+C5) Foreign Ministers' Meeting")
    rf"(?:[\w’'+()\"“”‘-]+\s+){{0,7}}?(?i:{_GATHERINGS})\b"
    # (a plan's parties: "A, B and C will attend the meeting", the one its chair's sentence told;
    # not "X will attend the 24th summit and pay state visits at the invitation of A and B")
    rf"|{_WILL_ATTEND}"
    # a communique's "A, B and C jointly held the Fifth Meeting of ...", "the summit was held in
    # Astana with the participation of A, B and C"
    rf"|\bjointly\s+(?:held|hosted|convened|attended)\s+the\s+(?:[\w’'+()-]+\s+){{0,7}}?(?i:{_GATHERINGS})\b"
    # ("A, B, C and D (hereinafter the Parties) held the first ministerial meeting": the roll before)
    rf"|\bheld\s+the\s+(?:[\w’'+()-]+\s+){{0,7}}?(?i:{_GATHERINGS})\b"
    rf"|\b(?i:{_GATHERINGS})\b(?:\s+of\s+[^.;]{{1,200}}?)?\s+(?:was|were|is)\s+held\b[^.;]{{0,100}}?\bwith\s+the\s+participation\s+of\b"   # ("The meeting of the Council of ... (hereinafter ...) was held in P, on 11-12 October 2018, with the participation of")
    rf"|\bTaking\s+part\s+in\s+(?:it|the\s+(?:{_GATHERINGS}))\s+(?:were|was)\b"
    # "Attending this year's summit are A, B and C", "Attending the event will be A, B and C" (the
    # gathering told before)
    rf"|\bAttending\s+(?:it|(?:the|this(?:\s+year[’']s)?)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_GATHERINGS}|event))\s+(?:are|were|will\s+be)\b"
    r"|\b(?:took\s+part|participated|(?:also\s+)?attended|(?:were|was)\s+in\s+attendance)(?:\s+in\s+it)?(?=\s*[.;])"   # ("A, B and C took part.", "A, B and C attended.", "A, B and C were in attendance.")
    rf"|(?:\b(?i:{_GATHERINGS})(?:\s+(?:of|in|on|at|from|chaired\s+by|hosted\s+by)\s+[^.;,]{{1,100}}?)?(?:,\s+which(?:\s+[^.;,]{{1,60}},)?"
    rf"|,\s+(?:hosted|chaired|co-chaired|convened)\s+by\s+[^.;]{{1,120}}?,)?|\bIt)\s+(?:is|was|were|will\s+be|has\s+been|had\s+been|is\s+being|was\s+being)\s+(?:also\s+)?(?:attended|chaired|co-chaired|opened|presided\s+over)(?:\s+and\s+addressed)?\s+by\b"   # ("It was chaired by": the gathering told before; "The meeting chaired by X was also attended by"; "The meeting, which was chaired by China, was attended by"; "the meeting, which was also attended by"; "The summit from Thursday to Friday was attended by"; "The summit, hosted by A at the Palace, was attended by")
    r"|\bThe\s+following\s+(?:[\w-]+\s+){0,2}?(?:took\s+part|participated|attended)\b"   # "The following officials took part and spoke:"
    rf"|\bPresent\s+at\s+(?:it|the\s+(?:{_GATHERINGS}))\s+(?:were|was)\b|\bin\s+attendance\s+(?:were|was)\b"   # "Present at the meeting were A, B and C"
    r"|\bincluded\s+(?:the\s+)?participation\s+(?:of|from)\b"   # "The summit, chaired by A, included participation from B, C and D"
    r"|\bParticipants\s+(?:included|were)\b"   # "Participants included A, B and C"
    rf"|\b(?:[Kk]ey\s+|[Mm]ain\s+)?(?:[Ff]igures|[Pp]articipants|[Aa]ttendees)\s+(?:at|of|in)\s+the\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_GATHERINGS})\s+included\b"   # "Key figures at the meeting included A, alongside B and C"
    rf"|\b(?:(?i:{_GATHERINGS})|[Tt]alks|[Dd]iscussions|[Nn]egotiations|[Cc]onsultations)\s+(?:involved|brought\s+together)\b"   # "The discussions involved A, B and C"
    rf"|\b(?i:{_GATHERINGS})\b[^.;]{{0,120}}?,\s+(?:bringing|which\s+brought)\s+together\b"   # "The meeting convened in Almaty on 26 April, bringing together A, B and C"
    rf"|\bAmong\s+the\s+participants\s+(?:are|were)\b|\b(?:is|are|was|were)\s+also\s+attending\s+the\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_GATHERINGS})\b"
    rf"|\bwas\s+represented\s+at\s+the\s+(?:{_GATHERINGS})\s+by\b"
    r"|\bdelegations?\s+(?:was|were)\s+(?:led|headed)\s+by\b", regex.V1)
# "The event was attended by": a roll where the sentence before tells the gathering
_EVENT_ROLL = regex.compile(r"\s*The\s+event\s+(?:was|is|will\s+be)\s+attended\s+by\b", regex.V1)
# who announces a gathering is none of its parties ("spokesperson Mao Ning announced", "according to Y")
_SPEAKER_BEFORE = regex.compile(r"\b(?:[Ss]pokes(?:person|man|woman)|according\s+to)\b[^,;]{0,60}\Z", regex.V1)
_SPEAKER_AFTER = regex.compile(r"[ \t]*(?:announced|said|added|told|noted|stated)\b", regex.V1)
_WILL_ATTEND_RE = regex.compile(_WILL_ATTEND, regex.V1)
_PLANNED = regex.compile(r"\bwill\s+(?:also\s+)?(?:be\s+)?(?:attend|chair|co-chair|presid|take\s+part|participat|open)", regex.V1)
_ALSO = regex.compile(r"\b(?:also\s+(?:attend|took|take|participat)|(?:attended|took\s+part|participated)\s+also"
                     r"|(?i:also)\s+in\s+attendance"
                     r"|(?:was|were)\s+represented\s+(?:at\s+the\s+[\w-]+\s+)?by)", regex.V1)  # ("Turkmenistan was represented at the session by its ambassador Y")
# the chair of a gathering is one of its parties, named before or after the others ("X chaired the meeting")
_CHAIRED = regex.compile(rf"\b(?:chaired|co-chaired|presided\s+over)\s+the\s+(?i:{_GATHERINGS})\b", regex.V1)
_BULLET = regex.compile(r"[ \t]*(?:[-–—•·*]|\d{1,2}[.)])[ \t]", regex.V1)  # a line of a list
_UNSTOPPED = regex.compile(r"[^.!?;:]{3,160}", regex.V1)


def _list_line(text: str, a: int, b: int, ms: list[Mention]) -> bool:
    """A line of a list: a bullet's or number's, or a line that is one office and its holder's name
    ("President of the Republic of Kazakhstan Kassym-Jomart Tokayev"), with no full stop."""
    if _BULLET.match(text, a, b):
        return True
    end = b
    while end > a and text[end - 1].isspace():
        end -= 1
    named = in_span(ms, a, end)
    return len(named) == 1 and named[0].end == end and _UNSTOPPED.fullmatch(text, a, end) is not None


_GATHERING = regex.compile(rf"(?i:\b(?:{_GATHERINGS})\b)", regex.V1)
_GUESTS = regex.compile(r"(?i:\b(?:observers?|guests?|invited)\b)", regex.V1)
_OBSERVERS_LISTED = regex.compile(r"\s*(?:[\w-]+\s+){0,2}?representatives\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?observer\s+(?:states|countries|nations)\s*:",
                                   regex.I | regex.V1)
_CEREMONY = regex.compile(r"\bceremony\b", regex.I | regex.V1)
_ROLL_GAP = 2  # how many sentences may stand between two of a roll's sentences (a quote, a speech)
_ROLL_BACK_CHARS = 1500  # how far before its roll a gathering may have been told


def _parties(text: str, named: list[Mention], lo: int) -> dict[str, Mention]:
    """The parties among the names a roll's sentence lists, in order, from ``lo``: all but the one
    who announced the gathering ("spokesperson Y announced", "according to Y"). The body's own
    officers (the SCO's Secretary-General, the RATS director) are parties too: every gold roll of
    the blind rounds r151-r213 that names one lists them."""
    out: dict[str, Mention] = {}
    prev = lo
    for x in named:
        if not (_SPEAKER_BEFORE.search(text, max(prev, x.start - 90), x.start) or _SPEAKER_AFTER.match(text, x.end)):
            out.setdefault(x.who, x)
        prev = x.end
    return out


# a word every match of ``_ROLL`` holds, lower-cased: sentences with none of them are not searched
# (tests/test_meetings.py checks each alternative of the pattern has one); "part" counts only after
# "took", "taking" or "take", "preside" and "chair" not as the start of "president", "chairman"
ROLL_WORDS = ("attend", "part", "particip", "preside", "chair", "opened", "spoke", "jointly", "held", "present",
              "involved", "together", "represented", "delegation", "included")


def _counts(word: str, lower: str, at: int) -> bool:
    """Whether the occurrence of ``word`` at ``at`` may belong to a match of ``_ROLL``."""
    if word == "part":
        return lower[max(0, at - 16):at].rstrip().endswith(("took", "taking", "take"))
    if word in ("preside", "chair"):
        return lower[at + len(word):at + len(word) + 1] not in ("n", "m", "w", "p")  # president, chairman/-woman/-person
    return True


def _may_roll(text: str, spans: list[tuple[int, int]]) -> set[int] | range:
    """The indexes of the sentences that hold one of ``ROLL_WORDS`` (all of them, where the text
    cannot be lower-cased character for character)."""
    lower = safe_lower(text)
    if lower is None:
        return range(len(spans))
    starts = [a for a, _ in spans]
    found: set[int] = set()
    for word in ROLL_WORDS:
        at = lower.find(word)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            if i >= 0 and i not in found and at < spans[i][1] and _counts(word, lower, at):
                found.add(i)
                at = lower.find(word, spans[i][1])
            else:
                at = lower.find(word, at + 1)
    return found


def roll_call(text: str, spans: list[tuple[int, int]], ms: list[Mention], found: list[Found],
              published: dt.date | None) -> list[Found]:
    """ "The meeting was chaired by A. B, C, D and E attended the meeting.": a gathering of three or
    more named parties, among them a Kazakh and a Chinese one, is one meeting of them all (GUIDE.md:
    a multilateral meeting is a record where the text names those taking part), dated as the
    sentence that tells the gathering. A sentence of observers or guests alone is no roll; the
    observer states' envoys a roll's later sentence names are its parties, other bodies' are not."""
    out: list[Found] = []
    rolls, guests = [], set()
    may_roll = _may_roll(text, spans)
    for i, (a, b) in enumerate(spans):
        if (i in may_roll and _ROLL.search(text, a, b)) or i and _EVENT_ROLL.match(text, a, b) and _GATHERING.search(text, *spans[i - 1]) or (
                rolls and _OBSERVERS_LISTED.match(text, a, b)):
            # (or a list of a roll's observers with no verb: "High representatives of the SCO Observer States: A, B")
            # (also "The event was attended by A, B and C" right after a sentence that tells the meeting)
            named = next((x.start for x in in_span(ms, a, b)), b)
            if not _GUESTS.search(text, a, named):
                rolls.append(i)
            elif rolls and i - rolls[-1] <= _ROLL_GAP + 1:
                # "Representatives of the observer states also took part in the meeting: A, B": the
                # observers of a roll told before are its parties too (the gold of the blind rounds
                # r186, r250 and r261 lists them in 9 of its 10 such rolls); a sentence of observers
                # or guests alone is no roll
                rolls.append(i)
                guests.add(i)
        elif rolls and rolls[-1] == i - 1 and _list_line(text, a, b, ms) and (
                text[spans[i - 1][1] - 1] == ":" or _list_line(text, *spans[i - 1], ms)):
            rolls.append(i)  # "The delegations were led by:" and the lines of its list
    groups: list[list[int]] = []
    for i in rolls:
        if groups and i - groups[-1][-1] <= _ROLL_GAP + 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    for group in groups:
        people: dict[str, Mention] = {}
        last = group[0]
        for i in group:
            named = len(people) >= 3 and {"KZ", "CN"} <= {x.country for x in people.values()}
            listed = i > group[0] and _list_line(text, *spans[i], ms)  # ("will be attended by:", a line a party)
            if named and not listed and i not in guests and not _ALSO.search(text, *spans[i]) and not _CHAIRED.search(text, *spans[i]):
                # the parties are named; those the next sentence adds attended ("The meeting was attended
                # by SCO Secretary-General Y"), unless they "also" took part as they did, or chaired it
                # (the observers named after them are parties still)
                continue
            # (a plan's parties are named before "will attend the meeting": those after it invited
            # one of them, "X will attend the summit and, at the invitation of A and B, pay visits")
            upto = w.start() if (w := _WILL_ATTEND_RE.search(text, *spans[i])) else spans[i][1]
            had = len(people)
            for who, x in _parties(text, in_span(ms, spans[i][0], upto), spans[i][0]).items():
                if i not in guests or x.country is not None:
                    people.setdefault(who, x)  # (of the observers and guests, the states' envoys: not "the UN Secretary-General's envoy")
            if i == group[0] or len(people) > had:
                last = i  # (not "It will be attended by leaders of observer countries", naming no one: no part of the roll)
        start, end = spans[group[0]][0], spans[last][1]
        # the gathering is told in the roll's first sentence or in one of the five before it: the
        # nearest that gives a date, else the nearest that names it
        first = group[0]
        told = [(j, g.start()) for j in range(first, max(-1, first - 6), -1) if (g := _GATHERING.search(text, *spans[j]))]
        missing = {"KZ", "CN"} - {x.country for x in people.values()}
        if missing and len(people) >= 2:
            # "The sixth China-Central Asia Foreign Ministers' Meeting opened in Almaty, where Chinese
            # Foreign Minister Y outlined ... The meeting was attended by A; B; C and D": the side the
            # roll lacks, named where the gathering was told (past a list and a speech, not further
            # than a page's few paragraphs)
            told_before = next((j for j in range(first - 1, max(-1, first - 13), -1)
                                if spans[j][0] >= spans[first][0] - _ROLL_BACK_CHARS and _GATHERING.search(text, *spans[j])), None)
            if told_before is not None:
                people = {**{x.who: x for x in in_span(ms, *spans[told_before]) if x.country in missing}, **people}
        if len(people) < 3 or not {"KZ", "CN"} <= {x.country for x in people.values()} or any(
                start <= f.start < end and len(f.participants) >= 2 and not f.anchor for f in found):
            continue  # ("X met Y, and co-chaired the committee's meeting with Z": meetings of their own)
        if first and _ALSO.search(text, *spans[first]) and _CEREMONY.search(text, *spans[first]) and any(
                spans[first - 1][0] <= f.start < spans[first - 1][1] and len(f.participants) >= 2 for f in found):
            continue  # "X signed the MoU with Y. A, B and C also attended the signing ceremony": the signing's guests
        if len({f.participants[0] for f in found if start <= f.start < end and f.kind is MeetingKind.VISIT
                and len(f.participants) == 1} & set(people)) >= 2:
            continue  # ("A visited China in April; B arrived in Kazakhstan; C visited and took part in the meeting": trips of their own)
        planned = any(_PLANNED.search(text, *spans[j]) for j in group if j <= last)
        picks = [pick_date(text, *spans[j], at, published, planned) for j, at in told or [(first, spans[first][0])]]
        picked = next((p for p in picks if p.date or p.first), picks[0])  # (or a span of days with no year: "on 5-6 April")
        # (a gathering of several days is dated by its first: "On May 23-24, 2016, Tashkent hosted")
        date = picked.first if picked.first and picked.date and picked.first.startswith(picked.date) else picked.date
        source = DateSource.TEXT if picked.date else None
        if planned and not (picked.has_date and date and (len(date) == 10 or date.startswith("--"))):
            continue  # a gathering to come with no day of its own is no record
        if not picked.has_date and not picked.past and published is not None:
            date, source = published.isoformat(), DateSource.PUBLISHED  # the day's news
        where = next((p for j, _ in told or [(first, 0)] if (p := place_named(text, *spans[j]))), None)
        out.append(Found("meeting.roll_call", MeetingKind.MEETING, start, end, list(people),
                         date, source, picked.has_date, where,
                         countries={w: x.country for w, x in people.items()},
                         names={w: x.name for w, x in people.items()}, sent=start,
                         first=picked.first if picked.has_date else None))
    return out + _delegations_led(text, spans, ms, found, published)


def _own_or_news(picked: Picked, published: dt.date | None) -> tuple[str | None, DateSource | None]:
    """A meeting's date: the one its sentence gives, else the page's (the day's news) where it is not
    told as past, else none."""
    if picked.date:
        return picked.date, DateSource.TEXT
    if published and not picked.has_date and not picked.past:
        return published.isoformat(), DateSource.PUBLISHED
    return None, None


# "The heads of delegations were received by President X", "The delegation leaders met with X"
_HEADS_MET = regex.compile(
    r"\b(?:(?:heads|leaders)\s+of\s+(?:the\s+)?delegations|delegation\s+(?:heads|leaders))\s+"
    r"(?:were\s+(?:also\s+)?received\s+by|(?:also\s+)?met(?:\s+with)?|held\s+a\s+(?:joint\s+)?meeting\s+with)\s+",
    regex.I | regex.V1)


# "President X received the heads of delegations", "X met the heads of the member states' delegations": X is named before
_RECEIVED_HEADS = regex.compile(
    r"\b(?:received|met(?:\s+with)?|hosted)\s+(?:all\s+)?(?:the\s+)?(?:(?:heads|leaders)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?delegations"
    r"|delegation\s+(?:heads|leaders))\b",
    regex.I | regex.V1)


def _heads_and_host(text: str, ms: list[Mention], a: int, b: int) -> tuple[regex.Match[str], Mention] | None:
    """Where a sentence tells the heads of delegations meeting one person, and who: "The heads of
    delegations were received by X" (X after), "X received the heads of delegations" (X right before)."""
    if (heads := _HEADS_MET.search(text, a, b)) is not None:
        host = in_span(ms, heads.end(), min(b, heads.end() + 120))[:1]
        return (heads, host[0]) if host else None
    if (heads := _RECEIVED_HEADS.search(text, a, b)) is not None:
        host = in_span(ms, a, heads.start())[-1:]
        if host and regex.fullmatch(r"\s+(?:also\s+|then\s+|later\s+)?", text[host[0].end:heads.start()]):
            return heads, host[0]
    return None


def heads_received(text: str, spans: list[tuple[int, int]], ms: list[Mention], found: list[Found],
                   published: dt.date | None) -> list[Found]:
    """ "The meeting was attended by A, B, C ... The heads of delegations were received by President
    X" (or "President X received the heads of delegations"): one meeting of X with the roll told
    before, dated as its own sentence tells (or the day's news), not as the gathering."""
    out: list[Found] = []
    rolls = [f for f in found if f.rule == "meeting.roll_call"]
    if not rolls:
        return out
    for a, b in spans:
        if (told := _heads_and_host(text, ms, a, b)) is None:
            continue
        heads, x = told
        roll = next((f for f in reversed(rolls) if f.end <= a and a - f.end <= _ROLL_BACK_CHARS), None)
        if roll is None or x.who in roll.participants:
            continue
        picked = pick_date(text, a, b, heads.start(), published, False)
        date, source = _own_or_news(picked, published)
        out.append(Found("meeting.heads_received", MeetingKind.MEETING, a, b, [x.who, *roll.participants], date, source,
                         picked.has_date, place_named(text, a, b) or roll.location,
                         countries={x.who: x.country, **roll.countries}, names={x.who: x.name, **roll.names}, sent=a,
                         again=True))  # (another meeting than the gathering of the roll, not one with it)
    return out


# "The Kazakh delegation was headed by A, while the Chinese delegation was led by B": the two heads met
_DELEGATION_LED = regex.compile(r"\b(?P<c>[A-Z][\w’'-]+)\s+delegation\s+(?:was|is)\s+(?:led|headed)\s+by\s+", regex.V1)


def _delegations_led(text: str, spans: list[tuple[int, int]], ms: list[Mention], found: list[Found],
                     published: dt.date | None) -> list[Found]:
    """A sentence that names the heads of a Kazakh and a Chinese delegation is their meeting, dated as
    the sentence tells or as the day's news (each head of the country its delegation's word names)."""
    out: list[Found] = []
    if "delegation" not in text:
        return out  # (every match of the pattern holds the word)
    for a, b in spans:
        heads: dict[str, Mention] = {}
        for d in _DELEGATION_LED.finditer(text, a, b):
            head = in_span(ms, d.end(), min(b, d.end() + 60))[:1]
            country = country_of(d.group("c"))
            if head and country in ("KZ", "CN") and head[0].start - d.end() <= 40 and head[0].country in (None, country):
                heads[country] = replace(head[0], country=country)
        if len(heads) != 2 or any(a <= f.start < b and len(f.participants) >= 2 for f in found):
            continue
        picked = pick_date(text, a, b, a, published, False)
        date, source = _own_or_news(picked, published)
        people = list(heads.values())
        out.append(Found("meeting.delegations", MeetingKind.MEETING, a, b, [x.who for x in people], date, source,
                         picked.has_date, place_named(text, a, b), countries={x.who: x.country for x in people},
                         names={x.who: x.name for x in people}, sent=a))
    return out


# "Eight foreign leaders held bilateral meetings or talks with Chinese President Xi Jinping on
# Tuesday", then a paragraph for each: "Kazakh President Kassym-Jomart Tokayev said that ..."
_LEADERS_MET = regex.compile(
    r"\b(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers)\s+(?:(?:also|separately)\s+)?"
    r"(?:held|had)\s+(?:separate\s+|bilateral\s+)?(?:meetings|talks)(?:\s+(?:or|and)\s+talks)?\s+with\s+", regex.V1)
_SAID = regex.compile(r"[^.;]{0,40}?\b(?:said|noted|stressed|expressed|hailed|praised|thanked)\b", regex.V1)
_TURN_CHARS = 4000  # how far after the roundup's sentence its leaders' paragraphs may stand


# "X ..., meeting separately with leaders from 11 foreign countries", then "The eleven included A,
# B, Kazakhstan President C, ...": the host met each of those the next sentence lists
_MET_LEADERS = regex.compile(
    r"\b(?:meeting|met|meets|held\s+(?:separate\s+)?(?:meetings|talks))\s+(?:separately\s+)?with\s+(?:the\s+)?"
    r"(?:(?:\w+\s+)?(?:foreign\s+)?(?:leaders|heads\s+of\s+(?:state|government))\s+(?:from|of)\s+(?:\w+\s+)?(?:foreign\s+)?countries"
    r"|\w+\s+(?:foreign\s+)?(?:leaders|heads\s+of\s+(?:state|government)))\b", regex.V1)
_LISTED = regex.compile(r"\s*(?:(?:The|These|Those)\s+\w+|They)\s+(?:included|include|were|are)\b|\s*Among\s+them\s+(?:were|was|are)\b", regex.V1)


def _listed_after(text: str, spans: list[tuple[int, int]], ms: list[Mention], published: dt.date | None) -> list[Found]:
    """A host's meetings told as a count of leaders, then the list of them in the next sentence:
    the host's meeting with each listed leader of the other country, dated as the first sentence."""
    out: list[Found] = []
    for i, (a, b) in enumerate(spans[:-1]):
        if (m := _MET_LEADERS.search(text, a, b)) is None:
            continue
        host = in_span(ms, a, m.start())[-1:]
        c, d = spans[i + 1]
        if not host or host[0].country not in PARTNER or not _LISTED.match(text, c, d):
            continue
        out += _host_met("meeting.leaders_listed", text, (a, b), m.start(), host[0],
                         [(y, c) for y in in_span(ms, c, d)], published)
    return out


def _host_met(rule: str, text: str, told: tuple[int, int], at: int, x: Mention, named: list[tuple[Mention, int]],
              published: dt.date | None) -> list[Found]:
    """The meetings of a roundup's host ``x`` with each person of the partner country among
    ``named`` (each with the start of the sentence that names them), once each, dated as the
    roundup's sentence ``told``."""
    picked = pick_date(text, *told, at, published, False)
    date, source = _own_or_news(picked, published)
    out: list[Found] = []
    seen: set[str] = set()
    for y, sent in named:
        if y.country == PARTNER[x.country] and y.who not in seen:
            seen.add(y.who)
            out.append(Found(rule, MeetingKind.MEETING, y.start, y.end, [x.who, y.who], date, source, picked.has_date,
                             place_named(text, *told), countries={x.who: x.country, y.who: y.country},
                             names={x.who: x.name, y.who: y.name}, sent=sent))
    return out


def leaders_in_turn(text: str, spans: list[tuple[int, int]], ms: list[Mention], published: dt.date | None) -> list[Found]:
    """A roundup of one host's bilateral meetings with leaders it does not name ("Eight foreign
    leaders held bilateral meetings or talks with Xi on Tuesday"), then what each leader said: the
    host's meeting with each leader of the other country who opens such a sentence, dated as the
    roundup (GUIDE.md: "met with A and B" is one record per counterpart); and the roundups whose
    leaders the next sentence lists (``_listed_after``)."""
    out: list[Found] = []
    for i, (a, b) in enumerate(spans):
        if (m := _LEADERS_MET.search(text, a, b)) is None:
            continue
        host = in_span(ms, m.end(), min(b, m.end() + 120))[:1]
        if not host or host[0].country not in PARTNER or not adjacent(text, m.end(), host[0].start):
            continue
        speakers: list[tuple[Mention, int]] = []
        for c, d in spans[i + 1:]:
            if c - b > _TURN_CHARS:
                break
            first = in_span(ms, c, min(d, c + 150))[:1]
            if first and adjacent(text, c, first[0].start) and _SAID.match(text, first[0].end, d) is not None:
                speakers.append((first[0], c))
        out += _host_met("meeting.leaders_in_turn", text, (a, b), m.start(), host[0], speakers, published)
    return out + _listed_after(text, spans, ms, published)
