"""Who the sides of one meeting trigger are: a reader for each family of rules.

A trigger (``meeting_triggers``) says that a meeting is told; the reader of its family says who
took part, from the mentions of people (``people``) around it (``parties``): the subject and
object of a verb ("X met Y", "Y received X"), the persons a meeting's noun names ("talks between
X and Y", "during the meeting with Y, X said"), two sides told together ("X and Y discussed"),
a visitor ("X paid a state visit to China", "the visit of X", read in ``meeting_visits``). No
reader: no record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .meeting_settle import Found, kazakh_by_shape
from .meeting_triggers import GLAD_TO, cues
from .meeting_visits import visit_sides
from .parties import (
    COMPANY, DELEGATION, adjacent, coordinated, delegation_head, ending_at, he_named, in_company, in_span, joined, named_after,
    named_after_comma, named_at, object_of, office_words, offices_then_named, pronoun, quote_opening,
    relative_subject, speaker, subject_of,
)
from .people import Mention
from .records import Document, MeetingKind
from .rules import Rule
from .rules import compiled as _re


@dataclass(frozen=True)
class Trigger:
    """One trigger in its sentence: ``seg`` is its stretch of the sentence, ``prior`` the
    sentence's meeting told just before, ``future`` whether the trigger tells a plan."""

    doc: Document
    ms: list[Mention]
    sent: tuple[int, int]
    rule: Rule
    m: regex.Match[str]
    seg: tuple[int, int]
    prior: Found | None
    future: bool


@dataclass
class Sides:
    """The parties a trigger names, and what its reader learnt on the way."""

    subj: list[Mention] = field(default_factory=list)
    obj: list[Mention] = field(default_factory=list)
    kind: MeetingKind | None = None  # the reader's own kind ("holding talks with"), else the rule's
    anchor: bool = False  # a meeting with an unnamed side: only a date for the meetings told after it
    tied: str | None = None  # the person a pronoun stands for ("he was met by Y")
    shared: Found | None = None  # the meeting whose subject (and date) this verb shares
    recalled: bool = False  # named as the cause of the day's news, not as the news itself


def sides(t: Trigger) -> Sides | None:
    """The sides of ``t``, or None where its words show it is no meeting of named persons."""
    rid = t.rule.id
    if rid in _VERBS:
        return _verbs(t)
    if rid in _NOUNS:
        return _nouns(t)
    if rid in _JOINT:
        return _joint(t)
    if rid.startswith("visit."):
        return None if (v := visit_sides(t)) is None else Sides(*v)
    return Sides()


_VERBS = frozenset({"meeting.met", "meeting.held_meeting", "meeting.held_talks", "meeting.received",
                    "meeting.welcomed", "meeting.hosted", "call.phone", "meeting.video", "meeting.received_by"})
_NOUNS = frozenset({"meeting.between", "meeting.during_meeting_with", "meeting.possessive", "meeting.participle",
                    "meeting.shown", "meeting.joined_by", "meeting.sides_at"})
_JOINT = frozenset({"meeting.joint", "meeting.their", "meeting.told_visiting", "meeting.joint_possessive"})


_HE_AND = _re(r"\b(?:he|she)\s+and\s+(?:[A-Z][\w’'.-]*\s+){0,5}\Z")  # "he and President Y": a pronoun joined to the subject


# the verb of a first predicate, whose subject a second one after "and" shares
_EARLIER_VERB = _re(r"\b(?:met|held|visited|attended|signed|arrived|toured|paid|took\s+part|participated|discussed)\b")


def _verbs(t: Trigger) -> Sides | None:
    """"X met (with) Y", "X held talks with Y", "X received Y", "X was received by Y", "X had a
    telephone conversation with Y": subject and object of the verb."""
    text, ms, sent, seg, m, r, prior = t.doc.text, t.ms, t.sent, t.seg, t.m, t.rule, t.prior
    at, end = m.start(), m.end()
    subj: list[Mention] = []
    obj: list[Mention] = []
    anchor, tied, shared = False, None, None
    if r.id != "meeting.received_by":
        subj = subject_of(text, ms, sent, at) or relative_subject(text, ms, sent, at)
        if r.id == "meeting.held_meeting" and m.group().lower().endswith("meeting") and not joined(text, subj) and not (
                len(subj) == 1 and _HE_AND.search(text, max(sent[0], subj[0].start - 60), subj[0].start)):
            return None  # "held a meeting in Astana" tells a meeting of two only with two subjects ("he and Y" too)
        if not subj and m.group().lower().startswith(("while", "when", "after")) and (said := _re(
                rf"\s+(?:{cues().speech})(?:\s+(?:here|there|today|reporters|journalists|(?:the\s+|a\s+)?(?:press|media|briefing|news\s+conference|press\s+conference)))?\s+\Z",
                regex.I).search(text, max(sent[0], at - 40), at)):
            # "..., Wang Yi said here while meeting with Y", "X told reporters (a briefing) after meeting Y": the speaker
            subj = ending_at(ms, said.start())
        if prior and _re(r"(?:,\s+|\s+)and\s+(?:then\s+|also\s+|later\s+)?\Z").search(text, seg[0], at):
            # "X met A and B, and held the committee meeting with C": the first verb's subject
            first = [x for x in in_span(ms, sent[0], at) if x.who == prior.participants[0]]
            if not first and subj and subj[-1].who in prior.participants[1:]:
                # ('"I held talks with A and met B," X said': the speaker named after, not A)
                first = [x for x in in_span(ms, sent[0], sent[1]) if x.who == prior.participants[0]]
            subj = first[:1] or subj
            shared = prior if first else None
        elif subj and seg[0] > sent[0] and subj[-1].start >= seg[0] and _re(
                r"\s+and\s+(?:then\s+|also\s+|later\s+|will\s+)?\Z").fullmatch(text, subj[-1].end, at):
            # "X will meet with A and hold talks with B": the one named before is the
            # object of the verb before, whose subject this verb shares (an "I" too: the speaker)
            subj = subject_of(text, ms, sent, seg[0])
            if not subj and _re(r"(?<![\w’'-])I\s+(?:[a-z]+\s+){0,4}\Z").search(text, max(sent[0], seg[0] - 40), seg[0]):
                sp = speaker(text, ms, sent, at)
                subj = [sp] if sp else []
        if not subj and _re(rf"(?<![\w’'-])(?:I|[Ww]e)(?:\s+(?:have\s+|had\s+|also\s+|then\s+)?|(?:\s+(?:am|are)|[’'](?:m|re))\s+"
                            rf"{GLAD_TO}\s+)\Z").search(
                text[max(sent[0], at - 40):at]):
            sp = speaker(text, ms, sent, at)  # "I met Ambassador Zhang," said ...; '"We had talks with Y," he said; "I am glad to meet Y"
            subj = [sp] if sp else []
        if _re(r"\s+(?:him|her)\b").match(text[end:end + 6]):
            obj = pronoun(text, ms, sent, at, {s.who for s in subj})
            tied = obj[0].who if obj else None
        elif _re(r"\s+me\b").match(text[end:end + 5]):
            sp = speaker(text, ms, sent, at)
            obj = [sp] if sp else []
        elif r.id in ("meeting.received", "meeting.met", "meeting.welcomed", "meeting.hosted") and (group := _re(
                rf"\s+the\s+(?:[A-Z][\w’'-]*\s+){{0,3}}?(?:{DELEGATION})\b").match(text, end, sent[1])) and (
                head := delegation_head(text, ms, sent, group.end())):
            obj = head  # "X received the delegation": its head, named before (not "the delegation headed by Y")
        else:
            obj = object_of(text, ms, end, end, seg[1] if r.id == "meeting.held_talks" else sent[1])
        if obj and r.id in ("meeting.welcomed", "meeting.received") and not adjacent(text, end, obj[0].start):
            return None  # "welcomed the progress made with China", not a person
        if not subj and obj:
            subj = he_named(text, ms, sent, at, {o.who for o in obj})  # "He met with Defense Minister Y"
        if not subj and obj:
            subj = delegation_head(text, ms, sent, at)  # "The deputies met with Y", of "a delegation led by X"
        # "Tokayev and Wang Yi met on May 20": two subjects and no object
        he_and = False
        if len(subj) == 1 and (he := _HE_AND.search(text, max(sent[0], subj[0].start - 60), subj[0].start)):
            # "he and President Tokayev met twice": "he" is the person named last before
            subj = pronoun(text, ms, sent, he.start(), {subj[0].who}) + subj
            he_and = len(subj) == 2
        elif len(subj) == 1 and _re(r"\s+and\s+(?:he|she|him|her)\s+(?:[a-z]+\s+){0,2}?\Z").match(text, subj[0].end, at):
            # "Xi noted that Tokayev and him met twice": the person named last before
            subj = pronoun(text, ms, sent, subj[0].start, {subj[0].who}) + subj
        alone = (r.id in ("meeting.met", "call.phone", "meeting.video", "meeting.held_meeting") and len(subj) >= 2
                 and not m.group().lower().endswith("with")
                 and (subj[0].start == subj[-1].start or joined(text, subj) or he_and or _re(
                     r"\s+and\s+(?:he|she|him|her)\b").match(text, subj[-1].end) is not None)
                 # ("A and B met W. Jiabao at the airport": an object the text names, if no list knows it)
                 and not (r.id == "meeting.met" and not obj and _re(r"\s+(?:[A-Z]|his\b|her\b)").match(text, end)))
        if alone and r.id == "meeting.met" and obj and not adjacent(text, end, obj[0].start) and not _re(
                r"\s+(?:[a-z]+ly\s+)?with\b").match(text, end, obj[0].start):
            obj = []  # "A and B met as part of the visit of C": they met each other, C is told of
        if not subj and len(obj) >= 2 and not alone:
            return None  # "Zhumagaliyev also met with A and B", its subject no known name: not A with B
        if not obj and not alone and (r.id != "meeting.held_talks" or (
                len(subj) == 1 and m.group().lower().endswith("with"))):
            # ("X held talks with the largest Chinese companies on Oct. 17": an unnamed side too)
            if not (r.id in ("meeting.met", "meeting.held_meeting", "meeting.held_talks")
                    and (len(subj) == 1 or joined(text, subj))):
                return None
            # "Xi met with leaders of Central Asian countries in Dushanbe on Friday": no record
            # (an unnamed side), but the day it gives X's meetings told next with no date of their own
            anchor = True
    elif r.id == "meeting.received_by":
        obj = subject_of(text, ms, sent, at)
        if _re(r"\s+and\s+(?:also\s+|later\s+|then\s+)?\Z").search(text, max(sent[0], at - 14), at) and (
                verb := list(_EARLIER_VERB.finditer(text, sent[0], at))):
            # "The delegation also met with A and was received by Y": the subject of the verb before, not A
            v = verb[-1].start()
            obj = subject_of(text, ms, sent, v) or delegation_head(text, ms, sent, v)
        if obj and (company := COMPANY.search(text, max(sent[0], obj[0].start - 80), obj[0].start)) and (
                head := [x for x in in_span(ms, sent[0], company.start()) if x.end <= company.start()][-1:]) and \
                _re(r"[\s,]*").fullmatch(text, head[0].end, company.start()):
            obj = head  # "Xi, accompanied by Wang Yi and Cai Qi, was welcomed by Y": the one they accompany
        if obj and (his := _re(r"\b(?:he|she)\s+(?:is|was)\s+accompanied\s+(?:on\s+(?:the|his|her)\s+\w+\s+)?by\b",
                               regex.I).search(text, max(sent[0], obj[0].start - 120), obj[0].start)) and \
                not in_span(ms, sent[0], his.start()):
            # "He is accompanied on the trip by A and B, and was greeted by Y": the one they accompany
            obj = pronoun(text, ms, sent, his.start(), set())
            tied = obj[0].who if obj else None
        if not obj and _re(r"\b(?:he|she)\s+\Z", regex.I).search(text[max(sent[0], at - 8):at]):
            obj = pronoun(text, ms, sent, at, set())  # "At the airport he was met by Y"
            tied = obj[0].who if obj else None
        if not obj:
            obj = delegation_head(text, ms, sent, at)  # "Then the guests were received by Y": the delegation's head
        subj = object_of(text, ms, end, end, sent[1])
    return Sides(subj, obj, anchor=anchor, tied=tied, shared=shared)


def _nouns(t: Trigger) -> Sides | None:
    """A meeting named by its noun: "talks between X and Y", "during the meeting with Y, X said",
    "X's meeting with Y", "holding talks with Y, X ...", "X meeting with Y" under a photo."""
    text, ms, sent, m, r = t.doc.text, t.ms, t.sent, t.m, t.rule
    at, end = m.start(), m.end()
    subj: list[Mention] = []
    obj: list[Mention] = []
    kind, recalled = None, False
    if r.id == "meeting.between":
        if _re(r"\b(?:following|after|since)\s+(?:the\s+)?\Z", regex.I).search(text, max(sent[0], at - 16), at) and not \
                _re(r"\s*(?:(?:[A-Z]{3,}[\s.,:–—-]*){0,3})?(?:Following|After)\s+(?:the\s+)?\Z").fullmatch(text, sent[0], at):
            # "projects signed following the talks between X and Y": an earlier meeting; not so the lead
            # "BEIJING. KAZINFORM - Following the talks of X with Y, the sides have signed ...": the day's
            recalled = True
        after = in_span(ms, end, sent[1])
        if after:
            subj = coordinated(text, after, after[0], sent[1])
        of = m.group().lower().endswith("of")  # "a meeting of X and Y", not "a meeting between"
        if of and len(subj) == 1 and (led := _re(
                r"[^.;]{0,100}?\band\s+(?:a|the)?\s*(?:delegation|representatives)\b[^.;]{0,200}?\b(?:led|headed)\s+by\s+"
                ).match(text, subj[0].end, sent[1])) and (head := named_at(text, ms, led.end(), sent[1], reach=80, refused="with")):
            subj = subj + [head]  # "a meeting of X and a delegation ... led by Y" ("Consul General in Almaty Y")
        elif len(subj) == 1 and (
                with_ := _re(r"\s+with\s+").match(text, subj[0].end, sent[1])) and (
                named_after(text, ms, with_.end(), sent[1]) or offices_then_named(text, ms, with_.end(), sent[1])):
            # "the talks of X with Y"; "the meeting of X with a member of the standing committee of
            # the ... Party Committee, secretary of the city committee, Y": offices only between
            subj = subj + in_span(ms, with_.end(), sent[1])[:1]
        elif of and len(subj) == 1 and _re(r"\s+with\s+(?:the|a|an)\s+").match(text, subj[0].end, sent[1]):
            # "A meeting of X with the director general of a Chinese company took place": an unnamed
            # side, no record; the day and the series of meetings told after it (as "X met with ...")
            return Sides(subj, [], anchor=True)
        elif of and not (after and named_after(text, ms, end, sent[1]) and joined(text, subj)):
            return None  # "a meeting of A, minister, and B": two named right after; not "the meeting of the Council"
    elif r.id == "meeting.during_meeting_with":
        obj = object_of(text, ms, end, end, sent[1])
        if obj and _re(r"\s+(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,3}\s*,\s*").fullmatch(text, end, obj[0].start) and not (
                set(text[end:obj[0].start].lower().split()) & office_words()):
            obj = []  # "During his call with Saif, Zhao said": a name not found, then the clause's subject
        if not obj:
            return None  # "during their meeting with investors": no named other party
        if (he := _re(rf"\b(?:he|she)\s+(?:{cues().speech})\s+\Z", regex.I).search(text, max(sent[0], at - 24), at)):
            # '"...," he said after the meeting with Y': the one "he" stands for, named before the quote
            # (not a name inside it)
            before = he.start()
            if (close := _re(r'["”]\s*\Z').search(text, max(0, before - 4), before)) is not None:
                opening = quote_opening(text, close.start())
                before = opening if opening >= 0 else before
            subj = pronoun(text, ms, sent, before, {x.who for x in obj})
        else:
            subj = subject_of(text, ms, sent, at) or [x for x in in_span(ms, sent[0], at)][-1:]
        if not subj and obj and m.group("passive") and obj[0].country in ("KZ", "CN"):
            # "During the visit, negotiations were held with Y": the one of the other country named last before
            subj = next(([x] for x in reversed(in_span(ms, max(0, at - 1000), at))
                         if x.country in ("KZ", "CN", None) and x.country != obj[0].country), [])
            if not subj and not in_span(ms, 0, at):
                # (the page opens with it: the one of the other country its next sentence names,
                # "... were held with Wang Yi. Minister Kosherbayev congratulated the Chinese side")
                # (or a Kazakh no word made one: "Minister Mukhtarov congratulated the Chinese side")
                subj = next(([x] for x in in_span(ms, sent[1], min(len(text), sent[1] + 400))
                             if x.country in ("KZ", "CN") and x.country != obj[0].country
                             or obj[0].country == "CN" and kazakh_by_shape(text, x)), [])
        if not subj and obj:
            # "During the meeting with Y, X noted": the subject of the main clause, right after
            after = [x for x in in_span(ms, obj[-1].end, sent[1]) if x.who not in {o.who for o in obj}]  # (not its office again)
            # (a date or a place may close the fronted phrase: "..., on Monday, Wang Yi said")
            # (and the other party's office set off by commas: "During the talks with Y, Vice-Chairperson
            # of the NPC Standing Committee, the Majilis Speaker emphasized")
            # (or a relative clause: "At the talks with Y, who arrived in Kazakhstan, X recalled")
            if after and (gap := _re(r"(?:,[ \t]*(?:(?-i:[A-Z])|who\s)[^,;.:]{1,100}?(?=,))?"
                                     r"(?:[\s,]+(?:on|in|at|last|this)\s+[\w .’'-]{1,30}?)?[\s,]*(?:the\s+)?"
                                     # (and an office before the name: "..., Head of State Kassym-Jomart Tokayev
                                     # said", "..., the Chinese vice president Xi Jinping said")
                                     r"((?:[\w’'-]+\s+){0,6})").fullmatch(text[obj[-1].end:after[0].start])) and all(
                    w[0].isupper() or w.lower() in office_words() or w in ("to", "of", "the", "for")
                    for w in gap.group(1).split()):
                # (an office's own small words: "..., Chinese ambassador to Kazakhstan Zhang Xiao spoke")
                subj = after[:1]
    elif r.id == "meeting.possessive":
        obj = object_of(text, ms, end, end, sent[1])
        if text[at] in "’'":
            subj = ending_at(ms, at)
        elif obj and _re(r"\s*(?:During|At|In\s+the\s+course\s+of)\s+(?:his|her)\s+\Z").fullmatch(text, sent[0], at) and (
                comma := text.find(",", obj[-1].end, sent[1])) >= 0:
            # "During his meeting with Y, Head of State X said": the one named after the fronted phrase
            subj = named_after_comma(ms, comma, sent[1], obj)
        elif text[at:at + 3].lower() in ("my ", "our"):  # "I recall our meeting with Y," X said: the speaker
            sp = speaker(text, ms, sent, at)
            subj = [sp] if sp and sp.who not in {x.who for x in obj} else []
        else:  # "his meeting with": the person last named before, who is not the other party
            subj = pronoun(text, ms, sent, at, {x.who for x in obj})
    elif r.id == "meeting.participle":
        comma = text.find(",", end, sent[1])
        if comma < 0:
            return None
        obj = object_of(text, ms, end, end, comma)
        # (the first person after the comma who is not the object: "Holding talks with Xi, the
        # Chinese leader wished Tokayev ..." is Tokayev's talks)
        subj = named_after_comma(ms, comma, sent[1], obj)
        if not obj and subj and m.group().strip() == "Meeting" and not text[sent[0]:at].strip() and \
                joined(text, pair := coordinated(text, in_span(ms, comma, sent[1]), subj[0], sent[1])) and \
                len(pair) == 2 and {x.country for x in pair} == {"KZ", "CN"}:
            # "Meeting in Beijing on May 7, X and Y signed five agreements": the two after the comma
            subj, obj = pair[:1], pair[1:]
        if r.id == "meeting.participle" and m.group().lower().lstrip().startswith(("holding talks", "while holding talks")):
            kind = MeetingKind.TALKS
    elif r.id == "meeting.shown":
        subj = ending_at(ms, at)  # "(photo shows) Xi Jinping meeting with Tokayev": the name right before
        obj = object_of(text, ms, end, end, sent[1]) if subj else []
        if "talks" in m.group().lower():
            kind = MeetingKind.TALKS
    elif r.id in ("meeting.joined_by", "meeting.sides_at"):
        after = in_span(ms, end, sent[1])
        if after:
            subj = coordinated(text, after, after[0], sent[1])
        if r.id == "meeting.sides_at" and len(subj) == 1 and subj[0].country is not None:
            obj = _addressed(text, after, subj[0])
    return Sides(subj, obj, kind=kind, recalled=recalled)


def _addressed(text: str, after: list[Mention], subj: Mention) -> list[Mention]:
    """"At the Thursday meeting, X congratulated / thanked / told Y": the first person of the other
    country after the one who speaks, in the same clause; none past a "that", a quote or a colon
    (what X said names people, not the one X met)."""
    for m in after:
        if m.start <= subj.end or m.country is None:
            continue
        if m.country != subj.country and _ADDRESS_GAP.fullmatch(text, subj.end, m.start):
            return [m]
        break
    return []


_ADDRESS_GAP = _re(r"""(?:(?!\bthat\b|\bsaid\b|\bnoted\b|[.;:"“”«»])[^\n]){1,160}""")


def _joint(t: Trigger) -> Sides | None:
    """Two sides told together: "X and Y discussed", "X co-chaired ... with Y", "after their
    talks", "told the visiting Y", "X and Y's talks"."""
    text, ms, sent, seg, m, r = t.doc.text, t.ms, t.sent, t.seg, t.m, t.rule
    at, end = m.start(), m.end()
    subj: list[Mention] = []
    obj: list[Mention] = []
    if r.id == "meeting.joint":
        # "X and Y discussed ...": two parties of two countries; "X co-chaired ... with Y";
        # "... were discussed by X and Y"
        subj = subject_of(text, ms, sent, at)
        if not subj and _re(r"(?<![\w’'-])(?:I|[Ww]e)\s+(?:have\s+|had\s+|also\s+|then\s+)?\Z").search(text, max(sent[0], at - 12), at):
            sp = speaker(text, ms, sent, at)  # '"We discussed it with Y on May 19," X said': the speaker
            subj = [sp] if sp else []
        if m.group("accord") is not None and (
                not joined(text, subj) or any(x.how == "pair" for x in subj)
                or _re(r"\b(?:have|has|had)\s+\Z").search(text, subj[-1].end, at)
                or _re(rf"\b(?:{cues().speech})\b", regex.I).search(text, sent[0], subj[0].start)):
            # "X agreed to ...": one side's word; "X and Y agreed to ...", the two of them together (not
            # "the two leaders pledged", "Z said that X and Y have agreed": an accord told, not a meeting)
            return None
        company = False
        if m.group("presence") is not None and len(subj) == 1:
            subj = in_company(text, ms, sent, subj)  # "X, together with Y, attended": the two of them
            company = len(subj) == 2
        if m.group().lower().endswith((" by", "chairmanship of")):  # ("under the chairmanship of X and Y")
            after = in_span(ms, end, sent[1])
            if after and ("chair" in m.group().lower() or "signed" in m.group().lower()) and not adjacent(text, end, after[0].start):
                after = []  # ("chaired by China, was attended by A, B ...": no chair named; "signed by the heads of
                # the companies in the presence of X and Y": no signatory named)
            subj = coordinated(text, after, after[0], sent[1]) if after else []
            if m.group().startswith(("signed", "witnessed")):
                # ("On June 12, witnessed by A and B, C and D signed": a participle set off by commas
                # ends with its first "and", the main clause's subject after it)
                cut = next((i for i in range(1, len(subj)) if _re(r"\band\b").search(text, subj[i - 1].end, subj[i].start)), None)
                subj = subj if cut is None else subj[:cut + 1]
        if len(subj) >= 2 and _re(r"\s*With\s+[^,.;]{0,120}\Z").fullmatch(text, sent[0], subj[0].start) and \
                "," in text[subj[0].end:subj[1].start]:
            obj, subj = subj[:1], subj[1:]  # "With CITIC Chairman Y, X discussed the projects"
        elif len(subj) == 1 and _re(r"\s*With\s+[^,.;]{0,120}\Z").fullmatch(text, sent[0], subj[0].start) and \
                _re(r",\s*(?:he|she)\s+(?:also\s+)?").fullmatch(text, subj[0].end, at):
            # "With Foreign Minister Y, he reviewed cooperation": "he" is the one named before
            obj, subj = subj, he_named(text, ms, sent, at, {subj[0].who})
        elif len(subj) == 1 and m.group().lower().endswith("with"):
            obj = object_of(text, ms, end, end, sent[1])  # "X exchanged views with Y"
        elif len(subj) == 1 and not m.group().lower().endswith((" by", "chairmanship of")) and (
                with_ := _re(r"[^.;:]{0,160}?\bwith\s+").match(text, end, sent[1])) and (
                after := in_span(ms, with_.end(), min(sent[1], with_.end() + 120))) and adjacent(text, with_.end(), after[0].start):
            # "X discussed issues of investment in energy with CNPC Chairman Y": the one discussed with
            obj = coordinated(text, after, after[0], sent[1])
        elif len(subj) < 2 and m.group().lower().startswith("co-chair"):
            with_ = _re(r"\bwith\b").search(text, end, seg[1])
            obj = object_of(text, ms, with_.end(), with_.end(), sent[1]) if with_ else []
        elif not (joined(text, subj) or company) and not obj:
            return None
        if all(x.country is not None for x in (*subj, *obj)) and len({x.country for x in (*subj, *obj)}) < 2:
            return None  # "Tokayev and Smailov discussed trade with China": not a meeting of the two sides
        if m.group("presence") and (obj or len(subj) != 2 or {x.country for x in subj} != {"KZ", "CN"} or _re(
                r"\b(?:video|online|virtual|remotely|teleconference|telebridge)", regex.I).search(text, sent[0], sent[1])
                or _re(r"\balso\s+\Z").search(text, max(sent[0], at - 6), at)):
            # "X and Y attended the ceremony": a Kazakh and a Chinese there together, not by video (nor
            # "A, X and Y also attended the signing ceremony": guests of an event told before)
            return None
    elif r.id == "meeting.their":
        # "X and Y signed ... after their talks", "X thanked Y ... during their talks": the two
        # named before it in the clause, of two countries
        group = in_span(ms, sent[0], at)
        adverb = _re(r"\s*(?-i:[A-Z])[a-z]+\s+\Z").fullmatch(text, sent[0], at)  # ("Already at their February meeting, ...")
        if not group and (not text[sent[0]:at].strip() or adverb) and (
                m.group().startswith(("After", "Following")) or _re(r"(?:During|At|In)\s+their\b", regex.I if adverb else 0).match(m.group())) and \
                not _re(r"\w+\s+the\b").match(m.group()) and (
                comma := _re(r"[^.;,]{0,60}?,\s*").match(text, end, sent[1])) and (
                after := in_span(ms, comma.end(), min(sent[1], comma.end() + 120))) and \
                adjacent(text, comma.end(), after[0].start):
            # "Following high-level talks, X and Y signed a joint statement", "During their meeting, X and
            # Y agreed": the pair after the comma
            group = coordinated(text, after, after[0], sent[1])
            if not joined(text, group):
                # "At their February 2022 meeting in Beijing, Xi praised Tokayev's diplomacy": "their" is the
                # two its clause names, one of each country, and no one else
                semi = text.find(";", comma.end(), sent[1])
                rest = in_span(ms, comma.end(), semi if semi >= 0 else sent[1])
                group = rest if "their" in m.group().lower() and len({x.who for x in rest}) == 2 else []
        if len(group) < 2 or len({x.who for x in group}) != 2 or len({x.country for x in group} - {None}) < 2:
            return None
        subj = group
    elif r.id == "meeting.told_visiting":
        subj = subject_of(text, ms, sent, at)[-1:]
        # (the other party may be the counterpart of the match itself: "told his Kazakh counterpart")
        obj = in_span(ms, at + 4, min(sent[1], end + 60))[:1]
        if "phone" in m.group().lower():
            return Sides(subj, obj, kind=MeetingKind.CALL)  # "X told Y in a phone call on Monday that ..."
    elif r.id == "meeting.joint_possessive":
        # "Nazarbayev and Xi Jinping's talks": the pair joined by "and" before the possessive
        if ending_at(ms, at) and joined(text, group := subject_of(text, ms, sent, at)):
            subj = group
    return Sides(subj, obj)
