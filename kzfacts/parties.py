"""Parties: who met whom around a trigger, read from the grammar of the sentence.

The subject is the last group of names before the verb in its clause ("X and Y held talks"),
the object the names right after it, coordinated by commas and "and" with only office words
between ("met with A, Deputy Minister B and C"); "I", "me" and "my" are the speaker of the
quote, "him" and "her" the last person named before, "he" opening a sentence the first person of
the one before, "the deputies" the head of the delegation named before, and "X, together with Y"
the two of them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache

import regex

from .gazetteer import office_words, titles
from .meeting_triggers import GLAD_TO, cues
from .people import COMPANY_NOUNS, Mention
from .person_words import country_of
from .rules import alternation
from .rules import compiled as _re
from .scan import safe_lower
from .sentences import sentence_before
from .timex import find_dates

# where a subject's stretch of the sentence begins: the last of these before the trigger
# ("Deputy Prime Minister – Minister of Foreign Affairs": a dash inside an office is no clause)
_CLAUSE = regex.compile(r";|:\s|\bthat\b|\bwhile\b|\bwhere\b|[«“\"]|\s[–—]\s(?!(?:Minister|Foreign|Deputy)\b)|\bwhich\b|\bwho\b|\bafter\b|\bbefore\b|\bbut\b", regex.I | regex.V1)
# the same openings on text lower-cased by ``scan.safe_lower``, case-sensitive (several times
# quicker than ``_CLAUSE`` with its case folding; the words, which cannot start where the signs
# do, as one group)
_CLAUSE_LOWER = regex.compile(r";|:\s|[«“\"]|\s[–—]\s(?!(?:minister|foreign|deputy)\b)"
                              r"|\b(?:that|while|where|which|who|after|before|but)\b", regex.V1)


def quote_opening(text: str, at: int, marks: str = '"“') -> int:
    """Where the quote that closes before ``at`` opens: the last of ``marks`` within 1,500
    characters before it, or -1."""
    return max(text.rfind(mark, max(0, at - _QUOTE_CHARS), at) for mark in marks)


_QUOTE_CHARS = 1500  # how long a quote may be


def in_span(ms: list[Mention], a: int, b: int) -> list[Mention]:
    """The mentions inside [a, b); ``ms`` is sorted by start, so a bisection finds them."""
    out = []
    for i in range(bisect_left(ms, a, key=_start), len(ms)):  # (no slice: it would copy the rest)
        if ms[i].start >= b:
            break
        if ms[i].end <= b:
            out.append(ms[i])
    return out


def _starting(ms: list[Mention], a: int, b: int) -> Iterator[Mention]:
    """The mentions that start in [a, b], in order (``ms`` is sorted by start)."""
    for i in range(bisect_left(ms, a, key=_start), len(ms)):
        if ms[i].start > b:
            return
        yield ms[i]


def _start(m: Mention) -> int:
    return m.start


_OFFICE_GLUE = frozenset("and of the as well to for in s his her its their country counterpart province city region county"
                         " port company group visiting acting".split())


_COMPANY_FORMS = "Ltd|Co|Inc|Corp|Plc|LLC|JSC"  # a company's abbreviated form, whose full stop ends nothing


@cache
def appositive() -> regex.Pattern[str]:
    """A name's office set off by commas inside a list: ", chairperson of the Senate, (and) "."""
    offices = alternation(titles()["words"]["after_name"])
    # (a company's "Ltd." or "Co." ends no office: "President of China Communications Construction
    # Company Ltd. (CCCC), and B")
    words = rf"(?:[^;.,]|(?<=\b(?:{_COMPANY_FORMS}))\.)"
    return regex.compile(rf",\s+(?:the\s+)?(?i:{offices})\b{words}{{0,80}}(?:,\s+or\s+[^;.,]{{0,60}})?,\s*(?:and\s+)?",
                         regex.V1)


# a company told by its trade before its name is part of an office: "Vice President of China's food
# processing company COFCO Y", "the chairman of the largest oil company CNPC, Y"
_TRADE_OF_COMPANY = _re(r"\bof[ \t]+(?:the[ \t]+)?(?:(?-i:[A-Z])[\w-]*(?:[’']s)?[ \t]+)?(?:(?-i:[a-z])[\w-]*[ \t]+){1,3}"
                        rf"(?={COMPANY_NOUNS})")
_UNNAMED_ITEM = _re(r"\A,[ \t]+(?:[\w’'-]+[ \t]+){0,3}(?:leaders|officials|representatives|experts|executives|scholars|diplomats)(?=,)")


def coordinated(text: str, ms: list[Mention], first: Mention, limit: int) -> list[Mention]:
    """``first`` and those joined to it by "and" or commas with office words between
    ("Xi Jinping, Kazakh President Kassym-Jomart Tokayev, ... and Turkmen President ...")."""
    out = [first]
    last_and = 0  # a list ends with "and": "A, B and C"; "A, B noted" is not a list
    for m in ms:
        if m is not first and m.how == "pair" and (m.start, m.end) == (first.start, first.end):
            out.append(m)  # "between the two leaders": the pair's two people, on one span
            last_and = len(out) - 1
            continue
        if m.start < out[-1].end or m.start > limit:
            continue
        gap = text[out[-1].end:m.start]
        # ("met with A, Chinese religious leaders, Governor B and ...": an unnamed item of the list between)
        words = _re(r"[\w’'-]+").findall(_TRADE_OF_COMPANY.sub("of ", _UNNAMED_ITEM.sub(",", gap)))
        # "and his Chinese counterpart Xi", "and Chinese Ambassador to the country Zhang Xiao"
        lower = [w for w in words if w[0].islower() and w not in _OFFICE_GLUE
                 and not is_office_word(w)]
        if lower and appositive().fullmatch(gap):
            lower = []  # "A, speaker of the Mazhilis, or lower house of parliament, B, ...": an office set off by commas
        if len(gap) <= 160 and not lower and _re(r",|\band\b").search(gap) and "." not in _re(
                rf"\b(?:Mr|Mrs|Ms|Dr|Prof|{_COMPANY_FORMS})\.").sub("", gap):
            out.append(m)
            if _re(r"\band\b").search(gap):
                last_and = len(out) - 1
        else:
            break
    if _re(r"[\s,]*(?:\(\w+\)\s*)?,?\s*and\s+(?:other|several|a\s+number\s+of|(?:[a-z]+\s+){0,2}(?:leaders|officials"
           r"|ministers|representatives?|executives|heads|members|deputies|diplomats)\b)").match(text, out[-1].end, out[-1].end + 80):
        return out  # "A, B and other officials", "A, B and parliamentary leaders": every one named
    return out[:last_and + 1]


def relative_subject(text: str, ms: list[Mention], sent: tuple[int, int], at: int) -> list[Mention]:
    """ "..., Vice Premier Ding Xuexiang, who held a meeting with Y": the one the clause is about."""
    rel = _re(r",\s+who\s+(?:(?:also|then|later|has|had|have)\s+)*\Z", regex.I).search(text, max(sent[0], at - 30), at)
    if rel is None:
        return []
    return [x for x in in_span(ms, max(sent[0], rel.start() - 200), rel.start()) if x.end == rel.start()][-1:]


def speaker(text: str, ms: list[Mention], sent: tuple[int, int], at: int) -> Mention | None:
    """Who "I", "me", "my" is: the person said to speak in this sentence or around its quote."""
    speech = cues().speech
    a, b = sent
    # "Ambassador Zhang said that ... met with me"
    before = [m for m in in_span(ms, a, at)
              if _re(rf"\s*(?:(?:also|further|then)\s+)?(?:{speech})\b", regex.I).match(text[m.end:m.end + 30])]
    if before:
        return before[-1]
    # «... my visit ...,» said the Kazakh Head of State
    # (the close of the quote is the mark a speech verb follows: a quote may quote a phrase inside it)
    closes = list(_re(r"[»”\"]", regex.V1).finditer(text, at, min(len(text), at + 1200)))[:6]
    close = next((c for c in closes if _re(rf"[\s,]*(?:(?:he|she)\s+)?(?:{speech})\b|[\s,]*(?-i:[A-Z])", regex.I).match(
        text, c.end(), c.end() + 60)), closes[0] if closes else None)
    if close:
        after = text[close.end():close.end() + 120]
        sm = _re(rf"[\s,]*(?:{speech})\s+(?:the\s+)?", regex.I).match(after)
        if sm:
            for m in _starting(ms, close.end() + sm.end(), close.end() + sm.end() + 60):
                return m
        for m in _starting(ms, close.end(), close.end() + 120):
            # ('...," President of the National Paralympic Committee Y said': offices before the name)
            if _re(rf"\s*(?:{speech})\b", regex.I).match(text[m.end:m.end + 30]) and (
                    m.start - close.end() <= 40 or adjacent(text, close.end(), m.start)):
                return m
        if _re(rf"[\s,]*(?:he|she)\s+(?:{speech})\b", regex.I).match(after):
            # '"We had talks with Y ...," he said': the subject of the sentence before the quote
            # opens, the one named first there ("X praised Y's efforts. '...,' he said" is X's)
            opening = quote_opening(text, at, '"“«')
            if opening >= 0:
                named = [m for m in in_span(ms, max(0, opening - 600), opening) if m.country in ("KZ", "CN")]
                before = sentence_before(text, opening)
                told = [m for m in named if m.start >= before]
                if told or named:
                    return (told or named[-1:])[0]
    if not close and (b4 := sentence_before(text, a)) < a and not _re(r"[\"“«]").search(text, a, at):
        # "Li Keqiang said that the two sides keep close contact. During my visit to Kazakhstan last
        # December, ...": a readout's reported speech run on into the speaker's own words
        said = [m for m in in_span(ms, b4, a) if _re(rf"\s*(?:(?:also|further|then)\s+)?(?:{speech})\s+that\b", regex.I).match(
            text[m.end:m.end + 30])]
        if said and not _re(r"[\"“”«»]").search(text, b4, a):
            return said[0]
    return None


_SUBJECT_CHARS = 400  # how far before its verb a subject may stand


@lru_cache(maxsize=4)
def _clauses(text: str) -> tuple[list[int], list[regex.Match[str]]]:
    """Where clauses open in ``text`` (one scan a document, not one a verb); the matches may
    be on the text lower-cased."""
    lower = safe_lower(text)
    found = list(_CLAUSE.finditer(text) if lower is None else _CLAUSE_LOWER.finditer(lower))
    return [c.start() for c in found], found


def _clauses_in(text: str, a: int, b: int) -> list[regex.Match[str]]:
    """The clause openings that lie in [a, b)."""
    starts, found = _clauses(text)
    out = []
    for i in range(bisect_left(starts, a), len(found)):
        if found[i].end() > b:
            break
        out.append(found[i])
    return out


def subject_of(text: str, ms: list[Mention], sent: tuple[int, int], at: int) -> list[Mention]:
    # (only the last 400 characters can hold the subject: a clause opening before them changes
    # nothing, and a sentence thousands of characters long is not read again for every verb)
    a = max(sent[0], at - _SUBJECT_CHARS)
    title_end = -1
    for c in _clauses_in(text, a, at):
        # "Xi, who is on a state visit to Kazakhstan, met ...": a clause set off by commas
        # closes before the verb, and the subject stands before it
        if c.group().lower() in ("who", "which") and text[c.start() - 2:c.start()] == ", " and \
                _re(r",\s*(?:(?:will|would|shall|is|are|was|were|has|have|had|also|then|to)\s+){0,2}(?:[a-z]+\s+){0,3}\Z").search(text[c.end():at]):
            continue
        # "Xi made the remarks while holding talks with ...": the verb's own "while" opens no
        # clause of another subject
        if c.group().lower() in ("while", "when", "after", "before") and not text[c.end():at].strip():
            continue
        if c.start() < title_end:
            continue  # (the title's closing mark)
        if c.group() in ("“", "«", '"') and not text[c.end():at].strip():
            continue  # 'Xi will attend the summit and “pay state visits to ...”': the statement's words quoted from the verb on
        if c.group() in ("“", "«", '"') and (title := _re(r"[^\"“”«».,;:]{1,60}[\"”»]").match(text, c.end(), at)):
            title_end = title.end()  # 'X voiced his initiative "Economic Belt of the Silk Road" in Astana during his visit': a title
            continue
        a = c.end()
    region = in_span(ms, max(a, at - _SUBJECT_CHARS), at)
    if not region:
        return []
    if len(region) >= 2 and _re(r"\s+and\s+(?:his|her)\s+(?:spouse|wife|husband)\s+").fullmatch(
            text, region[-2].end, region[-1].start):
        region = region[:-1]  # "X and his spouse Y met with Z": the spouse goes along, X meets
    # the subject is the last name group before the verb, with those coordinated with it
    out = [region[-1]]
    for m in reversed(region[:-1]):
        gap = text[m.end:out[0].start]
        # (an editor's words in brackets are no clause: "A and [current] President B visited")
        # (nor is a trip set off by commas: "X, on a four-day visit to Beijing, and President Y signed")
        gap = _re(r",\s+(?:on|during)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\b[^,;.]{0,60},(?=\s+and\s)").sub(",", gap)
        words = _re(r"[\w’'-]+").findall(_TRADE_OF_COMPANY.sub("of ", _re(r"\[[\w’' -]{1,30}\]").sub(" ", gap)))
        # ("X and his Chinese counterpart Y met": an office word may introduce the second)
        lower = [w for w in words if w[0].islower() and w not in _OFFICE_GLUE
                 and not (w == "colleague" or is_office_word(w))]
        if not lower and len(gap) <= 200:
            out.insert(0, m)
        else:
            break
    # the words between the subject and the verb must not be another clause ("Xi said he met")
    tail = text[out[-1].end:at]
    # ("X is said to be meeting Y": a report of the meeting, no clause of speech)
    if len(tail) > 220 or _re(rf"\b(?:{cues().speech})\b(?<!\b(?:is|are|was|were)\s+said)", regex.I).search(tail):
        return []
    if _re(r"[’']s\s[^,;]{0,60},\s*(?![a-z]+ing\b)(?:(?-i:[a-z])[\w-]*\s+){1,3}").fullmatch(tail):
        return []  # "Upon X's arrival, children greeted him": X owns a fronted phrase, the clause has its own subject
    if _re(r"\b(?:as|when|while|after|before|because|since|where)\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,4}"
           r"(?<!\b(?:of|in|to|for|on|at|with|by|from|his|her|their|its|the|a|an)\s)\Z", regex.I).search(tail):
        return []  # "X hailed the team's work as the 10-member team wrapped up its visit": the clause's own subject
    if tail.lstrip().startswith(",") and _re(r"\baccording\s+to\s+(?:[\w’'.-]+\s+){0,6}\Z", regex.I).search(
            text, max(sent[0], out[0].start - 60), out[0].start):
        return []  # "According to X, 655,000 tourists visited Kazakhstan": X is the source, not the subject
    if _re(r"\b(?:when|as|after|before|while|where|because|since)\s+(?:he|she|they)\s+"
           r"(?:[a-z]+ly\s+|also\s+|then\s+|had\s+|has\s+|have\s+)*\Z").search(tail):
        # "A last met B in May when he visited China": the pronoun is the main clause's
        # subject, named first, not the object named last
        out = [region[0]]
        for m in region[1:]:
            if _re(r"\s*(?:,\s*)?(?:and\s+)?(?:[A-Z][\w’'-]*\s+){0,6}").fullmatch(text, out[-1].end, m.start) is None:
                break
            out.append(m)
    return out


_TOLD_BY = r"[ \t](?:said|says|told|noted|added|stated|reported|announced|informed)\b"


def object_of(text: str, ms: list[Mention], at: int, end: int, sent_end: int) -> list[Mention]:
    stop = sent_end
    for c in _re(r";|\bsaid\b|\bwho\b|\bwhich\b|\band\s+(?:discussed|said|noted|agreed|signed)\b").finditer(text[at:sent_end]):
        stop = at + c.start()
        break
    after = in_span(ms, at, min(stop, at + 320))
    if not after:
        return []
    first = after[0]
    # "met with his Chinese counterpart" style gaps are fine; a verb between is not
    gap = text[at:first.start]
    if _re(r"\b(?:said|noted|and\s+(?:the\s+)?(?:two|both))\b").search(gap):
        return []
    if (said := _re(r",[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:[\w’'-]+[ \t]+){0,2}?(?:spokes(?:person|man|woman)|press[ \t]+secretary)\b").match(
            text, first.end)) and not _re(rf"[^,.;:\n]{{0,80}}?{_TOLD_BY}").match(text, said.end()):
        # "met with actor Jackie Chan, Aidos Ukibay, the spokesperson of X, says": the source, no party
        # (but "met with Y, the spokesperson said", "met with Y, the spokesperson of the ministry Z
        # told Kazinform": a speech verb in the spokesperson's clause, another person told it)
        return []
    out = coordinated(text, after, first, stop)
    # "met with A in the afternoon and with B in the evening": a second group after a time of day or
    # a place (not after a day: "with A on Monday and with B on Tuesday" are two days' meetings)
    if (more := _AND_WITH.match(text, out[-1].end, stop)) is not None and not find_dates(text, *more.span(), published=None) and (
            rest := [x for x in after if x.start >= more.end()]) and adjacent(text, more.end(), rest[0].start):
        out += coordinated(text, rest, rest[0], stop)
    return out


_AND_WITH = _re(r"(?:\s+(?:in|on|at|during|over)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?,?\s+and\s+"
                r"(?:then\s+|later\s+|also\s+|separately\s+)?with\s+")


_ADJACENT_GLUE = frozenset("the his her their its visiting of to and in country counterpart s newly new a delegation led headed by "
                           "consisting composed comprising "   # ("received the Chinese delegation consisting of Y")
                           "accredited appointed elected company corporation group firm bank board management "
                           "committee standing city municipal provincial regional party council from "
                           "today yesterday here there on also".split())  # ("received today Y", "on Monday")


def is_office_word(word: str) -> bool:
    """A word of an office, also hyphenated ("director-general") or plural ("the board of directors")."""
    words = office_words()
    return all(p in words or p[:-1] in words for p in word.lower().split("-"))


def adjacent(text: str, a: int, b: int, reach: int = 120) -> bool:
    """Whether only office words stand between a verb and its object ("welcomed his Kazakh
    counterpart", "received the newly accredited Chinese ambassador, Zhang Xiao"), so that the
    object is the person, not a thing said of them."""
    gap = text[a:b]
    words = _re(r"[\w’'-]+").findall(_TRADE_OF_COMPANY.sub("of ", gap))
    return len(gap) <= reach and all(w[0].isupper() or w in _ADJACENT_GLUE or is_office_word(w) for w in words)


def pronoun(text: str, ms: list[Mention], sent: tuple[int, int], at: int, exclude: set[str]) -> list[Mention]:
    """ "him"/"her" after a verb: the last person named before, who is not the subject."""
    for i in range(bisect_left(ms, at, key=_start) - 1, -1, -1):  # back from ``at``, no scan of all
        if ms[i].end <= at and ms[i].who not in exclude:
            return [ms[i]]
    return []


def ending_at(ms: list[Mention], at: int) -> list[Mention]:
    """The mention that ends right at ``at`` ("Xi's visit": the one before the possessive)."""
    return [m for m in in_span(ms, max(0, at - 200), at) if m.end == at][:1]


def joined(text: str, group: list[Mention]) -> bool:
    """Whether a group of names is joined by "and" ("X and Y discussed"), not a list of offices;
    "the two presidents" (a pair's two people on one span) is such a group."""
    if len(group) == 2 and (group[0].start, group[0].end) == (group[1].start, group[1].end) and group[0].how == "pair":
        return True
    if len(group) == 2 and {group[0].country, group[1].country} == {"KZ", "CN"} and (gap := _re(
            r",[ \t]+((?:[\w’'-]+[ \t]+){0,5})").fullmatch(text, group[0].end, group[1].start)) and all(
            w[0].isupper() or w.lower() in office_words() for w in gap.group(1).split()) and (
            not _re(r"[’']s\b|,").match(text, group[1].end) or _re(r",?\s+and\s+(?-i:[a-z])").match(text, group[1].end)):
        # "Kazakh President Tokayev, Chinese Chairman Xi Jinping held a meeting": a pair told as in a
        # caption; "X, Y, and senior officials of the two countries signed": the pair and their aides
        return True
    if len(group) >= 3 and {"KZ", "CN"} <= {x.country for x in group} and all(
            (gap := _re(r",[ \t]+((?:[\w’'-]+[ \t]+){0,8})").fullmatch(text, a.end, b.start)) and all(
                w[0].isupper() or w in ("of", "the") or w.lower() in office_words() for w in gap.group(1).split())
            for a, b in zip(group, group[1:])):
        # "President of Kyrgyzstan A, President of China B, President of Kazakhstan C signed this
        # document": a roll of offices and names, as a communique lists its signatories
        return True
    return len(group) >= 2 and _re(r"\band\b").search(text, group[0].end, group[-1].start) is not None


def named_at(text: str, ms: list[Mention], at: int, end: int, *, reach: int = 140,
             refused: str = "with|between|in|at") -> Mention | None:
    """The person named right after ``at`` (before ``end``), offices aside ("a meeting of Governor
    X"): at most ``reach`` characters on, with no clause mark and none of the ``refused`` words
    between (a body's acronym may stand there: "of Kazakhstan Temir Zholy (KTZ) Nurlan Sauranbayev")."""
    after = in_span(ms, at, min(end, at + reach + 40))
    if after and _re(rf"(?:[^,;:()]|\([A-Z]{{2,8}}\)){{0,{reach}}}").fullmatch(text, at, after[0].start) is not None and not _re(
            rf"\b(?:{refused})\b").search(text, at, after[0].start):
        return after[0]
    return None


def named_after(text: str, ms: list[Mention], at: int, end: int) -> bool:
    """Whether a person is named right after ``at``, so that "the Meeting of the Cooperation
    Committee with Y" is no trigger that splits its sentence."""
    return named_at(text, ms, at, end, reach=200) is not None


def offices_then_named(text: str, ms: list[Mention], at: int, end: int) -> bool:
    """Whether a person is named after ``at`` with only offices and bodies between, however long
    ("of the deputy chairman of the board of Kazakhstan Temir Zholy (KTZ) Nurlan Sauranbayev")."""
    after = in_span(ms, at, min(end, at + 300))
    return bool(after) and adjacent(text, at, after[0].start, reach=280)


def named_after_comma(ms: list[Mention], comma: int, end: int, others: list[Mention] | tuple[()] = (),
                       reach: int = 120) -> list[Mention]:
    """The first person named after the comma that closes a fronted phrase ("Meeting Y in May,
    X said"; "During his meeting with Y, Head of State X said"), who is none of ``others``."""
    skip = {o.who for o in others}
    return [x for x in in_span(ms, comma, min(end, comma + reach)) if x.who not in skip][:1]


# the words before a companion's name ("Xi, accompanied by foreign minister Wang Yi, ...")
COMPANY = regex.compile(r"\b(?:in\s+the\s+company\s+of|accompanied\s+by|together\s+with|along\s+with)\s+"
                        r"(?:[\w’'-]+\s+){0,12}\Z", regex.I | regex.V1)  # ("accompanied by the Minister of Culture and Tourism of the People's Republic of China Y")


def in_company(text: str, ms: list[Mention], sent: tuple[int, int], subj: list[Mention]) -> list[Mention]:
    """ "Xi, in the company of President Nazarbayev, visited Almaty", "X, together with Y,
    attended": the one the clause is about, and the one in their company."""
    if subj and (company := COMPANY.search(text, max(sent[0], subj[0].start - 120), subj[0].start)):
        main = subject_of(text, ms, sent, company.start())[-1:]
        return main + subj if main else subj
    return subj


def he_named(text: str, ms: list[Mention], sent: tuple[int, int], at: int, others: set[str]) -> list[Mention]:
    """Who "he" or "she" right before ``at`` is: the person named last before, not one of
    ``others``; a sentence that opens with it continues the one before, whose first person is its
    subject ("X met with A. He also met with B")."""
    # ("He will hold talks with Y", "He is expected to meet Y", "he’ll meet Y": a plan's subject too)
    # ("he was glad to meet Y": a meeting under way)
    he = _re(r"\b(?:he|she)(?:[’'](?:s|ll)|\s+(?:has|had|is|was|will|would|(?:is|was)\s+(?:expected|due|scheduled|set|said)\s+to(?:\s+be)?"
             rf"|(?:is|was)\s+{GLAD_TO}))?"
             r"\s+(?:also\s+|then\s+|later\s+|just\s+|already\s+|[a-z]+ly\s+)?\Z",
             regex.I).search(text, max(sent[0], at - 40), at)
    if he is None:
        return []
    if not text[sent[0]:he.start()].strip():
        first = [x for x in in_span(ms, sentence_before(text, sent[0]), sent[0]) if x.who not in others][:1]
        if first:
            return first
    return pronoun(text, ms, sent, he.start(), others)


# the group a delegation's head stands for ("the Kazakh delegation", "the deputies", "the guests")
_NATION = r"Kazakh|Kazakhstani|Chinese"
DELEGATION = r"delegation|deputies|delegates|lawmakers|parliamentarians|guests|visitors"
_DELEGATION_CHARS = 700  # how far back "the Kazakh delegation" may find the one Kazakh it stands for


def delegation_head(text: str, ms: list[Mention], sent: tuple[int, int], at: int) -> list[Mention]:
    """Who leads "the delegation", "the deputies" that open the clause of ``at``: the person a
    sentence before named as its head ("a delegation of the Mazhilis, led by Chairman X, arrived
    on a visit ... In Beijing, the deputies met with Y")."""
    # ("the honored guests": one word of praise before them)
    if not (group := _re(rf"(?:^|(?<=\s))(?:the|The)\s+(?:(?:honou?red|distinguished|dear|esteemed|foreign|visiting)\s+)?"
                         rf"(?:(?P<nation>{_NATION})\s+|parliamentary\s+|(?:[A-Z][\w’'-]*\s+){{1,3}}?)?"
                         rf"(?:{DELEGATION})(?:\s+(?:also\s+|then\s+)?)?\Z").search(
            text, max(sent[0], at - 60), at)):
        return []
    led = None
    for led in _re(r"\b(?:delegation|deputies|delegates|guests)\b[^.;]{0,160}?\b(?:led|headed)\s+by\s+").finditer(
            text, max(0, sent[0] - 1500), sent[0]):
        pass
    active = None
    for active in _re(r"\b(?:led|headed)\s+(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,3}?delegation\b").finditer(
            text, led.end() if led else max(0, sent[0] - 1500), sent[0]):
        pass
    if active is not None and (head := in_span(ms, max(0, active.start() - 60), active.start())[-1:]) and \
            _re(r"[\s,]*").fullmatch(text, head[0].end, active.start()):
        return head  # "Vice Rector Mr Shanfeng led the Chinese delegation. ... The delegation held talks with Y"
    if led is None and group.group("nation"):
        # "The event was attended by Defence Minister X. ... The Kazakh delegation held a meeting with Y":
        # the one person of that country named in the paragraph before (a quote's sentences between)
        country = country_of(group.group("nation"))
        known = {x.who: x.country for x in reversed(ms) if x.country}
        before = {x.who: x for x in in_span(ms, max(0, sent[0] - _DELEGATION_CHARS), sent[0]) if known.get(x.who) == country}
        return list(before.values())[-1:] if len(before) == 1 else []
    if led is None:
        # "X visited SISU on April 13. Y welcomed and talked with the delegation": the one visitor
        # the sentence before names
        before = sentence_before(text, sent[0])
        came = _re(r"\b(?:visited|arrived\s+(?:in|at)|paid\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?visit\s+to)\b").search(text, before, sent[0])
        visitors = {x.who: x for x in in_span(ms, before, came.start())} if came else {}
        return list(visitors.values()) if len(visitors) == 1 else []
    head = named_at(text, ms, led.end(), sent[0], reach=120, refused="with|between")
    return [head] if head else []
