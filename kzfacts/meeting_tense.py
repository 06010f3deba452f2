"""Whether a trigger tells a meeting to come (a plan) or one held: its tense read from the words
before it ("will visit", "is due to meet", "X's upcoming visit", "a meeting between X and Y will
take place"), with the forms that only look like plans ("travelled to Urumqi to meet", "X was
invited to pay state visits", "Trade will grow, X said while meeting Y").
"""

from __future__ import annotations

import regex

from .meeting_triggers import GLAD_TO, NOMINAL, cues
from .people import Mention
from .rules import Rule
from .rules import compiled as _re

# a meeting told as a noun, then its verb: "A meeting between X and Y will take place on May 3"
_NOUN_FIRST = {"meeting.between", *NOMINAL}
WILL_TAKE_PLACE = regex.compile(
    r"[^.;]{0,100}?\b(?:will|(?:is|are)\s+(?:set|due|expected|scheduled|planned|slated)\s+to|is\s+to|are\s+to)\s+"
    r"(?:also\s+)?(?:take\s+place|be\s+held|be\s+hosted|begin|start)\b"
    r"|[^.;]{0,100}?\b(?:is|are)\s+(?:scheduled|planned|slated|set)\s+for\b",
    regex.I | regex.V1)


# the end of a visit told with a modal before it ("will visit", "is due to arrive in", "will stop in")
_VISIT_AHEAD = regex.compile(r"\s(?:visit|(?:arrive|stop)\s+(?:over\s+|briefly\s+)?in)\Z", regex.I | regex.V1)


# "urging X to raise it during his talks with Y", "asked him to ... at the meeting": a meeting to come
URGED = regex.compile(
    r"\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?|want(?:s|ed|ing)?)\s+"
    r"(?:[\w’'.-]+\s+){1,5}?to\s+(?!(?:the|a|an|his|her|their|its)\b)[a-z]+\b"   # (a verb: "to raise", not "to China")
    r"(?:(?!,\s+and\b|\s+and\s+(?:then|later|on|in)\b)[^.;:!?])*\Z",
    regex.V1)


def told_ahead(text: str, sent: tuple[int, int], r: Rule, m: regex.Match[str],
               seg: tuple[int, int]) -> tuple[bool, bool]:
    """(Whether the words right before the trigger ``m`` make it a plan, whether it is a visit made
    at an invitation: "X was invited to pay state visits to P and Q", Chinese readouts' words)."""
    lex = cues()
    at = m.start()
    lead = text[max(seg[0], at - 60):at]
    if (spoke := _re(rf"\b(?:{lex.speech})\b[^.;]*\Z", regex.I).search(lead)) is not None:
        lead = lead[spoke.start():]  # "Trade will grow, X said while meeting Y": the remarks' future, not the meeting's
    elif r.id == "meeting.told_visiting":
        lead = ""  # "Trade will double, Li told his visiting counterpart": the words told come before
    # ("to meet", "is to visit": an infinitive; not "referring to his dinner meeting with Y", a preposition)
    # ("X was invited to pay state visits to P and Q from July 2 to 6", Chinese readouts' words
    # for a visit made at an invitation: no plan)
    invited = _re(r"\b(?:was|were)\s+invited\s+to\s+\Z", regex.I).search(lead) is not None
    # ("I am glad to meet you", "we are honoured to meet the delegation": a meeting under way, not a plan)
    glad = _re(rf"(?:\b(?:am|are|is|was|were)|[’']m|[’']re)\s+{GLAD_TO}\s+\Z", regex.I).search(lead) is not None
    future = not invited and not glad and (bool(lex.future.search(lead[-40:])) or bool(_re(r"\bto\s+\Z").search(lead) and not _re(
        r"(?:his|her|their|its|my|the|an?)\b|[’']s\b", regex.I).match(m.group()))) or (
        r.id == "visit.visited" and _VISIT_AHEAD.search(m.group()) is not None and not m.group().lower().startswith(
            ("led ", "headed ", "chose ", "went ")))
    # ("will visit", "is due to arrive in"; not "led a delegation to visit", "chose to visit")
    # (a trip made to meet: "travelled to Urumqi to meet", "during a visit to Beijing to meet"; not
    # "the visit is an occasion for X to hold his first meeting", a purpose)
    trip = _re(r"\b(?:(?:travell?ed|went|flew|came|arrived|headed)\b|(?:visit|trip)\s+to\s+(?-i:[A-Z]))"
               r"(?=[^.;]{0,50}\bto\s+\Z)").search(text, max(sent[0], at - 80), at)
    if future and trip:
        # "travelled to Urumqi to meet the party secretary", "during a visit to Beijing to meet":
        # the trip was made, so was the meeting
        future = bool(lex.future.search(text, max(sent[0], trip.start() - 40), trip.start()))
    return future, invited


def told_ahead_of_sides(text: str, sent: tuple[int, int], r: Rule, m: regex.Match[str], seg: tuple[int, int],
                        subj: list[Mention], during: bool, invited: bool) -> bool:
    """Whether the words read once the parties are known make the trigger a plan: a future between
    its subject and it, a noun told with its verb to come, a visit to come by its own adjective."""
    lex = cues()
    at, end = m.start(), m.end()
    if subj and not invited and subj[-1].end >= sent[0] and lex.future.search(text, subj[-1].end, at):
        return True  # "X and Y will attend the summit and pay a state visit" (a subject of this sentence)
    if r.id in _NOUN_FIRST and WILL_TAKE_PLACE.match(text, end, seg[1]):
        return True  # "a meeting between X and Y will also take place on September 14"
    if r.id in NOMINAL and _re(r"\b(?:upcoming|forthcoming|coming|impending|planned|next|expected|anticipated|scheduled"
                               r"|proposed|prospective)\b", regex.I).search(text, at, end):
        return True  # "on the eve of his upcoming visit", "X's expected state visit": a visit to come
    # "X's visit to Astana in June will open new horizons": the visit is the subject of a future
    return r.id in NOMINAL and not during and _re(
        r"[^,;.]{0,100}?\s(?:will|is\s+(?:expected|set|due)\s+to)\s", regex.I).match(text, end, sent[1]) is not None
