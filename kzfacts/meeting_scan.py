"""Finding meeting triggers in a sentence, fast: the words every match of a trigger holds
(``TRIGGER_WORDS``), the words a match may begin with (``OPENING_WORDS``), one scan for them, and
``find_triggers``, which tries each rule of ``meeting_triggers`` only in a sentence holding its
words and only where one of them opens; the first and longest match wins where they overlap.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from .meeting_triggers import (
    BETWEEN, CALL, HELD_MEETING, HELD_TALKS, HOSTED, JOINED_BY, JOINT, JOINT_POSSESSIVE, MET, PAID_VISIT,
    PARTICIPLE, POSSESSIVE_MEETING, RECEIVED, RECEIVED_BY, SHOWN, SIDES_AT, THEIR_MEETING, TOLD_VISITING,
    TRIGGERS, VIDEO, VISIT_DURING, VISIT_OF, VISIT_POSSESSIVE, VISITED, WELCOMED, WITH_NOUN,
)
from .regex_cache import re_compiled
from .rules import MATCH_TIMEOUT, Rule
from .scan import trie

# words every match of a trigger holds, lower case (the words its alternatives cannot do
# without: "met" or "meet" in every form of "meet", "with" after the nouns of "during the
# meeting with"): a sentence holding none of a trigger's words is not searched for it.
# Sound on lower-cased text that holds no character folding to ASCII letters (``Prepared``);
# tests/test_meetings.py checks that the filter drops no match.
# the words of an accord of two ("X and Y agreed to"), as the joint rule's "accord" group reads them
_AGREED = ("agreed", "pledged", "vowed", "came to an agreement", "reached", "announced")
TRIGGER_WORDS: dict[str, tuple[str, ...]] = {
    MET.id: ("met", "meet", "sat", "conferred", "courtesy", "talked", "spoke", "speaks", "called", "farewell", "protocol", "credentials",
             "hands", "hand", "dinner", "lunch", "breakfast", "dined"),
    HELD_MEETING.id: ("meeting", "conference", "consultations", "dialogue"),
    HELD_TALKS.id: ("talks", "negotiations", "discussions", "negotiated", "conversation"),
    RECEIVED.id: ("receiv",),
    WELCOMED.id: ("welcome", "welcoming", "greet", "briefed", "thank", "gratitude", "appreciation"),
    RECEIVED_BY.id: ("received", "welcomed", "greeted", "met", "joined"),
    HOSTED.id: ("host", "ceremony", "banquet", "dinner", "luncheon"),
    BETWEEN.id: ("between", " of"),  # "talks between", "a meeting of X and Y"
    WITH_NOUN.id: ("with", "call to"),
    POSSESSIVE_MEETING.id: ("with",),
    PARTICIPLE.id: ("meeting", "receiving", "greeting", "welcoming", "hosting", "holding", "speaking", "talking"),
    SHOWN.id: ("meeting", "holding", "shaking", "speaking", "talking", "(left)", "(right)", "(l)", "(r)", "(centre)",
               "(center)"),
    JOINED_BY.id: ("joined", "participation", "brought"),
    SIDES_AT.id: ("meeting", "talks", "negotiations"),
    CALL.id: ("phone", "called", "spoke", "speaks", "talked", "call"),
    VIDEO.id: ("video",),
    PAID_VISIT.id: ("visit", "trip", "journey", "tour"),
    VISITED.id: ("visit", "arriv", "land", "stop", "travel", "flew", "toured", "tours", "delegation", "team", "mission", "attend"),
    VISIT_OF.id: ("visit", "trip"),
    VISIT_POSSESSIVE.id: ("visit", "trip", "journey", "tour", "stopover"),
    VISIT_DURING.id: ("visit",),
    JOINT.id: ("discussed", "reviewed", "reaffirmed", "debated", "exchanged", "chair", "signed", "inked", "convened",
                 "co-hosted", "looked", "explored", "examined", "attend", "took part", "witnessed", "overseen", "inspected", "surveyed", "joined", "shook hands",
                 "shak", "pose", *_AGREED),
    TOLD_VISITING.id: ("visiting", "counterpart", "call", "conversation", "phone talks", "meeting", "talks"),
    JOINT_POSSESSIVE.id: ("meeting", "talks", "negotiations"),
    THEIR_MEETING.id: ("meeting", "talks", "negotiations", "call", "conversation"),
}
# words one of which every match of a rule holds as well as one of its ``TRIGGER_WORDS``: the
# noun of "during the meeting with", "talks between" ("with" and " of" stand in most sentences)
ALSO_WORDS: dict[str, tuple[str, ...]] = {
    WITH_NOUN.id: ("meeting", "talks", "negotiations", "conversation", "briefing", "conference", "phone",
                   "video", "call"),
    BETWEEN.id: ("talks", "meeting", "negotiations", "discussion", "phone", "meet"),
}
# the words a match of a rule may begin with, lower case, as prefixes ("receiv": "received",
# "receives"), and whether it begins a word (``\b``, or after a sentence's end: not after an
# ASCII letter, digit or "_"); a rule is tried only where one stands, one ``match`` a place, not
# at every position of the sentence. Sound on lower-cased text as TRIGGER_WORDS;
# tests/test_fast_triggers.py compares with the plain scan. (Not "meeting.shown": it begins
# with the white space before its noun.)
_VERBS_BE = ("is", "are", "was", "were")
OPENING_WORDS: dict[str, tuple[bool, tuple[str, ...]]] = {
    MET.id: (True, ("has", "have", "had", "met", "meet", *_VERBS_BE, "be", "while", "when", "by", "after", "meeting", "talked", "spoke",
                    "speaks", "sat", "conferred", "paid", "called", "presented", "received", "shook", "shak", "having", "dined")),
    HELD_MEETING.id: (True, ("held", "hold", "had", "has", "conducted", "co-chaired", "chaired", "attends", "separate",
                             "individual", "bilateral", "meetings")),
    HELD_TALKS.id: (True, ("held", "hold", "had", "have", "has", "conducted", "engag", "negotiated")),
    RECEIVED.id: (True, ("receiv",)),
    WELCOMED.id: (True, ("welcome", "welcoming", "greet", "briefed", "thank", "express")),
    RECEIVED_BY.id: (True, (*_VERBS_BE, "has", "have", "being")),
    HOSTED.id: (True, ("host", "held", "hold", "gave", "give")),
    BETWEEN.id: (True, ("talks", "meeting", "negotiations", "discussion", "phone", "telephone", "meet")),
    WITH_NOUN.id: (True, ("meeting", "talks", "negotiations", "during", "at", "in", "for", "after", "following", "began", "begins", "started", "opened", "was", "sidelines",
                          "were", "result", "outcome", "the", "meeting", "talks", "negotiations", "conversation",
                          "briefing", "press", "news", "telephone", "phone", "video", "told", "addressed", "held", "gave")),
    POSSESSIVE_MEETING.id: (False, ("’", "'", "his", "her", "my", "our")),
    PARTICIPLE.id: (True, ("while", "when", "meeting", "receiving", "greeting", "welcoming", "hosting", "holding",
                           "after", "on", "in", "last", "earlier", "later")),
    JOINED_BY.id: (True, ("meeting", "summit", "talks", "forum", "session", "dialogue", "event", "ceremony")),
    SIDES_AT.id: (True, ("during", "within", "at", "in")),
    CALL.id: (True, ("had", "have", "held", "hold", "has", "conducted", "spoke", "speaks", "talked", "talks", "received",
                     "phoned", "called")),
    VIDEO.id: (True, ("held", "hold", "had", "spoke", "speaks", "talked", "met", "meets")),
    PAID_VISIT.id: (True, ("paid", "pay", "made", "mak", *_VERBS_BE, "has", "had", "have", "held", "holds", "arrive", "came", "went", "said",
                           "says", "stressed", "noted", "announced", "told", "began", "begin", "start", "kick",
                           "embark", "led", "lead", "head", "wrap", "conclud", "complet", "left",
                           "depart", "undert")),
    VISITED.id: (True, ("visit", "arriv", "land", "stop", "upon", "on", "travel", "flew", "tour", "led", "lead", "head", "will", "would", "shall", *_VERBS_BE, "plan",
                        "accept", "chose", "went", "attend")),
    VISIT_OF.id: (True, ("visit", "trip")),
    VISIT_POSSESSIVE.id: (False, ("’", "'", "my", "his", "her")),
    VISIT_DURING.id: (True, ("during",)),
    JOINT.id: (True, (*_VERBS_BE[2:], "has", "have", "had", "co-chair", "jointly", "chaired", "under", "discussed", "reviewed", "reaffirmed", "debated",
                      "exchanged", "convened", "co-host", "signed", "inked", "looked", "explored", "examined", "attend",
                      "took", "witnessed", "inspected", "surveyed", "joined", "shook", "shak", "pose", "posing", *_AGREED)),
    TOLD_VISITING.id: (True, ("said", "told", "stressed", "noted", "emphasi", "assured")),
    THEIR_MEETING.id: (True, ("during", "after", "at", "following", "in")),
    JOINT_POSSESSIVE.id: (False, ("’", "'")),
}
_TRIGGER_WORDS = tuple((r, TRIGGER_WORDS[r.id], ALSO_WORDS.get(r.id, ())) for r in TRIGGERS)


def opening_words(rule_id: str) -> tuple[list[str], bool]:
    """A rule's opening words as scanned, and whether they open it only at a word's start.
    (A non-overlapping scan: a word holding another's start past a letter is cut at its first
    character not a letter, "co-chair" at "co-", so that no start is passed over;
    tests/test_fast_triggers.py checks that no word then holds the start of another.)"""
    word, ws = OPENING_WORDS[rule_id]
    cut = sorted({next((w[:k + 1] for k, c in enumerate(w) if not c.isalpha()), w) for w in ws} if word else set(ws))
    return cut, word


@cache
def _opening_scan(rule_id: str) -> tuple[re.Pattern[str], bool]:
    """A rule's opening words as one pattern (``opening_words``)."""
    cut, word = opening_words(rule_id)
    return re_compiled(trie(cut)), word


def _openings(lower: str, rule_id: str) -> list[int]:
    """The positions of ``lower`` where a match of the rule may begin, in order."""
    scan, word = _opening_scan(rule_id)
    if not word:
        return [m.start() for m in scan.finditer(lower)]
    return [p for m in scan.finditer(lower) if not ((p := m.start()) and lower[p - 1] in _WORD_CHARS)]


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


@cache
def _word_scan() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """One scan for every trigger word: at each position the longest word that begins there
    (a lookahead, so hits overlap), and for each such word the rules of the words it begins
    with; the rules of a sentence are those of the words it holds, as ``w in lower`` says."""
    words = sorted({w for ws in TRIGGER_WORDS.values() for w in ws})
    rules_of = {w: frozenset(r for r, ws in TRIGGER_WORDS.items() if any(w.startswith(u) for u in ws))
                for w in words}
    return re_compiled(f"(?=({trie(words)}))"), rules_of



def segments(found: list[tuple[Rule, regex.Match[str]]], sent: tuple[int, int]) -> list[tuple[int, int]]:
    """Each trigger's stretch of the sentence: up to its neighbours' triggers."""
    out = []
    text = found[0][1].string if found else ""
    for i, (_, m) in enumerate(found):
        a = found[i - 1][1].end() if i else sent[0]
        b = found[i + 1][1].start() if i + 1 < len(found) else sent[1]
        if i and (semi := text.rfind(";", a, m.start())) >= 0:
            a = semi + 1  # "A visited China in April; B arrived in Kazakhstan in May": B's clause
        if i + 1 < len(found) and (semi := text.find(";", m.end(), b)) >= 0:
            b = semi
        out.append((a, b))
    return out


def rules_with_words(lower: str) -> frozenset[str]:
    """Ids of the rules one of whose ``TRIGGER_WORDS`` ``lower`` holds."""
    scan, rules_of = _word_scan()
    return frozenset().union(*(rules_of[w] for w in set(scan.findall(lower))))


# the words after which "visiting" describes the person a verb or noun names next
_ADJECTIVE_VISITING = regex.compile(
    r"\b(?:with|and|met|meets|received|receives|welcomed|welcomes|hosted|hosts|greeted|by|between|to|for)\s+\Z",
    regex.I | regex.V1)


def find_triggers(text: str, sent: tuple[int, int], lower: str | None = None) -> list[tuple[Rule, regex.Match[str]]]:
    """The trigger matches of a sentence, the first and longest where they overlap. ``lower``:
    the sentence lower-cased, when that is safe to look for words in (see ``TRIGGER_WORDS``)."""
    hits: list[tuple[Rule, regex.Match[str]]] = []
    if lower is not None:
        present = rules_with_words(lower)
    for r, words, also in _TRIGGER_WORDS:
        if lower is not None and (r.id not in present or also and not any(w in lower for w in also)):
            continue  # no match of ``r`` can lie in this sentence
        if lower is not None and r.id in OPENING_WORDS:
            found = _opened(r, text, sent, _openings(lower, r.id))
        else:
            found = r.pattern.finditer(text, sent[0], sent[1], timeout=MATCH_TIMEOUT)
        for m in found:
            if r is PARTICIPLE:
                if m.group().strip()[0].islower():
                    continue
            if r is VISITED and _ADJECTIVE_VISITING.search(text, max(sent[0], m.start() - 12), m.start()) and \
                    m.group().lower() == "visiting":
                continue  # "held talks with visiting Minister Y": a word of the other party's, not a trigger
            hits.append((r, m))
    hits.sort(key=lambda h: (h[1].start(), -h[1].end(), h[0] is not PARTICIPLE))  # a fronted participle first
    kept: list[tuple[Rule, regex.Match[str]]] = []
    for r, m in hits:
        if kept and m.start() < kept[-1][1].end():
            continue  # "held a phone call with": the first, longest trigger wins
        kept.append((r, m))
    accords = [(r, m) for r, m in kept if _accord_only(r, m, kept)]
    if len(kept) > 1 and len(accords) < len(kept):
        # "X and Y held talks and signed agreements", "signed during X's visit", "vowed to double trade
        # as X visited": signing and agreeing tell a meeting only where nothing else in the sentence does
        kept = [h for h in kept if h not in accords]
    return kept


_VISIT_RULES = (PAID_VISIT, VISITED, VISIT_OF, VISIT_POSSESSIVE, VISIT_DURING)
_ACCORDS = ("signed", "inked", *_AGREED)


def _accord_only(r: Rule, m: regex.Match[str], kept: list[tuple[Rule, regex.Match[str]]]) -> bool:
    """Whether a trigger is a signing or an accord ("signed", "was signed by", "agreed to"), which tells
    a meeting only where no other trigger of its sentence does; but not "agreed" after visits alone
    ("During his visit, X and Y agreed": the two of them, after the visit told in passing)."""
    word = m.group().lower()
    if r is not JOINT or not (word.startswith(_ACCORDS) or " signed" in word):
        return False
    return not (word.startswith(_AGREED) and all(n is m or o in _VISIT_RULES and n.end() <= m.start() for o, n in kept))


def _opened(r: Rule, text: str, sent: tuple[int, int], starts: list[int]) -> list[regex.Match[str]]:
    """``r.pattern.finditer(text, *sent)``, tried at ``starts`` (offsets into the sentence) only."""
    out: list[regex.Match[str]] = []
    match, (a, b), pos = r.pattern.match, sent, sent[0]
    for p in starts:
        if a + p >= pos and (m := match(text, a + p, b, timeout=MATCH_TIMEOUT)) is not None:
            out.append(m)
            pos = m.end()
    return out
