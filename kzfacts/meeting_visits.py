"""Who the sides of a visit are: the visitor of "X paid a state visit to", "X visited", "the visit
of X", "X's visit", "during the September visit", and the host their words name ("at the
invitation of Y", "visited Kazakhstan and opened a terminal together with Y"). The reader of the
visit family of triggers (``meeting_sides``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .meeting_dates import opening_date
from .meeting_places import countries_named
from .meeting_triggers import PLACE_NAMED, VISITS, cues
from .parties import (
    adjacent, coordinated, ending_at, he_named, in_company, in_span, joined, named_after_comma, offices_then_named, speaker,
    subject_of,
)
from .people import Mention
from .person_words import country_of
from .rules import compiled as _re
from .timex import find_dates

if TYPE_CHECKING:
    from .meeting_sides import Trigger


def visit_sides(t: Trigger) -> tuple[list[Mention], list[Mention]] | None:
    """The visitor of "X paid a state visit to", "X visited", "the visit of X", "X's visit",
    "during the September visit"."""
    text, ms, sent, m, r, future = t.doc.text, t.ms, t.sent, t.m, t.rule, t.future
    at, end = m.start(), m.end()
    if cues().private.search(m.group()):
        return None  # "her graduation trip to Almaty", "a family holiday trip": a trip of one's own
    subj: list[Mention] = []
    if r.id == "visit.visited" and m.group().lower() == "visiting" and (
            who := _re(r",\s+who\s+(?:is|was)\s+\Z", regex.I).search(text, max(sent[0], at - 16), at)):
        subj = ending_at(ms, who.start())  # "Tokayev, who is visiting China, said"
    elif r.id == "visit.visited" and m.group().lower() == "visiting" and (
            after := _re(r"\b(?:met|meets|met\s+with|meets\s+with|received|receives|talked\s+with|held\s+talks\s+with)\s+"
                         r"(?:[\w’'.-]+\s+){0,8}?[\w’'.-]+\s+(?:after|before|while|when)\s+\Z", regex.I).search(text, sent[0], at)):
        # "Guterres also met with Tokayev after visiting UN Plaza": the visitor is the one who met, not the one met
        subj = subject_of(text, ms, sent, after.start())[-1:]
    elif m.group() == "Visiting" and not text[sent[0]:at].strip() and (comma := text.find(",", end, sent[1])) >= 0:
        # "Visiting Astana and Almaty on Monday, the region's party chief X said": the
        # visitor is named after the fronted phrase
        subj = named_after_comma(ms, comma, sent[1])
    elif r.id == "visit.visited" and m.group().lower() == "visiting" and (_re(r"\b(?:the|a)\s+\Z", regex.I).search(
            text, max(sent[0], at - 5), at) or _re(r"(?:\A|,)\s*\Z").search(text, sent[0], at)):
        # (also opening a clause: "On September 26, visiting Chairman of the NPC Standing Committee X attended")
        # "the press conference held by the visiting Foreign Minister Idrissov": the visitor is
        # the person right after, not the subject of the clause
        after = in_span(ms, end, min(sent[1], end + 130))[:1]
        subj = after if after and adjacent(text, end, after[0].start) else []
    elif (r.id == "visit.paid" and not m.group().lower().startswith("arriv") or r.id == "visit.visited") and (
            who := _re(r"(?:,|\s+(?:--|–|—))\s+who\s+(?:[\w’'-]+\s+){0,6}\Z", regex.I).search(text, max(sent[0], at - 60), at)) and (
            subj := ending_at(ms, who.start())):
        pass  # "said Tokayev, who has been in China on an official visit since Aug. 30", "Tokayev, who is
        # scheduled to visit China between May 16 and 20": the one the clause describes (not "X, who
        # arrived on a state visit", told as the background of the day's talks)
    elif r.id in ("visit.paid", "visit.visited"):
        # ("X will attend the summit and, at the invitation of A and B, pay state visits": the subject
        # before the phrase set off by commas, not its last name)
        invited = _re(r",\s+(?:at|upon|on)\s+the\s+invitation\s+of\s+[^,;.]{1,200}?(?:,\s+[^,;.]{1,120}?){0,3},\s*\Z",
                      regex.I).search(text, max(sent[0], at - 400), at)
        lead = invited.start() if invited else at
        # "He's just wrapped up a visit to Kazakhstan"; "X said Y proposed it when he visited P": the
        # "he" right before the verb is the one named last before it, not the clause's first subject
        subj = he_named(text, ms, sent, lead, set()) or subject_of(text, ms, sent, lead)
        if not subj and _re(r"(?<![\w’'-])I\s+(?:have\s+|had\s+|also\s+)?\Z").search(text, max(sent[0], lead - 12), lead):
            sp = speaker(text, ms, sent, lead)  # '"I have come to Kazakhstan on a state visit," X said': the speaker
            subj = [sp] if sp else []
        # "Tokayev and Xi Jinping visited the port": both visited; else the one visitor (an editor's
        # word in brackets may stand before the second: "A and [Kazakh] President B visited China")
        if not (len(subj) == 2 and _re(r"\s+and\s+(?:[A-Z][\w’'-]*\s+|\[[\w’' -]{1,30}\]\s+){0,4}\Z").match(text[subj[0].end:subj[1].start])):
            subj = subj[-1:]
        # ("X, accompanied by Y, toured the centre": the one the clause is about, and Y in X's company)
        subj = in_company(text, ms, sent, subj)
        together = {x.country for x in subj} == {"KZ", "CN"}  # (two of the two countries: they met)
        if m.group().lower().startswith("tour") and not together and not (
                (dest := _re(r"\s+([A-Z][\w’'-]+)").match(text, end)) and country_of(dest.group(1))
                and all(x.country != country_of(dest.group(1)) for x in subj)):
            return None  # "X toured China" is a trip abroad; "toured the Expo" a walk at home
        if r.id == "visit.visited" and not together and not PLACE_NAMED.match(text, end):
            return None  # "X visited the exhibition" alone is a walk, not a visit
    elif r.id == "visit.of":
        after = in_span(ms, end, min(sent[1], end + 120))
        if after and (not _re(r"[,;]|(?<!\b(?:Mr|Mrs|Ms|Dr|[A-Z]))\.").search(text[end:after[0].start]) or (  # (nor initials: "K.K. Tokayev")
                _re(r"[^;.]*,\s*\Z").fullmatch(text, end, after[0].start) and adjacent(text, end, after[0].start, reach=80))):
            subj = after[:1]  # (also an office set off by a comma: "the visit of China's president, Xi Jinping,")
    elif r.id == "visit.possessive":
        word = text[at:at + 3].lower()
        if word.startswith("my"):
            sp = speaker(text, ms, sent, at)
            subj = [sp] if sp else []
        elif word.startswith(("’s", "'s")):
            subj = ending_at(ms, at)
        else:  # "that Xi put forward during his visit to Kazakhstan": the subject of the clause
            subj = subject_of(text, ms, sent, at)[-1:]
            first = in_span(ms, sent[0], at)[:1]
            if subj and first and first[0].country != subj[0].country and _re(
                    r"[^.;]{0,80}?\b(?:visit|visits|visited|travel\w*|fly|flew|go|goes|went|come|came|arrive\w*)\b[^.;]{0,60}?"
                    r"\bto\s+meet(?:\s+with)?\s+(?:[\w’'.-]+\s+){0,6}").fullmatch(text, first[0].end, subj[0].start):
                # "X will visit Kazakhstan to meet with Y next week in what will be his first trip
                # abroad": the one X travels to meet is no "his"; X is
                subj = first
            before = in_span(ms, sent[0], at)[-1:]
            if not subj and before and _re(rf"[\s,]*(?:also\s+)?(?:{cues().speech})\s+(?:that\s+(?:[^.;:\"“”«»]{{0,100}}?\s)?)?(?:during\s+|in\s+|on\s+)?\Z",
                                           regex.I).fullmatch(text, before[0].end, at):
                # "Li recalled his visit to Kazakhstan last year", "X stressed that the partnership
                # announced during his state visit ...": the speaker's visit
                subj = before
            comma = text.find(",", end, sent[1])
            fronted = not subj and not in_span(ms, sent[0], at) and _re(
                r"(?:^|(?<=[\s,]))(?:during|in\s+the\s+course\s+of|on|in|ahead\s+of)\s+\Z", regex.I).search(text, sent[0], at)
            if fronted and comma >= 0:
                # "Last September, during his visit to Kazakhstan, Xi Jinping proposed": the
                # visitor is named after the fronted phrase
                subj = named_after_comma(ms, comma, sent[1], reach=80)
            if fronted and not subj and (day := next(iter(find_dates(text, end, min(sent[1], end + 60),
                                                                    published=t.doc.published)), None)):
                # (no comma: "During his visit to Kazakhstan on 19-20 August 2013 Chinese Foreign
                # Minister Wang Yi said": the visitor's name and office right after the date)
                after = in_span(ms, day.end, min(sent[1], day.end + 80))[:1]
                if after and _re(r"\s+(?:[A-Z][\w’'.-]*\s+){0,6}").fullmatch(text, day.end, after[0].start):
                    subj = after
            if not subj and _re(r"\bit\s+(?:was|is)\s+during\s+\Z", regex.I).search(text, max(sent[0], at - 16), at) and (
                    that := _re(r"[^.;]{0,80}?\bthat\s+").match(text, end, sent[1])):
                subj = in_span(ms, that.end(), min(sent[1], that.end() + 40))[:1]  # "It was during his visit in 2013 that X proposed"
            if not subj and not word.startswith("her") and len(named := in_span(ms, sent[0], sent[1])) == 1 and \
                    named[0].end < at and _re(r"[’']s\b").match(text, named[0].end):
                # "Xi's announcement deepens ..., the vision for which had been unveiled during his state
                # visit to Kazakhstan": the one person of the sentence, told by a possessive
                subj = named
    elif r.id == "visit.during":
        comma = text.find(",", end, sent[1])
        phrase_end = comma if 0 <= comma - end <= 60 else (min(sent[1], end + 60) if comma < 0 else end)
        fronted_to = not in_span(ms, sent[0], at) and comma > end and _re(
            r"\s+to\s+(?:the\s+)?[A-Z][^,;.]{0,60}\Z").match(text, end, comma) is not None
        to_place = _re(r"\s+(?:to|in)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)").match(text, end, sent[1])
        if not find_dates(text, at, phrase_end, published=t.doc.published, future=future) and not fronted_to and (
                future or not to_place or not countries_named(to_place.group(1))
                or opening_date(text, sent, t.doc.published) is None):
            # "during the visit", "during a two-day visit": only "a September 14 visit", "the visit to
            # Kazakhstan in December 2014," is one of its own (or "During a visit to Xinjiang, X led a
            # delegation", a trip named in passing as "during his visit to" is, which "The visit took
            # place on March 25" may date; or "In 2013, X unveiled the initiative during a state visit in P",
            # the year that opens the sentence)
            return None
        subj = subject_of(text, ms, sent, at)[-1:]
        if not subj and phrase_end > end and not in_span(ms, sent[0], at):
            subj = named_after_comma(ms, phrase_end, sent[1], reach=80)  # fronted: the visitor follows
        if not subj and _re(r"\bit\s+(?:was|is)\s+\Z", regex.I).search(text, max(sent[0], at - 10), at) and (
                that := _re(r"[^.;]{0,80}?\bthat\s+").match(text, end, sent[1])):
            subj = in_span(ms, that.end(), min(sent[1], that.end() + 40))[:1]  # "it was during a visit in 2013 that X proposed"
    host: list[Mention] = []
    if r.id in ("visit.paid", "visit.visited", "visit.possessive") and len(subj) == 1 and subj[0].country in ("KZ", "CN") and (
            joint := _re(r"[^.;]{0,120}?\b(?:attended|opened|launched|inaugurated|inspected|witnessed|toured|unveiled"
                         r"|signed|inked|reached)\b[^.;]{0,120}?\b(?:together\s+with|alongside|with)\s+").match(text, end, sent[1])):
        # "X visited Kazakhstan and opened a terminal together with Y", "... and signed a pact with Y", "... and
        # reached new understandings with Y", "recalled his visit, during which he reached consensus with Y
        # and Z": the hosts they met
        nxt = in_span(ms, joint.end(), min(sent[1], joint.end() + 80))[:1]
        if nxt and adjacent(text, joint.end(), nxt[0].start) and nxt[0].country in ("KZ", "CN") and \
                nxt[0].country != subj[0].country:
            host = [x for x in coordinated(text, in_span(ms, nxt[0].start, sent[1]), nxt[0], sent[1])
                    if x.country == nxt[0].country]
    if not host and r.id in VISITS and len(subj) == 1 and subj[0].country in ("KZ", "CN") and (
            mate := _re(r"[^.;,]{0,30}?\s+with\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?counterpart,?\s+").match(text, end, sent[1])):
        # "X was in Astana Wednesday for a state visit with his counterpart, Y": the host named as the visit's partner
        nxt = in_span(ms, mate.end(), min(sent[1], mate.end() + 80))[:1]
        host = nxt if nxt and adjacent(text, mate.end(), nxt[0].start) and nxt[0].country in ("KZ", "CN") and \
            nxt[0].country != subj[0].country else []
    if not host and r.id in VISITS and len(subj) == 1 and subj[0].country in ("KZ", "CN") and subj[0].start > end and len(
            pair := coordinated(text, in_span(ms, subj[0].start, sent[1]), subj[0], sent[1])) == 2 and joined(text, pair) and \
            pair[1].country in ("KZ", "CN") and pair[1].country != subj[0].country:
        # "During his visit to Kazakhstan, Xi and his Kazakh counterpart Y agreed": the visitor named
        # after the fronted visit, and the host told together with him
        host = pair[1:]
    if not host and r.id in VISITS and len(subj) == 1 and subj[0].country in ("KZ", "CN"):
        host = _inviter(text, ms, sent, at, end, subj[0])
    return subj, host


_INVITED = (r"\b(?i:at|upon|on)\s+the\s+invitation\s+of\s+(?:the\s+)?|\b(?i:accompanied)\s+by\s+(?:the\s+)?"
            r"|\b(?i:at|upon|on)\s+(?:the\s+)?(?=[A-Z])(?:[\w’'.-]+\s+){0,6}?[\w.-]+[’']s?\s+invitation\b")


def _inviter(text: str, ms: list[Mention], sent: tuple[int, int], at: int, end: int, visitor: Mention) -> list[Mention]:
    """ "X will pay a visit to Kazakhstan at the invitation of President Y", "at Y's invitation",
    "At the invitation of Y, X paid a state visit", "accompanied by Y, X visited": the visit's host,
    one person of the other country."""
    for inv in _re(_INVITED).finditer(text, sent[0], sent[1]):
        if inv.end() <= at and _re(r"[^.;]*,").match(text, inv.end(), at) is None:
            continue  # (fronted, the phrase closes with a comma before the visit)
        named = in_span(ms, inv.start(), min(sent[1], inv.end() + 160))
        named = [x for x in named if x.start >= inv.start() and x is not visitor][:2]
        if len(named) >= 1 and named[0].country in ("KZ", "CN") and named[0].country != visitor.country and (
                inv.group().endswith("invitation") or offices_then_named(text, ms, inv.end(), sent[1])) and not (
                len(named) == 2 and _re(r"(?:\s+of\s+the(?:\s+[A-Z][\w’'-]*){1,4}(?:\s+of(?:\s+[A-Z][\w’'-]*){1,3})?)?"
                                        r"\s+and\s+(?:[A-Z][\w’'.-]*\s+){0,4}").fullmatch(text, named[0].end, named[1].start)):
            # ("at the invitation of A and B", "of President A of the Republic of Kazakhstan and President B")
            return named[:1]
    return []
