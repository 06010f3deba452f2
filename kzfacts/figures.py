"""Figure rules and resolvers: candidate spans -> typed ``Figure`` records.

Candidates come from four kinds of rule (money, percent, multiple, count of a noun); each is
then resolved from cue words in its sentence (``data/cues.toml``): its metric from the cue
nearest to the number (``figure_metrics``), its status from the nearest status word in its
clause, its qualifier from the words just before it, its period from the period phrases around it.
Precision first: a count is only taken with a noun we know, and a number with no cue is
``other``, never a guess at a core metric.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache

import regex

from .attribution import resolve_attribution
from .candidates import Candidate, candidates, settle_overlaps
from .figure_cues import cues
from .figure_guards import not_a_figure
from .figure_metrics import NOT_OURS, metric_count, metric_money, metric_percent, too_small
from .gazetteer import load, months, usd_rates
from .person_words import country_of
from .periods import (PeriodMention, a_year_before_level, based_by_itself, find_periods, months_a_year_earlier, pick_period,
                      same_months_of, year_before)
from .records import Document, Figure, Metric, Qualifier, Span, Status
from .rules import alternation
from .scope import read_scope, respectively_of, third_country
from .timex import find_dates
from .rules import compiled as _re
from .scan import Prepared
from .sentences import Sentences, sentences


_FLAGS = regex.IGNORECASE | regex.VERBOSE | regex.V1
_alt = alternation  # cue fragments are regex already

# --- resolvers --------------------------------------------------------------------------------

# Figures come in text order, so those of one sentence ask about the same sentence and clause
# in turn: the cue searches over them are done once each (a sentence of 40 figures, as a table
# on one line has, would otherwise be searched 40 times).
@lru_cache(maxsize=64)
def _clause_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in cues().clause_break.finditer(sentence))


@lru_cache(maxsize=64)
def _status_words(clause: str) -> tuple[tuple[tuple[int, int], str, bool], ...]:
    """(span, status kind, whether it is a goal word) of each status cue in ``clause``."""
    return tuple(
        (m.span(), m.lastgroup, m.lastgroup == "target" and _GOAL.match(m.group()) is not None)
        for m in cues().status.finditer(clause)
    )


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` that holds [start, end): cut at ";", ", which", " while"..."""
    lo, hi = 0, len(sentence)
    for b_start, b_end in _clause_breaks(sentence):
        if b_end <= start:
            lo = b_end
        elif b_start >= end:
            hi = b_start
            break
    return lo, hi


_WHICH = regex.compile(r",\s+which\Z", _FLAGS)


def _third_pair(sentence: str, c0: int, c1: int, s: int, e: int) -> bool:
    """Whether the figure at [s, e) of the clause [c0, c1) is the trade of another pair of
    countries ("trade with Russia rose 10%"); a clause opened by ", which" is read with the
    clause it tells of ("trade with Russia, which grew 6%")."""
    if (w := _WHICH.search(sentence, max(0, c0 - 12), c0)) is not None:
        c0 = _clause(sentence, w.start(), w.start())[0]
    return third_country(sentence[c0:c1], s - c0, e - c0)


def _qualifier(sentence: str, s: int, e: int) -> tuple[Qualifier | None, int]:
    """The qualifier just before the number at [s, e) ("exceeding a record"), and where the
    figure's quote begins: at the qualifier, else at the number. A word of comparison before a
    record told after it compares another number with it ("above the $41 billion recorded in
    2023"): that record is exact."""
    lo = max(0, s - 60)
    m = cues().qualifier.search(sentence, lo, s)
    if m and _re(r"\bthe\s*\Z", regex.I).search(sentence, m.start(), s) and _RECORDED.match(sentence, e):
        return None, s
    return (Qualifier(m.lastgroup), m.start()) if m else (None, s)


_BY_YEAR = regex.compile(r"\b(?:by|until|till)\s+(?:the\s+end\s+of\s+|mid-)?(?P<y>(?:19|20)\d\d)\b", _FLAGS)
_GOAL = regex.compile(r"aim|goal|target|task|plan|intend|seek|strive|commit", _FLAGS)
_GOAL_BEFORE, _GOAL_AFTER = 80, 20  # how near a goal word must stand to rule a number
_DEADLINE_NEAR = 40  # and a deadline ("by 2030")


def _near(span: tuple[int, int], start: int, end: int, before: int, after: int) -> bool:
    """Whether ``span`` ends at most ``before`` characters before [start, end) or begins at most
    ``after`` characters after it."""
    (m_start, m_end) = span
    return (m_end <= start and start - m_end <= before) or (m_start >= end and m_start - end <= after)


@lru_cache(maxsize=64)
def _deadlines(clause: str) -> tuple[tuple[tuple[int, int], int], ...]:
    """(span, year) of each deadline ("by 2030") in ``clause``."""
    return tuple((m.span(), int(m.group("y"))) for m in _BY_YEAR.finditer(clause))


def _status(clause: str, start: int, end: int, published: dt.date | None = None) -> Status:
    """The status word nearest to the number in its clause decides; a goal word or a deadline
    still ahead close to the number wins ("the stated goal of $35 billion", "to $35 billion by
    2030"), but not one further off ("reached $41 billion, surpassing the target of $40 billion"),
    nor over a record told right after the number ("surpassing the $31 billion recorded in 2022").
    A word after the number that opens a predicate of its own ("expected to create 1,000 jobs and
    will be implemented in stages") tells that predicate, where a word before tells the number's."""
    best, best_dist = Status.ACTUAL, 10**9
    strong = any(
        (published is None or year > published.year)
        and _near(span, start, end, _DEADLINE_NEAR, _DEADLINE_NEAR)
        for span, year in _deadlines(clause)
    )
    words = _status_words(clause)
    told_before = any(w_end <= start for (_, w_end), _, _ in words)
    for (w_start, w_end), kind, goal in words:
        if w_start >= end and told_before and _AND_THEN.search(clause, end, w_start):
            continue
        dist = start - w_end if w_end <= start else (w_start - end if w_start >= end else 0)
        if goal and _near((w_start, w_end), start, end, _GOAL_BEFORE, _GOAL_AFTER):
            strong = True
        if dist < best_dist:
            best, best_dist = Status(kind), dist
    if strong and best is Status.ACTUAL and _RECORDED.match(clause, end):
        return best
    return Status.TARGET if strong else best


_AND_THEN = regex.compile(r"\sand\s+\Z", _FLAGS)  # (the status word right after "and")
_RECORDED = regex.compile(r"\s+(?:recorded|registered|reached|achieved|posted|seen)\s+(?:in|last)\b", _FLAGS)


_FROM_BASE = regex.compile(r"\bfrom(?:\s+(?:above|over|about|around|nearly|almost|just|some|under|below))*\s*\Z", _FLAGS)
_TO_NEXT = regex.compile(r"[^.;]{0,40}?\bto\s+(?:[a-z]+\s+){0,2}(?:[$€¥₸]|US|USD|\d)", _FLAGS)

_MULTIPLE_CONTEXT = regex.compile(
    r"\b(?:increas\w*|gr[eo]w\w*|rose|rise|risen|expand\w*|jump\w*|multipl\w*|up|surg\w*|soar\w*|boost\w*)"
    r"(?:\s+by)?(?:\s+(?:more\s+than|over|almost|nearly|about|some))?\s*\Z",
    _FLAGS,
)
_MULTIPLE_AFTER = regex.compile(r"\s*(?:more|higher|larger|bigger|greater|as\s+much|over|since|compared)\b", _FLAGS)


# a sentence that opens by turning to a third country ("As for cooperation with Turkey, ...",
# "Regarding Russia, ..."): its figures are that country's, where it names neither of the two
_TOPIC_FRAME = regex.compile(
    r"\s*(?:As\s+(?:for|to|regards)|Regarding|Concerning|Turning\s+to|When\s+it\s+comes\s+to)\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}?(?:with\s+(?:the\s+)?)?(?P<c>[A-Z][\w’'-]+)", regex.V1)
_OURS = regex.compile(r"(?i:kazakh|china|chinese|sino-|\bPRC\b)", _FLAGS)


@lru_cache(maxsize=64)
def _another_pairs_topic(sentence: str) -> bool:
    if (m := _TOPIC_FRAME.match(sentence)) is None:
        return False
    return country_of(m.group("c")) not in (None, "KZ", "CN") and _OURS.search(sentence) is None


def resolve(cand: Candidate, doc: Document, sents: Sentences, periods: list[PeriodMention]) -> Figure | None:
    """A Figure from a candidate, or None when the rules cannot decide what it is."""
    text = doc.text
    idx = sents.index_at(cand.start)
    s0, s1 = sents.spans[idx] if sents.spans else (0, len(text))
    sentence = text[s0:s1]
    prev = text[slice(*sents.spans[idx - 1])] if idx > 0 else ""
    s, e = cand.start - s0, cand.end - s0
    sign = 1
    if not_a_figure(cand, sentence, s, e):
        return None
    if cand.kind == "money":
        metric, why = metric_money(sentence, s, e, prev)
        if metric is not Metric.OTHER and too_small(cand.value, cand.unit):
            metric, why = Metric.OTHER, "other.small_sum"  # "of every $100 of goods, $43 came from Russia"
    elif cand.kind == "percent":
        metric, why, sign = metric_percent(sentence, s, e, prev)
        if why in NOT_OURS:
            return None
    elif cand.kind == "multiple":
        # "grew threefold", "60 times more": a change; "viewed 1,000 times" is none
        if not _MULTIPLE_CONTEXT.search(sentence[max(0, s - 50):s]) and not _MULTIPLE_AFTER.match(
            sentence, e) and "fold" not in text[cand.start:cand.end].lower():
            return None
        metric, why = Metric.OTHER, "other.multiple"
    else:
        got = metric_count(cand, sentence, sentence[max(0, s - 60):s], prev)
        if got is None:
            return None
        metric, why = got
    if _another_pairs_topic(sentence):
        return None  # "As for cooperation with Turkey, ..., which includes 26 projects": another pair's figures
    c0, c1 = _clause(sentence, s, e)
    clause = sentence[c0:c1]
    if _FAMILIES.get(metric) == "trade" and _third_pair(sentence, c0, c1, s, e):
        return None  # "trade with Russia rose 10%": the trade of another pair of countries
    if respectively_of(sentence, s, e) not in (None, "KZ", "CN"):
        return None  # "with Kazakhstan and Kyrgyzstan rose by 58.8% and 1.9% respectively": 1.9% is Kyrgyzstan's
    if _FROM_BASE.search(sentence[max(0, s - 30):s]) and _TO_NEXT.match(sentence, e, e + 160):
        status = Status.ACTUAL  # "from $31 billion in 2022 to $40 billion by 2030": the base is a fact
    else:
        status = _status(clause, s - c0, e - c0, doc.published)
    qualifier, q = _qualifier(sentence, s, e)
    qstart = s0 + q
    period = _period(periods, sents, idx, cand, (s0 + c0, s0 + c1), (s0, s1), status, metric, doc.published)
    if period and metric in _YEARLY and _YEAR_SPAN.fullmatch(period) and _REACHED.search(text, max(s0, qstart - 40), qstart):
        # "Between 2017 and 2024, trade ... reached $60.7 billion": a year's level at the span's end
        # (not a sum over it: "investments reaching $23 billion over the past 15 years")
        period = period[-4:]
    value = cand.value * sign
    quote = text[qstart:cand.end]
    return Figure(
        metric=metric, value=value, unit=cand.unit, period=period, status=status,
        qualifier=qualifier, quote=quote,
        source=Span(doc.id, qstart, cand.end, text, f"{cand.rule}/{why}", s0, s1),
        value_max=cand.value_max * sign if cand.value_max is not None else None,
        attribution=resolve_attribution(sentence, s, e),
        scope=read_scope(clause, s - c0, e - c0),
    )


# a deadline is no period of a sum told as done: "contracted to develop the documentation by December
# 1, 2028, for 10.9 billion tenge"
_DEADLINE_BEFORE = regex.compile(r"\b(?:by|until|till|before|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?\Z", regex.I | regex.V1)
_MONTH_BEFORE = 160  # how far before a figure its month ("In March, ...") may stand


@cache
def _month_word() -> regex.Pattern[str]:
    """Any month name: a cheap gate before timex (built on first use, not at import)."""
    return regex.compile(rf"\b(?:{_alt(list(months()))})\b", regex.I | regex.V1)


_INHERIT_SENTENCES = 3  # a figure with no period of its own takes one from this many sentences back


def _within(periods: list[PeriodMention], lo: int, hi: int) -> list[PeriodMention]:
    """The mentions inside [lo, hi); ``periods`` is in text order, so a bisection finds them."""
    i = bisect_left(periods, lo, key=lambda p: p.start)
    j = bisect_left(periods, hi, key=lambda p: p.start)
    return [p for p in periods[i:j] if p.end <= hi]


_FAMILIES = {
    Metric.TRADE_VOLUME: "trade", Metric.TRADE_GROWTH: "trade", Metric.TRADE_SHARE: "trade",
    Metric.EXPORT_VOLUME: "trade", Metric.IMPORT_VOLUME: "trade", Metric.INVESTMENT: "investment",
    Metric.PROJECT_COUNT: "project", Metric.PROJECT_VALUE: "project",
    Metric.AGREEMENT_COUNT: "agreement", Metric.AGREEMENT_VALUE: "agreement",
}
_CUE_FAMILIES = {"trade": "trade", "export": "trade", "import": "trade", "investment": "investment"}


def _families(text: str) -> set[str]:
    """The subjects a sentence speaks of: trade, investment, projects, agreements."""
    found = {_CUE_FAMILIES[m.lastgroup] for m in cues().metric.finditer(text) if m.lastgroup in _CUE_FAMILIES}
    for m in cues().bound_nouns.finditer(text):
        found.add(m.lastgroup)
    return found


def _period(periods: list[PeriodMention], sents: Sentences, idx: int, cand: Candidate,
            clause: tuple[int, int], sentence: tuple[int, int], status: Status,
            metric: Metric, published: dt.date | None = None) -> str | None:
    target = status in (Status.TARGET, Status.FORECAST)  # ("could reach $X by 2030", "completion expected by 2027")
    # "from the same period in 2022 ($24.2 billion)": a figure in brackets after a period
    # phrase is that period's, even a comparison base
    text = sents.text
    before = _within(periods, sentence[0], cand.start)
    if before and a_year_before_level(text, before[-1], cand.start):
        # "compared to the previous year's level of $70.2 billion"
        return year_before(before[-1], _within(periods, *sentence), lambda: _year_named_before(periods, sents, idx))
    if before and regex.fullmatch(r"\s*\(\s*", text[before[-1].end:cand.start]):
        # ("... from January through March 2024. This volume increased by 6.3 percent compared to the
        # same period in 2023 ($5.9 billion)": the months of this sentence, or of the one before)
        told = _within(periods, sents.spans[idx - 1][0] if idx else sentence[0], sentence[1])
        return same_months_of(text, before[-1], told) or before[-1].value
    # "from above $31 billion in 2022 to $40 billion": a period right after the number is its own
    # (not "grew by 32% against 2016": a base by its own word)
    after = _within(periods, cand.end, sentence[1])
    if after and not after[0].target and not based_by_itself(text, after[0].start) and regex.fullmatch(
            r"\s*|\s+(?:in|during)\s+|\s+(?:recorded|registered|reached|posted|seen|achieved)\s+|\s+(?:year[- ]on[- ]year|y-o-y|yoy|y/y)\s+(?:in\s+)?", text[cand.end:after[0].start]):
        # (also "expanded 22 percent year-on-year in the first quarter of 2023")
        return months_a_year_earlier(text, after[0], _within(periods, *sentence)) or after[0].value
    for lo, hi in (clause, sentence):
        inside = _within(periods, lo, hi)
        got = pick_period(inside, cand.start, cand.end, target=target)
        if got is not None and got.value is None and published is None:
            # "in the first half of 2024 ... In the first half of the year, the zones' trade was ...",
            # on a page with no date: "the year" is the one the sentences before named
            year = _year_named_before(periods, sents, idx)
            again = find_periods(text[got.start:got.end], dt.date(year, 12, 31)) if year else []
            return again[0].value if again else None
        if got is not None and got.value and "/" in got.value and (
                published is None or got.value.split("/")[1] <= published.isoformat()[:7]) and not (
                (part := _comma_part(text, sentence, cand))[0] <= got.start < part[1]) and _STATE_NOW.search(text, *part):
            # "From 2015 to July 2022, 20 projects have been launched, 15 projects are underway": a
            # state told in the present is the state at the span's end (not one after the paper's month)
            return got.value.split("/")[1]
        if got is not None:
            return months_a_year_earlier(text, got, _within(periods, *sentence)) or got.value
    # "In March, the sides signed 33 agreements": a month without its year, read by the one
    # temporal tagger against the article's date; "On February 20, 2008, the sides signed a $100
    # million loan agreement": the year a full date writes
    lo = max(sentence[0], cand.start - _MONTH_BEFORE)
    months = [t for t in (find_dates(text, lo, cand.start, published=published, future=target)
                          if _month_word().search(text, lo, cand.start) else ())
              if t.value and t.end <= cand.start and not _re(r"[’']s\b").match(text, t.end, t.end + 3)
              and not _DEADLINE_BEFORE.search(text, max(0, t.start - 20), t.start) and (
                  t.rule == "timex.month" or (t.rule == "timex.month_day" and _re(r"\b(?:19|20)\d\d\b").search(t.text)))]
    if months:
        return months[-1].value if months[-1].rule == "timex.month" else months[-1].value[:4]
    family = _FAMILIES.get(metric)
    if published is not None and status is Status.TARGET and family == "agreement" and _SIGNING_PLANNED.search(text, *sentence) \
            and not _past_told(text, sentence):
        return str(published.year)  # "20 documents are expected to be signed at the summit": the day's plan, its year
    if status is not Status.ACTUAL or family is None:
        return None
    # "China's exports to Kazakhstan reached US$13.98 billion" after "in 2021 total trade...":
    # the year the article speaks of carries over to the next sentences on the same subject
    for (lo, hi), inside in _periods_before(periods, sents, idx):
        if inside:
            if family not in _families(sents.text[lo:hi]):
                break  # (a year told of another thing: the day's news may still date it, below)
            told = inside[-1].value
            # ("Between 2017 and 2024, trade reached $60.7 billion. Kazakhstan accounted for $30.1
            # billion": a year's level the span told before ends at, its last year)
            return told[-4:] if told and metric in _YEARLY and _YEAR_SPAN.fullmatch(told) else told
    if published is not None and family == "trade" and _NOW.search(text, max(clause[0], cand.start - 80), cand.start):
        return str(published.year)  # "trade currently is worth some $4.5 billion": the article's year
    if published is not None and (now := _DAYS_NEWS.get(family)) and now.search(text, *sentence) and \
            not _past_told(text, sentence):
        # "26 agreements were signed at the summit held in Beijing", "51 projects worth $27 million
        # are being implemented": the day's news, the article's year
        return str(published.year)
    return None


def _comma_part(text: str, sentence: tuple[int, int], cand: Candidate) -> tuple[int, int]:
    """The stretch between the commas around a figure ("..., 15 projects worth $5 billion are underway, ...")."""
    lo = text.rfind(",", sentence[0], cand.start)
    hi = text.find(",", cand.end, sentence[1])
    return (lo + 1 if lo >= 0 else sentence[0]), (hi if hi >= 0 else sentence[1])


def _periods_before(periods: list[PeriodMention], sents: Sentences,
                    idx: int) -> Iterator[tuple[tuple[int, int], list[PeriodMention]]]:
    """(span, its own periods: no comparison base, no target) of each sentence before sentence
    ``idx``, nearest first, as far back as a year carries over."""
    for back in range(1, min(idx, _INHERIT_SENTENCES) + 1):
        lo, hi = sents.spans[idx - back]
        yield (lo, hi), [p for p in _within(periods, lo, hi) if not p.comparison and not p.target]


def _year_named_before(periods: list[PeriodMention], sents: Sentences, idx: int) -> int | None:
    """The year of the last period with its year named in the sentences before sentence ``idx``,
    however far back (a page with no date reads "the year" by the one its story set)."""
    years = [p.value[:4] for p in _within(periods, 0, sents.spans[idx][0])
             if p.value and p.value[:4].isdigit() and not p.comparison and not p.target]
    return int(years[-1]) if years else None


# a level a span of years ended at: "reached", "rose ... to" right before the amount
_YEARLY = frozenset({Metric.TRADE_VOLUME, Metric.EXPORT_VOLUME, Metric.IMPORT_VOLUME})
_YEAR_SPAN = regex.compile(r"(?:19|20)\d\d/(?:19|20)\d\d")
_REACHED = regex.compile(r"\b(?:reached|reaching|hit|to)\s+(?:a\s+(?:record\s+)?(?:high\s+)?(?:of\s+)?)?\Z", regex.I)
# signing told as done, the day's news ("26 agreements were signed", "signed over 30 documents")
_SIGNED_NOW = regex.compile(r"\b(?:were|was|have\s+been|has\s+been)\s+(?:signed|inked|concluded)\b"
                            r"|\b(?:signed|inked)\s+(?:a|an|the|over|more|some|about|nearly|\d|two|three|four|five|six|seven"
                            r"|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|pacts|deals|agreements|documents|contracts)"
                            # "landmark deals worth $23.6 billion being signed", "announced a total of 22 agreements worth"
                            r"|\bbeing\s+(?:signed|inked)\b|\bannounced\s+(?:a\s+total\s+of\s+)?(?:\d+\s+|over\s+|more\s+than\s+)?(?:agreements|deals)\b"
                            # "22 agreements, worth some $30 billion, reached during Xi's visit"
                            r"|\b(?:agreements|deals|documents|contracts)\b[^.;]{0,60}?\breached\s+(?:during|at|on\s+the\s+(?:first|second|last)\s+day)\b"
                            # "gave their blessing to representatives signing off on agreements worth $8bn"
                            r"|\bsign(?:ed|ing)\s+off\s+on\b"
                            # "oversaw some 30 documents signed in Astana", "witnessed the signing of deals worth"
                            r"|\b(?:agreements|deals|documents|contracts)\s+(?:were\s+)?(?:signed|inked)\s+(?:in|at|during|on|by)\b"
                            r"|\bwitnessed\s+the\s+signing\s+of\b"
                            # "follows Xi's signing of 22 deals worth some $30 billion"
                            r"|[’']s\s+(?:signing|inking)\s+of\s+(?:[\w-]+\s+){0,2}?(?:agreements|deals|documents|contracts)\b"
                            r"|\bproduced\s+(?:[\w-]+\s+){0,2}?(?:agreements|deals|documents|contracts)\b", regex.I)
# a signing planned for the day's event: "will sign 14 documents", "are expected to be signed"
_SIGNING_PLANNED = regex.compile(r"\b(?:will|shall)\s+(?:also\s+)?(?:sign|ink|be\s+signed|be\s+inked)\b"
                                 r"|\b(?:is|are)\s+(?:expected|due|set|scheduled|planned)\s+to\s+(?:be\s+)?(?:signed|inked|sign|ink)\b", regex.I)
# a report's frame opening the sentence ("Earlier it was reported that ..."): its past is the
# telling's, not the figure's
_REPORTED = regex.compile(r"\s*(?:(?:Earlier|Previously|Recently)\s*,?\s*)?it\s+(?:was|had\s+been|has\s+been)\s+"
                          r"(?:(?:earlier|previously)\s+)?(?:reported|announced|said|noted|stated)\b\s*(?:that\b|,)?", regex.I)


def _past_told(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence tells of an earlier time, past a report's frame that opens it."""
    lo = (f.end() if (f := _REPORTED.match(text, *sentence)) else sentence[0])
    return _told_as_past().search(text, lo, sentence[1]) is not None


@cache
def _told_as_past() -> regex.Pattern[str]:
    """A sentence that tells of an earlier time: the meetings' past cues ("recently", "previously",
    titles.toml), and "years ago", "back in", "during his first visit": no day's news."""
    words = _alt(load("titles")["cues"]["past"])
    return regex.compile(rf"\b(?:{words}|ago|back\s+in|at\s+that\s+time|first\s+(?:state\s+|official\s+)?visit)\b", regex.I)


# projects told as under way now ("are being implemented", "are under way")
_UNDER_WAY = regex.compile(r"\b(?:are|is)\s+(?:now\s+|currently\s+)?(?:being\s+(?:implemented|carried\s+out|built|realized"
                        r"|realised)|under\s*way|in\s+progress|under\s+construction)\b"
                        # "X and Y implement two projects"
                        r"|\b(?:implement|are\s+implementing|is\s+implementing)\s+(?:[\w-]+\s+){0,3}?projects?\b", regex.I)
# a takeover told as done or cleared ("has approved the $4.2 billion takeover", "its $4.18 billion bid
# had been transacted", "completed the acquisition")
_TAKEOVER_NOW = regex.compile(r"\b(?:approved|cleared|completed|closed|finali[sz]ed)\s+(?:the\s+|its\s+)?(?:[\w$.-]+\s+){0,3}?"
                              r"(?:takeover|acquisition|purchase|buyout|deal)\b|\b(?:bid|takeover|acquisition|purchase)\b[^.;]{0,80}?"
                              r"\b(?:has|had|have)\s+been\s+(?:transacted|completed|closed|approved|finali[sz]ed)\b", regex.I)
# a state told in the present ("are underway", "are under review")
_STATE_NOW = regex.compile(rf"{_UNDER_WAY.pattern}"
                           r"|\b(?:are|is)\s+(?:now\s+|currently\s+)?under\s+(?:review|consideration|study|discussion|development)\b",
                           regex.I)
_DAYS_NEWS = {"agreement": _SIGNED_NOW, "project": _UNDER_WAY, "investment": _TAKEOVER_NOW}  # the family's words of the day's news
_NOW = regex.compile(r"\b(?:currently|now|at\s+present|presently|nowadays)\b(?![^.;,]{0,30}\b(?:was|were|had)\b)", regex.I)


def extract_figures(doc: Document, sents: Sentences | None = None) -> list[Figure]:
    """Every figure of one document, in text order."""
    sents = sents or sentences(doc.text)
    prep = Prepared.of(doc.text)
    found = settle_overlaps(list(candidates(doc.text, prep)))
    if not found:
        return []
    periods = find_periods(doc.text, doc.published, prep=prep)
    figures = []
    for cand in found:
        fig = resolve(cand, doc, sents, periods)
        if fig is not None:
            figures.append(fig)
    return _told_once(_conversions(doc.text, figures))


def _told_once(figures: list[Figure]) -> list[Figure]:
    """A figure the article states again (a headline's "$23 billion" and its lead's, a summary
    repeating the body) is one record, at its first telling: the same metric, value, unit,
    status and scope, with the same period; told undated where the article dates it once, it
    is the dated telling's."""
    def key(f: Figure) -> tuple[object, ...]:
        return (f.metric, f.value, f.value_max, f.unit, f.status, f.scope)
    periods: dict[tuple[object, ...], set[str]] = {}
    for f in figures:
        if f.period is not None:
            periods.setdefault(key(f), set()).add(f.period)
    seen: set[tuple[object, ...]] = set()
    out = []
    for f in figures:
        k = (key(f), f.period)
        if k in seen or (f.period is None and len(periods.get(key(f), ())) == 1):
            continue  # (told again, or told undated where the article dates it once)
        seen.add(k)
        out.append(f)
    return out


_BRACKET_OPEN = regex.compile(r"\s*\(\s*(?:about\s+|some\s+|around\s+|approximately\s+)?")


def _conversions(text: str, figures: list[Figure]) -> list[Figure]:
    """An amount in brackets right after another, in another currency ("some $30 billion (22.7
    billion euros)", "291.5 billion yuan (43 billion U.S. dollars)"), is the same figure converted:
    it takes the first one's metric, period, status and scope."""
    out = list(figures)
    money = usd_rates()  # (the currencies numbers.toml knows)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.unit != b.unit and a.unit in money and b.unit in money and \
                _BRACKET_OPEN.fullmatch(text, a.source.end, b.source.start) and a.metric is not Metric.OTHER:
            out[i] = replace(b, metric=a.metric, period=a.period, status=a.status, scope=a.scope)
    return out

