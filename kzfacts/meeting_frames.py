"""A visit named as the frame of what was done on it ("47 documents were signed during the state
visit of X", "X attended the launch during his state visit", "In Astana, within the framework of
the visit of X, A and B signed"): the sentence reports the visit, not a visit named in passing, and
may give its day. Read by ``meetings`` for the nominal triggers ("the visit of X", "X's visit")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from .people import Mention
from .rules import compiled as _re
from .sentences import sentence_before
from .timex import find_dates

if TYPE_CHECKING:
    from .meeting_dates import Picked
    from .meeting_sides import Trigger

# what was done on the visit, right before the frame ("were signed (on November 4) during")
_DONE = regex.compile(
    r"\b(?:(?:were|was|have\s+been|has\s+been)\s+(?:signed|reached|adopted|agreed|held|launched|opened|inaugurated|concluded|inked|struck|initiall?ed)|took\s+place|signed)"
    r"(?:\s+(?:on|in)\s+(?:[^,;]|,(?=\s*(?:19|20)\d\d\b)){1,30}?|\s+(?:yesterday|today))?[\s,]+\Z")  # ("on June 12, 2010")
_FRAME = regex.compile(r"\b(?:during|as\s+part\s+of|within(?:\s+the\s+framework\s+of)?|in\s+the\s+(?:framework|frames?|course)\s+of)"
                       r"\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w’'.-]+\s+){0,6}?\Z", regex.I | regex.V1)
# ... or the frame opening the sentence ("In Astana, within the framework of the state visit of X,"),
# and what was done in it told after
# ("At the event in Xi'an, and as part of the visit of X": a place's phrase, joined by "and")
_FRAME_OPENS = regex.compile(r"\s*(?:date\s+\d{4}-\d\d-\d\d\s+)?(?:(?:In|At)\s+(?:the\s+)?(?:[a-z]+\s+in\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*,\s*(?:and\s+)?)?", regex.V1)
_DONE_AFTER = regex.compile(r"\b(?:signed|inked|launched|opened|inaugurated|adopted|concluded|(?:was|were)\s+(?:signed|held|launched|opened|adopted|reached))\b", regex.V1)

# a sentence opening with the document the sentence before told signed ("This document was signed")
_THIS_SIGNED = regex.compile(r"\s*(?:This|That|The|It)(?:\s+(?:document|agreement|memorandum|accord|treaty|deal|contract)s?)?"
                             r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:signed|inked|concluded)\b", regex.V1)


def _signed_before(text: str, at: int, published: dt.date | None) -> str | None:
    """The full day the sentence before ``at`` names for a signing it tells ("On May 17, 2023, the
    governments signed an agreement"), if it names one day."""
    before = sentence_before(text, at)
    if before >= at or not _re(r"\b(?:signed|inked|concluded)\b", regex.I).search(text, before, at):
        return None
    days = [t.value for t in find_dates(text, before, at, published=published) if t.value and len(t.value) == 10]
    return days[0] if len(days) == 1 else None


# the visitor's own deed told right after them, up to the frame of their visit ("X attended the
# ceremony at the dry port during his state visit")
_DEED = regex.compile(r"[\s,]+(?:[^,;.]{0,60}?,\s+)?(?:also\s+)?(?:attended|took\s+part\s+in|launched|opened|inaugurated|inspected|toured|unveiled)\b[^;.]{0,160}?\s+\Z",
                      regex.V1)


def framed_visit(t: Trigger, lead_at: int, subj: list[Mention], has_date: bool,
                 whole: Callable[[], Picked]) -> tuple[bool, str | None]:
    """Whether the sentence reports the visit its nominal trigger ``t`` names as the frame of a
    deed, and the visit's day where the deed tells it and ``has_date`` is false (``whole``: the
    date of the whole sentence, read only for a visitor's own deed)."""
    text, sent, published = t.doc.text, t.sent, t.doc.published
    at, end = t.m.span()
    frame = _FRAME.search(text, max(sent[0], lead_at - 80), lead_at)
    deed = None
    if not frame and t.rule.id == "visit.possessive" and subj and subj[0].end <= at and (
            own := _FRAME.search(text, max(subj[0].end, at - 80), at)) and (deed := _DEED.match(text, subj[0].end, own.start())):
        # "X attended the launch of the logistics centre during his state visit to China": the visit
        # the sentence reports, its visitor's deed on it
        frame = own
    if frame is None:
        return False, None
    if done := _DONE.search(text, sent[0], frame.start()) or deed:
        # "signed on November 4 during X's visit": that day
        if has_date:
            return True, None
        if on := next((t for t in find_dates(text, done.start(), frame.start(), published=published) if t.value), None):
            return True, on.value
        if deed:
            # (the deed's day told anywhere in its sentence: "..., reported the press service on May 18")
            day = whole()
            return True, day.date if day.has_date and day.date else None
        if _THIS_SIGNED.match(text, sent[0], done.end()):
            # "On May 17, the governments signed an agreement. This document was signed during X's
            # state visit": the day the sentence before gives the signing
            return True, _signed_before(text, sent[0], published)
        return True, None
    # "In Astana, within the framework of the state visit of X, A and B signed a memorandum": the
    # visit that frames the sentence's news is reported too
    return bool(not has_date and published is not None and _FRAME_OPENS.fullmatch(text, sent[0], frame.start()) and (
        comma := text.find(",", end, sent[1])) >= 0 and _DONE_AFTER.search(text, comma, sent[1])), None
